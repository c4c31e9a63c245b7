import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../api/sector';
import { acceptedFile, asFilter, findingsQuery, groupFindings, writableRows } from './findings';

const change = (row: number, column: string, before: string, after: string): Finding => ({
  row,
  column,
  kind: 'change',
  ruleCode: null,
  severity: null,
  before,
  after,
  message: null,
});
const issue = (row: number, column: string, severity: 'blocking' | 'warning', ruleCode: string): Finding => ({
  row,
  column,
  kind: 'issue',
  ruleCode,
  severity,
  before: null,
  after: null,
  message: `${ruleCode} message`,
});

describe('groupFindings', () => {
  it('groups by spreadsheet row, problems first (blocking before warnings), then changes', () => {
    const groups = groupFindings([
      change(2, 'Số điện thoại', '01629123456', '0329123456'),
      change(2, 'Ngày sinh', '41887', '05/09/2014'),
      issue(2, 'Số điện thoại', 'warning', 'FIELD_PHONE_OLD_PREFIX'),
      change(3, 'Họ và tên', 'Traàn Thò Bích Ngoïc', 'Trần Thị Bích Ngọc'),
      issue(4, 'Số định danh cá nhân', 'warning', 'X_WARNING'),
      issue(4, 'Số định danh cá nhân', 'blocking', 'FIELD_PERSONAL_ID_FORMAT'),
    ]);
    expect(groups.map((g) => g.row)).toEqual([2, 3, 4]);
    expect(groups[0]).toMatchObject({ worst: 'warning' });
    expect(groups[0]!.changes.map((c) => c.column)).toEqual(['Số điện thoại', 'Ngày sinh']);
    expect(groups[1]).toMatchObject({ worst: null, issues: [] });
    expect(groups[2]!.worst).toBe('blocking');
    expect(groups[2]!.issues.map((i) => i.ruleCode)).toEqual(['FIELD_PERSONAL_ID_FORMAT', 'X_WARNING']);
  });

  it('orders rows even when the page arrives out of order', () => {
    expect(groupFindings([change(9, 'A', 'a', 'b'), change(3, 'A', 'a', 'b')]).map((g) => g.row)).toEqual([
      3, 9,
    ]);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('findings filters', () => {
  it('maps each filter to the server query', () => {
    expect(findingsQuery('all', 2)).toEqual({ page: 2 });
    expect(findingsQuery('changes', 1)).toEqual({ page: 1, kind: 'change' });
    expect(findingsQuery('blocking', 1)).toEqual({ page: 1, kind: 'issue', severity: 'blocking' });
    expect(findingsQuery('warnings', 3)).toEqual({ page: 3, kind: 'issue', severity: 'warning' });
    expect(asFilter('blocking')).toBe('blocking');
    expect(asFilter('<script>')).toBe('all');
    expect(asFilter(null)).toBe('all');
  });

  it('counts the rows "valid rows only" would write', () => {
    expect(writableRows({ valid: 5, withWarnings: 2 })).toBe(7);
    expect(writableRows(null)).toBe(0);
  });

  it('accepts the spreadsheet types the server reads, by extension', () => {
    expect(acceptedFile('danh sách lớp 6.xlsx')).toBe(true);
    expect(acceptedFile('OLD.XLS')).toBe(true);
    expect(acceptedFile('hs.csv')).toBe(true);
    expect(acceptedFile('hs.xlsx.exe')).toBe(false);
    expect(acceptedFile('notes.txt')).toBe(false);
  });
});
