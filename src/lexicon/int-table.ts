/**
 * Small open-addressing tables over typed arrays: no per-entry objects, so building one from tens of thousands of
 * keys costs no garbage collection. Used by the gazetteer to index names without decoding them.
 *
 * @module
 */

/** Capacity (a power of two) for `n` keys at a load of at most one half. */
export function capacityFor(n: number): number {
  let c = 16;
  while (c < n * 2) c *= 2;
  return c;
}

/**
 * A map from non-zero 32-bit integer keys to the bitwise OR of the values stored under them.
 *
 * @example
 * ```ts
 * const m = new OrTable(8);
 * m.or(7, 0b100); m.or(7, 0b001);
 * m.get(7); // 0b101
 * m.get(8); // 0
 * ```
 */
export class OrTable {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected: number) {
    const cap = capacityFor(expected);
    this.keys = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** ORs `bits` into the value of `key` (key ≠ 0). */
  or(key: number, bits: number): void {
    if (this.count * 2 >= this.keys.length) this.grow();
    let slot = mix(key) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) {
        this.values[slot]! |= bits;
        return;
      }
      if (k === 0) {
        this.keys[slot] = key;
        this.values[slot] = bits;
        this.count++;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** The value of `key`, 0 when absent. */
  get(key: number): number {
    let slot = mix(key) & this.mask;
    for (;;) {
      const k = this.keys[slot]!;
      if (k === key) return this.values[slot]!;
      if (k === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.or(keys[i]!, values[i]!);
  }
}

/** Spreads the bits of a 32-bit key (so that keys differing in their high bits do not share slots). */
export function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
