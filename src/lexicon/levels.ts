/**
 * One level of the gazetteer (provinces, cities, counties or towns), indexed without being decoded: one scan of the
 * encoded data hashes every name (and every short form) into typed-array tables, and the entries of a group (the
 * children of one parent) are decoded only when a lookup first needs one of them. This keeps the first page of a
 * process fast: no tens of thousands of strings and objects to build, and collect, before any text is read.
 * Encoding: see scripts/build-gazetteer.mjs.
 *
 * @module
 */
import { capacityFor, mix, type OrTable } from './int-table.js';
import type { AdminLevel, GazEntry } from './gazetteer.js';

/** The hash key of a name of `len` code units from its first, second and last code units. */
function nameKey(first: number, second: number, last: number, len: number): number {
  return Math.imul(Math.imul((first << 16) ^ second, 0x01000193) ^ ((last << 5) | len), 0x01000193);
}

/** The hash key of a name (two code units or more). */
export function nameKeyOf(name: string): number {
  return nameKey(name.charCodeAt(0), name.charCodeAt(1), name.charCodeAt(name.length - 1), name.length);
}

/** Open-addressing table of record ids (id + 1; 0 is empty) by hash. */
class HashTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly hashes: Int32Array,
    ids: ArrayLike<number>,
    count: number,
  ) {
    const cap = capacityFor(count);
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    for (let k = 0; k < count; k++) {
      const id = ids[k]!;
      let slot = mix(hashes[id]!) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    }
  }

  /** The slot of the next record stored under `h`, from the slot `from` on (the first: `start(h)`), or -1. */
  next(h: number, from: number): number {
    for (let slot = from; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) if (this.hashes[this.slots[slot]! - 1] === h) return slot;
    return -1;
  }

  /** Where the records stored under `h` begin. */
  start(h: number): number {
    return mix(h) & this.mask;
  }

  /** The slot after `slot`. */
  after(slot: number): number {
    return (slot + 1) & this.mask;
  }

  /** The record id in a slot. */
  id(slot: number): number {
    return this.slots[slot]! - 1;
  }
}

/**
 * An index of one level over its encoded string.
 *
 * @example
 * ```ts
 * const towns = new LevelIndex('town', TOWNS, 6, 3, markers, (code) => code, lengths);
 * towns.lookup('阳山镇', false).map((e) => e.code); // ['320206103']
 * ```
 */
export class LevelIndex {
  /** Number of entries. */
  readonly count: number;
  private readonly groupStart: Int32Array;
  private readonly groupEnd: Int32Array;
  private readonly groupCode: string[] = [];
  private readonly cache: (GazEntry[] | undefined)[] = [];
  private readonly recGroup: Int32Array;
  private readonly recPos: Int32Array;
  private readonly full: HashTable;
  private readonly short: HashTable;
  /** Short form of each decoded entry that has one. */
  private readonly shortOf = new WeakMap<GazEntry, string>();

  /**
   * @param level - the level of every entry.
   * @param data - the encoded level (groups `parent rec,rec;…`).
   * @param parentWidth - digits of the parent code at the head of a group.
   * @param suffixWidth - digits a record adds to its parent's code.
   * @param markers - marker character code → the suffix it stands for.
   * @param parentOf - the nearest real ancestor of a raw parent code (placeholders skipped), or undefined.
   * @param lengths - receives, for every name and short form, bit `length` under the key of its first two code units.
   */
  constructor(
    private readonly level: AdminLevel,
    private readonly data: string,
    private readonly parentWidth: number,
    private readonly suffixWidth: number,
    private readonly markers: readonly (string | undefined)[],
    private readonly parentOf: (raw: string) => string | undefined,
    lengths: OrTable,
  ) {
    const end = data.length;
    const maxRecords = Math.ceil(end / 2) + 1;
    this.recGroup = new Int32Array(maxRecords);
    this.recPos = new Int32Array(maxRecords);
    const fullHash = new Int32Array(maxRecords);
    const shortHash = new Int32Array(maxRecords);
    const shortIds: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const hasShorts = suffixWidth === 2;
    let r = 0;
    for (let i = 0, g = 0; i < end; g++) {
      let groupEnd = data.indexOf(';', i);
      if (groupEnd < 0) groupEnd = end;
      this.groupCode.push(data.slice(i, i + parentWidth));
      starts.push(i + parentWidth);
      ends.push(groupEnd);
      let pos = 0;
      for (i += parentWidth; i < groupEnd; pos++, r++) {
        let recEnd = data.indexOf(',', i);
        if (recEnd < 0 || recEnd > groupEnd) recEnd = groupEnd;
        const c0 = data.charCodeAt(i);
        const a = c0 >= 48 && c0 <= 57 ? i + suffixWidth : i;
        const tail = markers[data.charCodeAt(recEnd - 1)];
        const rawEnd = tail === undefined ? recEnd : recEnd - 1;
        // A name is hashed by its length and its first, second and last code units only (a lookup compares the
        // decoded name): the full name is the record without '^', then the marker's suffix; the short form is what
        // stands before '^' (provinces, cities and counties only).
        const cut = hasShorts ? data.indexOf('^', a) : -1;
        const caret = cut >= 0 && cut < rawEnd ? cut : -1;
        const len = rawEnd - a - (caret >= 0 ? 1 : 0) + (tail === undefined ? 0 : tail.length);
        const first = data.charCodeAt(a);
        const second = a + 1 < rawEnd ? data.charCodeAt(a + 1) : tail!.charCodeAt(0);
        const last = tail !== undefined ? tail.charCodeAt(tail.length - 1) : data.charCodeAt(rawEnd - 1);
        fullHash[r] = nameKey(first, second, last, len);
        if (len >= 2 && len < 31) lengths.or((first << 16) | second, 1 << len);
        const shortLen = caret - a;
        if (shortLen >= 2 && shortLen < 31) {
          shortHash[r] = nameKey(first, second, data.charCodeAt(caret - 1), shortLen);
          lengths.or((first << 16) | second, 1 << shortLen);
          shortIds.push(r);
        }
        this.recGroup[r] = g;
        this.recPos[r] = pos;
        i = recEnd + 1;
      }
      i = groupEnd + 1;
    }
    this.count = r;
    this.groupStart = Int32Array.from(starts);
    this.groupEnd = Int32Array.from(ends);
    const all = new Int32Array(r);
    for (let k = 0; k < r; k++) all[k] = k;
    this.full = new HashTable(fullHash, all, r);
    this.short = new HashTable(shortHash, shortIds, shortIds.length);
  }

