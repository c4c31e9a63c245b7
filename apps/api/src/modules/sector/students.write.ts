import { findEntry, foldKey, normaliseName, normalisePhone, parsePersonalId } from '@edushield/core';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { badRequest, conflict } from '../../lib/errors';
import type { PersonalDataCodec } from '../../lib/personal-data';
import { appendAudit } from '../audit/audit.service';
import { classesOfSchoolYear } from './classes.repository';
import { textArray } from './copy';
import { issueStudentCodes, STUDENT_CODE_PATTERN } from './identifiers';
import { KeyTable } from './key-table';
import { findProfile } from './schools.repository';
import { isIsoDate } from './sector.context';
import { students } from './sector.table';
import {
  deleteGuardiansOf,
  type GuardianRow,
  guardiansOf,
  insertGuardians,
  insertStatusEvents,
  insertStudents,
  type NewGuardian,
  type NewStatusEvent,
  type NewStudent,
} from './students.repository';

/**
 * The batch write the importer commits through: idempotent, few round trips
 * (one candidate query per 1,000 records, multi-row inserts, one UPDATE for
 * all changed pupils), one audit entry per batch.
 *
 * Matching, in order: the student id (which must belong to this school: a
 * pupil of another school arrives by transfer, not by import); else the
 * personal id within the school (through the blind index); else the folded
 * name and birth date within the school. A personal id already held by a
 * pupil of another school is refused rather than duplicated.
 *
 * An empty value in a record never erases a stored one (a masked or blank
 * cell of a re-uploaded template must not wipe data); corrections to empty
 * are made in the form. Guardians, when given, replace the stored list.
 */

export interface StudentRecord {
  studentCode?: string | null;
  fullName: string;
  birthDate: string /* ISO */;
  genderCode: string;
  ethnicityCode?: string | null;
  religionCode?: string | null;
  disabilityCode?: string | null;
  personalId?: string | null;
  phone?: string | null;
  address?: string | null;
  birthPlace?: string | null;
  className?: string | null;
  statusCode: string;
  statusDate: string;
  guardians?: { relationshipCode: string; fullName: string; phone?: string | null }[];
}

export interface UpsertContext {
  codec: PersonalDataCodec;
  unitId: string;
  schoolYearId: string;
  actorId: string;
  actorName: string;
  requestId?: string;
  /**
   * Append a 'student.import_batch' audit entry (default). The importer audits
   * the whole commit itself and passes false, so a long all-or-nothing
   * transaction does not hold the audit-chain lock for its whole duration.
   */
  audit?: boolean;
}

export interface UpsertResult {
  created: number;
  updated: number;
  unchanged: number;
  /** One id per record, in record order. */
  studentIds: string[];
}

const LOOKUP_CHUNK = 1_000;

interface Guardian {
  relationshipCode: string;
  fullName: string;
  phone: string | null;
}

interface Prepared {
  index: number;
  studentCode: string | null;
  fullName: string;
  nameKey: string;
  birthDate: string;
  genderCode: string;
  ethnicityCode: string | null;
  religionCode: string | null;
  disabilityCode: string | null;
  personalId: string | null;
  personalIdIndex: string | null;
  phone: string | null;
  address: string | null;
  birthPlace: string | null;
  classId: string | null | undefined;
  statusCode: string;
  statusDate: string;
  guardians: Guardian[] | undefined;
}

interface Existing {
  id: string;
  student_code: string;
  unit_id: string;
  class_id: string | null;
  full_name: string;
  name_key: string;
  birth_date: string;
  gender_code: string;
  ethnicity_code: string | null;
  religion_code: string | null;
  disability_code: string | null;
  personal_id_enc: string | null;
  personal_id_bidx: string | null;
  phone_enc: string | null;
  address_enc: string | null;
  birth_place_enc: string | null;
  status_code: string;
  status_date: string;
}

const invalid = (index: number, field: string, code = 'invalid') =>
  badRequest('STUDENT_RECORD_INVALID', [{ index, field, code }]);

function text(value: string | null | undefined, max: number, index: number, field: string): string | null {
  if (value === undefined || value === null) return null;
  const clean = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if ([...clean].length > max) throw invalid(index, field, 'too_long');
  return clean === '' ? null : clean;
}

