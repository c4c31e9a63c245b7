import { type EntityId, type FieldType, getField } from '../standard';
import { standardiseCode } from './code-field';
import {
  isEmptyCell,
  type Standardiser,
  standardiseBoolean,
  standardiseDate,
  standardiseEmail,
  standardiseInteger,
  standardisePersonalId,
  standardisePhone,
  standardiseString,
} from './field-types';
import { type Issue, makeIssue } from './issue';
import type { FieldOptions, FieldValue } from './types';

export interface FieldResult {
  /** The value to store: names title-cased, dates ISO, phones 0xxxxxxxxx, codes as codes. */
  readonly value: FieldValue;
  /** The stored value reads differently from the cell: show "before → after" in the preview. */
  readonly changed: boolean;
  readonly issues: readonly Issue[];
}

const STANDARDISERS: Readonly<Record<FieldType, Standardiser>> = {
  string: standardiseString,
  date: standardiseDate,
  phone: standardisePhone,
  email: standardiseEmail,
  personalId: standardisePersonalId,
  code: standardiseCode,
  integer: standardiseInteger,
  boolean: standardiseBoolean,
};

function differs(raw: unknown, value: FieldValue): boolean {
  if (value === null) return !(raw === null || raw === undefined || raw === '');
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
    return String(raw) !== String(value);
  }
  return true;
}

/**
 * Standardise and check one cell of a field of the data standard. Pure:
 * the web form calls it on blur, the importer on every cell, and both show
 * the same message. Throws RangeError for a field the entity does not have
 * (a programming error, not a data error).
 */
export function validateField(
  entity: EntityId,
  fieldKey: string,
  rawValue: unknown,
  options: FieldOptions = {},
): FieldResult {
  const spec = getField(entity, fieldKey);
  if (!spec) throw new RangeError(`Entity ${entity} has no field ${fieldKey}`);
  const label = { vi: spec.labelVi, en: spec.labelEn };
  if (isEmptyCell(rawValue)) {
    const issues = spec.required ? [makeIssue('FIELD_REQUIRED', fieldKey, { field: label })] : [];
    return { value: null, changed: differs(rawValue, null), issues };
  }
  const { value, issues } = STANDARDISERS[spec.type](rawValue, spec, options);
  const length = typeof value === 'string' ? [...value].length : 0;
  const tooLong =
    issues.length === 0 && spec.maxLength !== undefined && length > spec.maxLength
      ? [makeIssue('FIELD_TOO_LONG', fieldKey, { field: label, length, maxLength: spec.maxLength })]
      : [];
  return { value, changed: differs(rawValue, value), issues: [...issues, ...tooLong] };
}
