import { composeVowel, isVowelBase, letterInfo, type Tone, type VowelBase } from './alphabet';

/**
 * Vietnamese syllable structure: onset + vowel cluster + coda, one tone.
 * Used to (1) move a tone mark to one canonical vowel, so "hòa" and "hoà"
 * compare equal, and (2) tell real Vietnamese from mojibake when guessing a
 * legacy encoding. Lenient on rare spellings: it only has to separate words
 * from garbage, not to police orthography.
 */

/** Longest first, so "ngh" wins over "ng" and "n". "q" only occurs as "qu". */
export const VIETNAMESE_ONSETS: readonly string[] = [
  ...'ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x'.split(' '),
  '',
];
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);

/** Toneless rhymes (vowel cluster + coda) of standard orthography, plus a few loans. */
export const VIETNAMESE_RHYMES: readonly string[] = [
  'a ac ach ai am an ang anh ao ap at au ay',
  'ăc ăm ăn ăng ăp ăt',
  'âc âm ân âng âp ât âu ây',
  'e ec em en eng eo ep et',
  'ê êch êm ên ênh êp êt êu',
  'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
  'o oc oi om on ong op ot ooc oong',
  'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oep oet',
  'ô ôc ôi ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uc ui um un ung up ut uân uâng uât uây uê uêch uênh uơ',
  'uy uya uych uyên uyêt uynh uyp uyt uyu uôc uôi uôm uôn uông uôt',
  'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu',
  'y yêm yên yêng yêt yêu ych ynh yt',
]
  .join(' ')
  .split(' ');
const RHYMES = new Set(VIETNAMESE_RHYMES);

const SHAPED = new Set<VowelBase>(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);

export type TonePlacement = 'new' | 'old';

export interface Syllable {
  onset: string;
  /** Toneless lowercase vowels of the rhyme (after a "qu"/"gi" onset). */
  vowels: VowelBase[];
  coda: string;
  tone: Tone;
  /** Index in `vowels` where the tone was written; -1 when there is none or it sat on the u/i of "qu"/"gi". */
  toneIndex: number;
}

interface Unmarked {
  letters: string[];
  tone: Tone;
  toneIndex: number;
  toneCount: number;
}

/** Separate a lowercase word into toneless letters and its tone(s). */
function unmark(word: string): Unmarked {
  const letters: string[] = [];
  let tone: Tone = 'none';
  let toneIndex = -1;
  let toneCount = 0;
  [...word].forEach((char, i) => {
    const info = letterInfo(char);
    if (!info || info.base === 'đ') {
      letters.push(char);
      return;
    }
    letters.push(info.base);
    if (info.tone !== 'none') {
      tone = info.tone;
      toneIndex = i;
      toneCount += 1;
    }
  });
  return { letters, tone, toneIndex, toneCount };
}

function splitRhyme(rest: string[]): { vowels: VowelBase[]; coda: string } | null {
  let n = 0;
  while (n < rest.length && isVowelBase(rest[n] ?? '')) n += 1;
  if (n === 0) return null;
  return { vowels: rest.slice(0, n) as VowelBase[], coda: rest.slice(n).join('') };
}

/**
 * Parse one word as a syllable, or null when it has no vowel, an unknown
 * onset or coda, or more than one tone. The longest onset giving a known
 * rhyme wins ("già" = gi + a, "giếng" = g + iêng); failing that, the longest
 * onset giving any vowel cluster.
 */
export function parseSyllable(word: string): Syllable | null {
  const lower = word.normalize('NFC').toLowerCase();
  const parses = VIETNAMESE_ONSETS.map((onset) => parseWithOnset(lower, onset)).filter(
    (p): p is Syllable => p !== null,
  );
  return parses.find((p) => RHYMES.has(p.vowels.join('') + p.coda)) ?? parses[0] ?? null;
}