function code(listId: string, value: string | null | undefined, index: number, field: string): string | null {
  const clean = value?.trim();
  if (!clean) return null;
  if (!findEntry(listId, clean)) throw invalid(index, field, 'code_list');
  return clean;
}

function requiredCode(
  listId: string,
  value: string | null | undefined,
  index: number,
  field: string,
): string {
  const found = code(listId, value, index, field);
  if (found === null) throw invalid(index, field, 'required');
  return found;
}

function phone(value: string | null | undefined, index: number, field: string): string | null {
  if (!value?.trim()) return null;
  const parsed = normalisePhone(value);
  if (!parsed.ok) throw invalid(index, field, 'phone');
  return parsed.value;
}

function personName(value: string, index: number, field: string): string {
  const name = normaliseName(value ?? '');
  if (name === '' || [...name].length > 50) throw invalid(index, field);
  return name;
}

/** Standardised once more: the importer validated, but this is the last door before the table. */
function prepare(
  codec: PersonalDataCodec,
  record: StudentRecord,
  index: number,
  classOf: (name: string) => string | undefined,
): Prepared {
  const fullName = personName(record.fullName, index, 'fullName');
  if (!isIsoDate(record.birthDate)) throw invalid(index, 'birthDate');
  if (!isIsoDate(record.statusDate)) throw invalid(index, 'statusDate');
  const studentCode = record.studentCode?.trim() || null;
  if (studentCode !== null && !STUDENT_CODE_PATTERN.test(studentCode))
    throw badRequest('STUDENT_CODE_INVALID', [{ index, field: 'studentCode' }]);
  let personalId: string | null = null;
  if (record.personalId?.trim()) {
    const parsed = parsePersonalId(record.personalId);
    if (!parsed.ok) throw invalid(index, 'personalId', 'personal_id');
    personalId = parsed.value.id;
  }
  let classId: string | null | undefined;
  const className = record.className?.trim();
  if (className) {
    classId = classOf(className);
    if (!classId) throw badRequest('CLASS_NOT_IN_SCHOOL', [{ index, field: 'className' }]);
  }
  return {
    index,
    studentCode,
    fullName,
    nameKey: foldKey(fullName),
    birthDate: record.birthDate,
    genderCode: requiredCode('gender', record.genderCode, index, 'genderCode'),
    ethnicityCode: code('ethnicity', record.ethnicityCode, index, 'ethnicityCode'),
    religionCode: code('religion', record.religionCode, index, 'religionCode'),
    disabilityCode: code('disability-type', record.disabilityCode, index, 'disabilityCode'),
    personalId,
    personalIdIndex: codec.personalIdIndex(personalId),
    phone: phone(record.phone, index, 'phone'),
    address: text(record.address, 200, index, 'address'),
    birthPlace: text(record.birthPlace, 200, index, 'birthPlace'),
    classId,
    statusCode: requiredCode('learner-status', record.statusCode, index, 'statusCode'),
    statusDate: record.statusDate,
    guardians: record.guardians?.map((g, i) => ({
      relationshipCode: requiredCode(
        'guardian-relationship',
        g.relationshipCode,
        index,
        `guardians[${i}].relationshipCode`,
      ),
      fullName: personName(g.fullName, index, `guardians[${i}].fullName`),
      phone: phone(g.phone, index, `guardians[${i}].phone`),
    })),
  };
}

/** Class names as clerks type them ("10a1", "10A1 "), or the class code. */
const classKey = (value: string) => foldKey(value).replace(/\s+/g, '');

const EXISTING_COLUMNS = sql.raw(`s.id, s.student_code, s.unit_id, s.class_id, s.full_name, s.name_key,
  s.birth_date::text as birth_date, s.gender_code, s.ethnicity_code, s.religion_code, s.disability_code,
  s.personal_id_enc, s.personal_id_bidx, s.phone_enc, s.address_enc, s.birth_place_enc, s.status_code,
  s.status_date::text as status_date`);

