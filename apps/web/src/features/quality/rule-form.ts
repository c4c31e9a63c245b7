import type { Locale } from '@edushield/core';
import { errorMessage } from '@edushield/core/errors';
import {
  parseRuleParams,
  type QualityRuleType,
  RULE_TYPES,
  SCHOOL_LEVELS,
  STATUS_CHECKS,
  type StatusCheck,
} from '@edushield/core/quality/rules';
import type { MessageKey, Translate } from '../../i18n';

/**
 * The rule form keeps every parameter as the text the user typed and turns
 * it into the JSON the API checks; a value that is not a whole number is
 * sent as typed so the server's message names it.
 */
export interface ParamDraft {
  max: string;
  maxTH: string;
  maxTHCS: string;
  maxTHPT: string;
  toleranceYears: string;
  match: string;
  checks: StatusCheck[];
  thresholdPercent: string;
  minPupils: string;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export function draftFromParams(
  type: QualityRuleType,
  params: Record<string, unknown> | undefined,
): ParamDraft {
  const p = params ?? RULE_TYPES.find((r) => r.type === type)?.defaultParams ?? {};
  const byLevel = (p.maxByLevel ?? {}) as Record<string, unknown>;
  return {
    max: text(p.max),
    maxTH: text(byLevel.TH),
    maxTHCS: text(byLevel.THCS),
    maxTHPT: text(byLevel.THPT),
    toleranceYears: text(p.toleranceYears),
    match: text(p.match) || 'both',
    checks: Array.isArray(p.checks) ? (p.checks as StatusCheck[]) : [...STATUS_CHECKS],
    thresholdPercent: text(p.thresholdPercent),
    minPupils: text(p.minPupils),
  };
}

/** "35" → 35; "" → undefined; anything else is passed through for the server to name. */
export function numberOrText(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function paramsFromDraft(type: QualityRuleType, d: ParamDraft): Record<string, unknown> {
  switch (type) {
    case 'class_size': {
      const maxByLevel: Record<string, unknown> = {};
      for (const [level, value] of [
        ['TH', d.maxTH],
        ['THCS', d.maxTHCS],
        ['THPT', d.maxTHPT],
      ] as const) {
        const v = numberOrText(value);
        if (v !== undefined) maxByLevel[level] = v;
      }
      return { max: numberOrText(d.max), maxByLevel };
    }
    case 'pupils_per_teacher':
      return { max: numberOrText(d.max) };
    case 'age_grade':
      return { toleranceYears: numberOrText(d.toleranceYears) };
    case 'duplicate_across_schools':
      return { match: d.match };
    case 'status_consistency':
      return { checks: d.checks };
    case 'period_change':
      return {
        thresholdPercent: numberOrText(d.thresholdPercent),
        minPupils: numberOrText(d.minPupils) ?? 0,
      };
  }
}

/**
 * The server's parameter check run before sending, with the same messages
 * (keyed `params.<field>` like the server's answer), so a bad value is
 * explained at once and nothing is sent. Empty when the parameters are fine.
 */
export function paramErrors(
  type: QualityRuleType,
  params: Record<string, unknown>,
  locale: Locale,
): Record<string, string> {
  const parsed = parseRuleParams(type, params);
  if (parsed.ok) return {};
  const errors: Record<string, string> = {};
  for (const problem of parsed.problems) {
    const message = errorMessage(problem.code, locale);
    errors[`params.${problem.field}`] ??=
      problem.code === 'QUALITY_PARAM_OUT_OF_RANGE' ? `${message} (${problem.min}–${problem.max})` : message;
  }
  return errors;
}

/** A rule's parameters in words for the rules table ("Sĩ số tối đa 45; tiểu học 35"). */
export function paramSummary(type: QualityRuleType, params: Record<string, unknown>, t: Translate): string {
  const p = params as Record<string, unknown> & { maxByLevel?: Record<string, unknown> };
  const parts: string[] = [];
  const add = (key: MessageKey, vars: Record<string, string | number>) => parts.push(t(key, vars));
  const value = (v: unknown) => (typeof v === 'number' || typeof v === 'string' ? v : '—');
  switch (type) {
    case 'class_size':
      add('quality.summary.max', { max: value(p.max) });
      for (const level of SCHOOL_LEVELS)
        if (p.maxByLevel?.[level] !== undefined)
          add(`quality.summary.max${level}` as MessageKey, { max: value(p.maxByLevel[level]) });
      break;
    case 'pupils_per_teacher':
      add('quality.summary.ratio', { max: value(p.max) });
      break;
    case 'age_grade':
      add('quality.summary.tolerance', { years: value(p.toleranceYears) });
      break;
    case 'duplicate_across_schools':
      parts.push(`${t('quality.param.match')}: ${t(`quality.param.match.${String(p.match)}` as MessageKey)}`);
      break;
    case 'status_consistency':
      for (const check of Array.isArray(p.checks) ? p.checks : [])
        parts.push(t(`quality.param.check.${String(check)}` as MessageKey));
      break;
    case 'period_change':
      add('quality.summary.threshold', { percent: value(p.thresholdPercent) });
      if (typeof p.minPupils === 'number' && p.minPupils > 0)
        add('quality.summary.minPupils', { min: p.minPupils });
      break;
  }
  return parts.join('; ');
}
