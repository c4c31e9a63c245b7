import { and, asc, count, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, query } from '../../../db/client';
import type { UnitRef } from '../../../plugins/access';
import { orgUnits } from '../../org/org.table';
import { users } from '../../users/users.table';
import { bulkInsert } from '../bulk-insert';
import { textArray } from '../copy';
import {
  classes,
  importBatches,
  importFindings,
  schoolProfiles,
  schoolYears,
  students,
} from '../sector.table';

/** The only place the import touches the database, apart from the sector module's upsertStudents. */

export type ImportBatch = typeof importBatches.$inferSelect;
export type ImportStatus = ImportBatch['status'];
export type NewFinding = typeof importFindings.$inferInsert;
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

/** Resolver for the access gate: an import batch belongs to its school. */
export async function importBatchUnit(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(importBatches)
    .innerJoin(orgUnits, eq(orgUnits.id, importBatches.unitId))
    .where(eq(importBatches.id, id));
  return row ?? null;
}

export async function findSchool(db: DbOrTx, unitId: string) {
  const [row] = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      typeCode: orgUnits.typeCode,
      status: orgUnits.status,
      schoolCode: schoolProfiles.schoolCode,
    })
    .from(orgUnits)
    .leftJoin(schoolProfiles, eq(schoolProfiles.unitId, orgUnits.id))
    .where(eq(orgUnits.id, unitId));
  return row ?? null;
}

export async function findSchoolByCode(db: DbOrTx, code: string) {
  const [row] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .leftJoin(schoolProfiles, eq(schoolProfiles.unitId, orgUnits.id))
    .where(sql`${orgUnits.code} = ${code} or ${schoolProfiles.schoolCode} = ${code}`)
    .limit(1);
  return row ? findSchool(db, row.id) : null;
}

export async function findSchoolYear(db: DbOrTx, id: string) {
  const [row] = await db.select().from(schoolYears).where(eq(schoolYears.id, id));
  return row ?? null;
}

export async function findSchoolYearByCode(db: DbOrTx, code: string) {
  const [row] = await db.select().from(schoolYears).where(eq(schoolYears.code, code));
  return row ?? null;
}

export async function classesOf(db: DbOrTx, unitId: string, schoolYearId: string) {
  return db
    .select({ code: classes.code, name: classes.name, grade: classes.grade })
    .from(classes)
    .where(and(eq(classes.unitId, unitId), eq(classes.schoolYearId, schoolYearId)));
}

export async function createBatch(
  db: DbOrTx,
  values: typeof importBatches.$inferInsert,
): Promise<ImportBatch> {
  const [row] = await db.insert(importBatches).values(values).returning();
  return row!;
}

export async function getBatch(db: DbOrTx, id: string): Promise<ImportBatch | null> {
  const [row] = await db.select().from(importBatches).where(eq(importBatches.id, id));
  return row ?? null;
}

export async function updateBatch(
  db: DbOrTx,
  id: string,
  values: Partial<typeof importBatches.$inferInsert>,
) {
  await db.update(importBatches).set(values).where(eq(importBatches.id, id));
}

/** Moves a batch from one of `from` to `to`; false when another request got there first. */
export async function transitionBatch(
  db: DbOrTx,
  id: string,
  from: readonly ImportStatus[],
  values: Partial<typeof importBatches.$inferInsert> & { status: ImportStatus },
): Promise<boolean> {
  const rows = await db
    .update(importBatches)
    .set(values)
    .where(and(eq(importBatches.id, id), inArray(importBatches.status, [...from])))
    .returning({ id: importBatches.id });
  return rows.length > 0;
}

export async function setProgress(db: DbOrTx, id: string, progress: Progress) {
  await db.update(importBatches).set({ progress }).where(eq(importBatches.id, id));
}

export async function statusOf(db: DbOrTx, id: string): Promise<ImportStatus | null> {
  const [row] = await db
    .select({ status: importBatches.status })
    .from(importBatches)
    .where(eq(importBatches.id, id));
  return row?.status ?? null;
}