/**
 * The stored pupils a batch may name: by student id (anywhere), by personal id
 * (anywhere), by folded name and birth date (this school). Three index lookups
 * joined by UNION: an OR over them, with a set-returning function in one arm,
 * is planned as a scan of the whole table per batch, which grows the import
 * quadratically with the school's size. The school is checked after the
 * name lookup (OFFSET 0 keeps the planner from folding it in): while a large
 * import runs ahead of ANALYZE, the planner otherwise ANDs the (name, birth
 * date) index with the unit index, i.e. reads every pupil of the school once
 * per record.
 */
async function candidates(tx: DbOrTx, unitId: string, batch: Prepared[]): Promise<Existing[]> {
  const codes = batch.flatMap((p) => (p.studentCode ? [p.studentCode] : []));
  const indexes = batch.flatMap((p) => (p.personalIdIndex ? [p.personalIdIndex] : []));
  const pairs = JSON.stringify(batch.map((p) => ({ k: p.nameKey, d: p.birthDate })));
  const arms: SQL[] = [
    sql`select * from (
          select ${EXISTING_COLUMNS} from jsonb_to_recordset(${pairs}::jsonb) as v(k text, d date)
            join ${students} s on s.name_key = v.k and s.birth_date = v.d
          offset 0) named
        where named.unit_id = ${unitId}`,
  ];
  if (codes.length > 0)
    arms.push(
      sql`select ${EXISTING_COLUMNS} from ${students} s where s.student_code = any(${textArray(codes)}::text[])`,
    );
  if (indexes.length > 0)
    arms.push(
      sql`select ${EXISTING_COLUMNS} from ${students} s where s.personal_id_bidx = any(${textArray(indexes)}::text[])`,
    );
  const result = (await tx.execute(sql.join(arms, sql` union `))) as unknown as { rows: Existing[] };
  return result.rows;
}

/** The candidates indexed the three ways a record can name a pupil. */
class CandidateIndex {
  readonly byCode = new Map<string, Existing>();
  readonly byPersonalId = new Map<string, Existing[]>();
  readonly byNameHere = new Map<string, Existing[]>();

  constructor(
    readonly all: Existing[],
    readonly unitId: string,
  ) {
    for (const e of all) {
      this.byCode.set(e.student_code, e);
      if (e.personal_id_bidx) push(this.byPersonalId, e.personal_id_bidx, e);
      if (e.unit_id === unitId) push(this.byNameHere, `${e.name_key}\u0000${e.birth_date}`, e);
    }
  }

  /** Which stored pupil a record is, or null for a new pupil. */
  matchOf(p: Prepared): Existing | null {
    if (p.studentCode) {
      const byCode = this.byCode.get(p.studentCode);
      if (byCode && byCode.unit_id !== this.unitId)
        throw conflict('STUDENT_OTHER_UNIT', [{ index: p.index, field: 'studentCode' }]);
      // A code the database does not know was issued elsewhere (the national portal): a new pupil here.
      return byCode ?? null;
    }
    if (p.personalIdIndex) {
      const here = this.byPersonalId.get(p.personalIdIndex)?.find((e) => e.unit_id === this.unitId);
      if (here) return here;
    }
    // Namesakes born the same day are different pupils when both carry different personal ids:
    // fall back to name + birth date only where a personal id does not contradict the match.
    const byName = (this.byNameHere.get(`${p.nameKey}\u0000${p.birthDate}`) ?? []).filter(
      (e) => !p.personalIdIndex || !e.personal_id_bidx || e.personal_id_bidx === p.personalIdIndex,
    );
    if (byName.length > 1)
      throw conflict('STUDENT_RECORD_DUPLICATE', [{ index: p.index, reason: 'ambiguous_match' }]);
    return byName[0] ?? null;
  }

