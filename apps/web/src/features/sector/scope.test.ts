import { describe, expect, it } from 'vitest';
import type { SchoolYear } from '../../api/sector';
import type { Unit } from '../../api/types';
import { defaultYear, resolveScope, schoolsOf, scopeSearch, sitesOf } from './scope';

const unit = (
  id: string,
  typeCode: string,
  name = id,
  parentId: string | null = null,
  status = 'active',
): Unit => ({
  id,
  code: id.toUpperCase(),
  name,
  typeCode,
  parentId,
  address: null,
  status: status as Unit['status'],
  validFrom: '2025-07-01',
  validTo: null,
  mergedInto: null,
});
const year = (id: string, code: string, isCurrent = false): SchoolYear => ({
  id,
  code,
  startsOn: `${code.slice(0, 4)}-09-05`,
  endsOn: `${code.slice(5)}-05-31`,
  isCurrent,
});

const years = [year('y26', '2026-2027'), year('y25', '2025-2026', true), year('y24', '2024-2025')];

describe('sector scope', () => {
  it('lists active schools by Vietnamese name, and a school’s satellite sites', () => {
    const units = [
      unit('dept', 'department'),
      unit('b', 'school', 'Trường Tiểu học Đồng Tâm'),
      unit('a', 'school', 'Trường THCS An Bình'),
      unit('c', 'school', 'Trường cũ', null, 'closed'),
      unit('s1', 'satellite', 'Điểm trường 2', 'a'),
      unit('s2', 'satellite', 'Điểm trường khác', 'b'),
    ];
    expect(schoolsOf(units).map((u) => u.id)).toEqual(['a', 'b']);
    expect(sitesOf(units, 'a').map((u) => u.id)).toEqual(['s1']);
  });

  it('defaults to the current year, else the newest', () => {
    expect(defaultYear(years)?.id).toBe('y25');
    expect(defaultYear([year('x', '2030-2031'), year('z', '2029-2030')])?.id).toBe('x');
    expect(defaultYear([])).toBeUndefined();
  });

  it('prefers the address, then the session, then the only school', () => {
    const schools = [{ id: 'a' }, { id: 'b' }];
    expect(
      resolveScope({ schoolId: 'b', yearId: 'y24' }, { schoolId: 'a', yearId: 'y26' }, schools, years),
    ).toEqual({
      schoolId: 'b',
      yearId: 'y24',
    });
    expect(resolveScope({}, { schoolId: 'a', yearId: 'y26' }, schools, years)).toEqual({
      schoolId: 'a',
      yearId: 'y26',
    });
    expect(resolveScope({}, null, schools, years)).toEqual({ schoolId: '', yearId: 'y25' });
    expect(resolveScope({}, null, [{ id: 'only' }], years)).toEqual({ schoolId: 'only', yearId: 'y25' });
  });

  it('honours an explicit "every school" and drops ids that are not offered (stale links)', () => {
    const schools = [{ id: 'only' }];
    expect(resolveScope({ schoolId: '' }, { schoolId: 'only' }, schools, years).schoolId).toBe('');
    expect(resolveScope({ schoolId: 'gone', yearId: 'gone' }, null, schools, years)).toEqual({
      schoolId: 'only',
      yearId: 'y25',
    });
  });

  it('builds links that keep the scope', () => {
    expect(scopeSearch({ schoolId: 'a', yearId: 'y25' })).toBe('?school=a&year=y25');
    expect(scopeSearch({})).toBe('');
  });
});
