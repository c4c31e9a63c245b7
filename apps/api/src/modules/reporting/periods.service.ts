import { onTimeUntil, periodInputError, unitMustReport } from '@edushield/core/reporting/index';
import { badRequest, conflict, notFound } from '../../lib/errors';
import { findSchoolYear } from '../sector/school-years';
import { audit, type ReportingContext } from './reporting.context';
import * as repo from './reporting.repository';
import type { CreatePeriodBody, ExceptionBody, PeriodView, UpdatePeriodBody } from './reporting.schemas';
import { vietnamDate } from './unit-records';

/**
 * Reporting periods: created and edited as drafts by the department data
 * officer (reporting.manage over the root unit), opened (which freezes the
 * units that must report under the tree valid on tree_as_of and creates a
 * not_submitted submission for each), then closed.
 */

const EMPTY_COUNTS = {
  expected: 0,
  notSubmitted: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  accepted: 0,
  onTime: 0,
  late: 0,
};

function toDate(value: string, field: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime()))
    throw badRequest('VALIDATION_FAILED', [{ field, code: 'VALIDATION_FAILED' }]);
  return d;
}

async function view(ctx: ReportingContext, row: repo.PeriodRow): Promise<PeriodView> {
  const extras = await repo.periodExtras(ctx.db, row.id);
  const counts = (await repo.periodCounts(ctx.db, ctx.scope, [row.id])).get(row.id) ?? EMPTY_COUNTS;
  return {
    id: row.id,
    schoolYearId: row.schoolYearId,
    schoolYearCode: extras.schoolYearCode,
    kind: row.kind,
    name: row.name,
    description: row.description,
    rootUnitId: row.rootUnitId,
    rootUnitName: extras.rootUnitName,
    treeAsOf: row.treeAsOf,
    requiredUnitTypes: row.requiredUnitTypes,
    requiredLevelCodes: row.requiredLevelCodes,
    opensAt: row.opensAt.toISOString(),
    deadlineAt: row.deadlineAt.toISOString(),
    onTimeUntil: onTimeUntil(row).toISOString(),
    onTimeGraceHours: row.onTimeGraceHours,
    lockAfterDeadline: row.lockAfterDeadline,
    remindDaysBefore: row.remindDaysBefore,
    remindDaysAfter: row.remindDaysAfter,
    escalateAfterDays: row.escalateAfterDays,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    counts,
  };
}

export async function getPeriod(ctx: ReportingContext, id: string): Promise<PeriodView> {
  const row = await repo.findPeriod(ctx.db, id);
  if (!row) throw notFound();
  return view(ctx, row);
}

export async function listPeriods(ctx: ReportingContext, filter: { status?: string }) {
  const ids = await repo.listPeriods(ctx.db, ctx.scope, filter);
  const items: PeriodView[] = [];
  for (const id of ids) items.push(await getPeriod(ctx, id));
  return { items, total: items.length };
}

async function checkSettings(
  ctx: ReportingContext,
  values: {
    kind: CreatePeriodBody['kind'];
    schoolYearId?: string | null;
    opensAt: Date;
    deadlineAt: Date;
    remindDaysBefore?: number[];
    remindDaysAfter?: number[];
  },
) {
  const error = periodInputError(values);
  if (error) {
    const field =
      error === 'REPORTING_KIND_NEEDS_YEAR'
        ? 'schoolYearId'
        : error === 'REPORTING_DEADLINE_BEFORE_OPEN'
          ? 'deadlineAt'
          : 'remindDaysBefore';
    throw badRequest(error, [{ field, code: error }]);
  }
  if (values.schoolYearId && !(await findSchoolYear(ctx.db, values.schoolYearId)))
    throw badRequest('SCHOOL_YEAR_UNKNOWN', [{ field: 'schoolYearId', code: 'SCHOOL_YEAR_UNKNOWN' }]);
}

const cleanText = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');

export async function createPeriod(ctx: ReportingContext, body: CreatePeriodBody): Promise<PeriodView> {
  const opensAt = toDate(body.opensAt, 'opensAt');
  const deadlineAt = toDate(body.deadlineAt, 'deadlineAt');
  await checkSettings(ctx, { ...body, opensAt, deadlineAt });
  const name = cleanText(body.name);
  if (!name) throw badRequest('VALIDATION_FAILED', [{ field: 'name', code: 'VALIDATION_FAILED' }]);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertPeriod(tx, {
      schoolYearId: body.schoolYearId ?? null,
      kind: body.kind,
      name,
      description: body.description?.trim() || null,
      rootUnitId: body.rootUnitId,
      treeAsOf: body.treeAsOf ?? vietnamDate(opensAt),
      requiredUnitTypes: body.requiredUnitTypes ?? ['school'],
      requiredLevelCodes: body.requiredLevelCodes ?? [],
      opensAt,
      deadlineAt,
      onTimeGraceHours: body.onTimeGraceHours ?? 0,
      lockAfterDeadline: body.lockAfterDeadline ?? true,
      ...(body.remindDaysBefore ? { remindDaysBefore: body.remindDaysBefore } : {}),
      ...(body.remindDaysAfter ? { remindDaysAfter: body.remindDaysAfter } : {}),
      ...(body.escalateAfterDays !== undefined ? { escalateAfterDays: body.escalateAfterDays } : {}),
      createdBy: ctx.actor.userId,
    });
    await audit(
      tx,
      ctx,
      'reporting.period_create',
      { type: 'period', id: created.id, unitId: body.rootUnitId },
      {
        name,
        kind: body.kind,
        deadlineAt: deadlineAt.toISOString(),
      },
    );
    return created;
  });
  return view(ctx, row);
}

