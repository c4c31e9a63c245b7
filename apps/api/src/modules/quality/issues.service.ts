import { errorMessage, LEARNER_STATUSES } from '@edushield/core';
import {
  canTransition,
  type IssueState,
  nextStates,
  OPEN_STATES,
  type QualityRuleType,
  qualityIssueMessage,
} from '@edushield/core/quality/rules';
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { badRequest, conflict, notFound } from '../../lib/errors';
import type { UnitRef } from '../../plugins/access';
import { Scope, unitInScope } from '../../plugins/scope';
import { auditQuality, type QualityContext, vietnamDate } from './quality.context';
import type { IssueView, ListIssuesQuery, TransitionBody } from './quality.schemas';

/** The access gate's resolver for 'quality_issue': an issue belongs to the school whose record it is. */
export async function unsafeIssueUnit(db: DbOrTx, id: string): Promise<UnitRef | null> {
  const [row] = await query<{ id: string; path: string }>(
    db,
    sql`select ou.id, ou.path from quality_issues qi join org_units ou on ou.id = qi.unit_id where qi.id = ${id}`,
  );
  return row ?? null;
}

interface IssueRow extends Record<string, unknown> {
  id: string;
  rule_id: string;
  rule_code: string;
  rule_name_vi: string;
  rule_name_en: string;
  rule_type: QualityRuleType;
  unit_id: string;
  unit_name: string;
  unit_code: string;
  data_group: IssueView['dataGroup'];
  severity: IssueView['severity'];
  entity: string;
  record_id: string | null;
  record_code: string | null;
  record_name: string | null;
  details: Record<string, unknown>;
  state: IssueState;
  assignee_id: string | null;
  assignee_name: string | null;
  due_on: string | Date;
  exception_reason: string | null;
  resolution: string | null;
  revision: number;
  created_at: string | Date;
  last_seen_at: string | Date;
}

const isoDate = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

function statusLabels(details: Record<string, unknown>) {
  const entry = LEARNER_STATUSES.entries.find((e) => e.code === details.status);
  return entry ? { ...details, status_vi: entry.labelVi, status_en: entry.labelEn } : details;
}

function toView(row: IssueRow, locale: 'vi' | 'en', today: string): IssueView {
  const label =
    row.entity === 'student'
      ? [row.record_code, row.record_name].filter(Boolean).join(' – ')
      : (row.record_name ?? row.record_code ?? row.unit_name);
  return {
    id: row.id,
    ruleId: row.rule_id,
    ruleCode: row.rule_code,
    ruleName: locale === 'vi' ? row.rule_name_vi : row.rule_name_en,
    ruleType: row.rule_type,
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitCode: row.unit_code,
    dataGroup: row.data_group,
    severity: row.severity,
    entity: row.entity,
    recordId: row.record_id,
    recordLabel: label || row.unit_name,
    message: qualityIssueMessage(row.rule_type, statusLabels(row.details), locale),
    state: row.state,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    dueOn: isoDate(row.due_on),
    overdue: OPEN_STATES.includes(row.state) && isoDate(row.due_on) < today,
    exceptionReason: row.exception_reason,
    resolution: row.resolution,
    revision: row.revision,
    createdAt: new Date(row.created_at).toISOString(),
    lastSeenAt: new Date(row.last_seen_at).toISOString(),
  };
}

/**
 * Issue rows with what a reader needs. Pupils' names are shown only where
 * the caller may read sector records of the school (the code otherwise).
 */
function selectIssues(ctx: QualityContext, where: SQL, tail: SQL = sql``) {
  const sectorRead = Scope.of(ctx.actor, 'sector.read');
  return sql`select qi.id, qi.rule_id, r.code as rule_code, r.name_vi as rule_name_vi, r.name_en as rule_name_en,
      r.rule_type, qi.unit_id, ou.name as unit_name, ou.code as unit_code, qi.data_group, qi.severity, qi.entity,
      qi.record_id, qi.details, qi.state, qi.assignee_id, u.full_name as assignee_name, qi.due_on, qi.exception_reason,
      qi.resolution, qi.revision, qi.created_at, qi.last_seen_at,
      case qi.entity when 'student' then st.student_code when 'class' then c.code end as record_code,
      case qi.entity
        when 'student' then case when ${unitInScope(sectorRead, sql`qi.unit_id`)} then st.full_name end
        when 'class' then c.name
        when 'school' then ou.name end as record_name
    from quality_issues qi
    join quality_rules r on r.id = qi.rule_id
    join org_units ou on ou.id = qi.unit_id
    left join users u on u.id = qi.assignee_id
    left join students st on qi.entity = 'student' and st.id = qi.record_id
    left join classes c on qi.entity = 'class' and c.id = qi.record_id
    where ${where} ${tail}`;
}

