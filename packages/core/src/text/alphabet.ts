/**
 * The Vietnamese letters as data: every vowel in its 6 tones, both cases, and đ/Đ.
 * The legacy encoders and the syllable tools are all derived from this one
 * description so that their tables can never disagree with each other.
 */

/** The six tones (ngang, huyền, hỏi, ngã, sắc, nặng), in the order the legacy code tables list them. */
export const TONES = ['none', 'grave', 'hook', 'tilde', 'acute', 'dot'] as const;
export type Tone = (typeof TONES)[number];

/** The 12 vowel shapes, without tone. */
export const VOWEL_BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type VowelBase = (typeof VOWEL_BASES)[number];

const TONE_MARKS: Record<Tone, string> = {
  none: '',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  acute: '\u0301',
  dot: '\u0323',
};

export interface LetterInfo {
  /** Lowercase shape without tone: a vowel base, or 'đ'. */
  base: VowelBase | 'đ';
  tone: Tone;
  upper: boolean;
}

/** The NFC letter for a vowel shape and tone. */
export function composeVowel(base: VowelBase, tone: Tone, upper = false): string {
  const lower = (base + TONE_MARKS[tone]).normalize('NFC');
  return upper ? lower.toUpperCase() : lower;
}

function buildLetterTable(): Map<string, LetterInfo> {
  const table = new Map<string, LetterInfo>();
  for (const base of VOWEL_BASES) {
    for (const tone of TONES) {
      for (const upper of [false, true]) table.set(composeVowel(base, tone, upper), { base, tone, upper });
    }
  }
  table.set('đ', { base: 'đ', tone: 'none', upper: false });
  table.set('Đ', { base: 'đ', tone: 'none', upper: true });
  return table;
}

const LETTERS = buildLetterTable();

/** All 146 Vietnamese vowel and đ letters in NFC (72 vowel forms + đ, in both cases). */
export const VIETNAMESE_SPECIAL_LETTERS: readonly string[] = [...LETTERS.keys()];

/** The full alphabet used to write Vietnamese (29 letters, every tone, both cases). */
export const VIETNAMESE_ALPHABET: readonly string[] = [
  ...VIETNAMESE_SPECIAL_LETTERS,
  ...'bcdghklmnpqrstvx',
  ...'BCDGHKLMNPQRSTVX',
];

/** Shape, tone and case of a Vietnamese vowel or đ; undefined for any other character. */
export function letterInfo(char: string): LetterInfo | undefined {
  return LETTERS.get(char);
}

export function isVowelBase(char: string): char is VowelBase {
  return (VOWEL_BASES as readonly string[]).includes(char);
}

/**
 * Letters whose presence proves the text is already Unicode: none of them can
 * appear in a TCVN3 or VNI string read through Windows-1252 / Latin-1.
 */
export function hasUnicodeOnlyVietnamese(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0xff && LETTERS.has(char)) return true;
    // Combining tone, circumflex, breve and horn marks: NFD Vietnamese.
    if (code >= 0x0300 && code <= 0x036f) return true;
  }
  return false;
}
