import { foldKey, generateStructure, type ProvinceOptions, streamStudents } from '@edushield/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { Keys } from '../lib/keys';
import { PersonalDataCodec } from '../lib/personal-data';
import { orgUnits } from '../modules/org/org.table';
import { issueClassCode } from '../modules/sector/identifiers';
import { classes, schoolProfiles, schoolYears, staff } from '../modules/sector/sector.table';
import { type StudentRecord, upsertStudents } from '../modules/sector/students.write';

/**
 * Pupils for the demo province, from the deterministic synthetic generator
 * (packages/core/src/generator): the 2025–2026 school year, classes for every
 * primary, lower- and upper-secondary school, their staff, and ~20 pupils per
 * class with guardians — all invented, personal ids consistent with birth date
 * and gender.
 */
export async function seedDemoSector(
  db: Db,
  keys: Keys,
  admin: { id: string; username: string },
): Promise<{ pupils: number; classes: number; staff: number }> {
  const [year] = await db
    .insert(schoolYears)
    .values({ code: '2025-2026', startsOn: '2025-09-05', endsOn: '2026-05-31', isCurrent: true })
    .returning();
  const options: ProvinceOptions = {
    seed: 'minh-son-demo',
    communes: 6,
    schoolsPerCommune: 3,
    classesPerGrade: 2,
    pupilsPerClass: 18,
    messyShare: 0,
    schoolYear: '2025-2026',
    upperSecondarySchools: 3,
  };
  const structure = generateStructure(options);
  // Our demo schools by level, in creation order; the generator's schools are mapped onto them in turn.
  const ours = await db
    .select({ id: orgUnits.id, code: orgUnits.code })
    .from(orgUnits)
    .where(eq(orgUnits.typeCode, 'school'))
    .orderBy(orgUnits.createdAt);
  const byLevel = (prefix: string) => ours.filter((u) => u.code.startsWith(`${prefix}-`));
  const target = new Map<string, string>();
  for (const level of ['TH', 'THCS', 'THPT'] as const) {
    const mine = byLevel(level);
    const generated = structure.schools.filter((s) => s.schoolLevel === level);
    generated.forEach((s, i) => {
      const unit = mine[i];
      if (unit) target.set(s.schoolId, unit.id);
    });
  }
  for (const [generatedId, unitId] of target) {
    const school = structure.schools.find((s) => s.schoolId === generatedId)!;
    await db
      .insert(schoolProfiles)
      .values({
        unitId,
        levelCode: school.schoolLevel,
        schoolTypeCode: school.schoolType,
        provinceCode: structure.provinceCode,
        principalName: school.principalName,
        phone: school.phone,
      })
      .onConflictDoNothing();
  }
  const codec = new PersonalDataCodec(keys.fieldKeys, keys.blindIndexKey);
  // Every school's staff as the generator staffs it (principal, deputies, teachers by the class
  // count, support posts), personal fields sealed like the staff form does.
  const staffIdByCode = new Map<string, string>();
  for (const member of structure.staff) {
    const unitId = target.get(member.schoolId);
    if (!unitId) continue;
    const [row] = await db
      .insert(staff)
      .values({
        staffCode: member.staffId,
        unitId,
        fullName: member.fullName,
        nameKey: foldKey(member.fullName),
        birthDate: member.birthDate,
        genderCode: member.gender,
        ethnicityCode: member.ethnicity,
        religionCode: member.religion,
        personalIdEnc: codec.seal(member.personalId),
        personalIdBidx: codec.personalIdIndex(member.personalId),
        phoneEnc: codec.seal(member.phone),
        positionCode: member.position,
        qualificationCode: member.qualification,
        contractTypeCode: member.contractType,
        subject: member.mainSubject,
        startedOn: member.recruitmentDate,
      })
      .returning({ id: staff.id });
    staffIdByCode.set(member.staffId, row!.id);
  }
  const classNameByCode = new Map<string, { unitId: string; name: string }>();
  let classCount = 0;
  for (const c of structure.classes) {
    const unitId = target.get(c.schoolId);
    if (!unitId) continue;
    await db.insert(classes).values({
      unitId,
      schoolYearId: year!.id,
      code: await issueClassCode(db),
      name: c.className,
      grade: c.grade,
      twoSessions: c.fullDay,
      combined: c.isCombinedClass,
      homeroomStaffId: c.homeroomTeacherId ? (staffIdByCode.get(c.homeroomTeacherId) ?? null) : null,
    });
    classNameByCode.set(c.classCode, { unitId, name: c.className });
    classCount++;
  }
  const batches = new Map<string, StudentRecord[]>();
  let pupils = 0;
  const flush = async (unitId: string) => {
    const records = batches.get(unitId) ?? [];
    if (records.length === 0) return;
    batches.set(unitId, []);
    const result = await db.transaction((tx) =>
      upsertStudents(
        tx,
        { codec, unitId, schoolYearId: year!.id, actorId: admin.id, actorName: admin.username },
        records,
      ),
    );
    pupils += result.created;
  };
  for (const student of streamStudents(options, structure)) {
    if (student.duplicateOf) continue;
    const place = classNameByCode.get(student.record.classCode);
    if (!place) continue;
    const r = student.record;
    const list = batches.get(place.unitId) ?? [];
    list.push({
      fullName: r.fullName,
      birthDate: r.birthDate,
      genderCode: r.gender,
      ethnicityCode: r.ethnicity,
      religionCode: r.religion,
      disabilityCode: r.disabilityType,
      personalId: r.personalId,
      phone: r.phone,
      address: r.permanentAddress,
      birthPlace: r.placeOfBirth,
      className: place.name,
      statusCode: r.status,
      statusDate: r.statusDate,
      guardians: student.guardians.map((g) => ({
        relationshipCode: g.relationship,
        fullName: g.fullName,
        phone: g.phone,
      })),
    });
    batches.set(place.unitId, list);
    if (list.length >= 500) await flush(place.unitId);
  }
  for (const unitId of batches.keys()) await flush(unitId);
  return { pupils, classes: classCount, staff: staffIdByCode.size };
}
