import { hasUnicodeOnlyVietnamese } from './alphabet';
import { chunkReadsAsVietnamese, gatherEvidence, isConclusive, isSingleByteText, score } from './evidence';
import { nfc } from './normalise';
import { fromTcvn3 } from './tcvn3';
import { fromViqr } from './viqr';
import { fromVni } from './vni';

/**
 * Which encoding a cell's text is in. Strings arrive as decoded by the Excel or
 * CSV reader (Windows-1252 / Latin-1), so TCVN3 and VNI text is a string of
 * Latin-1 characters, and VIQR is plain ASCII.
 *
 * The guess decodes the text every way and asks whether the result reads as
 * Vietnamese syllables while the original did not. A wrong conversion ruins
 * good data silently, a missed one is visible and fixable, so every rule below
 * leans towards "leave it alone".
 */
export type TextEncoding = 'tcvn3' | 'vni' | 'viqr' | 'unicode' | 'ascii';

export interface EncodingGuess {
  encoding: TextEncoding;
  /**
   * 0–1: how sure the guess is. Legacy guesses are only made at ≥ 0.5; a
   * 'unicode'/'ascii' guess at 0.5 means a legacy reading was plausible but
   * not proven (check the column with detectColumnEncoding).
   */
  confidence: number;
  /** TCVN3 set in a capital font (.VnTimeH …): decode to upper case. */
  capitals: boolean;
}

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface FontHint {
  encoding: LegacyEncoding;
  capitals: boolean;
}

/**
 * ABC/TCVN3 fonts are named ".Vn…" (.VnTime, .VnArial); their capital-only
 * twins end in "H" (.VnTimeH). VNI fonts are named "VNI-…" (VNI-Times).
 */
export function fontHintEncoding(fontName: string | undefined): FontHint | null {
  const font = fontName?.trim() ?? '';
  if (/^\.vn/i.test(font)) return { encoding: 'tcvn3', capitals: /H$/.test(font) };
  if (/^vni[-\s]/i.test(font)) return { encoding: 'vni', capitals: false };
  return null;
}

// Marks that English text practically never puts right after a vowel, and đ
// written at the start of a word. "I'm", "a.m." or "e.g." carry only ' and .
const VIQR_STRONG_MARKS = /[aeiouy][(^+*`~]|(?:^|[^a-z])d[d-][aeiouy]/i;

/** A VIQR chunk with shape or grave/tilde marks is VIQR, however its letters read. */
function viqrChunkReads(chunk: string): boolean {
  return !VIQR_STRONG_MARKS.test(chunk) && chunkReadsAsVietnamese(chunk);
}

function guessViqr(text: string): EncodingGuess {
  const ascii: EncodingGuess = { encoding: 'ascii', confidence: 1, capitals: false };
  if (!VIQR_STRONG_MARKS.test(text)) return ascii;
  const evidence = gatherEvidence(text, fromViqr(text, { oneTonePerWord: true }), {
    originalReads: viqrChunkReads,
    strong: (chunk) => VIQR_STRONG_MARKS.test(chunk),
  });
  const confidence = score(evidence, false);
  if (confidence === null || confidence < 0.5) return { ...ascii, confidence: 0.9 };
  if (!isConclusive(evidence, false)) return { ...ascii, confidence: 0.5 };
  return { encoding: 'viqr', confidence, capitals: false };
}

/** Decode with a known legacy encoding (TCVN3 capitals: as a capital font shows it). */
export function decodeLegacy(text: string, encoding: LegacyEncoding, capitals: boolean): string {
  return encoding === 'tcvn3' ? fromTcvn3(text, { capitals }) : fromVni(text);
}

/**
 * Guess the encoding of one cell (or a sample of a column joined with spaces:
 * more words give a surer guess). `fontHint` is the cell's font name, if the
 * reader exposes it.
 */
export function detectLegacyEncoding(text: string, fontHint?: string): EncodingGuess {
  const value = nfc(text);
  const unicode: EncodingGuess = { encoding: 'unicode', confidence: 1, capitals: false };
  if ([...value].every((c) => (c.codePointAt(0) ?? 0) < 0x80)) return guessViqr(value);
  if (hasUnicodeOnlyVietnamese(value) || !isSingleByteText(value)) return unicode;

  const hint = fontHintEncoding(fontHint);
  const candidates = (['tcvn3', 'vni'] as const)
    .map((encoding) => {
      const capitals = encoding === 'tcvn3' && hint?.encoding === 'tcvn3' && hint.capitals;
      const hinted = hint?.encoding === encoding;
      const evidence = gatherEvidence(value, decodeLegacy(value, encoding, false));
      const confidence = score(evidence, hinted) ?? 0;
      return { encoding, capitals, confidence, conclusive: isConclusive(evidence, hinted) };
    })
    .filter((c) => c.confidence >= 0.5)
    .sort((x, y) => y.confidence - x.confidence);

  const [best, second] = candidates;
  if (!best) return { ...unicode, confidence: 0.9 };
  // Plausible but not proven (one foreign-looking word), or two encodings
  // equally plausible: converting could be the damage. 0.5 says "have a look".
  if (!best.conclusive || (second && second.confidence === best.confidence))
    return { ...unicode, confidence: 0.5 };
  return { encoding: best.encoding, confidence: best.confidence, capitals: best.capitals };
}

export interface ToUnicodeOptions {
  /**
   * Convert text detected as VIQR. Off by default: VIQR is plain ASCII, and
   * ASCII (names, emails, codes) must never be altered behind the user's back.
   * Even when on, only confident guesses are converted; for a column the user
   * confirmed is VIQR, call fromViqr(text, { oneTonePerWord: true }) directly.
   */
  convertViqr?: boolean;
}

/**
 * Detect and convert to Unicode NFC. Unicode and ASCII input come back as
 * they were (in NFC). TCVN3/VNI are converted only when the guess is confident.
 */
export function toUnicode(text: string, fontHint?: string, options: ToUnicodeOptions = {}): string {
  const value = nfc(text);
  const guess = detectLegacyEncoding(value, fontHint);
  switch (guess.encoding) {
    case 'tcvn3':
    case 'vni':
      return decodeLegacy(value, guess.encoding, guess.capitals).normalize('NFC');
    case 'viqr':
      return options.convertViqr ? fromViqr(value, { oneTonePerWord: true }) : value;
    default:
      return value;
  }
}