  /**
   * Adds every entry called `name` (or, with `short`, whose short form is `name`) to `out`, in code order; `key` is
   * {@link nameKeyOf} of the name. Allocates nothing when there is none.
   */
  collect(name: string, key: number, short: boolean, out: GazEntry[]): void {
    const table = short ? this.short : this.full;
    for (let slot = table.next(key, table.start(key)); slot >= 0; slot = table.next(key, table.after(slot))) {
      const id = table.id(slot);
      const e = this.group(this.recGroup[id]!)[this.recPos[id]!]!;
      if ((short ? this.shortOf.get(e) : e.name) === name) out.push(e);
    }
  }

  /** Every entry called `name` (or, with `short`, whose short form is `name`), in code order. */
  lookup(name: string, short: boolean): GazEntry[] {
    const out: GazEntry[] = [];
    if (name.length >= 2) this.collect(name, nameKeyOf(name), short, out);
    return out;
  }

  /** The entry with a code of this level, or undefined. */
  byCode(code: string): GazEntry | undefined {
    const parent = code.slice(0, this.parentWidth);
    let lo = 0;
    let hi = this.groupCode.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.groupCode[mid]!;
      if (c === parent) return this.group(mid).find((e) => e.code === code);
      if (c < parent) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Every entry whose code starts with `prefix` (a code of a level above), in code order. */
  within(prefix: string): GazEntry[] {
    const out: GazEntry[] = [];
    const key = prefix.slice(0, this.parentWidth);
    let lo = 0;
    let hi = this.groupCode.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.groupCode[mid]!.slice(0, key.length) < key) lo = mid + 1;
      else hi = mid;
    }
    for (let g = lo; g < this.groupCode.length && this.groupCode[g]!.startsWith(key); g++) {
      for (const e of this.group(g)) if (e.code.startsWith(prefix)) out.push(e);
    }
    return out;
  }

  /** Every entry, in code order (decodes them all). */
  all(): GazEntry[] {
    const out: GazEntry[] = [];
    for (let g = 0; g < this.groupCode.length; g++) for (const e of this.group(g)) out.push(e);
    return out;
  }

  /** The short form of an entry of this level, or undefined. */
  shortName(e: GazEntry): string | undefined {
    return this.shortOf.get(e);
  }

  /** The entries of one group, decoded on first use. */
  private group(g: number): GazEntry[] {
    const hit = this.cache[g];
    if (hit) return hit;
    const { data, suffixWidth, level } = this;
    const raw = this.groupCode[g]!;
    const parent = this.parentOf(raw);
    const out: GazEntry[] = [];
    let next = 1;
    for (let i = this.groupStart[g]!, end = this.groupEnd[g]!; i < end; ) {
      let recEnd = data.indexOf(',', i);
      if (recEnd < 0 || recEnd > end) recEnd = end;
      const c0 = data.charCodeAt(i);
      let suffix: string;
      if (c0 >= 48 && c0 <= 57) {
        suffix = data.slice(i, i + suffixWidth);
        next = Number(suffix) + 1;
        i += suffixWidth;
      } else {
        suffix = String(next++).padStart(suffixWidth, '0');
      }
      const tail = this.markers[data.charCodeAt(recEnd - 1)];
      let name = tail === undefined ? data.slice(i, recEnd) : data.slice(i, recEnd - 1) + tail;
      const cut = name.indexOf('^');
      let short: string | undefined;
      if (cut > 0) {
        short = name.slice(0, cut);
        name = short + name.slice(cut + 1);
      }
      // One object shape for every entry (parent undefined for provinces) keeps property access monomorphic.
      const entry: GazEntry = { name, code: raw + suffix, level, parent };
      if (short !== undefined) this.shortOf.set(entry, short);
      out.push(entry);
      i = recEnd + 1;
    }
    this.cache[g] = out;
    return out;
  }
}