  /** Another pupil already holding this personal id, anywhere in the province. */
  otherHolder(p: Prepared, match: Existing | null): Existing | undefined {
    if (!p.personalIdIndex) return undefined;
    return this.byPersonalId.get(p.personalIdIndex)?.find((e) => e.id !== match?.id);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const sameGuardians = (stored: GuardianRow[], wanted: Guardian[], codec: PersonalDataCodec) => {
  const key = (g: Guardian) => `${g.relationshipCode}\u0000${g.fullName}\u0000${g.phone ?? ''}`;
  const a = stored.map((g) =>
    key({ relationshipCode: g.relationshipCode, fullName: g.fullName, phone: codec.open(g.phoneEnc) }),
  );
  const b = wanted.map(key);
  return a.length === b.length && a.sort().join('\u0001') === b.sort().join('\u0001');
};

interface Planned {
  row: Existing;
  next: Existing;
  statusChanged: boolean;
  replaceGuardians: Guardian[] | undefined;
}

/** The stored pupil with the record's non-empty values applied; personal values resealed only when they change. */
function plan(
  p: Prepared,
  row: Existing,
  codec: PersonalDataCodec,
  storedGuardians: GuardianRow[],
): Planned | null {
  const keep = <T>(value: T | null | undefined, stored: T): T =>
    value === null || value === undefined ? stored : value;
  const phoneChanged = p.phone !== null && p.phone !== codec.open(row.phone_enc);
  const addressChanged = p.address !== null && p.address !== codec.open(row.address_enc);
  const birthPlaceChanged = p.birthPlace !== null && p.birthPlace !== codec.open(row.birth_place_enc);
  const pidChanged = p.personalIdIndex !== null && p.personalIdIndex !== row.personal_id_bidx;
  const next: Existing = {
    ...row,
    full_name: p.fullName,
    name_key: p.nameKey,
    birth_date: p.birthDate,
    gender_code: p.genderCode,
    ethnicity_code: keep(p.ethnicityCode, row.ethnicity_code),
    religion_code: keep(p.religionCode, row.religion_code),
    disability_code: keep(p.disabilityCode, row.disability_code),
    personal_id_enc: pidChanged ? codec.seal(p.personalId) : row.personal_id_enc,
    personal_id_bidx: pidChanged ? p.personalIdIndex : row.personal_id_bidx,
    phone_enc: phoneChanged ? codec.seal(p.phone) : row.phone_enc,
    address_enc: addressChanged ? codec.seal(p.address) : row.address_enc,
    birth_place_enc: birthPlaceChanged ? codec.seal(p.birthPlace) : row.birth_place_enc,
    class_id: p.classId === undefined ? row.class_id : p.classId,
    status_code: p.statusCode,
    status_date: p.statusDate,
  };
  const replaceGuardians =
    p.guardians !== undefined && !sameGuardians(storedGuardians, p.guardians, codec)
      ? p.guardians
      : undefined;
  const columns = Object.keys(row) as (keyof Existing)[];
  const changed = columns.some((c) => next[c] !== row[c]) || replaceGuardians !== undefined;
  if (!changed) return null;
  return { row, next, statusChanged: next.status_code !== row.status_code, replaceGuardians };
}

function guardianInserts(codec: PersonalDataCodec, studentId: string, list: Guardian[]): NewGuardian[] {
  return list.map((g) => ({
    studentId,
    relationshipCode: g.relationshipCode,
    fullName: g.fullName,
    phoneEnc: codec.seal(g.phone),
  }));
}

async function updateMany(tx: DbOrTx, rows: Existing[]): Promise<void> {
  if (rows.length === 0) return;
  const payload = JSON.stringify(rows);
  await tx.execute(sql`
    update ${students} as s set
      full_name = v.full_name, name_key = v.name_key, birth_date = v.birth_date, gender_code = v.gender_code,
      ethnicity_code = v.ethnicity_code, religion_code = v.religion_code, disability_code = v.disability_code,
      personal_id_enc = v.personal_id_enc, personal_id_bidx = v.personal_id_bidx, phone_enc = v.phone_enc,
      address_enc = v.address_enc, birth_place_enc = v.birth_place_enc, class_id = v.class_id,
      status_code = v.status_code, status_date = v.status_date, updated_at = now()
    from jsonb_to_recordset(${payload}::jsonb) as v(
      id uuid, full_name text, name_key text, birth_date date, gender_code text, ethnicity_code text,
      religion_code text, disability_code text, personal_id_enc text, personal_id_bidx text, phone_enc text,
      address_enc text, birth_place_enc text, class_id uuid, status_code text, status_date date)
    where s.id = v.id`);
}

export async function upsertStudents(
  tx: DbOrTx,
  ctx: UpsertContext,
  records: StudentRecord[],
): Promise<UpsertResult> {
  // Inside the importer's transaction everything commits or rolls back with it; alone, open one.
  if (!('rollback' in tx)) return tx.transaction((inner) => upsertStudents(inner, ctx, records));
  const { codec, unitId } = ctx;

  const classRows = await classesOfSchoolYear(tx, unitId, ctx.schoolYearId);
  const classes = new Map<string, string>();
  for (const c of classRows) classes.set(classKey(c.code), c.id);
  // Names win over codes when both read the same.
  for (const c of classRows) classes.set(classKey(c.name), c.id);
  const prepared = records.map((r, i) => prepare(codec, r, i, (name) => classes.get(classKey(name))));

  const found = new Map<string, Existing>();
  for (let i = 0; i < prepared.length; i += LOOKUP_CHUNK)
    for (const e of await candidates(tx, unitId, prepared.slice(i, i + LOOKUP_CHUNK))) found.set(e.id, e);
  const index = new CandidateIndex([...found.values()], unitId);

  const matches = prepared.map((p) => index.matchOf(p));
  refuseDuplicatesInBatch(prepared, matches);
  prepared.forEach((p, i) => {
    const holder = index.otherHolder(p, matches[i] ?? null);
    // One person, one pupil record in the province.
    if (holder)
      throw conflict('STUDENT_DUPLICATE', [
        { index: p.index, field: 'personalId', sameSchool: holder.unit_id === unitId },
      ]);
  });

  const matchedIds = matches.flatMap((m) => (m ? [m.id] : []));
  const storedGuardians = new Map<string, GuardianRow[]>();
  if (prepared.some((p) => p.guardians !== undefined)) {
    for (let i = 0; i < matchedIds.length; i += LOOKUP_CHUNK) {
      for (const g of await guardiansOf(tx, matchedIds.slice(i, i + LOOKUP_CHUNK))) {
        storedGuardians.set(g.studentId, [...(storedGuardians.get(g.studentId) ?? []), g]);
      }
    }
  }

  const studentIds: string[] = new Array(prepared.length);
  const fresh: Prepared[] = [];
  const updates: Planned[] = [];
  let unchanged = 0;
  prepared.forEach((p, i) => {
    const match = matches[i];
    if (!match) {
      fresh.push(p);
      return;
    }
    studentIds[i] = match.id;
    const planned = plan(p, match, codec, storedGuardians.get(match.id) ?? []);
    if (planned) updates.push(planned);
    else unchanged++;
  });

  const events: NewStatusEvent[] = [];
  const guardians: NewGuardian[] = [];
  if (fresh.length > 0) {
    const needCodes = fresh.filter((p) => !p.studentCode).length;
    const profile = await findProfile(tx, unitId);
    const issued = await issueStudentCodes(tx, profile?.provinceCode ?? null, needCodes);
    const inserts: NewStudent[] = fresh.map((p) => {
      const id = crypto.randomUUID();
      studentIds[p.index] = id;
      events.push({
        studentId: id,
        statusCode: p.statusCode,
        eventDate: p.statusDate,
        unitId,
        recordedBy: ctx.actorId,
      });
      if (p.guardians) guardians.push(...guardianInserts(codec, id, p.guardians));
      return {
        id,
        studentCode: p.studentCode ?? issued.shift()!,
        unitId,
        classId: p.classId ?? null,
        fullName: p.fullName,
        nameKey: p.nameKey,
        birthDate: p.birthDate,
        genderCode: p.genderCode,
        ethnicityCode: p.ethnicityCode,
        religionCode: p.religionCode,
        disabilityCode: p.disabilityCode,
        personalIdEnc: codec.seal(p.personalId),
        personalIdBidx: p.personalIdIndex,
        phoneEnc: codec.seal(p.phone),
        addressEnc: codec.seal(p.address),
        birthPlaceEnc: codec.seal(p.birthPlace),
        statusCode: p.statusCode,
        statusDate: p.statusDate,
        createdBy: ctx.actorId,
      };
    });
    await insertStudents(tx, inserts);
  }

  await updateMany(
    tx,
    updates.map((u) => u.next),
  );
  for (const u of updates) {
    if (u.statusChanged)
      events.push({
        studentId: u.row.id,
        statusCode: u.next.status_code,
        eventDate: u.next.status_date,
        unitId,
        note: 'import',
        recordedBy: ctx.actorId,
      });
    if (u.replaceGuardians) guardians.push(...guardianInserts(codec, u.row.id, u.replaceGuardians));
  }
  await deleteGuardiansOf(
    tx,
    updates.flatMap((u) => (u.replaceGuardians ? [u.row.id] : [])),
  );
  await insertGuardians(tx, guardians);
  await insertStatusEvents(tx, events);

  const result = { created: fresh.length, updated: updates.length, unchanged, studentIds };
  if (ctx.audit === false) return result;
  await appendAudit(tx, {
    action: 'student.import_batch',
    actorId: ctx.actorId,
    actorName: ctx.actorName,
    objectType: 'school',
    objectId: unitId,
    unitId,
    requestId: ctx.requestId ?? null,
    details: {
      schoolYearId: ctx.schoolYearId,
      records: records.length,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
    },
  });
  return result;
}

/**
 * Namesakes born the same day: a record without a student id is matched by
 * name and birth date (or, with a personal id, only against pupils without
 * another one), so two records with the same name and birth date are told
 * apart only when both carry student ids or both carry personal ids.
 * Otherwise the later one is refused: which of them is which is the clerk's
 * call. The importer's analysis applies this same guard to the whole file,
 * so its preview refuses exactly what the commit would.
 */
export class SameNameGuard {
  private static readonly NO_PID = 1;
  private static readonly NO_CODE = 2;
  private static readonly NO_BOTH = 4;
  /** Flags per name + birth date, hashed (key-table.ts): a million-row file costs megabytes, not hundreds. */
  private readonly seen: KeyTable;

  /** `expectedRecords`: how many records will be offered, when known (sizes the table once). */
  constructor(expectedRecords?: number) {
    this.seen = new KeyTable(expectedRecords);
  }

  /** True when the record may be written beside the records accepted before it. */
  accept(nameKey: string, birthDate: string, hasCode: boolean, hasPersonalId: boolean): boolean {
    const key = `${nameKey}\u0000${birthDate}`;
    const flags = this.seen.get(key);
    if (flags !== undefined) {
      const conflict =
        !hasPersonalId && !hasCode
          ? true
          : !hasPersonalId
            ? (flags & SameNameGuard.NO_CODE) !== 0
            : !hasCode
              ? (flags & SameNameGuard.NO_PID) !== 0
              : (flags & SameNameGuard.NO_BOTH) !== 0;
      if (conflict) return false;
    }
    const mine =
      (hasPersonalId ? 0 : SameNameGuard.NO_PID) |
      (hasCode ? 0 : SameNameGuard.NO_CODE) |
      (!hasPersonalId && !hasCode ? SameNameGuard.NO_BOTH : 0);
    this.seen.set(key, (flags ?? 0) | mine);
    return true;
  }
}

/** The key the write matches names by (what `nameKey` of a stored pupil holds). */
export const studentNameKey = (fullName: string) => foldKey(normaliseName(fullName));

/** Two records of one batch may not be one pupil: which of them is right is the clerk's call. */
function refuseDuplicatesInBatch(prepared: Prepared[], matches: (Existing | null)[]) {
  const seen = new Map<string, number>();
  const names = new SameNameGuard();
  const claim = (key: string, index: number) => {
    const other = seen.get(key);
    if (other !== undefined)
      throw conflict('STUDENT_RECORD_DUPLICATE', [{ index, otherIndex: other, reason: key.split(':')[0] }]);
    seen.set(key, index);
  };
  prepared.forEach((p, i) => {
    const match = matches[i];
    if (match) claim(`match:${match.id}`, p.index);
    else if (p.studentCode) claim(`code:${p.studentCode}`, p.index);
    if (p.personalIdIndex) claim(`personalId:${p.personalIdIndex}`, p.index);
    if (!names.accept(p.nameKey, p.birthDate, p.studentCode !== null, p.personalIdIndex !== null))
      throw conflict('STUDENT_RECORD_DUPLICATE', [{ index: p.index, reason: 'name' }]);
  });
}
