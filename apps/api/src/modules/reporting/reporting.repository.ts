import { eq, type SQL, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, query } from '../../db/client';
import type { UnitRef } from '../../plugins/access';
import { type Scope, unitInScope } from '../../plugins/scope';
import {
  periodUnits,
  reportingPeriods,
  submissionAggregates,
  submissionComments,
  submissionEvents,
  submissions,
  submissionVersions,
} from './reporting.table';

/** The only place the reporting feature reads and writes its tables. */

export type PeriodRow = typeof reportingPeriods.$inferSelect;
export type SubmissionRow = typeof submissions.$inferSelect;
export type PeriodUnitRow = typeof periodUnits.$inferSelect;

/** Access gate: a period belongs to its root unit. */
export async function unsafePeriodUnit(db: Db, id: string): Promise<UnitRef | null> {
  const rows = await query<{ id: string; path: string }>(
    db,
    sql`select ou.id, ou.path from reporting_periods p join org_units ou on ou.id = p.root_unit_id where p.id = ${id}`,
  );
  return rows[0] ?? null;
}

/** Access gate: a submission belongs to its reporting unit. */
export async function unsafeSubmissionUnit(db: Db, id: string): Promise<UnitRef | null> {
  const rows = await query<{ id: string; path: string }>(
    db,
    sql`select ou.id, ou.path from submissions s join org_units ou on ou.id = s.unit_id where s.id = ${id}`,
  );
  return rows[0] ?? null;
}

export async function findPeriod(db: DbOrTx, id: string): Promise<PeriodRow | undefined> {
  const [row] = await db.select().from(reportingPeriods).where(sql`${reportingPeriods.id} = ${id}`);
  return row;
}

export async function insertPeriod(tx: DbOrTx, values: typeof reportingPeriods.$inferInsert) {
  const [row] = await tx.insert(reportingPeriods).values(values).returning();
  return row!;
}

/** Updates a period only while it is in `expectedStatus`; false when it was not. */
export async function updatePeriod(
  tx: DbOrTx,
  id: string,
  expectedStatus: PeriodRow['status'],
  values: Partial<typeof reportingPeriods.$inferInsert>,
): Promise<boolean> {
  const rows = await tx
    .update(reportingPeriods)
    .set({ ...values, updatedAt: new Date() })
    .where(sql`${reportingPeriods.id} = ${id} and ${reportingPeriods.status} = ${expectedStatus}`)
    .returning({ id: reportingPeriods.id });
  return rows.length === 1;
}

export interface PeriodCounts {
  expected: number;
  notSubmitted: number;
  submitted: number;
  returned: number;
  approved: number;
  accepted: number;
  onTime: number;
  late: number;
}

const countsSelect = sql`count(*)::int as expected,
  count(*) filter (where s.state = 'not_submitted')::int as not_submitted,
  count(*) filter (where s.state = 'submitted')::int as submitted,
  count(*) filter (where s.state = 'returned')::int as returned,
  count(*) filter (where s.state = 'approved')::int as approved,
  count(*) filter (where s.state = 'accepted')::int as accepted,
  count(*) filter (where s.on_time)::int as on_time,
  count(*) filter (where s.on_time = false)::int as late`;

interface CountsRow extends Record<string, unknown> {
  expected: number;
  not_submitted: number;
  submitted: number;
  returned: number;
  approved: number;
  accepted: number;
  on_time: number;
  late: number;
}

const countsOf = (r: CountsRow | undefined): PeriodCounts => ({
  expected: r?.expected ?? 0,
  notSubmitted: r?.not_submitted ?? 0,
  submitted: r?.submitted ?? 0,
  returned: r?.returned ?? 0,
  approved: r?.approved ?? 0,
  accepted: r?.accepted ?? 0,
  onTime: r?.on_time ?? 0,
  late: r?.late ?? 0,
});

/** Submission counts of periods, limited to the units in `scope`. */
export async function periodCounts(
  db: DbOrTx,
  scope: Scope,
  periodIds: readonly string[],
): Promise<Map<string, PeriodCounts>> {
  if (periodIds.length === 0) return new Map();
  const rows = await query<CountsRow & { period_id: string }>(
    db,
    sql`select s.period_id, ${countsSelect} from submissions s
        where s.period_id = any(array[${sql.join(
          periodIds.map((id) => sql`${id}`),
          sql`, `,
        )}]::uuid[]) and ${unitInScope(scope, sql`s.unit_id`)}
        group by s.period_id`,
  );
  return new Map(rows.map((r) => [r.period_id, countsOf(r)]));
}

