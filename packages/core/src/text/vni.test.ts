import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIETNAMESE_SPECIAL_LETTERS } from './alphabet';
import { vietnameseText } from './test-arbitraries';
import { fromVni, toVni } from './vni';

describe('VNI-Windows', () => {
  it('decodes realistic school-file strings', () => {
    expect(fromVni('chaøo')).toBe('chào');
    expect(fromVni('Nguyeãn Vaên An')).toBe('Nguyễn Văn An');
    expect(fromVni('ñ')).toBe('đ');
    expect(fromVni('Ñaø Naüng')).toBe('Đà Nẵng');
    expect(fromVni('Tröôøng THPT Leâ Quyù Ñoân')).toBe('Trường THPT Lê Quý Đôn');
    expect(fromVni('NGUYEÃN THÒ HÖÔNG')).toBe('NGUYỄN THỊ HƯƠNG');
    expect(fromVni('Hoà')).toBe('Hồ');
  });

  it('reads longest sequences first so marks never cascade', () => {
    // ô alone is ơ, but "oâ" is ô and "ôù" is ớ; neither is re-read.
    expect(fromVni('oâ')).toBe('ô');
    expect(fromVni('ôù')).toBe('ớ');
    expect(fromVni('oâù')).toBe('ôù');
    expect(fromVni('ngöôøi')).toBe('người');
  });

  it('takes the case from the base letter when Shift and the mark disagree', () => {
    expect(fromVni('Aù')).toBe('Á');
    expect(fromVni('aÙ')).toBe('á');
  });

  it('has a distinct sequence for every letter', () => {
    const sequences = VIETNAMESE_SPECIAL_LETTERS.map(toVni);
    expect(new Set(sequences).size).toBe(VIETNAMESE_SPECIAL_LETTERS.length);
  });

  it('round-trips every Vietnamese letter, both cases', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(fromVni(toVni(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips NFD input to NFC', () => {
    expect(fromVni(toVni('Nguyễn'.normalize('NFD')))).toBe('Nguyễn');
  });

  it('leaves ASCII alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(fromVni(text)).toBe(text);
        expect(toVni(text)).toBe(text);
      }),
    );
  });
});
