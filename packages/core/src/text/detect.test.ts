import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectColumnEncoding, toUnicodeColumn } from './column';
import { detectLegacyEncoding, fontHintEncoding, toUnicode } from './detect';
import { normaliseName } from './names';
import { standardiseText } from './standardise';
import { fromTcvn3, toTcvn3 } from './tcvn3';
import { vietnamesePhrase, vietnameseText } from './test-arbitraries';
import { toViqr } from './viqr';
import { toVni } from './vni';

/** Names, schools and places as they appear in school files. */
const REAL_TEXTS = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Hoàng Long',
  'Phạm Thị Thuỷ Tiên',
  'Đặng Quốc Việt',
  'Hoàng Thị Hương Giang',
  'Võ Minh Tuấn',
  'Bùi Thị Ngọc Ánh',
  'Đỗ Đức Mạnh',
  'Huỳnh Gia Bảo',
  'Trường THCS Nguyễn Trãi',
  'Trường Tiểu học Kim Đồng',
  'Thành phố Hồ Chí Minh',
  'Hà Nội',
  'Đà Nẵng',
  'Dân tộc Kinh',
  'Đang học',
  'Khuyết tật vận động',
];

/** Text that must never be touched. */
const NOT_LEGACY = [
  'Café',
  'naïve',
  "O'Neil",
  'Crème brûlée',
  'Müller',
  'São Paulo',
  'España',
  'Ñandú',
  'Zoë',
  'François',
  'Ångström',
  'résumé',
  'El Niño',
  'Björk',
  'Dvořák',
  'fiancée',
  'Señor Pérez',
  'Øresund',
  'smörgåsbord',
  'john.doe@example.com',
  'nguyen.van.an@truong.edu.vn',
  '0912 345 678',
  '3.14',
  '12/05/2010',
  "I'm OK.",
  'a.m. e.g. i.e.',
  'Le Van A.',
  'Lê Tân',
  'Tô Hoài',
  'Hà',
  'Tú',
  'Lý',
  'Tôi là ai?',
  'Loïc',
  'Lê Loïc',
  'ç ñ Ü ø Þ æ',
  'Hoà',
  'Toàn',
  'Nguyễn Văn An',
];

