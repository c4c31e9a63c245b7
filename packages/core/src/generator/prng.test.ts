import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng, Weighted } from './prng';

describe('Rng: số giả ngẫu nhiên có hạt giống', () => {
  it('cùng hạt giống cho cùng dãy số; khác hạt giống cho dãy khác', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
    expect(new Rng(42, 'students').next()).not.toBe(new Rng(42, 'staff').next());
  });

  it('int nằm trong khoảng, kể cả hai đầu', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.nat(1000), (seed, min, span) => {
        const rng = new Rng(seed);
        for (let i = 0; i < 20; i++) {
          const n = rng.int(min, min + span);
          expect(n).toBeGreaterThanOrEqual(min);
          expect(n).toBeLessThanOrEqual(min + span);
        }
      }),
    );
  });

  it('Weighted chọn theo trọng số', () => {
    const table = Weighted.fromRecord({ a: 70, b: 20, c: 10, z: 0 });
    const rng = new Rng('weights');
    const counts = { a: 0, b: 0, c: 0, z: 0 };
    for (let i = 0; i < 20_000; i++) counts[table.pick(rng)] += 1;
    expect(counts.a / 20_000).toBeCloseTo(0.7, 1);
    expect(counts.c / 20_000).toBeCloseTo(0.1, 1);
    expect(counts.z).toBe(0);
    expect(table.share('b')).toBeCloseTo(0.2);
  });
});