export interface PeriodListRow extends PeriodRow {
  rootUnitName: string;
  schoolYearCode: string | null;
}

/**
 * Periods the caller may see: those rooted in their scope, and open or
 * closed periods in which a unit of their scope must report.
 */
export async function listPeriods(db: Db, scope: Scope, filter: { status?: string }) {
  const conditions: SQL[] = [
    sql`(${unitInScope(scope, sql`p.root_unit_id`)} or (p.status <> 'draft' and exists (
      select 1 from submissions s where s.period_id = p.id and ${unitInScope(scope, sql`s.unit_id`)})))`,
  ];
  if (filter.status) conditions.push(sql`p.status = ${filter.status}`);
  const rows = await query<{ id: string }>(
    db,
    sql`select p.id from reporting_periods p where ${sql.join(conditions, sql` and `)}
        order by p.deadline_at desc, p.created_at desc limit 500`,
  );
  return rows.map((r) => r.id);
}

export async function periodExtras(db: DbOrTx, id: string) {
  const rows = await query<{ root_unit_name: string; school_year_code: string | null }>(
    db,
    sql`select ou.name as root_unit_name, sy.code as school_year_code
        from reporting_periods p join org_units ou on ou.id = p.root_unit_id
        left join school_years sy on sy.id = p.school_year_id where p.id = ${id}`,
  );
  return { rootUnitName: rows[0]?.root_unit_name ?? '', schoolYearCode: rows[0]?.school_year_code ?? null };
}

export interface TreeUnit {
  unitId: string;
  parentId: string | null;
  code: string;
  name: string;
  typeCode: string;
  path: string;
  levelCode: string | null;
}

/**
 * The subtree of `rootId` as it was on `asOf`, from the version history
 * (org_unit_versions: valid_from <= D < valid_to), with each unit's path
 * under that tree. The root keeps its current path as the prefix.
 */
export async function treeAsOf(db: DbOrTx, rootId: string, asOf: string): Promise<TreeUnit[]> {
  const valid = sql`v.valid_from <= ${asOf}::date and (v.valid_to is null or v.valid_to > ${asOf}::date)`;
  const rows = await query<{
    unit_id: string;
    parent_id: string | null;
    code: string;
    name: string;
    type_code: string;
    path: string;
    level_code: string | null;
  }>(
    db,
    sql`with recursive tree as (
          select v.unit_id, v.parent_id, v.code, v.name, v.type_code, ou.path::text as path, 0 as depth
          from org_unit_versions v join org_units ou on ou.id = v.unit_id
          where v.unit_id = ${rootId} and ${valid} and v.status = 'active'
          union all
          select v.unit_id, v.parent_id, v.code, v.name, v.type_code,
                 tree.path || v.unit_id::text || '/', tree.depth + 1
          from org_unit_versions v join tree on v.parent_id = tree.unit_id
          where ${valid} and v.status = 'active' and tree.depth < 20
        )
        select tree.unit_id, tree.parent_id, tree.code, tree.name, tree.type_code, tree.path, sp.level_code
        from tree left join school_profiles sp on sp.unit_id = tree.unit_id
        order by tree.path`,
  );
  return rows.map((r) => ({
    unitId: r.unit_id,
    parentId: r.parent_id,
    code: r.code,
    name: r.name,
    typeCode: r.type_code,
    path: r.path,
    levelCode: r.level_code,
  }));
}

export async function insertPeriodUnits(tx: DbOrTx, periodId: string, units: readonly TreeUnit[]) {
  for (let i = 0; i < units.length; i += 500) {
    const chunk = units.slice(i, i + 500);
    await tx.insert(periodUnits).values(
      chunk.map((u) => ({
        periodId,
        unitId: u.unitId,
        unitPath: u.path,
        parentId: u.parentId,
        unitName: u.name,
        unitCode: u.code,
        unitTypeCode: u.typeCode,
        levelCode: u.levelCode,
      })),
    );
    await tx.insert(submissions).values(chunk.map((u) => ({ periodId, unitId: u.unitId })));
  }
}

