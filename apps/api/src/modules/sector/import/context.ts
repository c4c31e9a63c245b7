import { foldKey } from '@edushield/core';
import type { DbOrTx } from '../../../db/client';
import { classesOf, findSchool, findSchoolYear } from './import.repository';
import type { StandardiseContext } from './standardise';

/** What the row rules need to know about the school and year being imported into. */
export async function standardiseContextFor(
  db: DbOrTx,
  unitId: string,
  schoolYearId: string,
  today: string,
): Promise<StandardiseContext> {
  const school = await findSchool(db, unitId);
  const year = await findSchoolYear(db, schoolYearId);
  if (!school || !year) throw new Error(`import context: unit ${unitId} or year ${schoolYearId} vanished`);
  // Files name classes by name ("6A1", "6a1 ") or by code; the write (students.write.ts)
  // matches them the same way, case-, accent- and space-insensitively, names before codes.
  const rows = await classesOf(db, unitId, schoolYearId);
  const byKey = new Map<string, string>();
  for (const c of rows) byKey.set(classKey(c.code), c.name);
  for (const c of rows) byKey.set(classKey(c.name), c.name);
  return {
    schoolYear: year.code,
    schoolYearStart: year.startsOn,
    today,
    schoolCodes: [school.code, school.schoolCode].filter((c): c is string => Boolean(c)),
    schoolClasses: rows.map((c) => ({ classCode: c.name, grade: c.grade })),
    classNameOf: (text) => byKey.get(classKey(text)),
  };
}

const classKey = (value: string) => foldKey(value).replace(/\s+/g, '');
