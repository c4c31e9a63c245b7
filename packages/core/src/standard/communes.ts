import type { CodeList } from './code-list';
import { PROVINCES } from './lists/provinces';

/**
 * Commune-level units (xã, phường, đặc khu) in force from 1/7/2025: 3,321
 * units with 5-digit codes, directly under the 34 provinces (no district
 * level). The full list is too large and changes too often to ship; a Sở
 * loads it from the official list (Decision 19/2025/QĐ-TTg (?), published by
 * the General Statistics Office) through loadCommunes, which validates every
 * row and reports every problem at once.
 */
export type CommuneType = 'xa' | 'phuong' | 'dac-khu';

export interface Commune {
  /** 5 digits; unique nationwide (the prefix does not encode the province). */
  readonly code: string;
  /** Full official name with its prefix, NFC: "Phường Hoàn Kiếm". */
  readonly name: string;
  /** A 2025 province code. */
  readonly provinceCode: string;
  readonly type: CommuneType;
}

export const COMMUNE_TYPE_LABELS: Readonly<Record<CommuneType, { vi: string; en: string }>> = {
  xa: { vi: 'Xã', en: 'Commune' },
  phuong: { vi: 'Phường', en: 'Ward' },
  'dac-khu': { vi: 'Đặc khu', en: 'Special zone' },
};

export const COMMUNE_NAME_MAX_LENGTH = 100;

export type CommuneField = 'row' | 'code' | 'name' | 'provinceCode' | 'type';
export type CommuneProblem =
  | 'not-an-object'
  | 'invalid-code'
  | 'duplicate-code'
  | 'missing-name'
  | 'name-too-long'
  | 'unknown-province'
  | 'unknown-type';

export interface CommuneLoadIssue {
  /** 0-based index of the row in the input. */
  readonly row: number;
  readonly field: CommuneField;
  readonly problem: CommuneProblem;
}

export interface CommuneLoadResult {
  readonly communes: Commune[];
  readonly issues: CommuneLoadIssue[];
}

const PROVINCE_CODES = new Set(PROVINCES.entries.map((e) => e.code));

// Spreadsheets turn "00070" into the number 70; a whole number is padded back.
function codeText(value: unknown, width: number): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return String(value).padStart(width, '0');
  }
  if (typeof value === 'string') return value.trim();
  return undefined;
}

const TYPE_WORDS: ReadonlyArray<readonly [string, CommuneType]> = [
  ['xã', 'xa'],
  ['xa', 'xa'],
  ['phường', 'phuong'],
  ['phuong', 'phuong'],
  ['đặc khu', 'dac-khu'],
  ['dac-khu', 'dac-khu'],
  ['dac khu', 'dac-khu'],
];

function typeFromWord(word: string): CommuneType | undefined {
  const key = word.normalize('NFC').toLocaleLowerCase('vi').trim();
  return TYPE_WORDS.find(([w]) => w === key)?.[1];
}

/** The official name starts with its type: "Xã ...", "Phường ...", "Đặc khu ...". */
function typeFromName(name: string): CommuneType | undefined {
  const lower = name.toLocaleLowerCase('vi');
  if (lower.startsWith('đặc khu ')) return 'dac-khu';
  if (lower.startsWith('phường ')) return 'phuong';
  if (lower.startsWith('xã ')) return 'xa';
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates rows shaped { code, name, provinceCode, type? }. `type` may be
 * 'xa' | 'phuong' | 'dac-khu' or the Vietnamese word; when absent it is read
 * from the name's prefix. Invalid rows are left out and reported.
 */
export function loadCommunes(rows: readonly unknown[]): CommuneLoadResult {
  const communes: Commune[] = [];
  const issues: CommuneLoadIssue[] = [];
  const seen = new Set<string>();
  rows.forEach((raw, row) => {
    if (!isRecord(raw)) {
      issues.push({ row, field: 'row', problem: 'not-an-object' });
      return;
    }
    const before = issues.length;
    const report = (field: CommuneField, problem: CommuneProblem) => issues.push({ row, field, problem });

    const code = codeText(raw['code'], 5);
    if (code === undefined || !/^\d{5}$/.test(code)) report('code', 'invalid-code');
    else if (seen.has(code)) report('code', 'duplicate-code');

    const name =
      typeof raw['name'] === 'string' ? raw['name'].normalize('NFC').replace(/\s+/g, ' ').trim() : '';
    if (name === '') report('name', 'missing-name');
    else if ([...name].length > COMMUNE_NAME_MAX_LENGTH) report('name', 'name-too-long');

    const provinceCode = codeText(raw['provinceCode'], 2);
    if (provinceCode === undefined || !PROVINCE_CODES.has(provinceCode))
      report('provinceCode', 'unknown-province');

    const rawType = raw['type'];
    const type =
      typeof rawType === 'string' && rawType.trim() !== '' ? typeFromWord(rawType) : typeFromName(name);
    if (type === undefined) report('type', 'unknown-type');

    if (issues.length > before || code === undefined || provinceCode === undefined || type === undefined)
      return;
    seen.add(code);
    communes.push({ code, name, provinceCode, type });
  });
  return { communes, issues };
}

/** A loaded commune list in the shape of the other code lists, for lookups and exports. */
export function communesToCodeList(
  communes: readonly Commune[],
  meta: { version: string; source: string },
): CodeList<'commune'> {
  return {
    id: 'commune',
    version: meta.version,
    source: meta.source,
    entries: communes.map((c) => ({
      code: c.code,
      labelVi: c.name,
      // Commune names have no official English form; the Vietnamese name is used.
      labelEn: c.name,
      validFrom: '2025-07-01',
    })),
  };
}
