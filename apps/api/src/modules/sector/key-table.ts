/**
 * A set of string keys with one small integer each, in typed arrays: what
 * the importer's duplicate checks remember of every row of a file. A Map
 * of strings costs ~150 bytes per key; this costs 12 bytes per slot (at
 * most 70 % full). Sized for the expected number of keys (the file's row
 * count), a 1,000,000-row file needs ~17 MB per check and never grows; a
 * table that must grow doubles (holding both arrays for a moment).
 *
 * Keys are kept as a 63-bit hash (two independent 32-bit hashes, the low
 * bit of the second set to mark a used slot), not as text: two different
 * keys collide with probability about n²/2⁶⁴ (5·10⁻⁸ for a million keys),
 * and a collision can only ever make the importer report a duplicate that
 * is not one (never miss one).
 */
const MAX_LOAD = 0.7;

export class KeyTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private values: Int32Array;
  private count = 0;

  /** `capacity`: how many keys to hold without growing. */
  constructor(capacity = 1024) {
    const size = Math.max(16, Math.ceil(capacity / MAX_LOAD) + 1);
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.values = new Int32Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for the key, or undefined. */
  get(key: string): number | undefined {
    const h1 = hashA(key);
    const h2 = (hashB(key) | 1) >>> 0;
    const slot = this.find(h1, h2);
    return this.lo[slot] !== 0 ? this.values[slot] : undefined;
  }

  set(key: string, value: number): void {
    const h1 = hashA(key);
    const h2 = (hashB(key) | 1) >>> 0;
    let slot = this.find(h1, h2);
    if (this.lo[slot] === 0) {
      if (this.count + 1 > this.lo.length * MAX_LOAD) {
        this.grow();
        slot = this.find(h1, h2);
      }
      this.hi[slot] = h1;
      this.lo[slot] = h2;
      this.count++;
    }
    this.values[slot] = value;
  }

  /** The slot holding the hash pair, or the empty slot (lo 0) where it would go (linear probing). */
  private find(h1: number, h2: number): number {
    const size = this.lo.length;
    let slot = ((h1 ^ (h2 >>> 7)) >>> 0) % size;
    while (this.lo[slot] !== 0 && (this.hi[slot] !== h1 || this.lo[slot] !== h2))
      slot = slot + 1 === size ? 0 : slot + 1;
    return slot;
  }

  private grow() {
    const { hi, lo, values } = this;
    const size = lo.length * 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.values = new Int32Array(size);
    for (let i = 0; i < lo.length; i++) {
      if (lo[i] === 0) continue;
      const slot = this.find(hi[i]!, lo[i]!);
      this.hi[slot] = hi[i]!;
      this.lo[slot] = lo[i]!;
      this.values[slot] = values[i]!;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
export function hashA(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A multiplicative hash with MurmurHash3's finaliser: independent of hashA. */
export function hashB(key: string): number {
  let h = 0x9747b28c ^ key.length;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
