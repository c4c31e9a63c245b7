import { type Locale, roleHasPermission } from '@edushield/core';
import type { Db } from '../../db/client';
import { badRequest, notFound } from '../../lib/errors';
import type { Actor } from '../../plugins/access.types';
import type { Scope } from '../../plugins/scope';
import { compareCodes, dimensionLabel, STANDARD_TABLES } from './dashboard.labels';
import * as repo from './dashboard.repository';
import type {
  ChaseRow,
  DashboardQuery,
  DashboardView,
  Figures,
  NodeRow,
  PeriodSummary,
  StandardTable,
  TablesView,
} from './dashboard.schemas';

/** What a dashboard use case needs from the request (the gate has placed `unitId` in scope). */
export interface DashboardContext {
  db: Db;
  actor: Actor;
  scope: Scope;
  locale: Locale;
  now: Date;
}

/** The chase list is for people to act on; beyond this many rows the export has them all. */
export const CHASE_LIMIT = 300;
const EXPORT_CHASE_LIMIT = 100_000;

interface ResolvedPeriod {
  period: PeriodSummary;
  nodeId: string;
  /** The node's path in the period's tree; null when the node is not in it (nothing to count). */
  prefix: string | null;
}

/**
 * The caller's top unit for reading reports: the highest unit of their
 * assignments that carry the permission (the drill-down starts there).
 */
function topUnit(ctx: DashboardContext): string {
  const candidates = ctx.actor.assignments
    .filter((a) => roleHasPermission(a.roleCode, ctx.scope.permission))
    .sort((a, b) => a.unitPath.length - b.unitPath.length || a.unitPath.localeCompare(b.unitPath));
  // The gate refused callers without the permission; an assignment exists.
  return candidates[0]!.unitId;
}

const iso = (value: Date | string) => new Date(value).toISOString();
/** One collator for every request (localeCompare with a locale builds one per call). */
const byVietnameseName = new Intl.Collator('vi');

function periodSummary(row: repo.PeriodBase, now: Date): PeriodSummary {
  const deadline = new Date(row.deadline_at).getTime() + row.on_time_grace_hours * 3_600_000;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    opensAt: iso(row.opens_at),
    deadlineAt: iso(row.deadline_at),
    onTimeGraceHours: row.on_time_grace_hours,
    treeAsOf: row.tree_as_of,
    deadlinePassed: now.getTime() > deadline,
  };
}

export async function listPeriods(ctx: DashboardContext): Promise<{ items: PeriodSummary[] }> {
  const rows = await repo.listVisiblePeriods(ctx.db, ctx.scope);
  return { items: rows.map((r) => periodSummary(r, ctx.now)) };
}

async function resolve(ctx: DashboardContext, query: DashboardQuery): Promise<ResolvedPeriod> {
  if (!query.periodId)
    throw badRequest('DASHBOARD_PERIOD_REQUIRED', [{ field: 'periodId', code: 'DASHBOARD_PERIOD_REQUIRED' }]);
  const nodeId = (query.unitId ?? topUnit(ctx)).toLowerCase();
  const row = await repo.findVisiblePeriod(ctx.db, ctx.scope, query.periodId.toLowerCase(), nodeId);
  // Another unit's period, a draft and no period at all look the same.
  if (!row) throw notFound();
  return { period: periodSummary(row, ctx.now), nodeId, prefix: row.node_prefix };
}

const num = (value: string | number | null | undefined) => Number(value ?? 0);

function emptyFigures(): Figures {
  return {
    expected: 0,
    submitted: 0,
    onTime: 0,
    late: 0,
    outstanding: 0,
    returned: 0,
    approved: 0,
    withData: 0,
    requiredFilled: 0,
    requiredTotal: 0,
    completeness: null,
    openIssues: 0,
    blockingIssues: 0,
  };
}

/**
 * Required fields filled over required fields, over the latest snapshots;
 * snapshots that require nothing (no records) miss nothing; null when no
 * unit has a snapshot yet.
 */
function completenessOf(filled: number, total: number, withData: number): number | null {
  if (withData === 0) return null;
  return total > 0 ? Math.min(1, filled / total) : 1;
}

function figuresOf(row: repo.RollupRow, deadlinePassed: boolean): Figures {
  const requiredFilled = num(row.required_filled);
  const requiredTotal = num(row.required_total);
  return {
    expected: row.expected,
    submitted: row.submitted,
    onTime: row.on_time,
    late: deadlinePassed ? row.outstanding : 0,
    outstanding: row.outstanding,
    returned: row.returned,
    approved: row.approved,
    withData: row.with_data,
    requiredFilled,
    requiredTotal,
    completeness: completenessOf(requiredFilled, requiredTotal, row.with_data),
    openIssues: num(row.issues),
    blockingIssues: num(row.blocking),
  };
}

function addFigures(a: Figures, b: Figures): Figures {
  const requiredFilled = a.requiredFilled + b.requiredFilled;
  const requiredTotal = a.requiredTotal + b.requiredTotal;
  return {
    expected: a.expected + b.expected,
    submitted: a.submitted + b.submitted,
    onTime: a.onTime + b.onTime,
    late: a.late + b.late,
    outstanding: a.outstanding + b.outstanding,
    returned: a.returned + b.returned,
    approved: a.approved + b.approved,
    withData: a.withData + b.withData,
    requiredFilled,
    requiredTotal,
    completeness: completenessOf(requiredFilled, requiredTotal, a.withData + b.withData),
    openIssues: a.openIssues + b.openIssues,
    blockingIssues: a.blockingIssues + b.blockingIssues,
  };
}

