import { formerProvincesOf, PROVINCES_PRE_2025 } from '../standard';
import {
  ADULT_GIVEN_NAMES_FEMALE,
  ADULT_GIVEN_NAMES_MALE,
  ADULT_MIDDLE_NAMES_FEMALE,
  ADULT_MIDDLE_NAMES_MALE,
  CHILD_GIVEN_NAMES_FEMALE,
  CHILD_GIVEN_NAMES_MALE,
  CHILD_MIDDLE_NAMES_FEMALE,
  CHILD_MIDDLE_NAMES_MALE,
  DAO_FAMILY_NAMES,
  HMONG_FAMILY_NAMES,
  HMONG_GIVEN_NAMES_FEMALE,
  HMONG_GIVEN_NAMES_MALE,
  HMONG_MIDDLE_NAMES_FEMALE,
  HMONG_MIDDLE_NAMES_MALE,
  KINH_FAMILY_NAMES,
  NUNG_FAMILY_NAMES,
  SAN_CHAY_FAMILY_NAMES,
  SECOND_MIDDLE_NAMES,
  TAY_FAMILY_NAMES,
} from './names-data';
import { BORN_ELSEWHERE_SHARE, MOBILE_PREFIXES } from './population-data';
import { Rng, Weighted } from './prng';

export type GenderCode = '1' | '2';

const FAMILY_BY_ETHNICITY: ReadonlyMap<string, Weighted<string>> = new Map([
  ['01', new Weighted(KINH_FAMILY_NAMES)],
  ['02', new Weighted(TAY_FAMILY_NAMES)],
  ['07', new Weighted(NUNG_FAMILY_NAMES)],
  ['08', new Weighted(HMONG_FAMILY_NAMES)],
  ['09', new Weighted(DAO_FAMILY_NAMES)],
  ['15', new Weighted(SAN_CHAY_FAMILY_NAMES)],
]);
const KINH_FAMILY = new Weighted(KINH_FAMILY_NAMES);

export function familyNameTable(ethnicity: string): Weighted<string> {
  return FAMILY_BY_ETHNICITY.get(ethnicity) ?? KINH_FAMILY;
}

interface NameTables {
  readonly middle: Weighted<string>;
  readonly given: Weighted<string>;
}

const HMONG = '08';
type Weights = readonly (readonly [string, number])[];
const tables = (middle: Weights, given: Weights): NameTables => ({
  middle: new Weighted(middle),
  given: new Weighted(given),
});

const CHILD: Readonly<Record<GenderCode, NameTables>> = {
  '1': tables(CHILD_MIDDLE_NAMES_MALE, CHILD_GIVEN_NAMES_MALE),
  '2': tables(CHILD_MIDDLE_NAMES_FEMALE, CHILD_GIVEN_NAMES_FEMALE),
};
const ADULT: Readonly<Record<GenderCode, NameTables>> = {
  '1': tables(ADULT_MIDDLE_NAMES_MALE, ADULT_GIVEN_NAMES_MALE),
  '2': tables(ADULT_MIDDLE_NAMES_FEMALE, ADULT_GIVEN_NAMES_FEMALE),
};
const HMONG_NAMES: Readonly<Record<GenderCode, NameTables>> = {
  '1': tables(HMONG_MIDDLE_NAMES_MALE, HMONG_GIVEN_NAMES_MALE),
  '2': tables(HMONG_MIDDLE_NAMES_FEMALE, HMONG_GIVEN_NAMES_FEMALE),
};

/** Share of children given two middle names ("Nguyễn Ngọc Bảo Anh") (?). */
const TWO_MIDDLE_NAMES_SHARE = 0.08;

