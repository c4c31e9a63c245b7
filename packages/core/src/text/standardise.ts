import { type ToUnicodeOptions, toUnicode } from './detect';
import { cleanWhitespace } from './normalise';

/**
 * The whole chuẩn hóa pipeline for one free-text cell: clean whitespace and
 * invisible characters, convert a legacy encoding if confidently detected,
 * NFC. Whitespace goes first so that stray zero-width or control characters
 * cannot break up the words the encoding guess relies on (the soft hyphen,
 * TCVN3's ư, is kept by cleanWhitespace).
 */
export function standardiseText(text: string, fontHint?: string, options: ToUnicodeOptions = {}): string {
  return toUnicode(cleanWhitespace(text), fontHint, options);
}
