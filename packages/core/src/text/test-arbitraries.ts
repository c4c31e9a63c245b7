/**
 * fast-check generators shared by the text tests (not exported from the package).
 */
import fc from 'fast-check';
import { TONES, VIETNAMESE_ALPHABET } from './alphabet';
import {
  parseSyllable,
  spellSyllable,
  type TonePlacement,
  VIETNAMESE_ONSETS,
  VIETNAMESE_RHYMES,
} from './syllable';

/** ASCII punctuation, digits and spaces that sit around names in real files. */
export const PUNCTUATION = [...' ,.;:!?-()/\'"0123456789'];

/** Any Vietnamese letter (every tone, both cases, consonants) or punctuation. */
export const vietnameseChar = fc.constantFrom(...VIETNAMESE_ALPHABET, ...PUNCTUATION);

export const vietnameseText = fc.string({ unit: vietnameseChar, maxLength: 40 });

/** Text built from Vietnamese letters only, no punctuation. */
export const vietnameseLetters = fc.string({ unit: fc.constantFrom(...VIETNAMESE_ALPHABET), maxLength: 40 });

/** A syllable spelled with its tone at the given placement. */
export function syllable(style: TonePlacement = 'new'): fc.Arbitrary<string> {
  return syllableParts().map(({ word, tone, capital }) => spell(word, tone, style, capital));
}

/** The same syllable in both tone placements, for placement-insensitivity tests. */
export const syllableBothPlacements = fc
  .tuple(syllableParts(), fc.boolean())
  .map(([{ word, tone, capital }, upperAll]) => {
    const fix = (s: string) => (upperAll ? s.toUpperCase() : s);
    return [fix(spell(word, tone, 'new', capital)), fix(spell(word, tone, 'old', capital))] as const;
  });

const STOP_TONES = ['acute', 'dot'] as const;

/** Onset + rhyme + a tone the rhyme allows (stop codas -c -ch -p -t take only sắc/nặng). */
function syllableParts() {
  return fc
    .tuple(fc.constantFrom(...VIETNAMESE_ONSETS), fc.constantFrom(...VIETNAMESE_RHYMES), fc.boolean())
    .chain(([onset, rhyme, capital]) =>
      fc
        .constantFrom(...(/(c|ch|p|t)$/.test(rhyme) ? STOP_TONES : TONES))
        .map((tone) => ({ word: onset + rhyme, tone, capital })),
    );
}

function spell(word: string, tone: (typeof TONES)[number], style: TonePlacement, capital: boolean): string {
  const parsed = parseSyllable(word);
  if (!parsed) return word;
  const spelled = spellSyllable({ ...parsed, tone }, style);
  return capital ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : spelled;
}

/** Several syllables separated by single spaces: a plausible name or phrase. */
export const vietnamesePhrase = fc
  .array(syllable(), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '));