/** "Family Middle Given", gender-appropriate for the generation and ethnic group. */
export function personName(
  rng: Rng,
  gender: GenderCode,
  ethnicity: string,
  generation: 'child' | 'adult',
  familyName: string = familyNameTable(ethnicity).pick(rng),
): string {
  const names = ethnicity === HMONG ? HMONG_NAMES[gender] : (generation === 'child' ? CHILD : ADULT)[gender];
  const middle = names.middle.pick(rng);
  const given = names.given.pick(rng);
  if (generation === 'child' && ethnicity !== HMONG && rng.chance(TWO_MIDDLE_NAMES_SHARE)) {
    const second = rng.pick(SECOND_MIDDLE_NAMES);
    // "Thị" and "Văn" stay first ("Nguyễn Thị Bảo Anh"); never repeat a word.
    if (second !== middle && second !== given) return `${familyName} ${middle} ${second} ${given}`;
  }
  return `${familyName} ${middle} ${given}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** A real calendar date in a year, as ISO. */
export function birthDateIn(rng: Rng, year: number): string {
  const month = rng.int(1, 12);
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return `${year}-${pad(month, 2)}-${pad(rng.int(1, days ?? 28), 2)}`;
}

export function mobilePhone(rng: Rng, prefixes: Weighted<string>): string {
  return prefixes.pick(rng) + pad(rng.int(0, 9_999_999), 7);
}

export const MOBILE_PREFIX_TABLE = Weighted.fromRecord(MOBILE_PREFIXES);

/**
 * Birth-registration provinces for a 2025 province: mostly its own former
 * provinces (the ids use the pre-2025 codes, Circular 59/2021/TT-BCA), the
 * rest anywhere in the country.
 */
export function birthProvinceTable(provinceCode: string): Weighted<string> {
  const own = formerProvincesOf(provinceCode).map((e) => e.code);
  const others = PROVINCES_PRE_2025.entries.map((e) => e.code).filter((code) => !own.includes(code));
  const ownShare = (1 - BORN_ELSEWHERE_SHARE) / Math.max(own.length, 1);
  const otherShare = BORN_ELSEWHERE_SHARE / Math.max(others.length, 1);
  return new Weighted([
    ...own.map((code) => [`0${code}`, ownShare] as const),
    ...others.map((code) => [`0${code}`, otherShare] as const),
  ]);
}

/** A number in 0..999,999 from a bucket's text (FNV-1a). */
function bucketSalt(bucket: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bucket.length; i++) hash = Math.imul(hash ^ bucket.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 1_000_000;
}

/**
 * Personal ids that agree with birth year, sex and birth province, and are
 * unique: the six "random" digits walk a permutation of 000000–999999 per
 * (province, century/sex, year) bucket, so no two people share an id while
 * the digits still look random. Memory is one counter per bucket.
 * Allocators built from the same seed share the permutation, so giving them
 * disjoint index ranges (staff / learners and families) keeps ids unique
 * across them.
 */
export class PersonalIdAllocator {
  /** Per bucket: the next index, and the bucket's offset. */
  private readonly buckets = new Map<string, { n: number; readonly salt: number }>();
  private readonly offset: number;

  constructor(
    seed: number | string,
    private readonly firstIndex = 0,
    private readonly endIndex = 1_000_000,
  ) {
    this.offset = new Rng(seed, 'personal-ids').int(0, 999_999);
  }

  allocate(provincePrefix: string, birthYear: number, gender: GenderCode): string {
    // Digit 4: 0/1 for the 1900s, 2/3 for the 2000s; odd for women (Circular 59/2021/TT-BCA).
    const centuryDigit = (Math.floor(birthYear / 100) - 19) * 2 + (gender === '2' ? 1 : 0);
    const bucket = `${provincePrefix}${centuryDigit}${pad(birthYear % 100, 2)}`;
    let state = this.buckets.get(bucket);
    if (!state) {
      // The offset depends on the bucket so that buckets do not share their suffixes.
      state = { n: this.firstIndex, salt: (this.offset + bucketSalt(bucket)) % 1_000_000 };
      this.buckets.set(bucket, state);
    }
    if (state.n >= this.endIndex) throw new RangeError(`No personal ids left in bucket ${bucket}`);
    // 387,397 is coprime with 10^6, so n ↦ (a·n + b) mod 10^6 is a bijection.
    const suffix = (state.n * 387_397 + state.salt) % 1_000_000;
    state.n += 1;
    return bucket + pad(suffix, 6);
  }
}

/** Index ranges of the two allocators of a province (see PersonalIdAllocator). */
export const LEARNER_ID_INDICES = [0, 900_000] as const;
export const STAFF_ID_INDICES = [900_000, 1_000_000] as const;
