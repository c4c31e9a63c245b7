import type { FieldSpec } from '../standard';
import {
  cleanWhitespace,
  foldKey,
  nfc,
  normaliseName,
  normalisePhone,
  parseDate,
  parsePersonalId,
  standardiseText,
} from '../text';
import { type Issue, makeIssue } from './issue';
import type { FieldOptions, FieldValue, LocalisedText } from './types';

/**
 * One standardiser per field type: raw cell → stored value, plus the issues
 * found on the way. Invalid input keeps its cleaned text as the value, so the
 * preview shows what was read and the user edits that.
 */
export interface Standardised {
  readonly value: FieldValue;
  readonly issues: readonly Issue[];
}

export type Standardiser = (raw: unknown, spec: FieldSpec, options: FieldOptions) => Standardised;

export const fieldLabel = (spec: FieldSpec): LocalisedText => ({ vi: spec.labelVi, en: spec.labelEn });

/** Text of a cell whatever the spreadsheet reader made of it. */
export function textOf(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint') return String(raw);
  if (raw instanceof Date) {
    const parsed = parseDate(raw);
    return parsed.ok ? parsed.iso : '';
  }
  return '';
}

/** Nothing readable in the cell (an object or an invalid Date count as nothing too). */
export function isEmptyCell(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'number') return Number.isNaN(raw);
  return cleanWhitespace(textOf(raw)) === '';
}

/** Fields holding a person's name: stored title-cased (normaliseName). */
const PERSON_NAME_FIELDS = new Set(['fullName', 'principalName']);

/**
 * Title case, unless that would make the name read as TCVN3/VNI: text the
 * encoding guess left alone (not clearly legacy) can still hold legacy bytes,
 * and changing their case changes the letter they stand for ("NghÖm" → "Nghöm"
 * reads as TCVN3 "Nghưm"). Such a name keeps its case as written, so a second
 * pass sees exactly what the first one saw and the standardisation stays
 * idempotent.
 */
function standardisePersonName(text: string, fontHint: string | undefined): string {
  const titled = normaliseName(text);
  return titled !== text && standardiseText(titled, fontHint) !== titled ? text : titled;
}

export const standardiseString: Standardiser = (raw, spec, options) => {
  const text = standardiseText(textOf(raw), options.fontHint);
  const value = PERSON_NAME_FIELDS.has(spec.key) ? standardisePersonName(text, options.fontHint) : text;
  return { value, issues: [] };
};

export const standardiseDate: Standardiser = (raw, spec, options) => {
  const input = typeof raw === 'string' ? cleanWhitespace(raw) : raw;
  const parsed = parseDate(
    input,
    options.referenceYear === undefined ? {} : { referenceYear: options.referenceYear },
  );
  if (parsed.ok) return { value: parsed.iso, issues: [] };
  const rule =
    parsed.reason === 'AMBIGUOUS_TWO_DIGIT_YEAR' ? 'FIELD_DATE_TWO_DIGIT_YEAR' : 'FIELD_DATE_INVALID';
  return {
    value: cleanWhitespace(textOf(raw)),
    issues: [makeIssue(rule, spec.key, { field: fieldLabel(spec) })],
  };
};

export const standardisePhone: Standardiser = (raw, spec) => {
  const input = typeof raw === 'number' ? raw : textOf(raw);
  const phone = normalisePhone(input);
  const params = { field: fieldLabel(spec) };
  if (phone.ok) {
    const issues = phone.prefixConverted ? [makeIssue('FIELD_PHONE_OLD_PREFIX', spec.key, params)] : [];
    return { value: phone.value, issues };
  }
  const rule = phone.reason === 'FOREIGN_NUMBER' ? 'FIELD_PHONE_FOREIGN' : 'FIELD_PHONE_INVALID';
  return { value: cleanWhitespace(textOf(raw)), issues: [makeIssue(rule, spec.key, params)] };
};

/**
 * The WHATWG HTML "valid e-mail address" grammar (HTML Living Standard,
 * input type=email), with at least one dot in the domain: school and family
 * addresses are on the public Internet, not an intranet.
 */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export const standardiseEmail: Standardiser = (raw, spec) => {
  // An address holds no spaces, so any space is a typing slip. Only the
  // domain is lower-cased: the local part may be case-sensitive (RFC 5321 §2.4).
  const text = nfc(textOf(raw)).replace(/\s+/g, '');
  const at = text.lastIndexOf('@');
  const value = at < 0 ? text : text.slice(0, at + 1) + text.slice(at + 1).toLowerCase();
  const issues = EMAIL.test(value)
    ? []
    : [makeIssue('FIELD_EMAIL_INVALID', spec.key, { field: fieldLabel(spec) })];
  return { value, issues };
};

const PERSONAL_ID_LENGTH = 12;

export const standardisePersonalId: Standardiser = (raw, spec) => {
  // Every birth-registration province code starts with 0 (001–096), so a
  // spreadsheet that stored the id as a number dropped one or two zeros:
  // padding back to 12 digits is the only reading.
  const text =
    typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0
      ? String(raw).padStart(PERSONAL_ID_LENGTH, '0')
      : cleanWhitespace(textOf(raw));
  const parsed = parsePersonalId(text);
  if (parsed.ok) return { value: parsed.value.id, issues: [] };
  return {
    value: text,
    issues: [makeIssue('FIELD_PERSONAL_ID_FORMAT', spec.key, { field: fieldLabel(spec) })],
  };
};

export const standardiseInteger: Standardiser = (raw, spec) => {
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return { value: raw, issues: [] };
  const text = cleanWhitespace(textOf(raw));
  if (/^[+-]?\d{1,15}$/.test(text)) return { value: Number(text), issues: [] };
  return { value: text, issues: [makeIssue('FIELD_INTEGER_INVALID', spec.key, { field: fieldLabel(spec) })] };
};

/** Spellings of yes/no found in school files, accent-folded ("Có", "co", "x", "Đúng"). */
const TRUE_WORDS = new Set(['x', 'co', 'c', 'yes', 'y', 'true', '1', 'dung', 'phai', 'v']);
const FALSE_WORDS = new Set(['khong', 'k', 'ko', 'no', 'n', 'false', '0', 'sai']);

export const standardiseBoolean: Standardiser = (raw, spec) => {
  if (typeof raw === 'boolean') return { value: raw, issues: [] };
  const key = foldKey(textOf(raw));
  if (TRUE_WORDS.has(key)) return { value: true, issues: [] };
  if (FALSE_WORDS.has(key)) return { value: false, issues: [] };
  return {
    value: cleanWhitespace(textOf(raw)),
    issues: [makeIssue('FIELD_BOOLEAN_INVALID', spec.key, { field: fieldLabel(spec) })],
  };
};
