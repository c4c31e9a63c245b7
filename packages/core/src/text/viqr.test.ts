import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIETNAMESE_ALPHABET } from './alphabet';
import { PUNCTUATION, vietnamesePhrase } from './test-arbitraries';
import { fromViqr, toViqr } from './viqr';

/** Letters, punctuation and every character VIQR gives a meaning to. */
const viqrHostileText = fc.string({
  unit: fc.constantFrom(...VIETNAMESE_ALPHABET, ...PUNCTUATION, ..."(^+*`?~'.-\\dD"),
  maxLength: 40,
});

describe('VIQR (RFC 1456)', () => {
  it('decodes marks after their vowel, shape before tone', () => {
    expect(fromViqr('cha`o')).toBe('chào');
    expect(fromViqr('Nguye^~n Va(n An')).toBe('Nguyễn Văn An');
    expect(fromViqr('Vie^.t Nam')).toBe('Việt Nam');
    expect(fromViqr('ngu+o+`i')).toBe('người');
    expect(fromViqr('ngu*o*`i')).toBe('người');
    expect(fromViqr('NGU+O+`I')).toBe('NGƯỜI');
  });

  it('reads dd, DD and d- as đ', () => {
    expect(fromViqr('ddi dda^u')).toBe('đi đâu');
    expect(fromViqr('DDa`o')).toBe('Đào');
    expect(fromViqr('d-i')).toBe('đi');
  });

  it('takes escaped marks literally', () => {
    expect(fromViqr('Ha\\. No^.i\\.')).toBe('Ha. Nội.');
    expect(fromViqr('a\\\\b')).toBe('a\\b');
    expect(fromViqr('C:\\Users')).toBe('C:\\Users');
  });

  it('can read a second tone in a word as punctuation', () => {
    expect(fromViqr('Ha` No^.i.')).toBe('Hà Nộị');
    expect(fromViqr('Ha` No^.i.', { oneTonePerWord: true })).toBe('Hà Nội.');
    expect(fromViqr('Ba.n kho?e kho^ng?', { oneTonePerWord: true })).toBe('Bạn khỏe không?');
  });

  it('round-trips any text, including literal marks, backslashes and d-d pairs', () => {
    expect(toViqr('dđ')).toBe('\\ddd');
    expect(toViqr('a.')).toBe('a\\.');
    fc.assert(
      fc.property(viqrHostileText, (text) => {
        expect(fromViqr(toViqr(text))).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips real Vietnamese phrases in one-tone-per-word mode too', () => {
    fc.assert(
      fc.property(vietnamesePhrase, fc.constantFrom('', '.', '?', '!'), (phrase, end) => {
        const text = phrase + end;
        expect(fromViqr(toViqr(text), { oneTonePerWord: true })).toBe(text);
      }),
    );
  });

  it('writes only ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...VIETNAMESE_ALPHABET), maxLength: 20 }), (text) => {
        expect(toViqr(text)).toMatch(/^[\x20-\x7e]*$/);
      }),
    );
  });
});
