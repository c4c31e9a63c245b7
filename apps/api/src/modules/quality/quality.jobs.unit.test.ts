import { describe, expect, it } from 'vitest';
import { nextNightly } from './quality.jobs';

describe('nightly quality run', () => {
  it('runs at 02:00 Vietnam time (19:00 UTC), the same day when still ahead, else the next', () => {
    expect(nextNightly(new Date('2026-11-22T10:00:00Z')).toISOString()).toBe('2026-11-22T19:00:00.000Z');
    expect(nextNightly(new Date('2026-11-22T19:00:00Z')).toISOString()).toBe('2026-11-23T19:00:00.000Z');
    expect(nextNightly(new Date('2026-12-31T20:30:00Z')).toISOString()).toBe('2027-01-01T19:00:00.000Z');
  });
});
