/**
 * Accent-insensitive search for Vietnamese: "truong thpt le loi" finds
 * "Trường THPT Lê Lợi", "đ" matches "d", and NFC/NFD spellings of the same
 * letter are equal. Ranges point into the original text for highlighting.
 */

export type Range = [start: number, end: number];

const COMBINING_MARKS = /[\u0300-\u036f]/g;

function foldChar(char: string): string {
  return char
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** The text with tone marks and diacritics removed, lower-cased. */
export function fold(text: string): string {
  return foldWithMap(text).folded;
}

/**
 * Folds text and remembers, for each folded character, which original
 * character it came from (a decomposed mark folds to nothing).
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const piece = foldChar(text[index] ?? '');
    for (let k = 0; k < piece.length; k++) {
      folded += piece[k];
      map.push(index);
    }
  }
  return { folded, map };
}

/** The words of a query, folded; empty words dropped. */
export function queryTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
}

/** Every term must occur somewhere in one of the fields. */
export function matchesAll(terms: readonly string[], fields: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const haystack = fields.map(fold).join('\u0000');
  return terms.every((term) => haystack.includes(term));
}

/** Where the terms occur in the original text, merged and sorted. */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0 || !text) return [];
  const { folded, map } = foldWithMap(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      const start = map[at] ?? 0;
      let end = (map[at + term.length - 1] ?? start) + 1;
      // Keep trailing combining marks (decomposed text) inside the highlight.
      while (end < text.length && /[\u0300-\u036f]/.test(text[end] ?? '')) end++;
      ranges.push([start, end]);
      from = at + Math.max(1, term.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