export async function findPeriodUnit(db: DbOrTx, periodId: string, unitId: string) {
  const [row] = await db
    .select()
    .from(periodUnits)
    .where(sql`${periodUnits.periodId} = ${periodId} and ${periodUnits.unitId} = ${unitId}`);
  return row;
}

export async function setException(
  tx: DbOrTx,
  periodId: string,
  unitId: string,
  until: Date,
  reason: string,
): Promise<boolean> {
  const rows = await tx
    .update(periodUnits)
    .set({ exceptionUntil: until, exceptionReason: reason })
    .where(sql`${periodUnits.periodId} = ${periodId} and ${periodUnits.unitId} = ${unitId}`)
    .returning({ unitId: periodUnits.unitId });
  return rows.length === 1;
}

export async function findSubmission(db: DbOrTx, id: string): Promise<SubmissionRow | undefined> {
  const [row] = await db.select().from(submissions).where(sql`${submissions.id} = ${id}`);
  return row;
}

export async function findSubmissionByUnit(db: DbOrTx, periodId: string, unitId: string) {
  const [row] = await db
    .select()
    .from(submissions)
    .where(sql`${submissions.periodId} = ${periodId} and ${submissions.unitId} = ${unitId}`);
  return row;
}

/**
 * Moves a submission only if nobody moved it since the caller read it
 * (optimistic concurrency): false means another transition won.
 */
export async function updateSubmissionIfRevision(
  tx: DbOrTx,
  id: string,
  expectedRevision: number,
  values: Partial<typeof submissions.$inferInsert>,
): Promise<SubmissionRow | undefined> {
  const [row] = await tx
    .update(submissions)
    .set({ ...values, updatedAt: new Date() })
    .where(sql`${submissions.id} = ${id} and ${submissions.revision} = ${expectedRevision}`)
    .returning();
  return row;
}

export async function insertEvent(tx: DbOrTx, values: typeof submissionEvents.$inferInsert) {
  await tx.insert(submissionEvents).values(values);
}

export async function insertComments(tx: DbOrTx, values: (typeof submissionComments.$inferInsert)[]) {
  if (values.length > 0) await tx.insert(submissionComments).values(values);
}

/**
 * A new snapshot of a submission (always its latest), and its required-field
 * counts copied onto the submission (the dashboard's roll-up reads them there).
 */
export async function insertVersion(
  tx: DbOrTx,
  values: typeof submissionVersions.$inferInsert & {
    summary: { readonly requiredFilled: number; readonly requiredTotal: number };
  },
) {
  const [row] = await tx.insert(submissionVersions).values(values).returning({ id: submissionVersions.id });
  await tx
    .update(submissions)
    .set({ requiredFilled: values.summary.requiredFilled, requiredTotal: values.summary.requiredTotal })
    .where(eq(submissions.id, values.submissionId));
  return row!.id;
}

