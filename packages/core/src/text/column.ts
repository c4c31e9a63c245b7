import { hasUnicodeOnlyVietnamese } from './alphabet';
import { decodeLegacy, detectLegacyEncoding, type EncodingGuess } from './detect';
import { gatherEvidence } from './evidence';
import { nfc } from './normalise';

function hasNonAscii(text: string): boolean {
  return [...text].some((c) => (c.codePointAt(0) ?? 0) > 0x7f);
}

/** How many distinct non-ASCII cells are enough to judge a column. */
const SAMPLE_SIZE = 500;

/**
 * Guess the encoding of a whole column. One short cell is often ambiguous
 * (TCVN3 "Tó" is Unicode tó or TCVN3 Tú; VNI "Toát" is toát or Tốt), but a
 * column is written in one encoding, so the words of many cells together
 * decide it. Cells that are certainly Unicode (rows typed later) and ASCII
 * cells say nothing about the legacy encoding and are left out of the sample.
 */
export function detectColumnEncoding(values: readonly string[], fontHint?: string): EncodingGuess {
  const sample = [...new Set(values.map(nfc))]
    .filter((v) => hasNonAscii(v) && !hasUnicodeOnlyVietnamese(v))
    .slice(0, SAMPLE_SIZE);
  return detectLegacyEncoding(sample.join(' '), fontHint);
}

/**
 * Convert a column to Unicode NFC using the column's guess. A cell is still
 * left alone when it holds letters only Unicode has (a row typed later in
 * Unicode), when decoding would break a word that reads as Vietnamese, or
 * when nothing in it would read as Vietnamese after decoding ("Café").
 */
export function toUnicodeColumn(values: readonly string[], fontHint?: string): string[] {
  const guess = detectColumnEncoding(values, fontHint);
  return values.map((raw) => {
    const value = nfc(raw);
    if (guess.encoding !== 'tcvn3' && guess.encoding !== 'vni') return value;
    if (hasUnicodeOnlyVietnamese(value)) return value;
    const decoded = decodeLegacy(value, guess.encoding, guess.capitals).normalize('NFC');
    const evidence = gatherEvidence(value, decoded);
    return evidence.broken === 0 && evidence.decodedValid > 0 ? decoded : value;
  });
}
