import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, matchKey, normaliseName, normaliseTonePlacement, toneInsensitiveKey } from './names';
import { syllableBothPlacements, vietnamesePhrase, vietnameseText } from './test-arbitraries';

describe('normaliseName', () => {
  it('title-cases each word and cleans spacing, keeping tone placement', () => {
    expect(normaliseName('nguyễn  văn AN')).toBe('Nguyễn Văn An');
    expect(normaliseName('  TRẦN\u00a0thị   hoà ')).toBe('Trần Thị Hoà');
    expect(normaliseName('lê thị thủy')).toBe('Lê Thị Thủy');
    expect(normaliseName('đỗ đức ĐẠT')).toBe('Đỗ Đức Đạt');
    expect(normaliseName("o'neil")).toBe("O'Neil");
    expect(normaliseName('Nguyễn'.normalize('NFD'))).toBe('Nguyễn');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(normaliseName(normaliseName(text))).toBe(normaliseName(text));
      }),
    );
  });
});

describe('tone-placement-insensitive keys', () => {
  it('equates the usual pairs', () => {
    const pairs = [
      ['Hoà', 'hòa'],
      ['Thuỷ', 'THỦY'],
      ['khoẻ', 'khỏe'],
      ['Quý', 'qúy'],
      ['Nguyễn Thị Thuý Hoà', 'nguyễn  thị thúy hòa'],
    ];
    for (const [a = '', b = ''] of pairs) expect(toneInsensitiveKey(a)).toBe(toneInsensitiveKey(b));
    expect(toneInsensitiveKey('Hoà')).not.toBe(toneInsensitiveKey('Hoa'));
    expect(toneInsensitiveKey('Hòa')).toBe('hoà');
  });

  it('is equal for both placements of any syllable', () => {
    fc.assert(
      fc.property(fc.array(syllableBothPlacements, { minLength: 1, maxLength: 4 }), (words) => {
        const asNew = words.map(([n]) => n).join(' ');
        const asOld = words.map(([, o]) => o).join(' ');
        expect(toneInsensitiveKey(asNew)).toBe(toneInsensitiveKey(asOld));
        expect(normaliseTonePlacement(asOld, 'new')).toBe(asNew);
        expect(normaliseTonePlacement(asNew, 'old')).toBe(asOld);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(toneInsensitiveKey(toneInsensitiveKey(text))).toBe(toneInsensitiveKey(text));
      }),
    );
  });
});

describe('foldKey', () => {
  it('drops every diacritic for accent-insensitive search', () => {
    expect(foldKey('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldKey('  ĐẶNG   Thị  Ưng ')).toBe('dang thi ung');
    expect(matchKey('nguyen van an', { ignoreAccents: true })).toBe(
      matchKey('Nguyễn Văn  An', { ignoreAccents: true }),
    );
    expect(matchKey('Nguyễn Văn Hoà')).toBe(matchKey('NGUYỄN VĂN HÒA'));
    expect(matchKey('Nguyễn Văn An')).not.toBe(matchKey('Nguyen Van An'));
  });

  it('is idempotent and leaves only ASCII for Vietnamese text', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const key = foldKey(text);
        expect(foldKey(key)).toBe(key);
        expect(key).toMatch(/^[\x20-\x7e]*$/);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        expect(foldKey(foldKey(text))).toBe(foldKey(text));
      }),
    );
  });

  it('finds a name typed without accents', () => {
    fc.assert(
      fc.property(vietnamesePhrase, (phrase) => {
        expect(foldKey(foldKey(phrase).toUpperCase())).toBe(foldKey(phrase));
      }),
    );
  });
});
