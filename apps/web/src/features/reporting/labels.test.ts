import { describe, expect, it } from 'vitest';
import { completeness, parseDays, vnDate, vnEndOfDay } from './labels';

describe('reporting labels', () => {
  it('parses reminder days and refuses anything else', () => {
    expect(parseDays('7, 3, 1')).toEqual([7, 3, 1]);
    expect(parseDays('')).toEqual([]);
    expect(parseDays('1, x')).toBeNull();
    expect(parseDays('400')).toBeNull();
  });
  it('works in Vietnam time', () => {
    expect(vnEndOfDay('2026-10-15')).toBe('2026-10-15T23:59:59+07:00');
    expect(vnDate('2026-10-15T18:00:00Z')).toBe('2026-10-16');
  });
  it('rounds completeness down so 99.99% never shows as 100%', () => {
    expect(completeness(9999, 10000)).toBe(99.9);
    expect(completeness(0, 0)).toBe(100);
  });
});
