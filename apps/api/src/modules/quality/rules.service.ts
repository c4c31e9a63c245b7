import { errorMessage, roleHasPermission, VALIDATION_RULES } from '@edushield/core';
import { type ParamProblem, parseRuleParams, ruleTypeInfo } from '@edushield/core/quality/rules';
import { eq, sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../lib/errors';
import type { UnitRef } from '../../plugins/access';
import type { Actor } from '../../plugins/access.types';
import type { Scope } from '../../plugins/scope';
import { orgUnits } from '../org/org.table';
import { auditQuality, type QualityContext } from './quality.context';
import type { CreateRuleBody, RuleView, UpdateRuleBody } from './quality.schemas';
import { qualityRules } from './quality.table';

/** The access gate's resolver for 'quality_rule': a rule belongs to its root unit. */
export async function unsafeRuleUnit(db: DbOrTx, id: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(qualityRules)
    .innerJoin(orgUnits, eq(orgUnits.id, qualityRules.rootUnitId))
    .where(eq(qualityRules.id, id));
  return row ?? null;
}

interface RuleRowDb extends Record<string, unknown> {
  id: string;
  code: string;
  name_vi: string;
  name_en: string;
  rule_type: RuleView['ruleType'];
  data_group: RuleView['dataGroup'];
  severity: RuleView['severity'];
  params: Record<string, unknown>;
  enabled: boolean;
  due_days: number;
  root_unit_id: string;
  root_unit_name: string;
  root_path: string;
  open_issues: number;
  updated_at: Date | string;
}

const toView = (r: RuleRowDb): RuleView => ({
  id: r.id,
  code: r.code,
  nameVi: r.name_vi,
  nameEn: r.name_en,
  ruleType: r.rule_type,
  dataGroup: r.data_group,
  severity: r.severity,
  params: r.params,
  enabled: r.enabled,
  dueDays: r.due_days,
  rootUnitId: r.root_unit_id,
  rootUnitName: r.root_unit_name,
  openIssues: r.open_issues,
  updatedAt: new Date(r.updated_at).toISOString(),
});

const selectRules = (where: ReturnType<typeof sql>) =>
  sql`select r.id, r.code, r.name_vi, r.name_en, r.rule_type, r.data_group, r.severity, r.params, r.enabled,
        r.due_days, r.root_unit_id, ou.name as root_unit_name, ou.path as root_path, r.updated_at,
        (select count(*)::int from quality_issues qi where qi.rule_id = r.id
          and qi.state in ('open', 'in_progress', 'reopened')) as open_issues
      from quality_rules r join org_units ou on ou.id = r.root_unit_id
      where ${where} order by r.code`;

/**
 * Rules that reach the caller: those rooted inside their scope, and those
 * rooted above a unit they hold the permission in (a school sees the
 * department's rules that apply to it).
 */
export async function listRules(ctx: QualityContext): Promise<RuleView[]> {
  const rows = await query<RuleRowDb>(ctx.db, selectRules(sql`true`));
  const reach = reachPaths(ctx.actor, ctx.scope);
  return rows
    .filter(
      (r) =>
        ctx.scope.contains({ id: r.root_unit_id, path: r.root_path }) ||
        reach.some((p) => p.startsWith(r.root_path)),
    )
    .map(toView);
}

function reachPaths(actor: Actor, scope: Scope): string[] {
  return actor.assignments
    .filter((a) => roleHasPermission(a.roleCode, scope.permission))
    .map((a) => a.unitPath);
}

export function builtinRules(locale: 'vi' | 'en') {
  return VALIDATION_RULES.map((rule) => ({
    code: rule.code,
    severity: rule.severity,
    scope: rule.scope,
    entity: rule.entity,
    message: rule.message[locale],
  }));
}

function paramsError(problems: ParamProblem[], locale: 'vi' | 'en') {
  return badRequest(
    'QUALITY_PARAMS_INVALID',
    problems.map((p) => ({
      field: `params.${p.field}`,
      code: p.code,
      message:
        p.code === 'QUALITY_PARAM_OUT_OF_RANGE'
          ? `${errorMessage(p.code, locale)} (${p.min}–${p.max})`
          : errorMessage(p.code, locale),
    })),
  );
}

async function ruleView(db: DbOrTx, id: string): Promise<RuleView> {
  const [row] = await query<RuleRowDb>(db, selectRules(sql`r.id = ${id}`));
  if (!row) throw notFound();
  return toView(row);
}

export async function createRule(ctx: QualityContext, body: CreateRuleBody): Promise<RuleView> {
  const parsed = parseRuleParams(body.ruleType, body.params);
  if (!parsed.ok) throw paramsError(parsed.problems, ctx.locale);
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(qualityRules)
        .values({
          code: body.code.toUpperCase(),
          nameVi: body.nameVi.normalize('NFC').trim(),
          nameEn: body.nameEn.trim(),
          ruleType: body.ruleType,
          dataGroup: body.dataGroup ?? ruleTypeInfo(body.ruleType).defaultGroup,
          severity: body.severity,
          params: parsed.params as unknown as Record<string, unknown>,
          enabled: body.enabled ?? true,
          dueDays: body.dueDays ?? 14,
          rootUnitId: body.rootUnitId,
          createdBy: ctx.actor.userId,
        })
        .returning();
      await auditQuality(
        tx,
        ctx,
        'quality.rule.create',
        { type: 'quality_rule', id: row!.id, unitId: body.rootUnitId },
        { code: row!.code, ruleType: row!.ruleType, params: row!.params, severity: row!.severity },
      );
      return row!.id;
    });
    return ruleView(ctx.db, id);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('QUALITY_RULE_CODE_TAKEN', [
        {
          field: 'code',
          code: 'QUALITY_RULE_CODE_TAKEN',
          message: errorMessage('QUALITY_RULE_CODE_TAKEN', ctx.locale),
        },
      ]);
    throw error;
  }
}

