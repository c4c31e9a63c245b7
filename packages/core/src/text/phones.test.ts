import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePhone, OLD_MOBILE_PREFIXES } from './phones';

const value = (input: string | number) => {
  const result = normalisePhone(input);
  return result.ok ? result.value : result.reason;
};

describe('normalisePhone', () => {
  it('accepts the ways mobiles are written', () => {
    for (const input of [
      '0912345678',
      '0912 345 678',
      '0912.345.678',
      '0912-345-678',
      '(091) 2345678',
      '+84 912 345 678',
      '+84912345678',
      '(+84) 912.345.678',
      '+84 (0) 912 345 678',
      '84912345678',
      '0084 912 345 678',
      '912345678',
      912345678,
    ]) {
      expect(value(input)).toBe('0912345678');
    }
    expect(normalisePhone('0912345678')).toEqual({
      ok: true,
      value: '0912345678',
      kind: 'mobile',
      changed: false,
      prefixConverted: false,
    });
    expect(normalisePhone('0912 345 678')).toMatchObject({ changed: true, prefixConverted: false });
  });

  it('restores the 0 a spreadsheet dropped from an 084 number', () => {
    expect(value('842345678')).toBe('0842345678');
  });

  it('converts every retired 11-digit prefix', () => {
    for (const [old, current] of Object.entries(OLD_MOBILE_PREFIXES)) {
      expect(normalisePhone(`${old}1234567`)).toEqual({
        ok: true,
        value: `${current}1234567`,
        kind: 'mobile',
        changed: true,
        prefixConverted: true,
      });
    }
    expect(value('+84 166 234 5678')).toBe('0362345678');
    expect(value(1662345678)).toBe('0362345678');
    expect(Object.keys(OLD_MOBILE_PREFIXES)).toHaveLength(21);
  });

  it('accepts landlines as their own kind', () => {
    expect(normalisePhone('024 3825 6686')).toMatchObject({
      ok: true,
      value: '02438256686',
      kind: 'landline',
    });
    expect(normalisePhone('+84 24 3825 6686')).toMatchObject({
      ok: true,
      value: '02438256686',
      kind: 'landline',
    });
    expect(normalisePhone(2838256686)).toMatchObject({ ok: true, value: '02838256686', kind: 'landline' });
  });

  it('explains what it refuses', () => {
    expect(value('')).toBe('EMPTY');
    expect(value('  ')).toBe('EMPTY');
    expect(value('09123abc78')).toBe('INVALID_CHARACTERS');
    expect(value('0912+345678')).toBe('INVALID_CHARACTERS');
    expect(value(-912345678)).toBe('INVALID_CHARACTERS');
    expect(value('+1 202 555 0100')).toBe('FOREIGN_NUMBER');
    expect(value('0012025550100')).toBe('FOREIGN_NUMBER');
    expect(value('0123')).toBe('INVALID_LENGTH');
    expect(value('09123456789')).toBe('INVALID_PREFIX');
    expect(value('0412345678')).toBe('INVALID_PREFIX');
    expect(value('01301234567')).toBe('INVALID_PREFIX');
  });

  it('gives a number cell and the text it shows the same verdict', () => {
    for (const [number, text] of [
      [0.000001, '0.000001'],
      [0.01, '0.01'],
      [-912345678, '-912345678'],
      [1e21, '1e+21'],
    ] as const) {
      expect(value(number)).toBe(value(text));
      expect(value(number)).not.toBe('FOREIGN_NUMBER');
    }
    expect(value('-912345678')).toBe('INVALID_CHARACTERS');
  });

  const mobile = fc
    .tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/))
    .map(([p, rest]) => `0${p}${rest}`);
  const separator = fc.constantFrom('', ' ', '.', '-');

  it('finds the same number however it is formatted', () => {
    fc.assert(
      fc.property(
        mobile,
        separator,
        fc.constantFrom('0', '+84 ', '84', '+84 (0) '),
        (number, sep, prefix) => {
          const national = number.slice(1);
          const written = prefix + [national.slice(0, 2), national.slice(2, 5), national.slice(5)].join(sep);
          expect(value(written)).toBe(number);
        },
      ),
    );
  });

  it('is idempotent on its output', () => {
    fc.assert(
      fc.property(fc.oneof(mobile, fc.stringMatching(/^[\d +().-]{0,16}$/)), (input) => {
        const first = normalisePhone(input);
        if (!first.ok) return;
        expect(normalisePhone(first.value)).toEqual({ ...first, changed: false, prefixConverted: false });
      }),
    );
  });
});
