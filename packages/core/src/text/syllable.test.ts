import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, parseSyllable, placeTone, tonePosition } from './syllable';
import { syllable } from './test-arbitraries';

describe('syllables', () => {
  it('parses onset, vowels, coda and tone', () => {
    expect(parseSyllable('nghiêng')).toMatchObject({
      onset: 'ngh',
      vowels: ['i', 'ê'],
      coda: 'ng',
      tone: 'none',
    });
    expect(parseSyllable('quốc')).toMatchObject({ onset: 'qu', vowels: ['ô'], coda: 'c', tone: 'acute' });
    expect(parseSyllable('gì')).toMatchObject({ onset: 'g', vowels: ['i'], tone: 'grave' });
    expect(parseSyllable('già')).toMatchObject({ onset: 'gi', vowels: ['a'], tone: 'grave' });
    expect(parseSyllable('giếng')).toMatchObject({
      onset: 'g',
      vowels: ['i', 'ê'],
      coda: 'ng',
      tone: 'acute',
    });
    expect(parseSyllable('Smith')).toBeNull();
    expect(parseSyllable('Hoà')).toMatchObject({
      onset: 'h',
      vowels: ['o', 'a'],
      tone: 'grave',
      toneIndex: 1,
    });
    expect(parseSyllable('áá')).toBeNull();
  });

  it('places tones on the main vowel (new) or the older way (old)', () => {
    expect(tonePosition(['o', 'a'], '', 'new')).toBe(1);
    expect(tonePosition(['o', 'a'], '', 'old')).toBe(0);
    expect(tonePosition(['o', 'a'], 'n')).toBe(1);
    expect(tonePosition(['ư', 'ơ'], 'ng')).toBe(1);
    expect(tonePosition(['u', 'a'], '')).toBe(0);
    expect(tonePosition(['o', 'a', 'i'], '')).toBe(1);
    expect(placeTone('thủy')).toBe('thuỷ');
    expect(placeTone('THUỶ', 'old')).toBe('THỦY');
    expect(placeTone('qúy')).toBe('quý');
    expect(placeTone('Khỏe')).toBe('Khoẻ');
    expect(placeTone('Smith')).toBe('Smith');
  });

  it('tells Vietnamese from mojibake', () => {
    for (const word of ['Nguyễn', 'Văn', 'người', 'Hoà', 'hòa', 'quý', 'giếng', 'khuỷu', 'Việt', 'ánh']) {
      expect(isVietnameseSyllable(word)).toBe(true);
    }
    for (const word of ['NguyÔn', 'V¨n', 'Hµ', 'chaøo', 'café', 'Müller', 'Tèt', 'Hello', 'aỉ', 'Neil']) {
      expect(isVietnameseSyllable(word)).toBe(false);
    }
  });

  it('accepts every generated syllable in either placement', () => {
    fc.assert(
      fc.property(syllable('new'), syllable('old'), (a, b) => {
        expect(isVietnameseSyllable(a)).toBe(true);
        expect(isVietnameseSyllable(b)).toBe(true);
      }),
    );
  });
});
