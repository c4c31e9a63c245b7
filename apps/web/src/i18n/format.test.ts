import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, parseDate, todayIso } from './format';
import { readLocaleCookie } from './locale-cookie';

describe('formatDate', () => {
  it('shows ISO dates as dd/mm/yyyy without time-zone drift', () => {
    expect(formatDate('2025-07-01')).toBe('01/07/2025');
    expect(formatDate(null)).toBe('');
  });

  it('shows timestamps on their Vietnamese calendar day', () => {
    // 17:30 UTC on 30 June is already 1 July in Vietnam (UTC+7).
    expect(formatDate('2025-06-30T17:30:00Z')).toBe('01/07/2025');
  });
});

describe('formatDateTime', () => {
  it('uses Vietnam time and a 24-hour clock', () => {
    expect(formatDateTime('2025-11-22T07:05:09Z')).toBe('22/11/2025 14:05');
    expect(formatDateTime('2025-11-22T07:05:09Z', true)).toBe('22/11/2025 14:05:09');
  });
});

describe('parseDate', () => {
  it.each([
    ['01/07/2025', '2025-07-01'],
    ['1/7/2025', '2025-07-01'],
    ['30-06-2025', '2025-06-30'],
    ['29.02.2024', '2024-02-29'],
    [' 2025-09-05 ', '2025-09-05'],
  ])('reads %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each(['', '31/06/2025', '29/02/2025', '07/2025', '2025-13-01', '12/31/2025', 'hôm nay'])(
    'refuses %j',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );
});

describe('todayIso', () => {
  it('is the date in Vietnam', () => {
    expect(todayIso(new Date('2025-12-31T18:00:00Z'))).toBe('2026-01-01');
  });
});

describe('readLocaleCookie', () => {
  it('reads the language cookie among others', () => {
    expect(readLocaleCookie('a=1; edushield_lang=en; b=2')).toBe('en');
    expect(readLocaleCookie('edushield_lang=fr')).toBeNull();
    expect(readLocaleCookie('')).toBeNull();
  });
});
