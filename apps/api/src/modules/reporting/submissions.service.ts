import {
  type ActorRole,
  availableActions,
  computeAggregates,
  diffSnapshots,
  isLockedState,
  isOnTime,
  onTimeUntil,
  type SnapshotDiff,
  type SnapshotRecord,
  type SnapshotRecords,
  type SnapshotSummary,
  type SubmissionAction,
  submitWindowError,
  transition,
} from '@edushield/core/reporting/index';
import { sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { AppError, badRequest, conflict, notFound } from '../../lib/errors';
import { maskPersonalId, maskPhone } from '../../lib/personal-data';
import type { Actor } from '../../plugins/access.types';
import { Scope } from '../../plugins/scope';
import { audit, type ReportingContext } from './reporting.context';
import * as repo from './reporting.repository';
import type {
  ListSubmissionsQuery,
  ReadinessView,
  ReturnBody,
  SubmissionSummaryView,
  SubmissionView,
  TransitionBody,
  VersionView,
  WorklistQuery,
} from './reporting.schemas';
import { type UnitRecords, unitReadiness } from './unit-records';

/**
 * Submissions (chốt số liệu) and their review. Every transition goes through
 * the pure state machine (packages/core/src/reporting/state-machine.ts) and
 * lands with `UPDATE … WHERE revision = expected`, so of two reviewers acting
 * at once exactly one wins and the other gets REPORTING_CONCURRENT_CHANGE.
 */

interface UnitPlace {
  id: string;
  path: string;
  parent: { id: string; path: string } | null;
}

async function unitPlace(db: DbOrTx, periodId: string, unitId: string): Promise<UnitPlace> {
  const rows = await query<{ path: string; parent_id: string | null; parent_path: string | null }>(
    db,
    sql`select ou.path, pu.parent_id, parent.path as parent_path
        from period_units pu join org_units ou on ou.id = pu.unit_id
        left join org_units parent on parent.id = pu.parent_id
        where pu.period_id = ${periodId} and pu.unit_id = ${unitId}`,
  );
  const row = rows[0];
  return {
    id: unitId,
    path: row?.path ?? '',
    parent: row?.parent_id && row.parent_path ? { id: row.parent_id, path: row.parent_path } : null,
  };
}

/** The roles the caller holds over a unit, for the state machine. */
export function rolesOver(actor: Actor, place: UnitPlace): ActorRole[] {
  const roles: ActorRole[] = [];
  if (Scope.of(actor, 'reporting.submit').contains(place)) roles.push('school');
  const review = Scope.of(actor, 'reporting.review');
  if (review.contains(place)) {
    roles.push('reviewer');
    // The level above: review rights over the unit's parent too (e.g. the commune over its school).
    if (place.parent && review.contains(place.parent)) roles.push('upper');
  }
  if (Scope.of(actor, 'reporting.manage').contains(place)) roles.push('department');
  return roles;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const isoText = (s: string | null | undefined) => (s ? new Date(s).toISOString() : null);

function labelIndex(records: SnapshotRecords | null) {
  const labels = new Map<string, string>();
  if (!records) return labels;
  for (const r of [...records.classes]) labels.set(r.id, String(r.code ?? r.id));
  for (const r of records.staff) labels.set(r.id, String(r.staffCode ?? r.id));
  for (const r of records.students) labels.set(r.id, String(r.studentCode ?? r.id));
  if (records.school) labels.set(records.school.id, String(records.school.schoolCode ?? ''));
  return labels;
}

export async function getSubmission(ctx: ReportingContext, id: string): Promise<SubmissionView> {
  const row = await repo.findSubmission(ctx.db, id);
  if (!row) throw notFound();
  const period = (await repo.findPeriod(ctx.db, row.periodId))!;
  const pu = await repo.findPeriodUnit(ctx.db, row.periodId, row.unitId);
  const place = await unitPlace(ctx.db, row.periodId, row.unitId);
  const roles = rolesOver(ctx.actor, place);
  const now = ctx.now();
  let actions: SubmissionAction[] =
    period.status === 'open' ? availableActions(row, roles, place.parent !== null) : [];
  if (submitWindowError(period, now, pu?.exceptionUntil ?? null))
    actions = actions.filter((a) => a !== 'submit');
  if (row.approvedBy === ctx.actor.userId) actions = actions.filter((a) => a !== 'accept');
  const latest = row.version > 0 ? await repo.findVersion(ctx.db, id, row.version) : undefined;
  const labels = labelIndex((latest?.records as SnapshotRecords | undefined) ?? null);
  return {
    id: row.id,
    periodId: row.periodId,
    periodName: period.name,
    periodStatus: period.status,
    opensAt: period.opensAt.toISOString(),
    deadlineAt: period.deadlineAt.toISOString(),
    onTimeUntil: onTimeUntil(period).toISOString(),
    lockAfterDeadline: period.lockAfterDeadline,
    unitId: row.unitId,
    unitName: pu?.unitName ?? '',
    unitCode: pu?.unitCode ?? '',
    state: row.state,
    version: row.version,
    revision: row.revision,
    firstSubmittedAt: iso(row.firstSubmittedAt),
    lastSubmittedAt: iso(row.lastSubmittedAt),
    onTime: row.onTime,
    approvedAt: iso(row.approvedAt),
    acceptedAt: iso(row.acceptedAt),
    exceptionUntil: iso(pu?.exceptionUntil),
    exceptionReason: pu?.exceptionReason ?? null,
    locked: period.status === 'open' && isLockedState(row.state),
    actions,
    versions: (await repo.listVersions(ctx.db, id)).map((v) => ({
      version: v.version,
      createdAt: isoText(v.created_at)!,
      createdByName: v.created_by_name,
      summary: v.summary as SnapshotSummary,
    })),
    events: (await repo.listEvents(ctx.db, id)).map((e) => ({
      id: e.id,
      version: e.version,
      action: e.action,
      fromState: e.from_state,
      toState: e.to_state,
      actorName: e.actor_name,
      comment: e.comment,
      at: isoText(e.at)!,
    })),
    comments: (await repo.listComments(ctx.db, id)).map((c) => ({
      id: c.id,
      version: c.version,
      entity: c.entity,
      recordId: c.record_id,
      recordLabel: c.record_id ? (labels.get(c.record_id) ?? null) : null,
      field: c.field,
      body: c.body,
      authorName: c.author_name,
      createdAt: isoText(c.created_at)!,
    })),
  };
}

function summaryView(r: repo.SubmissionListRow): SubmissionSummaryView {
  return {
    id: r.id,
    periodId: r.period_id,
    periodName: r.period_name,
    periodStatus: r.period_status as SubmissionSummaryView['periodStatus'],
    deadlineAt: isoText(r.deadline_at)!,
    unitId: r.unit_id,
    unitName: r.unit_name,
    unitCode: r.unit_code,
    state: r.state as SubmissionSummaryView['state'],
    version: r.version,
    revision: r.revision,
    lastSubmittedAt: isoText(r.last_submitted_at),
    onTime: r.on_time,
    exceptionUntil: isoText(r.exception_until),
    reviewers: r.reviewers,
    assignedToMe: r.assigned_to_me,
  };
}

export async function listSubmissions(ctx: ReportingContext, q: ListSubmissionsQuery) {
  const { rows, total } = await repo.listSubmissions(ctx.db, ctx.scope, {
    periodId: q.periodId,
    unitId: q.unitId,
    states: q.state ? [q.state] : undefined,
    userId: ctx.actor.userId,
    page: q.page ?? 1,
    pageSize: q.pageSize ?? 100,
  });
  return { items: rows.map(summaryView), total };
}

/**
 * The reviewer's worklist: submissions in the caller's review scope waiting
 * for them, oldest submission first — submitted ones to approve or return,
 * and (state=approved) approved ones the caller may accept as the level above.
 */
export async function worklist(ctx: ReportingContext, q: WorklistQuery) {
  const state = q.state ?? 'submitted';
  const { rows } = await repo.listSubmissions(ctx.db, ctx.scope, {
    periodId: q.periodId,
    states: [state],
    userId: ctx.actor.userId,
    page: 1,
    pageSize: 5000,
  });
  const open = rows.filter((r) => r.period_status === 'open');
  const mine = [];
  for (const r of open) {
    if (state === 'approved') {
      if (r.approved_by === ctx.actor.userId) continue;
      const place = await unitPlace(ctx.db, r.period_id, r.unit_id);
      if (!rolesOver(ctx.actor, place).includes('upper')) continue;
    }
    mine.push(r);
  }
  const page = q.page ?? 1;
  const size = q.pageSize ?? 100;
  return { items: mine.slice((page - 1) * size, page * size).map(summaryView), total: mine.length };
}

interface Problem {
  entity: 'school' | 'class' | 'staff' | 'student';
  recordId: string | null;
  field: string;
  ruleCode: string;
  message: { vi: string; en: string };
}

function problemsView(ctx: ReportingContext, records: UnitRecords, problems: Problem[], limit: number) {
  const labels = labelIndex(records.snapshot);
  return problems.slice(0, limit).map((p) => ({
    entity: p.entity,
    recordId: p.recordId,
    recordLabel: p.recordId ? (labels.get(p.recordId) ?? null) : null,
    field: p.field,
    ruleCode: p.ruleCode,
    message: p.message[ctx.locale],
  }));
}

/** What the school still has to do before it can submit: empty required fields and blocking problems. */
export async function readiness(ctx: ReportingContext, id: string): Promise<ReadinessView> {
  const row = await repo.findSubmission(ctx.db, id);
  if (!row) throw notFound();
  const period = (await repo.findPeriod(ctx.db, row.periodId))!;
  const { records, readiness: r } = await unitReadiness(ctx.db, ctx.codec, row.unitId, {
    schoolYearId: period.schoolYearId,
    now: ctx.now(),
  });
  return {
    pupils: records.snapshot.students.length,
    classes: records.snapshot.classes.length,
    staff: records.snapshot.staff.length,
    requiredFilled: r.requiredFilled,
    requiredTotal: r.requiredTotal,
    missing: r.missing,
    blockingTotal: r.blocking.length,
    warningsTotal: r.warnings.length,
    blocking: problemsView(ctx, records, r.blocking, 200),
    warnings: problemsView(ctx, records, r.warnings, 50),
  };
}

/** Runs one transition with optimistic concurrency; `after` writes what goes with it in the same transaction. */
async function act(
  ctx: ReportingContext,
  id: string,
  input: { action: SubmissionAction; revision: number; comment?: string | null },
  after: (
    tx: DbOrTx,
    moved: repo.SubmissionRow,
    before: repo.SubmissionRow,
    period: repo.PeriodRow,
  ) => Promise<Record<string, unknown> | undefined>,
): Promise<SubmissionView> {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findSubmission(tx, id);
    if (!current) throw notFound();
    const period = (await repo.findPeriod(tx, current.periodId))!;
    if (period.status !== 'open') throw conflict('REPORTING_PERIOD_NOT_OPEN');
    if (current.revision !== input.revision) throw conflict('REPORTING_CONCURRENT_CHANGE');
    const place = await unitPlace(tx, current.periodId, current.unitId);
    const result = transition(current, {
      action: input.action,
      roles: rolesOver(ctx.actor, place),
      comment: input.comment,
      hasLevelAbove: place.parent !== null,
    });
    if (!result.ok) {
      const status =
        result.error === 'REPORTING_COMMENT_REQUIRED'
          ? 400
          : result.error === 'REPORTING_ROLE_NOT_ALLOWED'
            ? 403
            : 409;
      throw new AppError(result.error, status);
    }
    if (input.action === 'accept' && current.approvedBy === ctx.actor.userId)
      throw new AppError('REPORTING_SAME_PERSON', 403);
    if (input.action === 'submit') {
      const pu = await repo.findPeriodUnit(tx, current.periodId, current.unitId);
      const windowError = submitWindowError(period, now, pu?.exceptionUntil ?? null);
      if (windowError) throw conflict(windowError);
    }
    const stamp: Partial<repo.SubmissionRow> = {};
    if (input.action === 'submit') {
      stamp.lastSubmittedAt = now;
      if (!current.firstSubmittedAt) {
        stamp.firstSubmittedAt = now;
        stamp.onTime = isOnTime(period, now);
      }
    }
    if (input.action === 'approve') Object.assign(stamp, { approvedAt: now, approvedBy: ctx.actor.userId });
    if (input.action === 'accept') Object.assign(stamp, { acceptedAt: now, acceptedBy: ctx.actor.userId });
    if (input.action === 'reopen')
      Object.assign(stamp, { approvedAt: null, approvedBy: null, acceptedAt: null, acceptedBy: null });
    // The conditional update is the arbiter: of two concurrent transitions, only one matches the revision.
    const moved = await repo.updateSubmissionIfRevision(tx, id, input.revision, {
      state: result.next.state,
      version: result.next.version,
      revision: result.next.revision,
      ...stamp,
    });
    if (!moved) throw conflict('REPORTING_CONCURRENT_CHANGE');
    const details = (await after(tx, moved, current, period)) ?? {};
    await repo.insertEvent(tx, {
      submissionId: id,
      version: moved.version,
      action: input.action,
      fromState: current.state,
      toState: moved.state,
      actorId: ctx.actor.userId,
      comment: input.comment?.trim() || null,
      at: now,
    });
    await audit(
      tx,
      ctx,
      `reporting.${input.action}`,
      { type: 'submission', id, unitId: current.unitId },
      {
        from: current.state,
        to: moved.state,
        version: moved.version,
        ...details,
      },
    );
  });
  return getSubmission(ctx, id);
}

