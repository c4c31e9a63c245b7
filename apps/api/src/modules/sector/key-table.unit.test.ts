import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from './key-table';

describe('KeyTable', () => {
  it('answers as a Map of the same keys would, through growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 2 ** 30 }))),
        // Any starting size: tables are sized to the expected key count, not to a power of two.
        fc.integer({ min: 0, max: 100 }),
        (ops, capacity) => {
          const table = new KeyTable(capacity);
          const map = new Map<string, number>();
          for (const [key, value] of ops) {
            expect(table.get(key)).toBe(map.get(key));
            table.set(key, value);
            map.set(key, value);
          }
          expect(table.size).toBe(map.size);
          for (const [key, value] of map) expect(table.get(key)).toBe(value);
        },
      ),
    );
  });

  it('keeps 200,000 distinct Vietnamese name keys apart', () => {
    const table = new KeyTable();
    for (let i = 0; i < 200_000; i++) table.set(`nguyen van an ${i}\u00002018-05-10`, i);
    expect(table.size).toBe(200_000);
    for (let i = 0; i < 200_000; i += 997) expect(table.get(`nguyen van an ${i}\u00002018-05-10`)).toBe(i);
    expect(table.get('nguyen van an\u00002018-05-10')).toBeUndefined();
  });
});
