import type { EntityId, Locale } from '@edushield/core';
import { type RecordContext, validateRecord } from '@edushield/core/validation/index';
import { badRequest } from '../../lib/errors';

/**
 * API input goes through the same validation rules as the importer and the
 * web form (packages/core/src/validation), so a user sees one message for
 * one problem wherever they typed it.
 */
export type StandardValues = Readonly<Record<string, string | number | boolean | null>>;

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * Standardises a record given with API field names. `fields` maps each API
 * name to the standard's field key. Only blocking issues on fields the
 * caller supplied (or that the server fills in, listed in `apiOwned`)
 * refuse the request; warnings pass. Returns values keyed by API name.
 */
export function standardise(
  entity: EntityId,
  input: Readonly<Record<string, unknown>>,
  fields: Readonly<Record<string, string>>,
  options: {
    context?: RecordContext;
    locale: Locale;
    serverFilled?: Readonly<Record<string, unknown>>;
    /**
     * A partial update: field rules only judge these API fields (stored
     * values were judged when they were written, perhaps under older rules);
     * rules comparing fields still judge the whole record.
     */
    changed?: ReadonlySet<string>;
    /** Prefix of the field names in error details ("guardians[1]."). */
    prefix?: string;
  },
): Record<string, string | number | boolean | null> {
  const raw: Record<string, unknown> = { ...options.serverFilled };
  const apiNameOf = new Map<string, string>();
  for (const [apiName, key] of Object.entries(fields)) {
    apiNameOf.set(key, apiName);
    if (input[apiName] !== undefined) raw[key] = input[apiName];
  }
  const result = validateRecord(entity, raw, options.context ?? {});
  const problems: FieldProblem[] = [];
  for (const issue of result.issues) {
    if (issue.severity !== 'blocking') continue;
    const apiName = apiNameOf.get(issue.field);
    // Fields the API does not take (the school id, an issued code) are the server's business.
    if (!apiName) continue;
    if (options.changed && issue.ruleCode.startsWith('FIELD_') && !options.changed.has(apiName)) continue;
    if (
      issue.ruleCode === 'FIELD_REQUIRED' &&
      input[apiName] === undefined &&
      !(issue.field in (options.serverFilled ?? {}))
    )
      continue;
    problems.push({
      field: `${options.prefix ?? ''}${apiName}`,
      code: issue.ruleCode,
      message: issue.message[options.locale],
    });
  }
  if (problems.length > 0) throw badRequest('VALIDATION_FAILED', problems);
  const out: Record<string, string | number | boolean | null> = {};
  for (const [apiName, key] of Object.entries(fields)) {
    if (input[apiName] !== undefined) out[apiName] = result.values[key] ?? null;
  }
  return out;
}

/** Trimmed NFC text, or null when blank. */
export function nullIfBlank(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  return trimmed === '' ? null : trimmed;
}

/** Empty strings mean "no value": they become null before the standard's rules see them. */
export function blanksToNull<T extends object>(body: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body))
    out[key] = typeof value === 'string' && value.trim() === '' ? null : value;
  return out as T;
}
