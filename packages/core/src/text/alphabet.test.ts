import { describe, expect, it } from 'vitest';
import {
  composeVowel,
  hasUnicodeOnlyVietnamese,
  letterInfo,
  TONES,
  VIETNAMESE_ALPHABET,
  VIETNAMESE_SPECIAL_LETTERS,
  VOWEL_BASES,
} from './alphabet';

describe('Vietnamese alphabet tables', () => {
  it('lists 72 vowel forms and đ in each case, all NFC and distinct', () => {
    expect(VIETNAMESE_SPECIAL_LETTERS).toHaveLength(146);
    expect(new Set(VIETNAMESE_SPECIAL_LETTERS).size).toBe(146);
    for (const letter of VIETNAMESE_SPECIAL_LETTERS) {
      expect(letter.normalize('NFC')).toBe(letter);
      expect([...letter]).toHaveLength(1);
    }
    // 134 = the toned and shaped letters (60 toned + 6 shaped + đ, both cases).
    const nonAscii = VIETNAMESE_SPECIAL_LETTERS.filter((c) => c.charCodeAt(0) > 0x7f);
    expect(nonAscii).toHaveLength(134);
    expect(VIETNAMESE_ALPHABET).toHaveLength(146 + 32);
  });

  it('describes every letter by shape, tone and case', () => {
    for (const base of VOWEL_BASES) {
      for (const tone of TONES) {
        expect(letterInfo(composeVowel(base, tone))).toEqual({ base, tone, upper: false });
        expect(letterInfo(composeVowel(base, tone, true))).toEqual({ base, tone, upper: true });
      }
    }
    expect(composeVowel('ư', 'tilde')).toBe('ữ');
    expect(composeVowel('a', 'dot', true)).toBe('Ạ');
    expect(letterInfo('Đ')).toEqual({ base: 'đ', tone: 'none', upper: true });
    expect(letterInfo('b')).toBeUndefined();
  });

  it('spots letters that only Unicode text can contain', () => {
    expect(hasUnicodeOnlyVietnamese('Nguyễn')).toBe(true);
    expect(hasUnicodeOnlyVietnamese('Nguyễn'.normalize('NFD'))).toBe(true);
    expect(hasUnicodeOnlyVietnamese('Lê Tân')).toBe(false);
    expect(hasUnicodeOnlyVietnamese('NguyÔn V¨n An')).toBe(false);
  });
});
