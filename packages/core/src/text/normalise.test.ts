import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanWhitespace, nfc } from './normalise';
import { vietnameseText } from './test-arbitraries';

describe('nfc', () => {
  it('makes NFD input equal to its NFC form', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(nfc(text.normalize('NFD'))).toBe(text.normalize('NFC'));
        expect(nfc(text.normalize('NFD'))).toBe(nfc(text));
      }),
    );
  });
});

describe('cleanWhitespace', () => {
  it('trims, collapses and removes invisible characters', () => {
    expect(cleanWhitespace('  Nguyễn \t\n Văn\u00a0\u00a0An  ')).toBe('Nguyễn Văn An');
    expect(cleanWhitespace('Ng\u200buyễn\ufeff')).toBe('Nguyễn');
    expect(cleanWhitespace('a\u0000b \u0007 c')).toBe('ab c');
    expect(cleanWhitespace('a\u3000b\u2028c')).toBe('a b c');
  });

  it('keeps the soft hyphen, which is the letter ư in TCVN3', () => {
    expect(cleanWhitespace('Tr\u00adêng')).toBe('Tr\u00adêng');
  });

  it('never leaves edge, double or non-space whitespace, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const clean = cleanWhitespace(text);
        expect(clean).toBe(clean.trim());
        expect(clean).not.toMatch(/\s{2}|[^\S ]|\p{Cc}|[\u200b-\u200d\u2060\ufeff]/u);
        expect(cleanWhitespace(clean)).toBe(clean);
      }),
    );
  });
});
