import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CompactStrings } from './shared-strings';

describe('CompactStrings', () => {
  it('gives back every string and rich value pushed, sized up front or grown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 30, unit: 'grapheme' }), fc.constant({ richText: [] }))),
        fc.integer({ min: 0, max: 4096 }),
        (values, capacity) => {
          const store = new CompactStrings(capacity);
          for (const value of values) store.push(value);
          expect(store.length).toBe(values.length);
          values.forEach((value, i) => {
            expect(store.get(i)).toEqual(value);
          });
          expect(store.get(values.length)).toBeUndefined();
        },
      ),
    );
  });

  it('grows past its initial size when the text is longer than announced', () => {
    const store = new CompactStrings(16);
    const long = 'Nguyễn Thị Minh Khai '.repeat(5000);
    store.push(long);
    store.push('Đặng Văn Ánh');
    expect(store.get(0)).toBe(long);
    expect(store.get(1)).toBe('Đặng Văn Ánh');
  });
});
