import { describe, expect, it } from 'vitest';
import { allowedActions, codeLabel, codeOptions, gradesOfLevel } from './codes';

describe('code lists in the UI', () => {
  it('labels codes in the user’s language and shows unknown codes as they are', () => {
    expect(codeLabel('gender', '2', 'vi')).toBe('Nữ');
    expect(codeLabel('gender', '2', 'en')).toBe('Female');
    expect(codeLabel('learnerStatus', '04', 'vi')).toBe('Thôi học');
    expect(codeLabel('leavingReason', 'ZZ', 'vi')).toBe('ZZ');
    expect(codeLabel('gender', null, 'vi')).toBe('');
  });

  it('offers every entry of a list, in order', () => {
    const options = codeOptions('leavingReason', 'vi');
    expect(options[0]).toEqual({ value: '01', label: 'Hoàn cảnh gia đình khó khăn' });
    expect(options.at(-1)?.value).toBe('99');
  });

  it('offers the status actions the server accepts from each status', () => {
    expect(allowedActions('01')).toEqual(['transferOut', 'dropOut', 'graduate']);
    expect(allowedActions('02')).toEqual(['transferOut', 'dropOut', 'graduate']);
    expect(allowedActions('05')).toEqual(['dropOut', 'reEnrol']);
    expect(allowedActions('03')).toEqual(['reEnrol']);
    expect(allowedActions('04')).toEqual(['reEnrol']);
    expect(allowedActions('06')).toEqual([]);
  });

  it('knows the grades of each school level', () => {
    expect(gradesOfLevel('TH')).toEqual([1, 2, 3, 4, 5]);
    expect(gradesOfLevel('THCS')).toEqual([6, 7, 8, 9]);
    expect(gradesOfLevel('THCS_THPT')).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(gradesOfLevel('MN')).toEqual([0]);
    expect(gradesOfLevel(null)).toBeNull();
    expect(gradesOfLevel('XYZ')).toBeNull();
  });
});
