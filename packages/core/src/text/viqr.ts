import { composeVowel, letterInfo, type Tone, type VowelBase } from './alphabet';

/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable"): ASCII letters followed by
 * ASCII marks. Shape marks come first, then the tone: "a^'" = ấ, "u+o+`" = ườ.
 *   shape: ( breve, ^ circumflex, + horn (* accepted on input)
 *   tone:  ` huyền, ? hỏi, ~ ngã, ' sắc, . nặng
 *   đ:     dd / DD (RFC 1456); d- / D- accepted on input
 *   \x:    the mark character x taken literally ("\." is a full stop)
 */
const SHAPES: Readonly<Record<string, Readonly<Record<string, VowelBase>>>> = {
  a: { '(': 'ă', '^': 'â' },
  e: { '^': 'ê' },
  o: { '^': 'ô', '+': 'ơ', '*': 'ơ' },
  u: { '+': 'ư', '*': 'ư' },
};
const TONE_BY_CHAR: Readonly<Record<string, Tone>> = {
  '`': 'grave',
  '?': 'hook',
  '~': 'tilde',
  "'": 'acute',
  '.': 'dot',
};
const CHAR_BY_TONE: Readonly<Record<Tone, string>> = {
  none: '',
  grave: '`',
  hook: '?',
  tilde: '~',
  acute: "'",
  dot: '.',
};
const SHAPE_SPELLING: Readonly<Record<VowelBase, string>> = {
  a: 'a',
  ă: 'a(',
  â: 'a^',
  e: 'e',
  ê: 'e^',
  i: 'i',
  o: 'o',
  ô: 'o^',
  ơ: 'o+',
  u: 'u',
  ư: 'u+',
  y: 'y',
};
/** Characters a backslash can escape. */
const ESCAPABLE = new Set(['(', '^', '+', '*', '`', '?', '~', "'", '.', '-', 'd', 'D', '\\']);
const ASCII_VOWELS = new Set([...'aeiouyAEIOUY']);

interface Token {
  text: string;
  length: number;
  toned: boolean;
}

/** Reads one VIQR unit at `i`: a marked vowel, đ, or an escape. Null for a plain character. */
function readToken(input: string, i: number, toneAllowed: boolean): Token | null {
  const char = input[i] ?? '';
  const next = input[i + 1] ?? '';
  if (ASCII_VOWELS.has(char)) {
    const lower = char.toLowerCase();
    let base = lower as VowelBase;
    let length = 1;
    const shaped = SHAPES[lower]?.[next];
    if (shaped) {
      base = shaped;
      length += 1;
    }
    const tone = toneAllowed ? TONE_BY_CHAR[input[i + length] ?? ''] : undefined;
    if (tone) length += 1;
    if (length === 1) return null;
    return { text: composeVowel(base, tone ?? 'none', char !== lower), length, toned: tone !== undefined };
  }
  if ((char === 'd' || char === 'D') && (next === 'd' || next === 'D' || next === '-')) {
    return { text: char === 'D' ? 'Đ' : 'đ', length: 2, toned: false };
  }
  if (char === '\\' && ESCAPABLE.has(next)) return { text: next, length: 2, toned: false };
  return null;
}

export interface FromViqrOptions {
  /**
   * Treat a tone mark as a literal character when the word already carries a
   * tone. Real VIQR rarely escapes sentence punctuation, so "No^.i." would
   * otherwise end in "ị"; a Vietnamese syllable has one tone, so the second
   * mark must be punctuation. Off by default so that decoding follows RFC 1456
   * exactly (and round-trips any text); `toUnicode` turns it on.
   */
  oneTonePerWord?: boolean;
}

/** VIQR → Unicode NFC, one left-to-right pass over whole tokens so marks never cascade. */
export function fromViqr(text: string, options: FromViqrOptions = {}): string {
  let out = '';
  let wordHasTone = false;
  let i = 0;
  while (i < text.length) {
    const token = readToken(text, i, !(options.oneTonePerWord && wordHasTone));
    const emitted = token?.text ?? text[i] ?? '';
    out += emitted;
    i += token?.length ?? 1;
    if (token?.toned || (letterInfo(emitted)?.tone ?? 'none') !== 'none') wordHasTone = true;
    else if (!/\p{L}/u.test(emitted)) wordHasTone = false;
  }
  return out;
}

function encodeLetter(char: string): string | null {
  const info = letterInfo(char);
  if (!info) return null;
  if (info.base === 'đ') return info.upper ? 'DD' : 'dd';
  const spelled = SHAPE_SPELLING[info.base] + CHAR_BY_TONE[info.tone];
  return info.upper ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
}

/** Would the decoder read `char` as part of the unit written just before it? */
function absorbs(previous: string, char: string): boolean {
  const token = readToken(previous + char, 0, true);
  return token !== null && token.length > previous.length;
}

/**
 * Unicode → VIQR, escaping with a backslash every literal character the
 * decoder would otherwise read as a mark, so that fromViqr(toViqr(s)) === s.
 */
export function toViqr(text: string): string {
  const units = [...text.normalize('NFC')].map((c) => {
    const letter = encodeLetter(c);
    return { literal: letter === null, raw: letter ?? (c === '\\' ? '\\\\' : c) };
  });
  let out = '';
  let previous = '';
  units.forEach(({ literal, raw: unit }, k) => {
    let raw = unit;
    if (literal && raw.length === 1 && ESCAPABLE.has(raw) && absorbs(previous, raw)) raw = `\\${raw}`;
    // A plain d before d, đ or "-" would fuse with it into đ: escape the d itself,
    // because escaping the next unit would split "dd" (đ) apart.
    const nextStart = units[k + 1]?.raw[0] ?? '';
    if ((raw === 'd' || raw === 'D') && (nextStart === 'd' || nextStart === 'D' || nextStart === '-')) {
      raw = `\\${raw}`;
    }
    out += raw;
    previous = raw;
  });
  return out;
}