/** The counts kept with a snapshot (the demo writes its snapshots with it too). */
export function summaryOf(
  records: UnitRecords,
  r: { requiredFilled: number; requiredTotal: number; blocking: unknown[]; warnings: unknown[] },
): SnapshotSummary {
  return {
    pupils: records.snapshot.students.length,
    classes: records.snapshot.classes.length,
    staff: records.snapshot.staff.length,
    requiredFilled: r.requiredFilled,
    requiredTotal: r.requiredTotal,
    blockingIssues: r.blocking.length,
    warnings: r.warnings.length,
  };
}

/**
 * Chốt số liệu: freezes a new version of the unit's records, refused while
 * a blocking rule fails, after the lock without an exception, or when
 * someone acted first.
 */
export async function submit(ctx: ReportingContext, id: string, body: TransitionBody) {
  return act(
    ctx,
    id,
    { action: 'submit', revision: body.revision, comment: body.comment },
    async (tx, moved, before, period) => {
      const { records, readiness: r } = await unitReadiness(tx, ctx.codec, moved.unitId, {
        schoolYearId: period.schoolYearId,
        now: ctx.now(),
      });
      if (r.blocking.length > 0)
        throw badRequest('REPORTING_BLOCKING_ISSUES', { blocking: r.blocking.length });
      let diff: SnapshotDiff | null = null;
      if (before.version > 0) {
        const previous = await repo.findVersion(tx, id, before.version);
        if (previous) diff = diffSnapshots(previous.records as SnapshotRecords, records.snapshot);
      }
      const summary = summaryOf(records, r);
      const versionId = await repo.insertVersion(tx, {
        submissionId: id,
        version: moved.version,
        records: records.snapshot,
        summary,
        diff,
        createdBy: ctx.actor.userId,
      });
      const pu = await repo.findPeriodUnit(tx, moved.periodId, moved.unitId);
      await repo.insertAggregates(
        tx,
        computeAggregates(records.snapshot, pu?.levelCode ?? null).map((a) => ({
          versionId,
          periodId: moved.periodId,
          unitId: moved.unitId,
          ...a,
        })),
      );
      // Comments of the previous round are settled by the resubmission.
      await tx.execute(
        sql`update submission_comments set resolved_at = now() where submission_id = ${id} and resolved_at is null`,
      );
      return { summary, onTime: moved.onTime };
    },
  );
}

