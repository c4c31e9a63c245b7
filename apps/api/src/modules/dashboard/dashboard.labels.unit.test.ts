import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodes, dimensionLabel } from './dashboard.labels';

describe('dimension labels', () => {
  it('labels codes from the standard’s code lists in both languages', () => {
    expect(dimensionLabel('gender', '2', 'vi')).toBe('Nữ');
    expect(dimensionLabel('gender', '2', 'en')).toBe('Female');
    expect(dimensionLabel('school-level', 'THCS', 'vi')).toBe('Trung học cơ sở');
    expect(dimensionLabel('ethnicity', '01', 'vi')).toBe('Kinh');
    expect(dimensionLabel('grade', '6', 'vi')).toBe('Khối 6');
    expect(dimensionLabel('grade', '0', 'en')).toBe('Preschool');
  });

  it('an empty code is "not recorded"; an unknown code is shown as it is', () => {
    expect(dimensionLabel('ethnicity', '', 'vi')).toBe('Chưa xác định');
    expect(dimensionLabel('ethnicity', 'ZZ9', 'en')).toBe('ZZ9');
  });
});

describe('compareCodes', () => {
  it('orders grades numerically, text after, empty last', () => {
    expect(['10', '', '2', 'TH', '1'].sort(compareCodes)).toEqual(['1', '2', '10', 'TH', '']);
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), (a, b) => {
        expect(Math.sign(compareCodes(a, b))).toBe(-Math.sign(compareCodes(b, a)) || 0);
      }),
    );
  });
});
