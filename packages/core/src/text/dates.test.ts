import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateVi, parseDate } from './dates';

const REF = { referenceYear: 2026 };
const iso = (text: unknown) => parseDate(text, REF);

describe('parseDate', () => {
  it('reads the day-first formats of school files', () => {
    expect(iso('05/01/2015')).toEqual({ ok: true, iso: '2015-01-05' });
    expect(iso('5/1/2015')).toEqual({ ok: true, iso: '2015-01-05' });
    expect(iso('05-01-2015')).toEqual({ ok: true, iso: '2015-01-05' });
    expect(iso('05.01.2015')).toEqual({ ok: true, iso: '2015-01-05' });
    expect(iso(' 05/01/2015 00:00:00 ')).toEqual({ ok: true, iso: '2015-01-05' });
    expect(iso('2015-01-05')).toEqual({ ok: true, iso: '2015-01-05' });
    expect(iso('2015-01-05T00:00:00.000Z')).toEqual({ ok: true, iso: '2015-01-05' });
  });

  it('validates real calendar dates', () => {
    expect(iso('31/02/2015')).toEqual({ ok: false, reason: 'INVALID_DATE' });
    expect(iso('29/02/2023')).toEqual({ ok: false, reason: 'INVALID_DATE' });
    expect(iso('29/02/2024')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(iso('29/02/1900')).toEqual({ ok: false, reason: 'INVALID_DATE' });
    expect(iso('29/02/2000')).toEqual({ ok: true, iso: '2000-02-29' });
    expect(iso('12/25/2015')).toEqual({ ok: false, reason: 'INVALID_DATE' });
    expect(iso('00/01/2015')).toEqual({ ok: false, reason: 'INVALID_DATE' });
  });

  it('refuses what it cannot read', () => {
    expect(iso('')).toEqual({ ok: false, reason: 'EMPTY' });
    expect(iso(null)).toEqual({ ok: false, reason: 'EMPTY' });
    expect(iso('05/01-2015')).toEqual({ ok: false, reason: 'UNRECOGNISED_FORMAT' });
    expect(iso('ngày 5 tháng 1')).toEqual({ ok: false, reason: 'UNRECOGNISED_FORMAT' });
    expect(iso({})).toEqual({ ok: false, reason: 'UNSUPPORTED_TYPE' });
    expect(iso('05/01/0099')).toEqual({ ok: false, reason: 'OUT_OF_RANGE' });
  });

  it('accepts two-digit years only when one century fits', () => {
    expect(iso('05/01/85')).toEqual({ ok: true, iso: '1985-01-05' });
    expect(iso('05/01/15')).toEqual({ ok: true, iso: '2015-01-05' });
    expect(iso('05/01/30')).toEqual({ ok: false, reason: 'AMBIGUOUS_TWO_DIGIT_YEAR' });
    expect(iso('05/01/26')).toEqual({ ok: false, reason: 'AMBIGUOUS_TWO_DIGIT_YEAR' });
    expect(iso('05/01/37')).toEqual({ ok: true, iso: '1937-01-05' });
  });

  it('reads Excel serial numbers (epoch 30/12/1899)', () => {
    expect(iso(45658)).toEqual({ ok: true, iso: '2025-01-01' });
    expect(iso(45658.75)).toEqual({ ok: true, iso: '2025-01-01' });
    expect(iso('45658')).toEqual({ ok: true, iso: '2025-01-01' });
    expect(iso(61)).toEqual({ ok: true, iso: '1900-03-01' });
    expect(iso(59)).toEqual({ ok: true, iso: '1900-02-28' });
    expect(iso(1)).toEqual({ ok: true, iso: '1900-01-01' });
    expect(iso(60)).toEqual({ ok: false, reason: 'EXCEL_1900_LEAP_DAY' });
    expect(iso(0)).toEqual({ ok: false, reason: 'OUT_OF_RANGE' });
    expect(iso(Number.NaN)).toEqual({ ok: false, reason: 'UNSUPPORTED_TYPE' });
  });

  it('reads Dates by their calendar day', () => {
    expect(iso(new Date(Date.UTC(2015, 0, 5)))).toEqual({ ok: true, iso: '2015-01-05' });
    expect(iso(new Date(2015, 0, 5, 12))).toEqual({ ok: true, iso: '2015-01-05' });
    expect(iso(new Date('invalid'))).toEqual({ ok: false, reason: 'INVALID_DATE' });
  });

  const anyDay = fc
    .date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it('round-trips formatDateVi', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(iso(formatDateVi(day))).toEqual({ ok: true, iso: day });
        expect(iso(day)).toEqual({ ok: true, iso: day });
      }),
    );
  });

  it('agrees between Excel serials and calendar dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const parsed = iso(serial);
        if (!parsed.ok) throw new Error('serial refused');
        const days = (Date.parse(`${parsed.iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
        expect(days).toBe(serial);
      }),
    );
  });
});

describe('formatDateVi', () => {
  it('writes dd/mm/yyyy and refuses non-dates', () => {
    expect(formatDateVi('2015-01-05')).toBe('05/01/2015');
    expect(() => formatDateVi('2015-02-31')).toThrow(RangeError);
    expect(() => formatDateVi('05/01/2015')).toThrow(RangeError);
  });
});