async function checkCommentRecords(
  tx: DbOrTx,
  id: string,
  version: number,
  comments: NonNullable<ReturnBody['comments']>,
) {
  if (comments.length === 0) return;
  const snapshot = (await repo.findVersion(tx, id, version))?.records as SnapshotRecords | undefined;
  const listOf = (e: string): readonly SnapshotRecord[] =>
    !snapshot
      ? []
      : e === 'school'
        ? snapshot.school
          ? [snapshot.school]
          : []
        : e === 'class'
          ? snapshot.classes
          : e === 'staff'
            ? snapshot.staff
            : snapshot.students;
  for (const c of comments) {
    if (!c.recordId) continue;
    if (!listOf(c.entity).some((r) => r.id === c.recordId))
      throw badRequest('REPORTING_COMMENT_RECORD_INVALID', [
        { field: 'comments', code: 'REPORTING_COMMENT_RECORD_INVALID' },
      ]);
  }
}

export async function returnSubmission(ctx: ReportingContext, id: string, body: ReturnBody) {
  const comments = body.comments ?? [];
  return act(
    ctx,
    id,
    { action: 'return', revision: body.revision, comment: body.comment },
    async (tx, moved) => {
      await checkCommentRecords(tx, id, moved.version, comments);
      await repo.insertComments(
        tx,
        comments.map((c) => ({
          submissionId: id,
          version: moved.version,
          entity: c.entity,
          recordId: c.recordId ?? null,
          field: c.field?.trim() || null,
          body: c.body.trim(),
          authorId: ctx.actor.userId,
        })),
      );
      return { comments: comments.length };
    },
  );
}

