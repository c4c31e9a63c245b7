import { composeVowel, letterInfo, TONES, VOWEL_BASES, type VowelBase } from './alphabet';

/**
 * TCVN3 (TCVN 5712:1993, the "VN3" subset used by the ABC .VnTime fonts).
 *
 * Byte values per vowel shape, in TONES order (none, grave, hook, tilde, acute,
 * dot). Bytes are read as the Latin-1 / Windows-1252 character of the same value,
 * which is how Excel and CSV readers hand them to us. Source: TCVN 5712:1993 VN3
 * code chart; cross-checked against Unikey's vnconv tables.
 *
 * VN3 has precomposed codes for lowercase letters only, plus the seven untoned
 * capitals Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7). There are no codes for capital toned
 * vowels: text in capitals was typed with the lowercase codes in a capital font
 * (.VnTimeH, .VnArialH, ...). So:
 *  - `toTcvn3` writes a capital toned vowel with its lowercase code (the only
 *    representation the standard has), losing its case;
 *  - `fromTcvn3(s, { capitals: true })` (chosen automatically for "…H" fonts)
 *    upper-cases the decoded text, as the capital font displayed it.
 *
 * 0xAD (ư) is the soft hyphen: many tools strip it as invisible, which turns
 * "ng­êi" (người) into "ngêi". That loss cannot be undone reliably, so it is
 * not guessed at here.
 */
const LOWERCASE_CODES: Record<VowelBase, readonly number[]> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
const OTHER_CODES: ReadonlyArray<readonly [string, number]> = [
  ['đ', 0xae],
  ['Ă', 0xa1],
  ['Â', 0xa2],
  ['Ê', 0xa3],
  ['Ô', 0xa4],
  ['Ơ', 0xa5],
  ['Ư', 0xa6],
  ['Đ', 0xa7],
];

/** Parallel tables: Unicode letter ↔ TCVN3 character (as a Latin-1 char). */
function buildTables(): { decode: Map<string, string>; encode: Map<string, string> } {
  const decode = new Map<string, string>();
  const encode = new Map<string, string>();
  for (const base of VOWEL_BASES) {
    TONES.forEach((tone, i) => {
      const code = String.fromCharCode(LOWERCASE_CODES[base][i] ?? 0);
      const letter = composeVowel(base, tone);
      // Plain a e i o u y are ASCII already: nothing to map. (ý is its own
      // code, 0xFD, and stays in the table: capital Ý is written with it.)
      if (code === letter && code < '\x80') return;
      decode.set(code, letter);
      encode.set(letter, code);
    });
  }
  for (const [letter, code] of OTHER_CODES) {
    decode.set(String.fromCharCode(code), letter);
    encode.set(letter, String.fromCharCode(code));
  }
  return { decode, encode };
}

const { decode: DECODE, encode: ENCODE } = buildTables();

export interface FromTcvn3Options {
  /** The text was set in a capital font (.VnTimeH …): show it upper-cased, as the font did. */
  capitals?: boolean;
}

/**
 * TCVN3 text (as Latin-1/cp1252 characters) → Unicode NFC. Every code is one
 * character, so a single left-to-right pass cannot cascade.
 */
export function fromTcvn3(text: string, options: FromTcvn3Options = {}): string {
  let out = '';
  for (const char of text) out += DECODE.get(char) ?? char;
  return options.capitals ? out.toUpperCase() : out;
}

/**
 * Unicode → TCVN3 (as Latin-1 characters), for fixtures and round-trip tests.
 * Capital toned vowels have no TCVN3 code and are written with the lowercase
 * code (see the note above). Characters outside the Vietnamese alphabet pass
 * through unchanged.
 */
export function toTcvn3(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const direct = ENCODE.get(char);
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    const info = letterInfo(char);
    if (info?.upper && info.base !== 'đ' && info.tone !== 'none') {
      out += ENCODE.get(composeVowel(info.base, info.tone)) ?? char;
      continue;
    }
    out += char;
  }
  return out;
}
