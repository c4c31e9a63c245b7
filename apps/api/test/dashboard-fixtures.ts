import { eq, sql } from 'drizzle-orm';
import type { Db } from '../src/db/client';
import { orgUnits, orgUnitVersions } from '../src/modules/org/org.table';
import {
  periodUnits,
  reportingPeriods,
  submissionAggregates,
  submissions,
  submissionVersions,
} from '../src/modules/reporting/reporting.table';
import type { SeededUnit } from './helpers';

/**
 * Reporting data for the dashboard tests, written straight to the reporting
 * tables (the dashboard reads them; the reporting module's API writes them).
 */

export interface SeededPeriod {
  id: string;
}

export async function seedPeriod(
  db: Db,
  input: {
    root: SeededUnit;
    units: { unit: SeededUnit; name: string; levelCode?: string; parentId?: string | null }[];
    deadlineAt: Date;
    treeAsOf?: string;
    status?: 'draft' | 'open' | 'closed';
    name?: string;
  },
): Promise<SeededPeriod> {
  const [period] = await db
    .insert(reportingPeriods)
    .values({
      kind: 'start_of_year',
      name: input.name ?? 'Đầu năm học 2026-2027',
      rootUnitId: input.root.id,
      treeAsOf: input.treeAsOf ?? '2026-09-01',
      opensAt: new Date('2026-09-01T00:00:00Z'),
      deadlineAt: input.deadlineAt,
      status: input.status ?? 'open',
    })
    .returning();
  if (input.units.length > 0)
    await db.insert(periodUnits).values(
      input.units.map((u) => ({
        periodId: period!.id,
        unitId: u.unit.id,
        unitPath: u.unit.path,
        parentId: u.parentId ?? null,
        unitName: u.name,
        unitCode: u.unit.code,
        unitTypeCode: 'school',
        levelCode: u.levelCode ?? 'TH',
      })),
    );
  return { id: period!.id };
}

export interface SnapshotInput {
  summary?: Record<string, unknown>;
  aggregates?: { tableCode: string; dim1: string; dim2?: string; value: number }[];
}

/**
 * A submission in a given state whose versions are the snapshots listed (the
 * last one is current). `state: 'not_submitted'` with no snapshots is a row
 * with nothing frozen yet.
 */
export async function seedSubmission(
  db: Db,
  input: {
    period: SeededPeriod;
    unit: SeededUnit;
    state: 'not_submitted' | 'submitted' | 'returned' | 'approved' | 'accepted';
    onTime?: boolean | null;
    snapshots?: SnapshotInput[];
  },
) {
  const snapshots = input.snapshots ?? [];
  // The latest snapshot's counts live on the submission too (reporting.repository insertVersion).
  const latest = (snapshots.at(-1)?.summary ?? {}) as Record<string, unknown>;
  const count = (value: unknown) => (typeof value === 'number' ? value : 0);
  const [submission] = await db
    .insert(submissions)
    .values({
      periodId: input.period.id,
      unitId: input.unit.id,
      state: input.state,
      version: snapshots.length,
      requiredFilled: count(latest.requiredFilled),
      requiredTotal: count(latest.requiredTotal),
      onTime: input.onTime ?? null,
      firstSubmittedAt: snapshots.length > 0 ? new Date('2026-09-20T00:00:00Z') : null,
    })
    .returning();
  for (const [i, snapshot] of snapshots.entries()) {
    const [version] = await db
      .insert(submissionVersions)
      .values({
        submissionId: submission!.id,
        version: i + 1,
        records: {},
        summary: snapshot.summary ?? {},
      })
      .returning();
    if (snapshot.aggregates?.length)
      await db.insert(submissionAggregates).values(
        snapshot.aggregates.map((a) => ({
          versionId: version!.id,
          periodId: input.period.id,
          unitId: input.unit.id,
          tableCode: a.tableCode,
          dim1: a.dim1,
          dim2: a.dim2 ?? '',
          value: a.value,
        })),
      );
  }
  return submission!;
}

/** Moves a unit under another parent today, as the org module does (current row + new version). */
export async function moveUnit(db: Db, unit: SeededUnit, to: SeededUnit, on: string): Promise<SeededUnit> {
  const path = `${to.path}${unit.id}/`;
  await db.update(orgUnits).set({ parentId: to.id, path }).where(eq(orgUnits.id, unit.id));
  await db.update(orgUnitVersions).set({ validTo: on }).where(eq(orgUnitVersions.unitId, unit.id));
  const [current] = await db.select().from(orgUnits).where(eq(orgUnits.id, unit.id));
  await db.insert(orgUnitVersions).values({
    unitId: unit.id,
    code: current!.code,
    typeCode: current!.typeCode,
    parentId: to.id,
    name: current!.name,
    status: 'active',
    validFrom: on,
    change: 'moved',
  });
  return { ...unit, path };
}

/** Renames a unit from a date on (a new version; the old name stays valid before it). */
export async function renameUnit(db: Db, unit: SeededUnit, name: string, on: string) {
  await db.update(orgUnits).set({ name }).where(eq(orgUnits.id, unit.id));
  await db.update(orgUnitVersions).set({ validTo: on }).where(eq(orgUnitVersions.unitId, unit.id));
  const [current] = await db.select().from(orgUnits).where(eq(orgUnits.id, unit.id));
  await db.insert(orgUnitVersions).values({
    unitId: unit.id,
    code: current!.code,
    typeCode: current!.typeCode,
    parentId: current!.parentId,
    name,
    status: 'active',
    validFrom: on,
    change: 'renamed',
  });
}

/** Data-quality issues on a unit (the quality module's table), `open` ones and others. */
export async function seedQualityIssues(
  db: Db,
  root: SeededUnit,
  unit: SeededUnit,
  issues: { severity: 'blocking' | 'warning'; state: 'open' | 'in_progress' | 'resolved' | 'reopened' }[],
) {
  const rows = (await db.execute(sql`insert into quality_rules (code, name_vi, name_en, rule_type, data_group,
      severity, params, root_unit_id)
    values (${`R${crypto.randomUUID().slice(0, 8)}`}, 'Quy tắc thử', 'Test rule', 'field', 'students', 'warning',
      '{}'::jsonb, ${root.id}) returning id`)) as unknown as { rows: { id: string }[] };
  const ruleId = rows.rows[0]!.id;
  for (const issue of issues)
    await db.execute(sql`insert into quality_issues (rule_id, unit_id, data_group, severity, entity, record_key,
        details, state, due_on)
      values (${ruleId}, ${unit.id}, 'students', ${issue.severity}, 'student', ${crypto.randomUUID()}, '{}'::jsonb,
        ${issue.state}, '2026-12-01')`);
}
