import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterInfo, VIETNAMESE_SPECIAL_LETTERS } from './alphabet';
import { fromTcvn3, toTcvn3 } from './tcvn3';
import { vietnameseChar, vietnameseText } from './test-arbitraries';

/** What TCVN3 can keep of a text: capital toned vowels have only lowercase codes. */
function tcvn3Representable(text: string): string {
  return [...text]
    .map((c) => {
      const info = letterInfo(c);
      return info?.upper && info.tone !== 'none' ? c.toLowerCase() : c;
    })
    .join('');
}

describe('TCVN3 (ABC)', () => {
  it('decodes realistic school-file strings', () => {
    expect(fromTcvn3('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(fromTcvn3('Hµ Néi')).toBe('Hà Nội');
    expect(fromTcvn3('Tr\u00adêng THCS NguyÔn Tr·i')).toBe('Trường THCS Nguyễn Trãi');
    expect(fromTcvn3('§µ N½ng')).toBe('Đà Nẵng');
    expect(fromTcvn3('Thµnh phè Hå ChÝ Minh')).toBe('Thành phố Hồ Chí Minh');
    expect(fromTcvn3('¡n ¢u £m ¤ng ¥n ¦u §o')).toBe('Ăn Âu Êm Ông Ơn Ưu Đo');
  });

  it('upper-cases text set in a capital font (.VnTimeH)', () => {
    expect(fromTcvn3('nguyÔn v¨n an', { capitals: true })).toBe('NGUYỄN VĂN AN');
  });

  it('has one distinct code for each lowercase letter and the seven untoned capitals', () => {
    const lowercase = VIETNAMESE_SPECIAL_LETTERS.filter((c) => c === c.toLowerCase());
    const codes = lowercase.map(toTcvn3);
    expect(new Set(codes).size).toBe(lowercase.length);
    for (const code of codes) expect([...code]).toHaveLength(1);
    expect(toTcvn3('ĂÂÊÔƠƯĐ')).toBe('¡¢£¤¥¦§');
    expect(toTcvn3('ư')).toBe('\u00ad');
  });

  it('writes capital toned vowels with the lowercase code, as the standard has no other', () => {
    expect(toTcvn3('Ánh')).toBe('¸nh');
    expect(fromTcvn3(toTcvn3('Ánh'))).toBe('ánh');
  });

  it('round-trips every Vietnamese letter TCVN3 can represent', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(fromTcvn3(toTcvn3(text))).toBe(tcvn3Representable(text));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips capitals exactly through a capital font', () => {
    fc.assert(
      fc.property(fc.string({ unit: vietnameseChar, maxLength: 30 }), (text) => {
        const upper = text.toUpperCase();
        expect(fromTcvn3(toTcvn3(upper), { capitals: true })).toBe(upper);
      }),
    );
  });

  it('leaves ASCII alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(fromTcvn3(text)).toBe(text);
        expect(toTcvn3(text)).toBe(text);
      }),
    );
  });
});
