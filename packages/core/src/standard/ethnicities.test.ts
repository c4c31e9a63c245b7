import { describe, expect, it } from 'vitest';
import { ETHNICITIES } from './lists/ethnicities';
import { findEntry } from './registry';

describe('ethnicities (Decision 121-TCTK/PPCĐ)', () => {
  it('are the 54 groups with codes 01..54 in order', () => {
    const expected = Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0'));
    expect(ETHNICITIES.entries.map((e) => e.code)).toEqual(expected);
  });

  it.each([
    ['01', 'Kinh'],
    ['02', 'Tày'],
    ['03', 'Thái'],
    ['04', 'Hoa'],
    ['05', 'Khơ-me'],
    ['06', 'Mường'],
    ['07', 'Nùng'],
    ['08', 'HMông'],
    ['09', 'Dao'],
    ['10', 'Gia-rai'],
    ['17', 'Chăm'],
    ['53', 'Ơ Đu'],
    ['54', 'Rơ Măm'],
  ])('%s is %s', (code, label) => {
    expect(findEntry('ethnicity', code)?.labelVi).toBe(label);
  });

  it('lists the common alternative spellings', () => {
    expect(findEntry('ethnicity', '05')?.aliases).toContain('Khmer');
    expect(findEntry('ethnicity', '08')?.aliases).toEqual(expect.arrayContaining(["H'Mông", 'Mông']));
  });
});