export async function deleteFindings(db: DbOrTx, batchId: string) {
  await db.delete(importFindings).where(eq(importFindings.batchId, batchId));
}

export async function insertFindings(db: DbOrTx, rows: NewFinding[]) {
  await bulkInsert(db, importFindings, rows);
}

export interface FindingFilter {
  kind?: 'change' | 'issue';
  severity?: 'blocking' | 'warning';
}

export async function listFindings(
  db: DbOrTx,
  batchId: string,
  filter: FindingFilter,
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(importFindings.batchId, batchId),
    filter.kind ? eq(importFindings.kind, filter.kind) : undefined,
    filter.severity ? eq(importFindings.severity, filter.severity) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(importFindings).where(where);
  const items = await db
    .select()
    .from(importFindings)
    .where(where)
    .orderBy(asc(importFindings.rowNumber), asc(importFindings.kind), asc(importFindings.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { total: total?.n ?? 0, items };
}

/** Findings of a range of rows, in row order (the error workbook merges them with the file's rows). */
export async function findingsOfRows(db: DbOrTx, batchId: string, fromRow: number, toRow: number) {
  return db
    .select()
    .from(importFindings)
    .where(
      and(
        eq(importFindings.batchId, batchId),
        eq(importFindings.kind, 'issue'),
        gte(importFindings.rowNumber, fromRow),
        lte(importFindings.rowNumber, toRow),
      ),
    )
    .orderBy(asc(importFindings.rowNumber), asc(importFindings.id));
}

export async function blockingRowNumbers(db: DbOrTx, batchId: string): Promise<Set<number>> {
  const rows = await db
    .selectDistinct({ row: importFindings.rowNumber })
    .from(importFindings)
    .where(and(eq(importFindings.batchId, batchId), eq(importFindings.severity, 'blocking')));
  return new Set(rows.map((r) => r.row));
}

/**
 * Personal ids (by blind index) already held by pupils of other schools.
 * Only whether, never which school: the caller may not see other schools.
 */
export async function personalIdsElsewhere(
  db: DbOrTx,
  unitId: string,
  indexes: string[],
): Promise<Set<string>> {
  if (indexes.length === 0) return new Set();
  // One array parameter, not one per value: a chunk has up to 1,000 (blind indexes are base64url).
  const rows = await query<{ bidx: string }>(
    db,
    sql`select distinct personal_id_bidx as bidx from ${students}
         where personal_id_bidx = any(${textArray(indexes)}::text[]) and unit_id <> ${unitId}`,
  );
  return new Set(rows.map((r) => r.bidx));
}

export async function studentCodesElsewhere(
  db: DbOrTx,
  unitId: string,
  codes: string[],
): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await query<{ code: string }>(
    db,
    sql`select student_code as code from ${students}
         where student_code = any(${textArray(codes)}::text[]) and unit_id <> ${unitId}`,
  );
  return new Set(rows.map((r) => r.code));
}

/**
 * Keeps the job's lease (jobs.locked_until, 5 minutes from the runner) alive
 * while a long import runs, so no other worker reclaims it midway.
 */
export async function renewJobLease(db: DbOrTx, jobId: string) {
  await db.execute(
    sql`update jobs set locked_until = now() + interval '5 minutes' where id = ${jobId} and status = 'running'`,
  );
}

/** One school's import batches, newest first, with who started each. */
export async function listBatches(db: DbOrTx, unitId: string, page: number, pageSize: number) {
  const where = eq(importBatches.unitId, unitId);
  const [total] = await db.select({ n: count() }).from(importBatches).where(where);
  const items = await db
    .select({ batch: importBatches, createdByName: users.fullName })
    .from(importBatches)
    .leftJoin(users, eq(users.id, importBatches.createdBy))
    .where(where)
    .orderBy(desc(importBatches.createdAt), desc(importBatches.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { total: total?.n ?? 0, items };
}
