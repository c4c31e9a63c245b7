import { cleanWhitespace } from './normalise';

/**
 * Dates as found in school files: JS Dates from the spreadsheet reader, Excel
 * serial numbers, and day-first text (the data standard's dd/mm/yyyy).
 * The result is always an ISO calendar date, 'YYYY-MM-DD', with no time zone.
 */
export type DateProblem =
  | 'EMPTY'
  | 'UNSUPPORTED_TYPE'
  | 'UNRECOGNISED_FORMAT'
  | 'INVALID_DATE'
  | 'AMBIGUOUS_TWO_DIGIT_YEAR'
  | 'OUT_OF_RANGE'
  | 'EXCEL_1900_LEAP_DAY';

export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: DateProblem };

export interface ParseDateOptions {
  /** The year two-digit years are judged against; defaults to the current UTC year. */
  referenceYear?: number;
}

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
/** Excel serial for 9999-12-31, the last date Excel can show. */
const MAX_EXCEL_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;
/**
 * Excel day 0 is 1899-12-30 for every serial after 60, because Excel counts a
 * 29 Feb 1900 that never existed (the Lotus 1-2-3 bug). Serials 1–59 are one
 * day off from that epoch, and 60 is the fictitious leap day itself.
 */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Two-digit years ("05/01/85") are accepted only when unambiguous: exactly one
 * of 19yy and 20yy falls in [referenceYear − 100, referenceYear + 10], the
 * span in which school records (birth dates of staff and learners, enrolment
 * and status dates) can lie. With 2026 as reference, 85 → 1985 and 15 → 2015,
 * but 30 is refused, as 1930 and 2030 are both possible.
 */
const TWO_DIGIT_PAST = 100;
const TWO_DIGIT_FUTURE = 10;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day 0 of the next month is the last day of this one (years ≥ 1000 only: Date.UTC maps 0–99 to 19xx). */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromParts(year: number, month: number, day: number): ParsedDate {
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: 'OUT_OF_RANGE' };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'INVALID_DATE' };
  }
  return { ok: true, iso: isoOf(year, month, day) };
}

function fromExcelSerial(serial: number): ParsedDate {
  if (!Number.isFinite(serial)) return { ok: false, reason: 'UNSUPPORTED_TYPE' };
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL) return { ok: false, reason: 'OUT_OF_RANGE' };
  if (day === 60) return { ok: false, reason: 'EXCEL_1900_LEAP_DAY' };
  const date = new Date(EXCEL_EPOCH_MS + (day < 60 ? day + 1 : day) * DAY_MS);
  return { ok: true, iso: isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) };
}

/**
 * A Date is read by its UTC calendar date when it falls on UTC midnight (how
 * spreadsheet readers and JSON usually deliver dates), otherwise by its local
 * calendar date (a Date built with new Date(y, m, d) on this machine).
 */
function fromDate(date: Date): ParsedDate {
  if (Number.isNaN(date.getTime())) return { ok: false, reason: 'INVALID_DATE' };
  if (date.getTime() % DAY_MS === 0) {
    return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return fromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function expandTwoDigitYear(yy: number, referenceYear: number): number | null {
  const candidates = [1900 + yy, 2000 + yy].filter(
    (y) => y >= referenceYear - TWO_DIGIT_PAST && y <= referenceYear + TWO_DIGIT_FUTURE,
  );
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

// An optional time after the date is ignored (Excel text exports add "00:00:00").
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})${TIME}$`);
// A bare 5-digit number in a date column is an Excel serial saved as text (1927–2173).
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

function fromText(text: string, referenceYear: number): ParsedDate {
  const value = cleanWhitespace(text);
  if (value === '') return { ok: false, reason: 'EMPTY' };
  if (SERIAL_TEXT.test(value)) return fromExcelSerial(Number(value));
  const iso = YEAR_FIRST.exec(value);
  if (iso) return fromParts(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const dayFirst = DAY_FIRST.exec(value);
  if (!dayFirst) return { ok: false, reason: 'UNRECOGNISED_FORMAT' };
  const yearText = dayFirst[4] ?? '';
  const year = yearText.length === 4 ? Number(yearText) : expandTwoDigitYear(Number(yearText), referenceYear);
  if (year === null) return { ok: false, reason: 'AMBIGUOUS_TWO_DIGIT_YEAR' };
  return fromParts(year, Number(dayFirst[3]), Number(dayFirst[1]));
}

/**
 * Parse a date cell. Accepts a Date, an Excel serial number, or text as
 * dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy (day first, as the data
 * standard writes dates), yyyy-mm-dd, and dd/mm/yy when the year is
 * unambiguous (see TWO_DIGIT_PAST). Calendar dates are checked: 31/02 fails.
 */
export function parseDate(value: unknown, options: ParseDateOptions = {}): ParsedDate {
  const referenceYear = options.referenceYear ?? new Date().getUTCFullYear();
  if (value instanceof Date) return fromDate(value);
  if (typeof value === 'number') return fromExcelSerial(value);
  if (typeof value === 'string') return fromText(value, referenceYear);
  if (value === null || value === undefined) return { ok: false, reason: 'EMPTY' };
  return { ok: false, reason: 'UNSUPPORTED_TYPE' };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. Throws RangeError for anything but a real ISO date. */
export function formatDateVi(iso: string): string {
  const match = ISO_DATE.exec(iso);
  const checked = match ? fromParts(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!match || !checked?.ok) throw new RangeError(`Not an ISO calendar date: ${iso}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}
