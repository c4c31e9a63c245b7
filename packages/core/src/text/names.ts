import { cleanWhitespace, nfc } from './normalise';
import { placeTone, type TonePlacement } from './syllable';

const WORD = /[\p{L}\p{M}]+/gu;
const WORD_START = /(^|[^\p{L}\p{M}])(\p{L})/gu;

/**
 * A person's name as it should be stored: NFC, clean whitespace, each word in
 * title case ("nguyễn  văn AN" → "Nguyễn Văn An"; "o'neil" → "O'Neil"). Tone
 * placement is kept as written: hòa and hoà are both correct spellings of a
 * name, and the person chose one.
 */
export function normaliseName(name: string): string {
  return cleanWhitespace(nfc(name))
    .toLowerCase()
    .replace(WORD_START, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Rewrite every syllable with its tone at one placement: 'new' (MOET Decision
 * 1989/QĐ-BGDĐT: hoà, khoẻ, thuỷ) or 'old' (hòa, khỏe, thủy). Case is kept.
 */
export function normaliseTonePlacement(text: string, style: TonePlacement = 'new'): string {
  return nfc(text).replace(WORD, (word) => placeTone(word, style));
}

/**
 * A comparison key that keeps the tones but not where they were written, nor
 * case or spacing: "Hoà", "HÒA" and " hòa " share one key. Spelling errors
 * other than tone placement still differ.
 */
export function toneInsensitiveKey(text: string): string {
  return normaliseTonePlacement(cleanWhitespace(nfc(text)).toLowerCase(), 'new');
}

/**
 * An accent-free search key: no diacritics at all, đ → d, lowercase, single
 * spaces. "nguyen van an" finds "Nguyễn Văn An". Lowercasing comes before the
 * marks are stripped because lowercasing can itself add a mark (İ → i̇).
 */
export function foldKey(text: string): string {
  const stripped = nfc(text).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  return cleanWhitespace(stripped);
}

export interface MatchKeyOptions {
  /** Also ignore accents (for search boxes); default false (for matching records). */
  ignoreAccents?: boolean;
}

/** The key two names must share to be "the same": case-, spacing- and tone-placement-insensitive. */
export function matchKey(text: string, options: MatchKeyOptions = {}): string {
  return options.ignoreAccents ? foldKey(text) : toneInsensitiveKey(text);
}