export async function insertAggregates(tx: DbOrTx, rows: (typeof submissionAggregates.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await tx.insert(submissionAggregates).values(rows.slice(i, i + 1000));
}

export async function findVersion(db: DbOrTx, submissionId: string, version: number) {
  const [row] = await db
    .select()
    .from(submissionVersions)
    .where(
      sql`${submissionVersions.submissionId} = ${submissionId} and ${submissionVersions.version} = ${version}`,
    );
  return row;
}

export async function listVersions(db: DbOrTx, submissionId: string) {
  return query<{ version: number; created_at: string; created_by_name: string | null; summary: unknown }>(
    db,
    sql`select v.version, v.created_at::text, u.full_name as created_by_name, v.summary
        from submission_versions v left join users u on u.id = v.created_by
        where v.submission_id = ${submissionId} order by v.version desc`,
  );
}

export async function listEvents(db: DbOrTx, submissionId: string) {
  return query<{
    id: string;
    version: number;
    action: string;
    from_state: string;
    to_state: string;
    actor_name: string | null;
    comment: string | null;
    at: string;
  }>(
    db,
    sql`select e.id, e.version, e.action, e.from_state, e.to_state, u.full_name as actor_name, e.comment, e.at::text
        from submission_events e left join users u on u.id = e.actor_id
        where e.submission_id = ${submissionId} order by e.at, e.id`,
  );
}

export async function listComments(db: DbOrTx, submissionId: string) {
  return query<{
    id: string;
    version: number;
    entity: 'school' | 'class' | 'staff' | 'student';
    record_id: string | null;
    field: string | null;
    body: string;
    author_name: string | null;
    created_at: string;
  }>(
    db,
    sql`select c.id, c.version, c.entity, c.record_id, c.field, c.body, u.full_name as author_name, c.created_at::text
        from submission_comments c left join users u on u.id = c.author_id
        where c.submission_id = ${submissionId} order by c.created_at, c.id`,
  );
}

export interface SubmissionListRow extends Record<string, unknown> {
  id: string;
  period_id: string;
  period_name: string;
  period_status: string;
  deadline_at: string;
  unit_id: string;
  unit_name: string;
  unit_code: string;
  unit_path: string;
  state: string;
  version: number;
  revision: number;
  last_submitted_at: string | null;
  on_time: boolean | null;
  approved_by: string | null;
  exception_until: string | null;
  reviewers: string | null;
  assigned_to_me: boolean;
}

/**
 * Submissions of units in `scope`, with the named reviewers of each unit
 * (responsibilities, duty 'reviewer', on the unit or an ancestor), oldest
 * submission first.
 */
export async function listSubmissions(
  db: Db,
  scope: Scope,
  filter: {
    periodId?: string;
    unitId?: string;
    states?: readonly string[];
    userId: string;
    page: number;
    pageSize: number;
  },
) {
  const conditions: SQL[] = [unitInScope(scope, sql`s.unit_id`), sql`p.status <> 'draft'`];
  if (filter.periodId) conditions.push(sql`s.period_id = ${filter.periodId}`);
  if (filter.unitId) conditions.push(sql`s.unit_id = ${filter.unitId}`);
  if (filter.states && filter.states.length > 0)
    conditions.push(
      sql`s.state = any(array[${sql.join(
        filter.states.map((s) => sql`${s}`),
        sql`, `,
      )}]::text[])`,
    );
  const where = sql.join(conditions, sql` and `);
  const rows = await query<SubmissionListRow>(
    db,
    sql`select s.id, s.period_id, p.name as period_name, p.status as period_status, p.deadline_at::text,
               s.unit_id, pu.unit_name, pu.unit_code, pu.unit_path, s.state, s.version, s.revision,
               s.last_submitted_at::text, s.on_time, s.approved_by, pu.exception_until::text,
               (select string_agg(distinct u.full_name, ', ') from responsibilities r
                  join users u on u.id = r.user_id join org_units ou on ou.id = s.unit_id
                  where r.duty = 'reviewer' and ou.path like '%/' || r.unit_id::text || '/%') as reviewers,
               exists (select 1 from responsibilities r join org_units ou on ou.id = s.unit_id
                  where r.duty = 'reviewer' and r.user_id = ${filter.userId}
                    and ou.path like '%/' || r.unit_id::text || '/%') as assigned_to_me
        from submissions s join reporting_periods p on p.id = s.period_id
        join period_units pu on pu.period_id = s.period_id and pu.unit_id = s.unit_id
        where ${where}
        order by s.last_submitted_at asc nulls last, pu.unit_name
        limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  const [total] = await query<{ n: number }>(
    db,
    sql`select count(*)::int as n from submissions s join reporting_periods p on p.id = s.period_id where ${where}`,
  );
  return { rows, total: total?.n ?? 0 };
}

/**
 * Whether `unitId` has data frozen by a submission in an open period. Takes
 * a share lock on that submission so a concurrent submit waits for the
 * write (or the write sees the submit).
 */
export async function lockingSubmission(tx: DbOrTx, unitId: string) {
  // Every submission of the unit in an open period is share-locked, whatever its state,
  // so a submit cannot slip in between this check and the write's commit.
  const rows = await query<{ id: string; state: string; period_name: string }>(
    tx,
    sql`select s.id, s.state, p.name as period_name from submissions s
        join reporting_periods p on p.id = s.period_id
        where s.unit_id = ${unitId} and p.status = 'open'
        for share of s`,
  );
  return rows.find((r) => r.state === 'submitted' || r.state === 'approved' || r.state === 'accepted');
}
