import { describe, expect, it } from 'vitest';
import { ackPercent, fromVietnamInput, isOverdue, percentText, toVietnamInput } from './labels';

describe('bulletin labels', () => {
  it('reads and writes deadlines in Vietnam time', () => {
    expect(fromVietnamInput('2026-11-27T17:00')).toBe('2026-11-27T10:00:00.000Z');
    expect(toVietnamInput('2026-11-27T10:00:00.000Z')).toBe('2026-11-27T17:00');
    expect(toVietnamInput('2026-12-31T20:30:00.000Z')).toBe('2027-01-01T03:30');
    expect(fromVietnamInput('')).toBeNull();
    expect(fromVietnamInput('27/11/2026')).toBeNull();
    expect(toVietnamInput(null)).toBe('');
  });

  it('formats rates and never divides by zero', () => {
    expect(ackPercent(1, 3)).toBe(33.3);
    expect(ackPercent(0, 0)).toBeNull();
    expect(percentText(50)).toBe('50%');
    expect(percentText(33.333)).toBe('33.3%');
    expect(percentText(null)).toBeNull();
  });

  it('calls a deadline overdue only when passed and not acknowledged', () => {
    const now = Date.parse('2026-11-22T00:00:00Z');
    expect(isOverdue('2026-11-21T00:00:00Z', null, now)).toBe(true);
    expect(isOverdue('2026-11-21T00:00:00Z', '2026-11-20T00:00:00Z', now)).toBe(false);
    expect(isOverdue('2026-11-23T00:00:00Z', null, now)).toBe(false);
    expect(isOverdue(null, null, now)).toBe(false);
  });
});