function parseWithOnset(lowerWord: string, onset: string): Syllable | null {
  const { letters, tone, toneIndex, toneCount } = unmark(lowerWord);
  if (toneCount > 1 || !letters.join('').startsWith(onset)) return null;
  const onsetLength = [...onset].length;
  const rhyme = splitRhyme(letters.slice(onsetLength));
  // "gi"+"n" is g + "in", and "qu" needs a vowel after it: the caller tries a shorter onset.
  if (!rhyme || !CODAS.has(rhyme.coda)) return null;
  // A tone on the u of "qu" or the i of "gi" ("qúy", "gịa") is a placement slip:
  // it belongs to the rhyme, so its written index says nothing.
  const rhymeIndex = toneIndex - onsetLength;
  return { onset, ...rhyme, tone, toneIndex: tone === 'none' ? -1 : Math.max(rhymeIndex, -1) };
}

/**
 * Where the tone goes in a vowel cluster. 'new' follows MOET Decision
 * 1989/QĐ-BGDĐT (2018): on the main vowel, so oa/oe/uy carry it on the second
 * letter (hoà, khoẻ, thuỷ). 'old' is the older habit (hòa, khỏe, thủy). They
 * differ only for open oa, oe, uy.
 */
export function tonePosition(
  vowels: readonly VowelBase[],
  coda: string,
  style: TonePlacement = 'new',
): number {
  if (vowels.length <= 1) return 0;
  // ươ / uơ take it on ơ; otherwise the shaped vowel (â, ê, ô, ư …) carries it.
  const horn = vowels.lastIndexOf('ơ');
  if (horn >= 0) return horn;
  const shaped = vowels.findIndex((v) => SHAPED.has(v));
  if (shaped >= 0) return shaped;
  if (coda !== '') return vowels.length - 1;
  if (vowels.length >= 3) return 1;
  const pair = vowels.join('');
  if (pair === 'oa' || pair === 'oe' || pair === 'uy') return style === 'new' ? 1 : 0;
  return 0;
}

/** Spell a parsed syllable with its tone at the given placement (lowercase). */
export function spellSyllable(syllable: Syllable, style: TonePlacement = 'new'): string {
  const at = syllable.tone === 'none' ? -1 : tonePosition(syllable.vowels, syllable.coda, style);
  const vowels = syllable.vowels.map((v, i) => (i === at ? composeVowel(v, syllable.tone) : v)).join('');
  return syllable.onset + vowels + syllable.coda;
}

/**
 * Is this one word a plausible Vietnamese syllable? Checks onset, rhyme, one
 * tone at either accepted placement, and that stop codas (-c -ch -p -t) take
 * only sắc or nặng.
 */
export function isVietnameseSyllable(word: string): boolean {
  const lower = word.normalize('NFC').toLowerCase();
  return VIETNAMESE_ONSETS.some((onset) => {
    const parsed = parseWithOnset(lower, onset);
    return parsed !== null && isWellFormed(parsed);
  });
}

function isWellFormed(s: Syllable): boolean {
  if (!RHYMES.has(s.vowels.join('') + s.coda)) return false;
  if (STOP_CODAS.has(s.coda)) return s.tone === 'acute' || s.tone === 'dot';
  if (s.tone === 'none') return true;
  if (s.toneIndex < 0) return s.onset === 'qu' || s.onset === 'gi';
  return (
    s.toneIndex === tonePosition(s.vowels, s.coda, 'new') ||
    s.toneIndex === tonePosition(s.vowels, s.coda, 'old')
  );
}

/**
 * Move the tone of one word to the given placement, keeping each letter's case.
 * Words that are not a known Vietnamese rhyme are returned unchanged, so
 * foreign names are never "corrected".
 */
export function placeTone(word: string, style: TonePlacement = 'new'): string {
  const parsed = parseSyllable(word);
  if (!parsed || parsed.tone === 'none' || !RHYMES.has(parsed.vowels.join('') + parsed.coda)) return word;
  const spelled = [...spellSyllable(parsed, style)];
  const original = [...word];
  if (spelled.length !== original.length) return word;
  return spelled.map((c, i) => (original[i] === original[i]?.toLowerCase() ? c : c.toUpperCase())).join('');
}
