import { describe, expect, it } from 'vitest';
import { fold, highlightRanges, matchesAll, queryTerms } from './search';

describe('fold', () => {
  it('removes tones and diacritics and lower-cases', () => {
    expect(fold('Trường Tiểu học Đông Lễ')).toBe('truong tieu hoc dong le');
    expect(fold('Hòa / Hoà / THỦY')).toBe('hoa / hoa / thuy');
  });

  it('gives the same result for NFC and NFD input', () => {
    const name = 'Nguyễn Thị Ánh Tuyết';
    expect(fold(name.normalize('NFD'))).toBe(fold(name.normalize('NFC')));
  });
});

describe('queryTerms and matchesAll', () => {
  it('splits a query into folded words', () => {
    expect(queryTerms('  Lê   LỢI ')).toEqual(['le', 'loi']);
  });

  it('needs every word', () => {
    expect(matchesAll(['le', 'loi'], ['Trường THPT Lê Lợi', 'THPT-LL'])).toBe(true);
    expect(matchesAll(['le', 'quy'], ['Trường THPT Lê Lợi'])).toBe(false);
    expect(matchesAll([], ['anything'])).toBe(false);
  });
});

describe('highlightRanges', () => {
  it('maps matches back onto the accented text', () => {
    const text = 'Trường THPT Lê Lợi';
    const ranges = highlightRanges(text, ['le', 'loi']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Lê', 'Lợi']);
  });

  it('merges overlapping matches', () => {
    expect(highlightRanges('Đông Đông', ['dong', 'ong'])).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });

  it('keeps combining marks of decomposed text inside the highlight', () => {
    const text = 'Lê'.normalize('NFD');
    expect(highlightRanges(text, ['le'])).toEqual([[0, text.length]]);
  });
});
