/**
 * Division codes for Chinese places written in English (Wuxi, Jiangsu Province, Xi'an, Pudong New Area, Caidian
 * district): the provinces, prefecture-level cities and counties of the gazetteer, romanized at build time
 * (scripts/build-pinyin-places.mjs); a county only where its level word follows its name.
 *
 * @module
 */
import { PINYIN_PLACES_TSV } from '../data/pinyin-places.generated.js';
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
  const auto = /^(\S+)\s.*\bautonomous (prefecture|county|region)$/.exec(key);
  if (auto) key = auto[2] === 'county' ? `${auto[1]} county` : auto[1]!;
  const county = COUNTY_WORD.exec(key);
  // A county or district only where the text says so (Pudong New Area, Caidian district); else provinces and cities.
  const bare = (county ? key.slice(0, county.index) : key).replace(/\s+(?:province|city|municipality|autonomous region|prefecture)$/, '');
  // (The table writes the syllable mark only where the romanization put it: Xi'an, but Huaian for Huai'an.)
  const hit = index.get(bare) ?? (bare.includes("'") ? index.get(bare.replace(/'/g, '')) : undefined);
  if (!hit) return undefined;
  const keep = hit.levels.map((l) => (county ? l === 'county' : l !== 'county'));
  if (!keep.some(Boolean)) return undefined;
  return { codes: hit.codes.filter((_, k) => keep[k]), levels: hit.levels.filter((_, k) => keep[k]), names: hit.names.filter((_, k) => keep[k]) };
}

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
  if (!regions.length) return;
  for (const c of places) {
    if (c.place?.codes?.length) continue;
    const county = countyWithin(doc.text.slice(c.start, c.end), regions);
    if (county) c.place = county;
  }
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
