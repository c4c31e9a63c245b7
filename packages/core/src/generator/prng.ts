/**
 * Seeded pseudo-random numbers, so the same seed always gives the same
 * province (tests, demos and benchmarks are reproducible). Math.random is
 * never used. mulberry32 by Tommy Ettinger (public domain): 32-bit state,
 * fast, and good enough for synthetic data (not for security).
 */
export class Rng {
  private state: number;

  constructor(seed: number | string, stream = '') {
    this.state = hashSeed(`${seed}|${stream}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }
}

/** FNV-1a, 32-bit: turns any seed text into the generator's state. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A fixed set of weighted choices; picking is a binary search over cumulative weights. */
export class Weighted<T> {
  private readonly items: readonly T[];
  private readonly cumulative: readonly number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const positive = entries.filter(([, weight]) => weight > 0);
    if (positive.length === 0) throw new RangeError('no positive weight');
    this.items = positive.map(([item]) => item);
    let sum = 0;
    this.cumulative = positive.map(([, weight]) => {
      sum += weight;
      return sum;
    });
    this.total = sum;
  }

  static fromRecord<K extends string>(weights: Readonly<Partial<Record<K, number>>>): Weighted<K> {
    return new Weighted(Object.entries(weights) as [K, number][]);
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low] as T;
  }

  /** Share of one item, for tests. */
  share(item: T): number {
    const index = this.items.indexOf(item);
    if (index < 0) return 0;
    return ((this.cumulative[index] ?? 0) - (this.cumulative[index - 1] ?? 0)) / this.total;
  }
}
