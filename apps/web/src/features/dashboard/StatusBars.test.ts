import { describe, expect, it } from 'vitest';
import type { Figures } from './api';
import { statusParts } from './StatusBars';

const figures = (over: Partial<Figures>): Figures => ({
  expected: 0,
  submitted: 0,
  onTime: 0,
  late: 0,
  outstanding: 0,
  returned: 0,
  approved: 0,
  withData: 0,
  requiredFilled: 0,
  requiredTotal: 0,
  completeness: null,
  openIssues: 0,
  blockingIssues: 0,
  ...over,
});

describe('statusParts', () => {
  it('splits the units of a bar into approved, awaiting review, returned and not submitted', () => {
    const parts = statusParts(
      figures({ expected: 10, submitted: 6, approved: 4, returned: 1, outstanding: 4 }),
    );
    expect(parts.map((p) => [p.key, p.value])).toEqual([
      ['approved', 4],
      ['pending', 2],
      ['returned', 1],
      ['outstanding', 3],
    ]);
    expect(parts.reduce((s, p) => s + p.value, 0)).toBe(10);
  });
});