export async function listIssues(ctx: QualityContext, q: ListIssuesQuery, unit: UnitRef | undefined) {
  const conditions: SQL[] = [unitInScope(ctx.scope, sql`qi.unit_id`)];
  if (unit) conditions.push(sql`qi.unit_id in (select id from org_units where path like ${`${unit.path}%`})`);
  if (q.ruleId) conditions.push(sql`qi.rule_id = ${q.ruleId}`);
  if (q.severity) conditions.push(sql`qi.severity = ${q.severity}`);
  const state = q.state ?? 'active';
  if (state === 'active') conditions.push(sql`qi.state in ('open', 'in_progress', 'reopened')`);
  else conditions.push(sql`qi.state = ${state}`);
  if (q.assignee === 'me') conditions.push(sql`qi.assignee_id = ${ctx.actor.userId}`);
  else if (q.assignee === 'none') conditions.push(sql`qi.assignee_id is null`);
  else if (q.assignee) conditions.push(sql`qi.assignee_id = ${q.assignee}`);
  const where = sql.join(conditions, sql` and `);
  const pageSize = q.pageSize ?? 50;
  const page = q.page ?? 1;
  const [rows, [count]] = await Promise.all([
    query<IssueRow>(
      ctx.db,
      selectIssues(
        ctx,
        where,
        sql`order by case qi.severity when 'blocking' then 0 else 1 end, qi.due_on, ou.name, qi.record_key
            limit ${pageSize} offset ${(page - 1) * pageSize}`,
      ),
    ),
    query<{ n: number }>(ctx.db, sql`select count(*)::int as n from quality_issues qi where ${where}`),
  ]);
  const today = vietnamDate();
  return { items: rows.map((r) => toView(r, ctx.locale, today)), total: count?.n ?? 0 };
}

async function issueView(ctx: QualityContext, db: DbOrTx, id: string): Promise<IssueView> {
  const [row] = await query<IssueRow>(db, selectIssues(ctx, sql`qi.id = ${id}`));
  if (!row) throw notFound();
  return toView(row, ctx.locale, vietnamDate());
}

export async function getIssue(ctx: QualityContext, id: string) {
  const issue = await issueView(ctx, ctx.db, id);
  const events = await query<{
    id: string;
    kind: string;
    from_state: string | null;
    to_state: string | null;
    body: string | null;
    actor_name: string | null;
    run_id: string | null;
    at: string | Date;
  }>(
    ctx.db,
    sql`select e.id, e.kind, e.from_state, e.to_state, e.body, u.full_name as actor_name, e.run_id, e.at
        from quality_issue_events e left join users u on u.id = e.actor_id
        where e.issue_id = ${id} order by e.at, e.id`,
  );
  return {
    issue,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromState: e.from_state,
      toState: e.to_state,
      body: e.body,
      actorName: e.actor_name,
      byRun: e.run_id !== null,
      at: new Date(e.at).toISOString(),
    })),
    nextStates: [...nextStates(issue.state)],
  };
}

/** A person moves an issue; accepting an exception needs a reason. Optimistic on `revision`. */
export async function transitionIssue(ctx: QualityContext, id: string, body: TransitionBody) {
  const reason = body.reason?.normalize('NFC').trim() ?? '';
  if (body.to === 'accepted_exception' && !reason)
    throw badRequest('QUALITY_EXCEPTION_REASON_REQUIRED', [
      {
        field: 'reason',
        code: 'QUALITY_EXCEPTION_REASON_REQUIRED',
        message: errorMessage('QUALITY_EXCEPTION_REASON_REQUIRED', ctx.locale),
      },
    ]);
  await ctx.db.transaction(async (tx) => {
    const [current] = await query<{ state: IssueState; revision: number; unit_id: string }>(
      tx,
      sql`select state, revision, unit_id from quality_issues where id = ${id} for update`,
    );
    if (!current) throw notFound();
    if (body.revision !== undefined && body.revision !== current.revision)
      throw conflict('QUALITY_ISSUE_CHANGED');
    if (!canTransition(current.state, body.to)) throw conflict('QUALITY_TRANSITION_INVALID');
    const resolving = body.to === 'resolved';
    await tx.execute(sql`update quality_issues set state = ${body.to}, revision = revision + 1, updated_at = now(),
        exception_reason = ${body.to === 'accepted_exception' ? reason : null},
        resolution = ${resolving ? 'manual' : null},
        resolved_at = ${resolving ? sql`now()` : sql`null`}
      where id = ${id}`);
    await tx.execute(sql`insert into quality_issue_events (issue_id, kind, from_state, to_state, body, actor_id)
      values (${id}, 'state', ${current.state}, ${body.to}, ${reason || null}, ${ctx.actor.userId})`);
    await auditQuality(
      tx,
      ctx,
      'quality.issue.transition',
      { type: 'quality_issue', id, unitId: current.unit_id },
      { from: current.state, to: body.to },
    );
  });
  return getIssue(ctx, id);
}

export async function commentIssue(ctx: QualityContext, id: string, text: string) {
  const body = text.normalize('NFC').trim();
  if (!body) throw badRequest('VALIDATION_FAILED', [{ field: 'body', code: 'required' }]);
  await ctx.db.transaction(async (tx) => {
    const [current] = await query<{ unit_id: string }>(
      tx,
      sql`select unit_id from quality_issues where id = ${id}`,
    );
    if (!current) throw notFound();
    await tx.execute(sql`insert into quality_issue_events (issue_id, kind, body, actor_id)
      values (${id}, 'comment', ${body}, ${ctx.actor.userId})`);
    await auditQuality(tx, ctx, 'quality.issue.comment', {
      type: 'quality_issue',
      id,
      unitId: current.unit_id,
    });
  });
  return getIssue(ctx, id);
}