export async function updateRule(ctx: QualityContext, id: string, body: UpdateRuleBody): Promise<RuleView> {
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(qualityRules).where(eq(qualityRules.id, id)).for('update');
    if (!current) throw notFound();
    if (body.ruleType !== undefined && body.ruleType !== current.ruleType)
      throw badRequest('QUALITY_RULE_TYPE_FIXED', [
        {
          field: 'ruleType',
          code: 'QUALITY_RULE_TYPE_FIXED',
          message: errorMessage('QUALITY_RULE_TYPE_FIXED', ctx.locale),
        },
      ]);
    let params = current.params;
    if (body.params !== undefined) {
      const parsed = parseRuleParams(current.ruleType, body.params);
      if (!parsed.ok) throw paramsError(parsed.problems, ctx.locale);
      params = parsed.params as unknown as Record<string, unknown>;
    }
    const changes = {
      ...(body.nameVi !== undefined ? { nameVi: body.nameVi.normalize('NFC').trim() } : {}),
      ...(body.nameEn !== undefined ? { nameEn: body.nameEn.trim() } : {}),
      ...(body.dataGroup !== undefined ? { dataGroup: body.dataGroup } : {}),
      ...(body.severity !== undefined ? { severity: body.severity } : {}),
      ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
      ...(body.dueDays !== undefined ? { dueDays: body.dueDays } : {}),
      params,
      updatedAt: new Date(),
    };
    await tx.update(qualityRules).set(changes).where(eq(qualityRules.id, id));
    await auditQuality(
      tx,
      ctx,
      'quality.rule.update',
      { type: 'quality_rule', id, unitId: current.rootUnitId },
      { code: current.code, fields: Object.keys(body), params, enabled: changes.enabled ?? current.enabled },
    );
  });
  return ruleView(ctx.db, id);
}
