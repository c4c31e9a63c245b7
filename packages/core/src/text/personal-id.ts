import { parseDate } from './dates';
import { foldKey } from './names';
import { cleanWhitespace } from './normalise';
import { type OldProvince, oldProvinceByCode } from './provinces-63';

/**
 * Personal identification number (số định danh cá nhân, printed on the CCCD
 * card): 12 digits. Digits 1–3: province (or country) where the birth was
 * registered; digit 4: century and gender; digits 5–6: birth year mod 100;
 * digits 7–12: random. Source: Decree 137/2015/NĐ-CP Art. 7 (structure) and
 * Circular 59/2021/TT-BCA, which replaced 07/2016/TT-BCA (century/gender and
 * province codes); see also docs/domain-vn.md §3.
 */
export type Gender = 'male' | 'female';
export type Century = 1900 | 2000 | 2100 | 2200 | 2300;

export interface PersonalId {
  id: string;
  provinceCode: string;
  /** Null for a code outside the 63-province list (e.g. a birth registered abroad). */
  province: OldProvince | null;
  gender: Gender;
  century: Century;
  yearTwoDigits: number;
  birthYear: number;
}

export type PersonalIdProblem =
  | 'WRONG_LENGTH'
  | 'NOT_DIGITS'
  | 'UNKNOWN_PROVINCE_CODE'
  | 'BIRTH_DATE_INVALID'
  | 'GENDER_UNRECOGNISED'
  | 'GENDER_MISMATCH'
  | 'BIRTH_YEAR_MISMATCH';

export type ParsedPersonalId = { ok: true; value: PersonalId } | { ok: false; problems: PersonalIdProblem[] };

const CENTURIES: readonly Century[] = [1900, 2000, 2100, 2200, 2300];

/** Parse a 12-digit personal id; spaces, dots and dashes between digit groups are tolerated. */
export function parsePersonalId(text: string): ParsedPersonalId {
  const id = cleanWhitespace(text).replace(/[\s.-]/g, '');
  const problems: PersonalIdProblem[] = [];
  if (!/^\d*$/.test(id)) problems.push('NOT_DIGITS');
  if ([...id].length !== 12) problems.push('WRONG_LENGTH');
  if (problems.length > 0) return { ok: false, problems };

  const provinceCode = id.slice(0, 3);
  const centuryDigit = Number(id[3]);
  const yearTwoDigits = Number(id.slice(4, 6));
  // 0/1: 1900s, 2/3: 2000s, … 8/9: 2300s; even = male, odd = female.
  const century = CENTURIES[Math.floor(centuryDigit / 2)] ?? 1900;
  return {
    ok: true,
    value: {
      id,
      provinceCode,
      province: oldProvinceByCode(provinceCode) ?? null,
      gender: centuryDigit % 2 === 0 ? 'male' : 'female',
      century,
      yearTwoDigits,
      birthYear: century + yearTwoDigits,
    },
  };
}

/** 'male'/'female', or the Vietnamese labels Nam / Nữ (with or without accents). */
function readGender(value: string): Gender | null {
  const key = foldKey(value);
  if (key === 'male' || key === 'nam' || key === 'm') return 'male';
  if (key === 'female' || key === 'nu' || key === 'f') return 'female';
  return null;
}

export interface PersonalIdCheck {
  id: string;
  /** Anything parseDate accepts. */
  birthDate?: unknown;
  gender?: string;
}

/**
 * Cross-check an id against the person's record. Returns every problem found
 * (empty when consistent). Missing birth date or gender is not a problem: only
 * what is present is checked. An unknown province code is reported but does
 * not stop the other checks.
 */
export function checkPersonalIdAgainst(check: PersonalIdCheck): PersonalIdProblem[] {
  const parsed = parsePersonalId(check.id);
  if (!parsed.ok) return parsed.problems;
  const { value } = parsed;
  const problems: PersonalIdProblem[] = [];
  if (!value.province) problems.push('UNKNOWN_PROVINCE_CODE');

  if (check.gender !== undefined && cleanWhitespace(check.gender) !== '') {
    const gender = readGender(check.gender);
    if (!gender) problems.push('GENDER_UNRECOGNISED');
    else if (gender !== value.gender) problems.push('GENDER_MISMATCH');
  }

  if (check.birthDate !== undefined && check.birthDate !== null && check.birthDate !== '') {
    const birth = parseDate(check.birthDate);
    if (!birth.ok) problems.push('BIRTH_DATE_INVALID');
    else if (Number(birth.iso.slice(0, 4)) !== value.birthYear) problems.push('BIRTH_YEAR_MISMATCH');
  }
  return problems;
}
