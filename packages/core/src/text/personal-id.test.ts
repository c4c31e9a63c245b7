import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPersonalIdAgainst, parsePersonalId } from './personal-id';
import { OLD_PROVINCES, oldProvinceByCode } from './provinces-63';

describe('old province codes', () => {
  it('lists the 63 provinces with distinct 3-digit codes', () => {
    expect(OLD_PROVINCES).toHaveLength(63);
    expect(new Set(OLD_PROVINCES.map((p) => p.code)).size).toBe(63);
    for (const p of OLD_PROVINCES) expect(p.code).toMatch(/^0\d{2}$/);
    expect(oldProvinceByCode('001')?.name).toBe('Hà Nội');
    expect(oldProvinceByCode('079')?.name).toBe('TP Hồ Chí Minh');
    expect(oldProvinceByCode('003')).toBeUndefined();
  });
});

describe('parsePersonalId', () => {
  it('decodes province, century, gender and year', () => {
    const parsed = parsePersonalId('001 099 012345');
    expect(parsed).toEqual({
      ok: true,
      value: {
        id: '001099012345',
        provinceCode: '001',
        province: { code: '001', name: 'Hà Nội' },
        gender: 'male',
        century: 1900,
        yearTwoDigits: 99,
        birthYear: 1999,
      },
    });
    expect(parsePersonalId('079315012345')).toMatchObject({
      ok: true,
      value: { gender: 'female', century: 2000, yearTwoDigits: 15, birthYear: 2015 },
    });
    expect(parsePersonalId('079415012345')).toMatchObject({ value: { gender: 'male', century: 2100 } });
    expect(parsePersonalId('079915012345')).toMatchObject({ value: { gender: 'female', century: 2300 } });
  });

  it('reports malformed ids', () => {
    expect(parsePersonalId('07931501234')).toEqual({ ok: false, problems: ['WRONG_LENGTH'] });
    expect(parsePersonalId('07931501234X')).toEqual({ ok: false, problems: ['NOT_DIGITS'] });
    expect(parsePersonalId('')).toEqual({ ok: false, problems: ['WRONG_LENGTH'] });
  });

  it('decodes the century-gender digit for every value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (id) => {
        const parsed = parsePersonalId(id);
        if (!parsed.ok) throw new Error('12 digits refused');
        const digit = Number(id[3]);
        expect(parsed.value.gender).toBe(digit % 2 === 0 ? 'male' : 'female');
        expect(parsed.value.century).toBe(1900 + 100 * Math.floor(digit / 2));
        expect(parsed.value.birthYear % 100).toBe(Number(id.slice(4, 6)));
      }),
    );
  });
});

describe('checkPersonalIdAgainst', () => {
  it('accepts a consistent record', () => {
    expect(checkPersonalIdAgainst({ id: '079315012345', birthDate: '05/01/2015', gender: 'Nữ' })).toEqual([]);
    expect(checkPersonalIdAgainst({ id: '001099012345', birthDate: '1999-12-31', gender: 'male' })).toEqual(
      [],
    );
    expect(checkPersonalIdAgainst({ id: '001099012345' })).toEqual([]);
  });

  it('lists every mismatch', () => {
    expect(checkPersonalIdAgainst({ id: '079315012345', birthDate: '05/01/2014', gender: 'Nam' })).toEqual([
      'GENDER_MISMATCH',
      'BIRTH_YEAR_MISMATCH',
    ]);
    // 1915 vs 2015: same two digits, wrong century.
    expect(checkPersonalIdAgainst({ id: '079115012345', birthDate: '05/01/2015', gender: 'nu' })).toEqual([
      'BIRTH_YEAR_MISMATCH',
    ]);
    expect(checkPersonalIdAgainst({ id: '003315012345', birthDate: '31/02/2015', gender: 'khác' })).toEqual([
      'UNKNOWN_PROVINCE_CODE',
      'GENDER_UNRECOGNISED',
      'BIRTH_DATE_INVALID',
    ]);
    expect(checkPersonalIdAgainst({ id: '7931501234' })).toEqual(['WRONG_LENGTH']);
  });
});