describe('fontHintEncoding', () => {
  it('reads the ABC and VNI font families', () => {
    expect(fontHintEncoding('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(fontHintEncoding('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(fontHintEncoding('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(fontHintEncoding('Times New Roman')).toBeNull();
    expect(fontHintEncoding(undefined)).toBeNull();
  });
});

describe('detectLegacyEncoding', () => {
  it('recognises each encoding of a realistic name', () => {
    expect(detectLegacyEncoding('NguyÔn V¨n An').encoding).toBe('tcvn3');
    expect(detectLegacyEncoding('Nguyeãn Vaên An').encoding).toBe('vni');
    expect(detectLegacyEncoding('Nguye^~n Va(n An').encoding).toBe('viqr');
    expect(detectLegacyEncoding('Nguyễn Văn An')).toEqual({
      encoding: 'unicode',
      confidence: 1,
      capitals: false,
    });
    expect(detectLegacyEncoding('Nguyen Van An').encoding).toBe('ascii');
  });

  it('needs proof before calling text legacy, and is surer with more words or a matching font', () => {
    // One word of ordinary accented letters could be a foreign name ("Loïc" reads as VNI "Lọc").
    expect(detectLegacyEncoding('NguyÔn')).toEqual({ encoding: 'unicode', confidence: 0.5, capitals: false });
    expect(detectLegacyEncoding('Loïc')).toEqual({ encoding: 'unicode', confidence: 0.5, capitals: false });
    // A Latin-1 sign inside a word is proof on its own.
    expect(detectLegacyEncoding('V¨n')).toMatchObject({ encoding: 'tcvn3', confidence: 0.5 });
    const hinted = detectLegacyEncoding('NguyÔn', '.VnTime');
    const three = detectLegacyEncoding('NguyÔn V¨n B×nh');
    expect(hinted).toMatchObject({ encoding: 'tcvn3', confidence: 0.75 });
    expect(three).toMatchObject({ encoding: 'tcvn3', confidence: 0.875 });
    expect(detectLegacyEncoding('Gioûi', 'VNI-Times')).toMatchObject({ encoding: 'vni' });
  });

  it('flags capital fonts', () => {
    expect(detectLegacyEncoding('nguyÔn v¨n an', '.VnTimeH')).toMatchObject({
      encoding: 'tcvn3',
      capitals: true,
    });
  });
});

describe('toUnicode', () => {
  it('converts realistic TCVN3 and VNI school-file strings', () => {
    expect(toUnicode('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(toUnicode('Nguyeãn Vaên An')).toBe('Nguyễn Văn An');
    expect(toUnicode('Tr\u00adêng THCS NguyÔn Tr·i')).toBe('Trường THCS Nguyễn Trãi');
    expect(toUnicode('Tröôøng THPT Leâ Quyù Ñoân')).toBe('Trường THPT Lê Quý Đôn');
    expect(toUnicode('nguyÔn v¨n an', '.VnTimeH')).toBe('NGUYỄN VĂN AN');
    for (const text of REAL_TEXTS) {
      expect(normaliseName(toUnicode(toTcvn3(text)))).toBe(normaliseName(text));
      expect(toUnicode(toVni(text))).toBe(text);
      expect(toUnicode(toTcvn3(text), '.VnTime')).toBe(fromTcvn3(toTcvn3(text)));
    }
  });

  it('converts VIQR only when asked to', () => {
    expect(toUnicode('Nguye^~n Va(n An')).toBe('Nguye^~n Va(n An');
    expect(toUnicode('Nguye^~n Va(n An', undefined, { convertViqr: true })).toBe('Nguyễn Văn An');
    expect(toUnicode('Ha` No^.i.', undefined, { convertViqr: true })).toBe('Hà Nội.');
    for (const text of REAL_TEXTS) {
      expect(toUnicode(toViqr(text), undefined, { convertViqr: true })).toBe(text);
    }
  });

  it('never touches ordinary Unicode or English text', () => {
    for (const text of NOT_LEGACY) {
      expect(toUnicode(text)).toBe(text);
      expect(toUnicode(text, undefined, { convertViqr: true })).toBe(text);
    }
  });

  it('never changes ASCII, whatever the font', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary-ascii' }),
        fc.constantFrom(undefined, '.VnTime', 'VNI-Times'),
        (text, font) => {
          expect(toUnicode(text, font)).toBe(text);
        },
      ),
    );
  });

  it('is idempotent on Unicode input', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const once = toUnicode(text);
        expect(toUnicode(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves Unicode Vietnamese phrases unchanged, even under a legacy font', () => {
    fc.assert(
      fc.property(vietnamesePhrase, fc.constantFrom(undefined, '.VnTime', 'VNI-Times'), (phrase, font) => {
        expect(toUnicode(phrase, font)).toBe(phrase);
        expect(toUnicode(phrase.normalize('NFD'), font)).toBe(phrase);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('standardiseText', () => {
  it('cleans whitespace, converts and composes in one step', () => {
    expect(standardiseText('  NguyÔn\u00a0 V¨n\u200b An ')).toBe('Nguyễn Văn An');
    expect(standardiseText(' Nguyễn '.normalize('NFD'))).toBe('Nguyễn');
  });
});

describe('column conversion', () => {
  it('lets a column decide cells that are ambiguous alone', () => {
    expect(toUnicodeColumn(['Kh¸', 'Giái', 'Trung b×nh', 'YÕu', 'Tèt'])).toEqual([
      'Khá',
      'Giỏi',
      'Trung bình',
      'Yếu',
      'Tốt',
    ]);
    expect(toUnicodeColumn(['Khaù', 'Gioûi', 'Trung bình', 'Yeáu'])).toEqual([
      'Khá',
      'Giỏi',
      'Trung bình',
      'Yếu',
    ]);
    expect(toUnicodeColumn(['nguyÔn v¨n an', 'lª thÞ hµ'], '.VnTimeH')).toEqual([
      'NGUYỄN VĂN AN',
      'LÊ THỊ HÀ',
    ]);
    expect(toUnicode('Tó')).toBe('Tó');
    expect(toUnicodeColumn(['NguyÔn V¨n Tó', 'Tó', 'Giái', 'Lª ThÞ Hµ'])).toEqual([
      'Nguyễn Văn Tú',
      'Tú',
      'Giỏi',
      'Lê Thị Hà',
    ]);
    expect(toUnicodeColumn(['Toát', 'Nguyeãn Vaên An', 'Hoïc sinh gioûi'])).toEqual([
      'Tốt',
      'Nguyễn Văn An',
      'Học sinh giỏi',
    ]);
  });

  it('leaves Unicode rows, ASCII and foreign words in a legacy column alone', () => {
    expect(
      toUnicodeColumn(['NguyÔn V¨n An', 'Trần Thị Bình', 'Café', 'Nguyen Van B', '', 'Lª ThÞ Hµ']),
    ).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Café', 'Nguyen Van B', '', 'Lê Thị Hà']);
  });

  it('changes nothing in a Unicode column', () => {
    fc.assert(
      fc.property(fc.array(vietnamesePhrase, { maxLength: 8 }), (column) => {
        expect(toUnicodeColumn(column)).toEqual(column);
        expect(detectColumnEncoding(column).encoding).not.toBe('tcvn3');
      }),
    );
  });
});
