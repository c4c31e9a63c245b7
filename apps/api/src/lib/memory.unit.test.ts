import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { releaseGarbage } from './memory';

describe('releaseGarbage', () => {
  it('collects once the heap passes the threshold, then waits for twice what is alive', () => {
    // 128 MB that stays alive: over the 96 MB floor, so the first call collects …
    const alive = Array.from({ length: 32 }, () => new Array<number>(512 * 1024).fill(0.5));
    expect(releaseGarbage()).toBe(true);
    const afterFirst = getHeapStatistics().used_heap_size;
    expect(afterFirst).toBeGreaterThan(128 * 1024 * 1024);
    // … and the next threshold is twice the live heap, so the same heap is not collected again.
    expect(releaseGarbage()).toBe(false);
    expect(alive.length).toBe(32);
  });
});
