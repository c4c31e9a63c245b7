/**
 * Unicode hygiene for every text value on the way in.
 *
 * NFC first: NFD "Nguyễn" (from macOS, some web forms and the national
 * portal's mixed headers) looks the same as NFC but compares unequal.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

// Zero-width characters and the BOM hide inside copied cells; they separate
// nothing visible, so they are dropped rather than turned into spaces.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// JS \s covers NBSP, the Unicode space separators, tabs and line breaks.
const WHITESPACE_RUN = /\s+/g;
// Remaining C0/C1 control characters (after whitespace ones became spaces).
const CONTROL = /\p{Cc}/gu;

/**
 * Trim, collapse every run of whitespace (NBSP, tabs, line breaks, Unicode
 * spaces) to one space, drop zero-width characters and control characters.
 * The soft hyphen U+00AD is kept on purpose: in TCVN3 text it is the letter ư,
 * and this runs before encoding detection as often as after it.
 */
export function cleanWhitespace(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(WHITESPACE_RUN, ' ')
    .replace(CONTROL, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
