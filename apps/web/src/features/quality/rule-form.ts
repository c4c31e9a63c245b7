import {
  type QualityRuleType,
  RULE_TYPES,
  STATUS_CHECKS,
  type StatusCheck,
} from '@edushield/core/quality/rules';

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
