import { isVietnameseSyllable } from './syllable';

/**
 * The evidence behind every encoding guess: decode the text, split both
 * versions on whitespace, and compare which chunks read as Vietnamese
 * syllables before and after.
 */

// Windows-1252 puts these at 0x80–0x9F; they may sit in a legacy-encoded cell.
const CP1252_EXTRAS = new Set([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ']);

/** Could this string be 8-bit text read through Windows-1252 / Latin-1? */
export function isSingleByteText(text: string): boolean {
  for (const char of text) {
    if ((char.codePointAt(0) ?? 0) > 0xff && !CP1252_EXTRAS.has(char)) return false;
  }
  return true;
}

export interface Evidence {
  /** Whitespace-separated chunks (of two letters or more) that the decoding changes. */
  changed: number;
  /** …that read as Vietnamese after decoding. */
  decodedValid: number;
  /** …that did not read as Vietnamese before but do after: the real signal. */
  repaired: number;
  /** …of the repaired, those whose original held a character no real word holds. */
  repairedStrong: number;
  /** …that read as Vietnamese before but not after: the decoding breaks good text. */
  broken: number;
}

// Only ASCII and General Punctuation (quotes, dashes, …) count as punctuation
// to strip: Latin-1 symbols such as § ® ¡ are TCVN3 letters (Đ đ Ă) and must
// keep making the undecoded word unreadable.
const EDGE_PUNCTUATION = /^[!-/:-@[-`{-~\u2010-\u2027]+|[!-/:-@[-`{-~\u2010-\u2027]+$/g;
const WORD = /^[\p{L}\p{M}]+$/u;
const LETTER = /\p{L}/gu;

/**
 * Latin-1 signs (¡ … ¿, × ÷) never sit inside a word of any language, but
 * TCVN3 uses them for đ, ă, â, ê, ô, ơ, ư and the toned a's. A word holding one
 * is strong evidence; a word of ordinary accented letters ("Loïc", which VNI
 * would read as "Lọc") is not.
 */
const NOT_IN_WORDS = /[\u00a1-\u00bf\u00d7\u00f7]/;

/**
 * A chunk reads as Vietnamese when, without leading and trailing punctuation,
 * it is one syllable (or a few joined by hyphens). Legacy bytes that are not
 * letters (¨ © ª « in TCVN3) split a word and so make it unreadable.
 */
export function chunkReadsAsVietnamese(chunk: string): boolean {
  const parts = chunk.replace(EDGE_PUNCTUATION, '').split('-');
  return parts.every((part) => WORD.test(part) && isVietnameseSyllable(part));
}

export interface EvidenceRules {
  /** Does the undecoded chunk already read as Vietnamese? */
  originalReads?: (chunk: string) => boolean;
  /** Does the undecoded chunk carry a sign of the legacy encoding itself? */
  strong?: (chunk: string) => boolean;
}

export function gatherEvidence(original: string, decoded: string, rules: EvidenceRules = {}): Evidence {
  const originalReads = rules.originalReads ?? chunkReadsAsVietnamese;
  const strong = rules.strong ?? ((chunk: string) => NOT_IN_WORDS.test(chunk));
  let a = original.split(/\s+/);
  let b = decoded.split(/\s+/);
  if (a.length !== b.length) {
    a = [original];
    b = [decoded];
  }
  const evidence: Evidence = { changed: 0, decodedValid: 0, repaired: 0, repairedStrong: 0, broken: 0 };
  a.forEach((chunk, i) => {
    const after = b[i] ?? '';
    // One letter alone ("ç" → "ỗ") says nothing either way.
    if (chunk === after || (after.match(LETTER)?.length ?? 0) < 2) return;
    evidence.changed += 1;
    const before = originalReads(chunk);
    const now = chunkReadsAsVietnamese(after);
    if (now) evidence.decodedValid += 1;
    if (now && !before) {
      evidence.repaired += 1;
      if (strong(chunk)) evidence.repairedStrong += 1;
    }
    if (before && !now) evidence.broken += 1;
  });
  return evidence;
}

/**
 * Confidence that the decoding is right, or null when the rules reject it.
 * A chunk that reads as Vietnamese both ways ("Hoà" is Unicode hoà and VNI
 * Hồ) proves nothing; only repaired chunks count, so text that already reads
 * as Vietnamese is never converted, and any broken chunk vetoes a guess made
 * without a font hint. Most changed chunks must decode to Vietnamese (half
 * with a matching font hint). Confidence grows with the repaired count (one
 * word: 0.5, two: 0.75, three: 0.875 …).
 */
export function score(e: Evidence, hinted: boolean): number | null {
  if (e.changed === 0 || e.repaired === 0) return null;
  const ratio = e.decodedValid / e.changed;
  if (hinted ? ratio < 0.5 || e.broken >= e.repaired : ratio < 0.75 || e.broken > 0) return null;
  return Math.min(0.99, ratio * (1 - 0.5 ** e.repaired) + (hinted ? 0.25 : 0));
}

/**
 * Enough to act on: a font hint, a strong sign, two repaired words, or one
 * repaired word among several changed ones that all decode to Vietnamese
 * (VNI "Traàn Thò": thò is Unicode too, but Trần settles it). One word of
 * ordinary accented letters alone could be a foreign name ("Loïc").
 */
export function isConclusive(e: Evidence, hinted: boolean): boolean {
  if (hinted || e.repairedStrong > 0 || e.repaired >= 2) return true;
  return e.repaired === 1 && e.changed >= 2 && e.decodedValid === e.changed;
}
