import { composeVowel, TONES, VOWEL_BASES, type VowelBase } from './alphabet';

/**
 * VNI-Windows (the VNI-Times, VNI-Helve … fonts): a toned or shaped vowel is
 * the ASCII base letter followed by one Latin-1 "mark" character whose glyph in
 * the VNI font is the diacritic. i, ơ, ư, ỵ and đ have single-character codes.
 * Capitals use the same sequences upper-cased (the capital marks sit higher in
 * the font), so the uppercase table is derived from the lowercase one.
 *
 * Sequences per vowel shape, in TONES order (none, grave, hook, tilde, acute,
 * dot). Source: the VNI-Windows code chart (VNI Software), cross-checked with
 * Unikey's vnconv tables.
 */
const LOWERCASE_SEQUENCES: Record<VowelBase, readonly string[]> = {
  a: ['a', 'aø', 'aû', 'aõ', 'aù', 'aï'],
  ă: ['aê', 'aè', 'aú', 'aü', 'aé', 'aë'],
  â: ['aâ', 'aà', 'aå', 'aã', 'aá', 'aä'],
  e: ['e', 'eø', 'eû', 'eõ', 'eù', 'eï'],
  ê: ['eâ', 'eà', 'eå', 'eã', 'eá', 'eä'],
  i: ['i', 'ì', 'æ', 'ó', 'í', 'ò'],
  o: ['o', 'oø', 'oû', 'oõ', 'où', 'oï'],
  ô: ['oâ', 'oà', 'oå', 'oã', 'oá', 'oä'],
  ơ: ['ô', 'ôø', 'ôû', 'ôõ', 'ôù', 'ôï'],
  u: ['u', 'uø', 'uû', 'uõ', 'uù', 'uï'],
  ư: ['ö', 'öø', 'öû', 'öõ', 'öù', 'öï'],
  y: ['y', 'yø', 'yû', 'yõ', 'yù', 'î'],
};
const D_STROKE = 'ñ';

function buildTables(): { decode: Map<string, string>; encode: Map<string, string> } {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  const add = (letter: string, sequence: string): void => {
    encode.set(letter, sequence);
    // ì í Ì Í are their own VNI code: keep them out of the decoder so that
    // "decoding" never reports a change for them.
    if (sequence !== letter) decode.set(sequence, letter);
  };
  for (const base of VOWEL_BASES) {
    TONES.forEach((tone, i) => {
      const sequence = LOWERCASE_SEQUENCES[base][i] ?? '';
      add(composeVowel(base, tone), sequence);
      add(composeVowel(base, tone, true), sequence.toUpperCase());
    });
  }
  add('đ', D_STROKE);
  add('Đ', D_STROKE.toUpperCase());
  // Shift and Caps Lock sometimes give a capital base with a lowercase mark
  // (or the reverse); the base letter decides the case.
  for (const [sequence, letter] of [...decode]) {
    if (sequence.length !== 2) continue;
    const [base = '', mark = ''] = sequence;
    const flipped = base + (mark === mark.toLowerCase() ? mark.toUpperCase() : mark.toLowerCase());
    if (!decode.has(flipped)) decode.set(flipped, letter);
  }
  return { decode, encode };
}

const { decode: DECODE, encode: ENCODE } = buildTables();

/**
 * VNI text (as Latin-1/cp1252 characters) → Unicode NFC. Tokenises left to
 * right, longest match first (two characters, then one), so "oâ" becomes ô and
 * is never re-read, and "ôù" becomes ớ rather than ơ + stray mark.
 */
export function fromVni(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const pair = DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const char = text[i] ?? '';
    out += DECODE.get(char) ?? char;
    i += 1;
  }
  return out;
}

/** Unicode → VNI (as Latin-1 characters), for fixtures and round-trip tests. */
export function toVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += ENCODE.get(char) ?? char;
  return out;
}
