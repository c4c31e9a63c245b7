import { cleanWhitespace } from './normalise';

/**
 * Vietnamese phone numbers, stored in one national form: '0' + 9 digits for
 * mobiles, '02' + 9 digits for landlines.
 */
export type PhoneKind = 'mobile' | 'landline';
export type PhoneProblem =
  | 'EMPTY'
  | 'INVALID_CHARACTERS'
  | 'FOREIGN_NUMBER'
  | 'INVALID_LENGTH'
  | 'INVALID_PREFIX';

export type NormalisedPhone =
  | {
      ok: true;
      value: string;
      kind: PhoneKind;
      /** The stored value differs from the input text (formatting, prefix, or a restored leading 0). */
      changed: boolean;
      /** An 11-digit mobile number was moved to its 2018–19 10-digit prefix. */
      prefixConverted: boolean;
    }
  | { ok: false; reason: PhoneProblem };

/**
 * 11-digit mobile prefixes retired in 2018–19 (Ministry of Information and
 * Communications, Decision 798/QĐ-BTTTT of 25/5/2018 (?)): the old 4-digit
 * prefix becomes a 3-digit one and the last 7 digits stay.
 */
export const OLD_MOBILE_PREFIXES: Readonly<Record<string, string>> = {
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  '0186': '056',
  '0188': '058',
  '0199': '059',
};

const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;
// Digits with separators; a number never starts with a dash or a dot (a
// minus sign or a decimal point is not a phone number that lost its 0).
const ALLOWED = /^(?![-.])[\d\s.\-()+]+$/;

type National = { digits: string } | { problem: PhoneProblem };

/** Digits in national form ('0…'), or why there cannot be any. */
function toNational(text: string): National {
  // "(+84) 912…": the + may sit inside the opening parenthesis.
  const compact = text.replace(/[\s.\-()]/g, '');
  if (!ALLOWED.test(text) || !/^\+?\d+$/.test(compact)) return { problem: 'INVALID_CHARACTERS' };
  let international: string | null = null;
  if (compact.startsWith('+')) {
    if (!compact.startsWith('+84')) return { problem: 'FOREIGN_NUMBER' };
    international = compact.slice(3);
  } else if (compact.startsWith('0084')) {
    international = compact.slice(4);
  } else if (/^00[1-9]\d{6,}$/.test(compact)) {
    // 00 + a country code (never starting with 0) + a subscriber number.
    return { problem: 'FOREIGN_NUMBER' };
  } else if (compact.startsWith('84') && compact.length >= 11) {
    // 84 + 9 or 10 national digits. A shorter "84…" is a national number (the
    // 084 mobile prefix) whose leading 0 a spreadsheet dropped.
    international = compact.slice(2);
  }
  if (international !== null) {
    // "+84 (0) 912 …": the trunk 0 is often written after the country code.
    return { digits: `0${international.replace(/^0/, '')}` };
  }
  // Spreadsheets store phone numbers as numbers and drop the leading 0.
  if (!compact.startsWith('0') && (compact.length === 9 || compact.length === 10))
    return { digits: `0${compact}` };
  return { digits: compact };
}

/**
 * Normalise a phone cell (text or number) to its stored form. Accepts +84 / 84
 * / 0084 prefixes, spaces, dots, dashes and parentheses, restores a leading 0
 * a spreadsheet dropped, converts retired 11-digit mobile prefixes, and checks
 * the result is a mobile (0[35789] + 8 digits) or a landline (02 + 9 digits).
 */
export function normalisePhone(value: string | number): NormalisedPhone {
  // A number cell is read as the text it shows, so a value and its own
  // standardised text always get the same verdict (0.000001 is "0.000001").
  const text = cleanWhitespace(String(value));
  if (text === '') return { ok: false, reason: 'EMPTY' };
  const national = toNational(text);
  if ('problem' in national) return { ok: false, reason: national.problem };

  let digits = national.digits;
  const oldPrefix = OLD_MOBILE_PREFIXES[digits.slice(0, 4)];
  const prefixConverted = digits.length === 11 && oldPrefix !== undefined;
  if (prefixConverted) digits = oldPrefix + digits.slice(4);

  const changed = digits !== String(value);
  if (MOBILE.test(digits)) return { ok: true, value: digits, kind: 'mobile', changed, prefixConverted };
  if (LANDLINE.test(digits)) return { ok: true, value: digits, kind: 'landline', changed, prefixConverted };
  if (digits.length !== 10 && digits.length !== 11) return { ok: false, reason: 'INVALID_LENGTH' };
  return { ok: false, reason: 'INVALID_PREFIX' };
}
