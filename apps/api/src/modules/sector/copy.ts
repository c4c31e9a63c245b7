/**
 * PostgreSQL's COPY text format (tab-separated, `\N` for null, backslash
 * escapes), for bulk loads through pg-copy-streams.
 */
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyTextEscape(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : value;
}

/** One line of COPY text: the values in column order, null or undefined as `\N`. */
export function copyTextLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) line += '\t';
    line += v === null || v === undefined ? '\\N' : typeof v === 'string' ? copyTextEscape(v) : String(v);
  }
  return `${line}\n`;
}

/** A value as COPY text reads it for the column's type (dates as ISO, JSON as text). */
export function copyValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/**
 * A text[] literal for ONE bind parameter (`= any($1::text[])`), every
 * element quoted: a thousand values cost one parameter, not a thousand.
 */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
