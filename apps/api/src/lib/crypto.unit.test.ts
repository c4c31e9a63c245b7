import { describe, expect, it } from 'vitest';
import { decryptField, encryptField, type KeyRing } from './crypto';

describe('encryptField', () => {
  const ring: KeyRing = { currentId: 'k1', keys: new Map([['k1', Buffer.alloc(32, 7)]]) };

  it('never reuses an IV across pool refills, and every value opens again', () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const sealed = encryptField(ring, `0912${i}`);
      ivs.add(sealed.split(':')[2]!);
      if (i % 1_000 === 0) expect(decryptField(ring, sealed)).toBe(`0912${i}`);
    }
    expect(ivs.size).toBe(10_000);
  });
});