export async function updatePeriod(
  ctx: ReportingContext,
  id: string,
  body: UpdatePeriodBody,
): Promise<PeriodView> {
  const current = await repo.findPeriod(ctx.db, id);
  if (!current) throw notFound();
  if (current.status !== 'draft') throw conflict('REPORTING_PERIOD_NOT_DRAFT');
  const opensAt = body.opensAt ? toDate(body.opensAt, 'opensAt') : current.opensAt;
  const deadlineAt = body.deadlineAt ? toDate(body.deadlineAt, 'deadlineAt') : current.deadlineAt;
  const kind = body.kind ?? current.kind;
  const schoolYearId = body.schoolYearId !== undefined ? body.schoolYearId : current.schoolYearId;
  await checkSettings(ctx, {
    kind,
    schoolYearId,
    opensAt,
    deadlineAt,
    remindDaysBefore: body.remindDaysBefore,
    remindDaysAfter: body.remindDaysAfter,
  });
  const { opensAt: _o, deadlineAt: _d, name, description, ...rest } = body;
  await ctx.db.transaction(async (tx) => {
    const ok = await repo.updatePeriod(tx, id, 'draft', {
      ...rest,
      kind,
      schoolYearId,
      opensAt,
      deadlineAt,
      ...(name !== undefined ? { name: cleanText(name) || current.name } : {}),
      ...(description !== undefined ? { description: description?.trim() || null } : {}),
    });
    if (!ok) throw conflict('REPORTING_PERIOD_NOT_DRAFT');
    await audit(
      tx,
      ctx,
      'reporting.period_update',
      { type: 'period', id, unitId: current.rootUnitId },
      {
        fields: Object.keys(body),
      },
    );
  });
  return getPeriod(ctx, id);
}

/**
 * Opens a draft period: the units of the root's subtree as the tree stood on
 * tree_as_of (org_unit_versions), filtered by the required unit types and
 * school levels, are frozen into period_units, each with a not_submitted
 * submission. All or nothing.
 */
export async function openPeriod(ctx: ReportingContext, id: string): Promise<PeriodView> {
  await ctx.db.transaction(async (tx) => {
    const period = await repo.findPeriod(tx, id);
    if (!period) throw notFound();
    if (period.status !== 'draft') throw conflict('REPORTING_PERIOD_STATUS_INVALID');
    const tree = await repo.treeAsOf(tx, period.rootUnitId, period.treeAsOf);
    const units = tree.filter((u) =>
      unitMustReport(u, { unitTypes: period.requiredUnitTypes, levelCodes: period.requiredLevelCodes }),
    );
    if (units.length === 0) throw badRequest('REPORTING_NO_UNITS');
    if (!(await repo.updatePeriod(tx, id, 'draft', { status: 'open' })))
      throw conflict('REPORTING_PERIOD_STATUS_INVALID');
    await repo.insertPeriodUnits(tx, id, units);
    await audit(
      tx,
      ctx,
      'reporting.period_open',
      { type: 'period', id, unitId: period.rootUnitId },
      {
        units: units.length,
        treeAsOf: period.treeAsOf,
      },
    );
  });
  return getPeriod(ctx, id);
}

/** Closes an open period: no more submissions, and its submissions no longer lock sector data. */
export async function closePeriod(ctx: ReportingContext, id: string): Promise<PeriodView> {
  await ctx.db.transaction(async (tx) => {
    const period = await repo.findPeriod(tx, id);
    if (!period) throw notFound();
    if (!(await repo.updatePeriod(tx, id, 'open', { status: 'closed' })))
      throw conflict('REPORTING_PERIOD_STATUS_INVALID');
    await audit(tx, ctx, 'reporting.period_close', { type: 'period', id, unitId: period.rootUnitId });
  });
  return getPeriod(ctx, id);
}

/** A late-submission exception: the unit may submit after the lock until `until`. */
export async function grantException(ctx: ReportingContext, id: string, body: ExceptionBody) {
  const until = toDate(body.until, 'until');
  if (until.getTime() <= ctx.now().getTime())
    throw badRequest('REPORTING_EXCEPTION_DATE_INVALID', [
      { field: 'until', code: 'REPORTING_EXCEPTION_DATE_INVALID' },
    ]);
  const reason = cleanText(body.reason);
  await ctx.db.transaction(async (tx) => {
    const period = await repo.findPeriod(tx, id);
    if (!period) throw notFound();
    if (period.status !== 'open') throw conflict('REPORTING_PERIOD_NOT_OPEN');
    const submission = await repo.findSubmissionByUnit(tx, id, body.unitId);
    if (!submission || !(await repo.setException(tx, id, body.unitId, until, reason)))
      throw badRequest('REPORTING_UNIT_NOT_IN_PERIOD', [
        { field: 'unitId', code: 'REPORTING_UNIT_NOT_IN_PERIOD' },
      ]);
    await repo.insertEvent(tx, {
      submissionId: submission.id,
      version: submission.version,
      action: 'grant_exception',
      fromState: submission.state,
      toState: submission.state,
      actorId: ctx.actor.userId,
      comment: `${until.toISOString()} — ${reason}`,
      at: ctx.now(),
    });
    await audit(
      tx,
      ctx,
      'reporting.exception_grant',
      { type: 'submission', id: submission.id, unitId: body.unitId },
      {
        until: until.toISOString(),
      },
    );
  });
  return getPeriod(ctx, id);
}