export const approve = (ctx: ReportingContext, id: string, body: TransitionBody) =>
  act(ctx, id, { action: 'approve', revision: body.revision, comment: body.comment }, async () => undefined);

export const accept = (ctx: ReportingContext, id: string, body: TransitionBody) =>
  act(ctx, id, { action: 'accept', revision: body.revision, comment: body.comment }, async () => undefined);

export const reopen = (ctx: ReportingContext, id: string, body: TransitionBody) =>
  act(ctx, id, { action: 'reopen', revision: body.revision, comment: body.comment }, async () => undefined);

const PERSONAL_COLUMNS = ['personalIdEnc', 'phoneEnc', 'addressEnc', 'healthNoteEnc'] as const;
const SENSITIVE_COLUMNS = ['ethnicityCode', 'religionCode', 'disabilityCode'] as const;
const INTERNAL_COLUMNS = ['personalIdBidx', 'nameKey', 'createdBy'] as const;

/**
 * One frozen version, masked like the sector screens: personal fields are
 * opened only for callers with sector.read_personal over the unit (and the
 * read is audited); otherwise personal and sensitive fields are left out.
 * Ciphertext never leaves the server.
 */
export async function getVersion(ctx: ReportingContext, id: string, version: number): Promise<VersionView> {
  const row = await repo.findSubmission(ctx.db, id);
  if (!row) throw notFound();
  const stored = await repo.findVersion(ctx.db, id, version);
  if (!stored) throw badRequest('VALIDATION_FAILED', [{ field: 'version', code: 'VALIDATION_FAILED' }]);
  const place = await unitPlace(ctx.db, row.periodId, row.unitId);
  const seesPersonal = Scope.of(ctx.actor, 'sector.read_personal').contains(place);
  const records = stored.records as SnapshotRecords;
  const opened: string[] = [];
  const person = (r: SnapshotRecord, kind: 'staff' | 'student') => {
    const out: Record<string, string | number | boolean | null> = { ...r };
    for (const c of [...PERSONAL_COLUMNS, ...INTERNAL_COLUMNS]) delete out[c];
    if (seesPersonal) {
      const open = (v: unknown) => (typeof v === 'string' ? ctx.codec.open(v) : null);
      out.personalId = open(r.personalIdEnc);
      out.phone = open(r.phoneEnc);
      out.address = open(r.addressEnc);
      if (kind === 'student') out.healthNote = open(r.healthNoteEnc);
      if (out.personalId || out.phone || out.address) opened.push(r.id);
    } else {
      out.personalId = r.personalIdEnc ? maskPersonalId('••••••') : null;
      out.phone = r.phoneEnc ? maskPhone('••••') : null;
      for (const c of SENSITIVE_COLUMNS) if (c in out) out[c] = null;
    }
    return out;
  };
  const view: VersionView = {
    version: stored.version,
    createdAt: stored.createdAt.toISOString(),
    summary: stored.summary as SnapshotSummary,
    masked: !seesPersonal,
    records: {
      school: records.school,
      classes: [...records.classes],
      staff: records.staff.map((r) => person(r, 'staff')),
      students: records.students.map((r) => person(r, 'student')),
    },
    diff: (stored.diff as SnapshotDiff | null) ?? null,
  };
  if (opened.length > 0)
    await audit(
      ctx.db,
      ctx,
      'submission.personal_read',
      { type: 'submission', id, unitId: row.unitId },
      {
        version,
        count: opened.length,
        ids: opened.slice(0, 200),
        route: ctx.route,
      },
    );
  return view;
}
