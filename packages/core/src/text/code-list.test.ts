import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CodeListEntry, matchCodeListValue } from './code-list';
import { foldKey } from './names';

const ETHNICITIES: CodeListEntry[] = [
  { code: '01', labelVi: 'Kinh', labelEn: 'Kinh', aliases: ['Việt'] },
  { code: '02', labelVi: 'Tày' },
  { code: '03', labelVi: 'Thái' },
  { code: '04', labelVi: 'Hoa', labelEn: 'Chinese' },
  { code: '05', labelVi: 'Khơ-me', aliases: ['Khmer'] },
  { code: '06', labelVi: 'Mường' },
  { code: '11', labelVi: 'Ba Na' },
];

const code = (input: string | number, entries: CodeListEntry[] = ETHNICITIES) => {
  const match = matchCodeListValue(input, entries);
  return match.entry ? match.entry.code : match.reason;
};

describe('matchCodeListValue', () => {
  it('matches by code, including codes a spreadsheet turned into numbers', () => {
    expect(code('01')).toBe('01');
    expect(code(' 03 ')).toBe('03');
    expect(code(1)).toBe('01');
    expect(code('6')).toBe('06');
    expect(matchCodeListValue('01', ETHNICITIES)).toMatchObject({ matchedBy: 'code' });
  });

  it('matches labels, English labels and aliases ignoring accents, case, spacing and punctuation', () => {
    expect(code('Kinh')).toBe('01');
    expect(code('  KINH ')).toBe('01');
    expect(code('viet')).toBe('01');
    expect(code('Chinese')).toBe('04');
    expect(code('Khơ me')).toBe('05');
    expect(code('KHMER')).toBe('05');
    expect(code('muong')).toBe('06');
    expect(code('Ba   na')).toBe('11');
    expect(code('Tày'.normalize('NFD'))).toBe('02');
    expect(matchCodeListValue('Thai', ETHNICITIES)).toMatchObject({ matchedBy: 'label' });
  });

  it('returns null with a reason when nothing or several entries fit', () => {
    expect(code('')).toBe('EMPTY');
    expect(code('Ê Đê')).toBe('NO_MATCH');
    const collide: CodeListEntry[] = [
      { code: 'A', labelVi: 'Mạ' },
      { code: 'B', labelVi: 'Ma' },
      { code: 'C', labelVi: 'Mã' },
    ];
    expect(code('Mạ', collide)).toBe('A');
    expect(code('ma', collide)).toBe('B');
    const ambiguous = matchCodeListValue('mà', collide);
    expect(ambiguous).toMatchObject({ entry: null, reason: 'AMBIGUOUS' });
    expect(ambiguous.entry === null && ambiguous.candidates.map((e) => e.code)).toEqual(['A', 'B', 'C']);
  });

  it('finds every entry by its own label written any way', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ETHNICITIES), fc.boolean(), fc.boolean(), (entry, upper, fold) => {
        let label = fold ? foldKey(entry.labelVi) : entry.labelVi;
        label = upper ? label.toUpperCase() : label;
        expect(code(`  ${label} `)).toBe(entry.code);
      }),
    );
  });
});