/**
 * The breadcrumb from the caller's highest visible unit down to the node,
 * along the node's path in the period's tree, named as of the tree date.
 */
function crumbsOf(
  ctx: DashboardContext,
  ids: readonly string[],
  units: readonly { id: string; path: string; name: string; type_code: string }[],
): { id: string; name: string; typeCode: string }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const crumbs: { id: string; name: string; typeCode: string }[] = [];
  for (const id of ids) {
    const unit = byId.get(id);
    if (!unit) continue;
    // Ancestors above the caller's scope are not theirs to open (nor to name).
    if (crumbs.length === 0 && !ctx.scope.contains(unit)) continue;
    crumbs.push({ id, name: unit.name, typeCode: unit.type_code });
  }
  return crumbs;
}

const pathIds = (resolved: { prefix: string | null; nodeId: string }) =>
  resolved.prefix ? resolved.prefix.split('/').filter(Boolean) : [resolved.nodeId];

async function breadcrumb(ctx: DashboardContext, resolved: ResolvedPeriod) {
  const ids = pathIds(resolved);
  return crumbsOf(ctx, ids, await repo.unitsAsOf(ctx.db, ids, resolved.period.treeAsOf));
}

function chaseRows(rows: repo.ChaseDbRow[], deadlinePassed: boolean): ChaseRow[] {
  return rows.map((r) => ({
    unitId: r.unit_id,
    name: r.unit_name,
    code: r.unit_code,
    parentName: r.parent_name,
    state: r.state,
    late: deadlinePassed,
    exceptionUntil: r.exception_until ? iso(r.exception_until) : null,
    phone: r.phone,
    email: r.email,
    contacts: (r.named?.length ? r.named : (r.principals ?? [])).map((c) => ({
      name: c.name,
      duty: c.duty,
      email: c.email ?? null,
    })),
  }));
}

export async function dashboard(
  ctx: DashboardContext,
  query: DashboardQuery,
  chaseLimit = CHASE_LIMIT,
): Promise<DashboardView> {
  const { period, nodeId, prefix } = await resolve(ctx, query);
  const ids = pathIds({ prefix, nodeId });
  const data: repo.DashboardRow = prefix
    ? await repo.dashboardData(ctx.db, ctx.scope, period, prefix, chaseLimit)
    : // The node is not in the period's tree: nothing to count, only its name to show.
      { rollup: [], chase: [], chase_total: 0, crumbs: await repo.unitsAsOf(ctx.db, ids, period.treeAsOf) };
  const rollup = data.rollup;
  const crumbs = crumbsOf(ctx, ids, data.crumbs);

  let total = emptyFigures();
  let reports = false;
  const children: NodeRow[] = [];
  for (const row of rollup) {
    const figures = figuresOf(row, period.deadlinePassed);
    total = addFigures(total, figures);
    if (row.child === '') {
      reports = true;
      continue;
    }
    children.push({
      id: row.child,
      name: row.name ?? row.child,
      typeCode: row.type_code ?? '',
      reports: row.reports,
      hasChildren: row.has_children,
      figures,
    });
  }
  children.sort((a, b) => byVietnameseName.compare(a.name, b.name));
  const self = crumbs[crumbs.length - 1];
  return {
    period,
    node: {
      id: nodeId,
      name: self?.id === nodeId ? self.name : nodeId,
      typeCode: self?.id === nodeId ? self.typeCode : '',
      reports,
      hasChildren: children.length > 0,
      figures: total,
    },
    breadcrumb: crumbs.map(({ id, name }) => ({ id, name })),
    children,
    chase: chaseRows(data.chase, period.deadlinePassed),
    chaseTotal: data.chase_total,
    issuesSource: 'quality_issues',
  };
}

/** The whole chase list, for the export. */
export async function dashboardForExport(ctx: DashboardContext, query: DashboardQuery) {
  return dashboard(ctx, query, EXPORT_CHASE_LIMIT);
}

export async function standardTables(ctx: DashboardContext, query: DashboardQuery): Promise<TablesView> {
  const resolved = await resolve(ctx, query);
  const { period, nodeId, prefix } = resolved;
  const [data, crumbs] = await Promise.all([
    prefix
      ? repo.approvedAggregates(ctx.db, ctx.scope, period.id, prefix)
      : Promise.resolve({ rows: [], approvedUnits: 0, expected: 0 }),
    breadcrumb(ctx, resolved),
  ]);
  const locale = ctx.locale;
  const tables: StandardTable[] = STANDARD_TABLES.map((spec) => {
    const rows = data.rows
      .filter((r) => r.table_code === spec.code)
      .map((r) => ({
        dim1: r.dim1,
        dim2: r.dim2,
        label1: dimensionLabel(spec.dim1.list, r.dim1, locale),
        label2: spec.dim2 ? dimensionLabel(spec.dim2.list, r.dim2, locale) : '',
        value: num(r.value),
      }))
      .sort((a, b) => compareCodes(a.dim1, b.dim1) || compareCodes(a.dim2, b.dim2));
    return {
      code: spec.code,
      title: spec.title[locale],
      dim1Title: spec.dim1.title[locale],
      dim2Title: spec.dim2 ? spec.dim2.title[locale] : null,
      rows,
      total: rows.reduce((sum, r) => sum + r.value, 0),
    };
  });
  const self = crumbs[crumbs.length - 1];
  return {
    period,
    node: { id: nodeId, name: self?.id === nodeId ? self.name : nodeId },
    approvedUnits: data.approvedUnits,
    expected: data.expected,
    tables,
  };
}
