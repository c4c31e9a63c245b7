import { foldKey, toneInsensitiveKey } from './names';
import { cleanWhitespace, nfc } from './normalise';

/**
 * Matching a cell against a shared code list (danh mục dùng chung: ethnicity,
 * gender, learner status …). Files carry either the code ("01") or the label
 * ("Kinh", "kinh", "KINH ", "Kinh (Việt)"), with or without accents.
 */
export interface CodeListEntry {
  readonly code: string;
  readonly labelVi: string;
  readonly labelEn?: string;
  readonly aliases?: readonly string[];
}

export type CodeListMatch<T extends CodeListEntry> =
  | { entry: T; matchedBy: 'code' | 'label' }
  | { entry: null; reason: 'EMPTY' | 'NO_MATCH' | 'AMBIGUOUS'; candidates: T[] };

/** Label key: accent-, case- and punctuation-insensitive ("Kinh (Việt)" ≡ "kinh viet"). */
function looseKey(text: string): string {
  return foldKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same, but keeping the accents (tone placement still ignored). */
function accentedKey(text: string): string {
  return toneInsensitiveKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function labelsOf(entry: CodeListEntry): string[] {
  return [entry.labelVi, entry.labelEn ?? '', ...(entry.aliases ?? [])].filter((l) => l.trim() !== '');
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/**
 * Spreadsheets turn "01" into 1: a number-only input matches a number-only
 * code of the same value ("1" → "01") when nothing matched exactly.
 */
function sameNumericCode(input: string, code: string): boolean {
  return /^\d+$/.test(input) && /^\d+$/.test(code) && Number(input) === Number(code);
}

/**
 * Find the entry a cell means: first by exact code (case-insensitive), then by
 * label, English label or alias ignoring accents, case, spacing and
 * punctuation; accents break ties when folding makes two labels collide.
 * Returns entry null with a reason when nothing or more than one entry fits.
 */
export function matchCodeListValue<T extends CodeListEntry>(
  input: string | number,
  entries: readonly T[],
): CodeListMatch<T> {
  const text = cleanWhitespace(nfc(String(input)));
  if (text === '') return { entry: null, reason: 'EMPTY', candidates: [] };

  const upper = text.toUpperCase();
  const byCode = entries.filter((e) => cleanWhitespace(e.code).toUpperCase() === upper);
  if (byCode.length === 1 && byCode[0]) return { entry: byCode[0], matchedBy: 'code' };
  if (byCode.length > 1) return { entry: null, reason: 'AMBIGUOUS', candidates: byCode };

  const key = looseKey(text);
  const byLabel = unique(entries.filter((e) => labelsOf(e).some((l) => looseKey(l) === key)));
  if (byLabel.length === 1 && byLabel[0]) return { entry: byLabel[0], matchedBy: 'label' };
  if (byLabel.length > 1) {
    const accented = accentedKey(text);
    const exact = byLabel.filter((e) => labelsOf(e).some((l) => accentedKey(l) === accented));
    if (exact.length === 1 && exact[0]) return { entry: exact[0], matchedBy: 'label' };
    return { entry: null, reason: 'AMBIGUOUS', candidates: byLabel };
  }

  const byNumber = entries.filter((e) => sameNumericCode(text, cleanWhitespace(e.code)));
  if (byNumber.length === 1 && byNumber[0]) return { entry: byNumber[0], matchedBy: 'code' };
  if (byNumber.length > 1) return { entry: null, reason: 'AMBIGUOUS', candidates: byNumber };
  return { entry: null, reason: 'NO_MATCH', candidates: [] };
}
