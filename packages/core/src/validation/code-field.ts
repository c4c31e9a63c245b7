import {
  type CodeEntry,
  type FieldSpec,
  findEntry,
  getCodeList,
  isCodeListId,
  isEntryValidOn,
} from '../standard';
import {
  type CodeListMatch,
  cleanWhitespace,
  formatDateVi,
  matchCodeListValue,
  standardiseText,
} from '../text';
import { fieldLabel, type Standardised, type Standardiser, textOf } from './field-types';
import { type Issue, makeIssue } from './issue';
import type { FieldOptions, LocalisedText } from './types';

/**
 * Code-list fields (danh mục dùng chung): a cell may hold the code, a label
 * or an alias, in any case or accent form (matchCodeListValue); the stored
 * value is the code.
 */
function entriesFor(spec: FieldSpec, options: FieldOptions): readonly CodeEntry[] | undefined {
  const ref = spec.codeList;
  if (ref === undefined) return undefined;
  if (ref === 'commune') return options.codeLists?.commune?.entries;
  return isCodeListId(ref) ? getCodeList(ref).entries : undefined;
}

function exampleOf(entries: readonly CodeEntry[]): LocalisedText {
  const first = entries[0];
  return first
    ? { vi: `"${first.code}" hoặc "${first.labelVi}"`, en: `"${first.code}" or "${first.labelEn}"` }
    : { vi: '', en: '' };
}

const COMMUNE_CODE = /^\d{5}$/;

/** Without the loaded commune list only the shape of a code can be checked. */
function communeShapeOnly(raw: unknown, spec: FieldSpec): Standardised {
  const text = cleanWhitespace(textOf(raw));
  // Spreadsheets turn "00070" into 70: pad a short all-digit code back.
  const value = /^\d{1,5}$/.test(text) ? text.padStart(5, '0') : text;
  if (COMMUNE_CODE.test(value)) return { value, issues: [] };
  const example = { vi: '"00070"', en: '"00070"' };
  return { value, issues: [makeIssue('FIELD_CODE_UNKNOWN', spec.key, { field: fieldLabel(spec), example })] };
}

function notInForce(entry: CodeEntry, spec: FieldSpec, asOf: string): Issue {
  const listId = spec.codeList ?? '';
  const successors = (entry.replacedBy ?? []).flatMap((code) => {
    const next = findEntry(listId, code);
    return next ? [next] : [];
  });
  const replacement: LocalisedText =
    successors.length === 0
      ? { vi: '', en: '' }
      : {
          vi: ` Mục thay thế: ${successors.map((e) => `${e.code} (${e.labelVi})`).join(', ')}.`,
          en: ` Replaced by: ${successors.map((e) => `${e.code} (${e.labelEn})`).join(', ')}.`,
        };
  return makeIssue('FIELD_CODE_NOT_IN_FORCE', spec.key, {
    field: fieldLabel(spec),
    entry: { vi: entry.labelVi, en: entry.labelEn },
    asOf: { vi: formatDateVi(asOf), en: asOf },
    replacement,
  });
}

/**
 * A column holds the same few labels thousands of times ("Kinh", "Nam"), and
 * matching folds every label of the list, so results are remembered per list
 * (by identity, so a reloaded commune list starts afresh) and per cell text.
 */
const MATCHES = new WeakMap<readonly CodeEntry[], Map<string, CodeListMatch<CodeEntry>>>();
const MAX_REMEMBERED_PER_LIST = 10_000;

function matchCode(input: string | number, entries: readonly CodeEntry[]): CodeListMatch<CodeEntry> {
  let remembered = MATCHES.get(entries);
  if (!remembered) {
    remembered = new Map();
    MATCHES.set(entries, remembered);
  }
  const key = typeof input === 'number' ? `#${input}` : input;
  const known = remembered.get(key);
  if (known) return known;
  if (remembered.size >= MAX_REMEMBERED_PER_LIST) remembered.clear();
  const match = matchCodeListValue(input, entries);
  remembered.set(key, match);
  return match;
}

export const standardiseCode: Standardiser = (raw, spec, options) => {
  const entries = entriesFor(spec, options);
  if (entries === undefined) return communeShapeOnly(raw, spec);
  // Labels may come in a legacy encoding like any other text.
  const input = typeof raw === 'number' ? raw : standardiseText(textOf(raw), options.fontHint);
  const match = matchCode(input, entries);
  if (match.entry) {
    const { entry } = match;
    const issues =
      options.asOf !== undefined && !isEntryValidOn(entry, options.asOf)
        ? [notInForce(entry, spec, options.asOf)]
        : [];
    return { value: entry.code, issues };
  }
  const field = fieldLabel(spec);
  const value = cleanWhitespace(textOf(raw));
  if (match.reason === 'AMBIGUOUS') {
    const candidates = {
      vi: match.candidates.map((e) => `${e.code} ${e.labelVi}`).join('; '),
      en: match.candidates.map((e) => `${e.code} ${e.labelEn}`).join('; '),
    };
    return { value, issues: [makeIssue('FIELD_CODE_AMBIGUOUS', spec.key, { field, candidates })] };
  }
  return {
    value,
    issues: [makeIssue('FIELD_CODE_UNKNOWN', spec.key, { field, example: exampleOf(entries) })],
  };
};
