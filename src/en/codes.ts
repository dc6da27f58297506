/**
 * Division codes for Chinese places written in English (Wuxi, Jiangsu Province, Xi'an, Pudong New Area, Caidian
 * district): the provinces, prefecture-level cities and counties of the gazetteer, romanized at build time
 * (scripts/build-pinyin-places.mjs); a county only where its level word follows its name, or a county-level city
 * written bare (Liuyang, 浏阳市) where no province or city has its spelling.
 *
 * @module
 */
import { PINYIN_CHARS, PINYIN_PLACES_TSV } from '../data/pinyin-places.generated.js';
import { townsWithin } from '../lexicon/gazetteer.js';
import type { Doc } from '../stages/recognize/index.js';

let index: Map<string, { codes: string[]; levels: string[]; names: string[] }> | undefined;

export function lookup(name: string): { codes: string[]; levels: string[]; names: string[] } | undefined {
  if (!index) {
    index = new Map();
    for (const line of PINYIN_PLACES_TSV.split('\n')) {
      const [en, code, level, zh] = line.split('\t') as [string, string, string, string];
      const k = en.toLowerCase();
      const e = index.get(k) ?? index.set(k, { codes: [], levels: [], names: [] }).get(k)!;
      e.codes.push(code);
      e.levels.push(level);
      e.names.push(zh);
    }
  }
  let key = name.toLowerCase().replace(/[’]/g, "'");
  // Qiannan Buyei and Miao autonomous prefecture: the place is its first word, at the level the text names.
  // (… unless the words before "autonomous" are a name of their own: Inner Mongolia autonomous region.)
  const auto = /^(\S+)\s.*\bautonomous (prefecture|county|region)$/.exec(key);
  const whole = auto ? key.slice(0, key.lastIndexOf(' autonomous ')) : '';
  if (auto && auto[2] === 'region' && index.has(whole)) key = whole;
  else if (auto) key = auto[2] === 'county' ? `${auto[1]} county` : auto[1]!;
  const county = COUNTY_WORD.exec(key);
  // A county or district only where the text says so (Pudong New Area, Caidian district); else provinces and cities.
  const bare = (county ? key.slice(0, county.index) : key).replace(/\s+(?:province|city|municipality|autonomous region|prefecture)$/, '');
  // (The table writes the syllable mark only where the romanization put it: Xi'an, but Huaian for Huai'an.)
  const hit = index.get(bare) ?? (bare.includes("'") ? index.get(bare.replace(/'/g, '')) : undefined);
  if (!hit) return undefined;
  // (A county-level city may stand bare, Liuyang for 浏阳市, where no province or city has its spelling.)
  const upper = hit.levels.some((l) => l !== 'county');
  const keep = hit.levels.map((l, k) => (county ? l === 'county' : l !== 'county' || (!upper && hit.names[k]!.endsWith('市'))));
  if (!keep.some(Boolean)) return undefined;
  return { codes: hit.codes.filter((_, k) => keep[k]), levels: hit.levels.filter((_, k) => keep[k]), names: hit.names.filter((_, k) => keep[k]) };
}

/** The level word of a town written as part of its name (Jinze Town, Nicheng Township). */
const TOWN_AFTER = /\s+(?:town|township|subdistrict)$/i;

/** The level word of a county or district written after its name. */
const COUNTY_WORD = /\s+(?:district|county|new area|banner|autonomous county)$/;

/**
 * Gives the place mentions of an English text their gazetteer readings where the name is a Chinese province or city.
 *
 * @example
 * ```ts
 * assignPlaceCodes(recognizeEnglish('He visited Wuxi.')); // the place Wuxi gets code 3202
 * ```
 */
export function assignPlaceCodes(doc: Doc): void {
  for (const c of doc.cands) {
    if (c.label !== 'place') continue;
    // Caidian district: the mention is the name; the level word after it says which table to read.
    // (A line may break the level word at a soft hyphen: Jianye dis- / trict.)
    const after = /^\s+(dis-?trict|coun-?ty)\b/.exec(doc.text.slice(c.end, c.end + 12));
    const hit = lookup(doc.text.slice(c.start, c.end) + (after ? ` ${after[1]!.replace('-', '')}` : ''));
    if (!hit) continue;
    // A province and a city of the same name (Hainan, Jilin): the province first, as the gazetteer orders them.
    c.place = { level: hit.levels[0]!, codes: hit.codes, fullNames: hit.names };
  }
  // Shenzhen's Nanshan district: of the places so named, the one inside the place that owns it.
  for (const c of doc.cands) {
    if (c.label !== 'place' || (c.place?.codes?.length ?? 0) < 2) continue;
    const own = /['’]s\s+$/.exec(doc.text.slice(Math.max(0, c.start - 4), c.start));
    const k = own ? doc.endingAt(c.start - own[0].length) : -1;
    const owner = k >= 0 ? doc.cands[k]! : undefined;
    if (!owner || owner.label !== 'place' || !owner.place?.codes?.length) continue;
    const keep = c.place!.codes!.map((code, j) => [code, j] as const).filter(([code]) => owner.place!.codes!.some((p) => code.startsWith(p) && code !== p));
    if (keep.length && keep.length < c.place!.codes!.length) c.place = { ...c.place!, codes: keep.map(([code]) => code), ...(c.place!.fullNames ? { fullNames: keep.map(([, j]) => c.place!.fullNames![j]!) } : {}) };
  }
  // Duyun, Qiannan … autonomous prefecture; Duyun, Guizhou province: a county named without its level word, where
  // the place written right after it contains it.
  const places = doc.cands.filter((c) => c.label === 'place').sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < places.length; k++) {
    const c = places[k]!;
    const parent = places[k + 1]!;
    if (c.place?.codes?.length || !parent.place?.codes?.length || !/^,\s+$/.test(doc.text.slice(c.end, parent.start))) continue;
    const county = countyWithin(doc.text.slice(c.start, c.end), parent.place.codes);
    if (county) c.place = county;
  }
  // In Dujiangyan, … on a page about Sichuan: a county named without its level word, where exactly one county so
  // named lies in a province or city the text names.
  const regions = places.filter((p) => p.place?.codes?.length === 1 && (p.place.level === 'province' || p.place.level === 'city')).map((p) => p.place!.codes![0]!);
  if (regions.length) {
    for (const c of places) {
      // (… and Baoshan on a page about Shanghai: the district of Shanghai, not the city of Yunnan, where the city lies
      // in no region the text names and the district does.)
      const city = c.place?.codes?.length === 1 && c.place.level === 'city' ? c.place.codes[0]! : undefined;
      if (city) {
        const others = regions.filter((r) => !r.startsWith(city) && !city.startsWith(r));
        if (others.length < regions.filter((r) => r !== city).length || !others.length) continue;
        const county = countyWithin(doc.text.slice(c.start, c.end), others);
        if (county) c.place = county;
        continue;
      }
      if (c.place?.codes?.length) continue;
      const county = countyWithin(doc.text.slice(c.start, c.end), regions);
      if (county) c.place = county;
    }
  }
  // Jinze Town, in Qingpu; Baoshan's Gucun Town: a town, named with its level word, that lies in a region the text
  // names (a province, a city or a county) and that no other town there shares the reading of.
  const towns = places.filter((c) => !c.place?.codes?.length && (TOWN_AFTER.test(doc.text.slice(c.start, c.end)) || /^\s+town(?:ship)?\b/i.test(doc.text.slice(c.end, c.end + 10))));
  if (towns.length) {
    const around = [...new Set(places.filter((p) => p.place?.codes?.length === 1 && p.place.codes[0]!.length <= 6).map((p) => p.place!.codes![0]!))];
    for (const c of towns) {
      const town = townWithin(doc.text.slice(c.start, c.end).replace(TOWN_AFTER, ''), around);
      if (!town) continue;
      c.place = town;
      // Baoshan's Gucun Town: the owner named before 's is the district the town lies in.
      const own = /['’]s\s+$/.exec(doc.text.slice(Math.max(0, c.start - 4), c.start));
      const k = own ? doc.endingAt(c.start - own[0].length) : -1;
      const owner = k >= 0 ? doc.cands[k]! : undefined;
      if (owner?.label === 'place') {
        const name = doc.text.slice(owner.start, owner.end);
        const county = lookup(`${name} district`) ?? lookup(`${name} county`);
        const j = county?.codes.findIndex((code) => town.codes[0]!.startsWith(code)) ?? -1;
        // (… and so is every mention of that name in the text.)
        if (county && j >= 0) for (const p of places) if (doc.text.slice(p.start, p.end) === name) p.place = { level: 'county', codes: [county.codes[j]!], fullNames: [county.names[j]!] };
      }
    }
  }
}

/** A county's level word written after its name, as a place mention may hold it (Bao'an District). */
const COUNTY_AFTER = /\s+(?:district|county|new area)$/i;

/**
 * On a page about one city (a city daily): a place named without a reading there, or with a county's reading
 * elsewhere only, is the county or the town of that city its spelling reads (Longgang, Bao'an, Pingshan on a Shenzhen
 * page are its districts, not Longgang of Zhejiang; Yuehai Subdistrict, Shekou are its subdistricts). A province or
 * a prefecture city keeps its reading (Wuxi on a Shenzhen page is Wuxi). Only in an article that names no province
 * or prefecture city other than the page's (a dispatch from Wenzhou keeps its Longgang). Each article is its units'
 * docs, its body last; only the body's places are read again (a headline's take the reading their story gives).
 *
 * @example
 * ```ts
 * placesWithinPage([[headlineDoc, bodyDoc]], '4403'); // Longgang → 440307, Yuehai Subdistrict → 440305007
 * ```
 */
export function placesWithinPage(articles: readonly (readonly Doc[])[], cityCode: string): void {
  for (const docs of articles) {
    const elsewhere = docs.some((d) => d.cands.some((c) => c.label === 'place' && (c.place?.codes ?? []).some((code) => code.length <= 4 && !cityCode.startsWith(code) && !code.startsWith(cityCode))));
    const doc = docs[docs.length - 1];
    if (elsewhere || !doc) continue;
    for (const c of doc.cands) {
      if (c.label !== 'place') continue;
      const codes = c.place?.codes ?? [];
      if (codes.some((code) => code.startsWith(cityCode)) || codes.some((code) => code.length <= 4)) continue;
      // (A place of the world lists, a country or a region, has no reading to change.)
      if (!codes.length && c.place?.level && c.place.level !== 'county' && c.place.level !== 'town' && c.place.level !== 'city') continue;
      const text = doc.text.slice(c.start, c.end);
      const county = countyWithin(text.replace(COUNTY_AFTER, ''), [cityCode]);
      if (county) { c.place = county; continue; }
      if (codes.length || COUNTY_AFTER.test(text)) continue;
      // (A town named bare only where one town of the city reads so, and no county anywhere does.)
      const bare = !TOWN_AFTER.test(text);
      if (bare && lookup(`${text} county`)) continue;
      const town = townWithin(text.replace(TOWN_AFTER, ''), [cityCode]);
      if (town) c.place = town;
    }
  }
}

/** A reading of a character: its letters, and 1 when it is not the character's first (most common) reading. */
type Reading = readonly [letters: string, rare: 0 | 1];

let readings: Map<string, Reading[]> | undefined;

/** The toneless readings of a character of a town's name (ü written both v and u, as English text does). */
function readingsOf(ch: string): readonly Reading[] {
  if (!readings) {
    readings = new Map();
    for (const line of PINYIN_CHARS.split('\n')) {
      const ch0 = String.fromCodePoint(line.codePointAt(0)!);
      const rs = line.slice(ch0.length).split(',');
      readings.set(ch0, rs.flatMap((r, j): Reading[] => {
        const rare = j === 0 ? 0 : 1;
        return r.includes('v') ? [[r, rare], [r.replace(/v/g, 'u'), rare]] : [[r, rare]];
      }));
    }
  }
  return readings.get(ch) ?? [];
}

/**
 * How many characters of `zh` must be read otherwise than their first reading for the letters `key` to read them in
 * order, one reading each (jinze: 金泽, 0), or Infinity when no readings do (虹桥 reads jiangqiao only by the rare
 * reading of 虹, 1: 江桥 is the better match).
 */
function readingCost(key: string, zh: readonly string[], k = 0, at = 0): number {
  if (k === zh.length) return at === key.length ? 0 : Infinity;
  let best = Infinity;
  for (const [r, rare] of readingsOf(zh[k]!)) {
    if (key.startsWith(r, at)) best = Math.min(best, rare + readingCost(key, zh, k + 1, at + r.length));
  }
  return best;
}

/** The level words of a town's name, stripped before its name is read (金泽镇 → 金泽). */
const TOWN_WORD = /(?:街道办事处|街道|民族乡|镇|乡|苏木)$/;

/**
 * The one town so named (Jinze in Jinze Town) inside the regions the text names (codes), or undefined: every town of
 * those regions whose name, without its level word, reads as the English name.
 */
function townWithin(name: string, regions: readonly string[]): { level: string; codes: string[]; fullNames: string[] } | undefined {
  const key = name.toLowerCase().replace(/[^a-z]/g, '');
  if (key.length < 4) return undefined;
  // The towns read with the fewest rare readings; one of them only.
  let hits = new Map<string, string>();
  let least = Infinity;
  for (const region of regions) {
    for (const town of townsWithin(region)) {
      const core = town.name.replace(TOWN_WORD, '');
      if (core.length < 2) continue;
      const cost = readingCost(key, [...core]);
      if (cost > least || cost === Infinity) continue;
      if (cost < least) { hits = new Map(); least = cost; }
      hits.set(town.code, town.name);
    }
  }
  const only = hits.size === 1 ? [...hits][0] : undefined;
  return only && { level: 'town', codes: [only[0]], fullNames: [only[1]] };
}

/** The reading of `name` as the one county so named that lies inside one of `regions` (codes), or undefined. */
function countyWithin(name: string, regions: readonly string[]): { level: string; codes: string[]; fullNames: string[] } | undefined {
  const hit = lookup(`${name} county`);
  if (!hit) return undefined;
  const within = hit.codes.map((code, j) => [code, j] as const).filter(([code]) => regions.some((p) => code.startsWith(p)));
  if (within.length !== 1) return undefined;
  const [code, j] = within[0]!;
  return { level: 'county', codes: [code], fullNames: [hit.names[j]!] };
}
