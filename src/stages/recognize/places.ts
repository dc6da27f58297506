/**
 * Places: the administrative gazetteer (provinces, cities, counties, towns — full names, and short forms of provinces,
 * cities and county-level cities: 江苏, 无锡), the generic list of countries, world regions, foreign cities and natural
 * features (data/world-places.tsv), and villages and communities by suffix (村, 社区) where context marks them: after
 * a town, or in a 、-list of such names. With the opt-in village gazetteer, villages resolve to codes too.
 *
 * @module
 */
import { getGazetteer, nameLengthsAt, type GazEntry } from '../../lexicon/gazetteer.js';
import { lexicons } from '../../lexicon/index.js';
import { Trie } from '../../lexicon/trie.js';
import { verbEndsBefore } from '../../lexicon/names.js';
import { isOrdinaryWord } from '../../lexicon/words.js';
import type { PlaceLevel, VillageGazetteer } from '../../types.js';
import { leftScore } from './names.js';
import type { Cand, Doc, PlaceData } from './doc.js';
import { findFacilities } from './facilities.js';
import { findTaiwanDistricts } from './taiwan-districts.js';
import { findUnitsBySuffix } from './unit-suffix.js';
import { LIST_JOINT, NAMED_STREET_WORD, NOT_IN_NAME, STREET_LEFT, STREET_RIGHT, streetEnd } from './streets.js';

/** A place found at a position. */
export interface PlaceHit {
  end: number;
  data: PlaceData;
  rule: string;
}

/** Gazetteer names that are generic words, never a place on their own (a town literally named 街道). */
const GENERIC_NAMES = /^(?:街道|社区|城区|郊区|新区|矿区|林区|开发区|高新区|经开区|经济开发区|工业园区|园区|市辖区|城关|保税区|农场|林场|牧场|渔场|茶场|盐场|园艺场|畜牧场|种畜场|良种场|原种场|种猪场|果园|苗圃)$/; // (the gazetteer's towns named by a farm's kind: 农场, 林场)
/** A development zone or old town after a place: 某某高新区, 某某新区, 某某古镇 (one place). */
const ZONE = /^(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|[东南西北]?新发展区|新区|新城|古镇|工业园区|自贸区|保税区|(?:[\u4e00-\u9fff]{2}(?:深度|科技创新|现代服务业))?合作区)/; // (横琴 + 粤澳深度合作区)

const usable = (entry: GazEntry, short: boolean): boolean =>
  !GENERIC_NAMES.test(entry.name) &&
  (!short || entry.level === 'province' || entry.level === 'city' || (entry.level === 'county' && entry.name.endsWith('市')));

const NONE: readonly PlaceHit[] = [];
/** The gazetteer reading of a surface, computed once per surface for the whole process (it never changes). */
const surfaces = new Map<string, { rule: string; data: PlaceData } | null>();

function surfaceReading(surface: string): { rule: string; data: PlaceData } | null {
  const hit = surfaces.get(surface);
  if (hit !== undefined) return hit;
  let reading: { rule: string; data: PlaceData } | null = null;
  const all = getGazetteer().byName.get(surface);
  if (all) {
    const entries = all.filter((x) => usable(x.entry, x.short));
    const lex = lexicons();
    const blocked = entries.every((x) => x.short) && (lex.blockers.has(surface) || lex.placeShortBlockers.has(surface));
    if (entries.length && !blocked) {
      reading = {
        rule: entries[0]!.short ? 'place.gazetteer-short' : 'place.gazetteer',
        data: { level: entries[0]!.entry.level, codes: entries.map((x) => x.entry.code), fullNames: entries.map((x) => x.entry.name) },
      };
    }
  }
  if (surfaces.size > 50_000) surfaces.clear(); // bounded, whatever the input
  surfaces.set(surface, reading);
  return reading;
}

/** Every reading at a position, longest first (before any limit). */
function readingsAt(doc: Doc, i: number): readonly PlaceHit[] {
  const memo = doc.placeMemo[i] as readonly PlaceHit[] | undefined;
  if (memo) return memo;
  const t = doc.text;
  const lex = lexicons();
  let out: PlaceHit[] | undefined;
  // Bit n of the mask: a gazetteer name of n code units starts with these two; longest first.
  for (let mask = i + 1 < t.length ? nameLengthsAt(t.charCodeAt(i), t.charCodeAt(i + 1)) : 0; mask !== 0; ) {
    const len = 31 - Math.clz32(mask);
    mask &= ~(1 << len);
    if (i + len > t.length) continue;
    const reading = surfaceReading(t.slice(i, i + len));
    if (reading) (out ??= []).push({ end: i + len, rule: reading.rule, data: reading.data });
  }
  const w = lex.world.matchesAt(t, i);
  if (w.length) {
    out ??= [];
    for (const [e, x] of w) {
      // (Not a two-character name read across two words: 海地 in 沿海地区, 沿海 and 地区.)
      if (e - i === 2 && isOrdinaryWord(t, i - 1, 2) && (isOrdinaryWord(t, e - 1, 2) || /[区带域]/.test(t[e] ?? ''))) continue;
      out.push({ end: e, rule: `place.world:${x.level}`, data: { level: x.level, canonical: x.name, ...(x.within ? { within: x.within } : {}) } });
    }
  }
  if (out && out.length > 1) out.sort((a, b) => b.end - a.end);
  doc.placeMemo[i] = out ?? NONE;
  return out ?? NONE;
}

/**
 * The longest place name starting at `i` (ending at or before `limit`), from the gazetteer or the generic list.
 *
 * @example
 * ```ts
 * placeAt(new Doc('江苏省委'), 0)?.end; // 3
 * ```
 */
export function placeAt(doc: Doc, i: number, limit = doc.text.length): PlaceHit | undefined {
  if (i < 0 || i >= doc.text.length || !doc.isHan(i)) return undefined;
  let best: PlaceHit | undefined;
  for (const h of readingsAt(doc, i)) if (h.end <= limit) { best = h; break; }
  if (best && (best.data.level === 'city' || best.data.level === 'county' || best.data.level === 'town' || best.data.level === 'region')) {
    const zone = ZONE.exec(doc.text.slice(best.end, Math.min(limit, best.end + 10)));
    // (A region only before a cooperation zone: 横琴 + 粤澳深度合作区, not 路环 + 新城.)
    if (zone && best.data.level === 'region' && !zone[0].endsWith('合作区')) return best;
    if (zone) best = { end: best.end + zone[0].length, rule: 'place.zone', data: { level: 'region' } };
  }
  return best;
}

/**
 * True when a place name of two to `longest` characters ends just before `end` (成都 in 成都某某公司, 长沙湾 in
 * 长沙湾的某某中心): for rules that run before places are accepted.
 *
 * @example
 * ```ts
 * placeEndsAt(new Doc('成都某某公司'), 2); // true
 * ```
 */
export function placeEndsAt(doc: Doc, end: number, longest = 4): boolean {
  for (let k = Math.max(0, end - longest); k < end - 1; k++) if (placeAt(doc, k, end)?.end === end) return true;
  return false;
}

/**
 * Accepts every free place name, longest first at each position.
 *
 * @example
 * ```ts
 * const doc = new Doc('讲好某某故事'); findPlaces(doc);
 * ```
 */
export function findPlaces(doc: Doc, villages?: VillageGazetteer): void {
  const t = doc.text;
  findNewAreas(doc);
  findFacilities(doc);
  findCompassDistricts(doc);
  findCountedUnits(doc);
  const named = namedSpans(doc);
  findNamedStreets(doc);
  // (The streets found so far, by their text: one named again is that street.)
  const streets = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    if (doc.owner[i] !== -1 || !doc.isHan(i)) continue;
    const hit = placeAt(doc, i);
    if (!hit || !doc.isFree(i, hit.end)) continue;
    // 司马永康 named again: the county 永康 inside a name already found is part of that name.
    if (named && hit.rule === 'place.gazetteer-short' && named[i] && named[hit.end - 1]) continue;
    // 「廣東院舍照顧服務計劃」: a place that opens the quoted name of a scheme, a fund or a prize is part of that name.
    if (hit.rule === 'place.gazetteer-short' && opensQuotedName(t, i)) continue;
    // 秀茂坪邨: a housing estate named after its neighbourhood is the estate (found with the villages).
    if (t[hit.end] === '邨') continue;
    // 十八鄉: a place whose name opens with a numeral after another is part of a longer name (八鄉 inside it).
    if (i > 0 && NUMERAL_CHAR.test(t[i]!) && NUMERAL_CHAR.test(t[i - 1]!)) continue;
    // 新田科技城, 光谷科学城: a development area named after its place is that area, whole.
    const area = /^(?:科技城|科学城|新市镇|创新城|科创城)/.exec(t.slice(hit.end, hit.end + 3));
    if (area && doc.isFree(i, hit.end + area[0].length)) {
      doc.accept({ start: i, end: hit.end + area[0].length, label: 'place', rule: 'place.area-of-place', place: { level: 'region' } });
      i = hit.end + area[0].length - 1;
      continue;
    }
    // 上水乡, 粉岭围, 大埔墟: a village, a walled village or a market town named after its neighbourhood is that place,
    // whole (not 上水乡事委员会, a rural committee, nor 新界围村, walled villages in general).
    // (Nor a country's or a region's countryside: 美国乡下, 元朗乡郊.)
    if (/[乡围墟]/.test(t[hit.end] ?? '') && hit.rule.startsWith('place.world') && hit.data.level !== 'country' && hit.data.level !== 'region' && !/[事议村民镇长下郊间土亲情]/.test(t[hit.end + 1] ?? '') && doc.isFree(i, hit.end + 1)) {
      doc.accept({ start: i, end: hit.end + 1, label: 'place', rule: 'place.village-of-area', place: { level: 'village' } });
      i = hit.end;
      continue;
    }
    // 荃湾线列车, 港岛线及东铁线: a railway line named after a place is no mention of it (线上, 线下: online).
    if (t[hit.end] === '线' && !/[上下路索条]/.test(t[hit.end + 1] ?? '')) continue;
    // 大埔公路, 屯门公路: a highway named after its place is the highway (公路 alone is a road in general).
    if (t.startsWith('公路', hit.end) && hit.rule !== 'place.gazetteer-short' && doc.isFree(i, hit.end + 2)) {
      doc.accept({ start: i, end: hit.end + 2, label: 'place', rule: 'place.street', place: {} });
      i = hit.end + 1;
      continue;
    }
    // 启德体育园, 红磡体育馆: a sports venue named after its place is the venue, one place.
    const venue = SPORTS_VENUE.exec(t.slice(hit.end, hit.end + 4));
    if (venue && doc.isFree(i, hit.end + venue[0].length)) {
      doc.accept({ start: i, end: hit.end + venue[0].length, label: 'place', rule: 'place.venue', place: {} });
      i = hit.end + venue[0].length - 1;
      continue;
    }
    // 广东话, 上海话: a dialect named after a place is no mention of it (上海话剧 is a drama of Shanghai).
    if (t[hit.end] === '话' && t[hit.end + 1] !== '剧') continue;
    // 钦州街, 上海路: a street named after a place is no mention of that place; a street itself where the context
    // marks a name (在上海街, 某区广东道).
    if (/^(?:街|路|道|大道|巷|里(?!长))/.test(t.slice(hit.end, hit.end + 2)) && !/^道[路歉]/.test(t.slice(hit.end, hit.end + 2))) {
      const se = streetEnd(doc, i);
      // (… or a street named so before: 沿大埔道往沙田 …, then 事發後大埔道往沙田方向.)
      const again = se > 0 && streets.has(t.slice(i, se));
      if (se > 0 && (again || STREET_LEFT.test(t.slice(Math.max(0, i - 2), i)) || doc.cands[doc.endingAt(i)]?.label === 'place' || STREET_RIGHT.test(t.slice(se, se + 2)))) {
        if (doc.accept({ start: i, end: se, label: 'place', rule: 'place.street', place: {} }) >= 0) streets.add(t.slice(i, se));
        i = se - 1;
        continue;
      }
      // (A road's shape, 道, with nothing to mark it a name still names no district of its own: 大埔道往沙田. Not
      // 街 or 路: 美国街头, 台湾路跑.)
      if (hit.rule === 'place.gazetteer-short' || (se > 0 && t[se - 1] === '道')) continue;
    }
    // A short form glued into a longer word on the left is not a place (e.g. the tail of another word); but not after
    // a preposition or a verb of motion (横过广东沿岸, 经过, 穿过).
    if (hit.rule === 'place.gazetteer-short' && doc.isHan(i - 1) && doc.owner[i - 1] === -1 && !/[在到赴从与和及、对向于的是为至经讯社电访离抵回来去了比以由在报过]/.test(t[i - 1]!) && !(leftScore(doc, i) > 0) && !verbEndsBefore(t, i)) {
      // Glued to a character on its left that ends no word: only where its right side clearly ends it (江西的,
      // 北京5月) or a place of its own follows (某省某某县).
      const r = t[hit.end] ?? '';
      if (!(doc.isBreak(hit.end) || /[\d的和与及等、有在是将已]/.test(r) || placeAt(doc, hit.end)?.rule === 'place.gazetteer')) continue;
    }
    doc.accept({ start: i, end: hit.end, label: 'place', rule: hit.rule, place: hit.data });
    i = hit.end - 1;
    // 观塘安达臣道: a street right after the district it runs through.
    const street = hit.data.level === 'city' || hit.data.level === 'county' || hit.data.level === 'town' || hit.data.level === 'region' ? streetEnd(doc, hit.end) : -1;
    if (street > 0) {
      doc.accept({ start: hit.end, end: street, label: 'place', rule: 'place.street', place: {} });
      i = street - 1;
      continue;
    }
    // 广州南沙: a district's short form right after its own city is that district (bare, 南沙 is too often a word).
    const district = hit.data.level === 'city' ? districtAfter(doc, hit.end, hit.data.codes ?? []) : undefined;
    if (district) {
      doc.accept({ start: hit.end, end: district.end, label: 'place', rule: 'place.district-after-city', place: district.data });
      i = district.end - 1;
    }
  }
  findStreetLists(doc);
  findStreetsAround(doc);
  findTaiwanDistricts(doc);
  findUnitsBySuffix(doc);
  findFeatures(doc);
  findStreetMarkets(doc);
  findVillages(doc, villages);
}

/** After a street: a word of its stretch or a house number, that marks the street as a place (某某路一带, 某某道123号). */
const STREET_STRETCH = /^(?:一带|附近|沿线|沿途|交界|两旁|两侧|[\d０-９])/;

/**
 * Streets named by no place, between a preposition of place and a word of their stretch or a number (在车公庙路一带,
 * 沿某某道两旁): both sides say it is a street.
 */
function findStreetsAround(doc: Doc): void {
  const t = doc.text;
  for (const m of t.matchAll(/[在沿于经至往到由近]/g)) {
    const s = m.index + 1;
    if (doc.owner[s] !== -1) continue;
    const se = streetEnd(doc, s);
    if (se > 0 && STREET_STRETCH.test(t.slice(se, se + 2))) doc.accept({ start: s, end: se, label: 'place', rule: 'place.street', place: {} });
  }
}

/** The words of a sports venue after its place (体育园, 体育馆, 体育场, 体育中心). */
const SPORTS_VENUE = /^体育(?:园|馆|场|中心)/;

/** Kinds of squares and parks, no names of them (湿地公园, 文化广场, 主题公园). */
const GENERIC_PARK = /(?:城市|主题|湿地|森林|郊野|国家|文化|体育|购物|商业|中心|市民|休闲|生态|农业|科技|遗址|地质|海洋|儿童|社区|时代|人民)$/;

/** Before a street's name: a preposition of place, a conjunction of a list, or a verb of living or going. */
const NAMED_STREET_LEFT = new RegExp(`${STREET_LEFT.source}|${LIST_JOINT.source}$|居住$`);

/**
 * Streets, squares and parks whose word names nothing else (友谊大马路, 议事亭前地, 金莲花广场, 黑沙环公园): two to
 * five characters before it, starting after a preposition, a list's joint or punctuation (在友谊大马路, 及孙逸仙大马路,
 * ，圣方济各堂前地), longest first.
 */
function findNamedStreets(doc: Doc): void {
  const t = doc.text;
  for (const m of t.matchAll(NAMED_STREET_WORD)) {
    const end = m.index + m[0].length;
    for (let s = Math.max(0, m.index - 5); s <= m.index - 2; s++) {
      if (!(s === 0 || doc.isBreak(s - 1) || NAMED_STREET_LEFT.test(t.slice(Math.max(0, s - 2), s)) || doc.cands[doc.endingAt(s)]?.label === 'place')) continue;
      if (streetEnd(doc, s, 5) !== end) continue;
      // (Not a square or park named by an ordinary word, 湿地公园, 文化广场; nor 广场舞; nor 目前地方, 当前地价.)
      if (m[0] !== '大马路' && (isOrdinaryWord(t, s, m.index - s) || GENERIC_PARK.test(t.slice(s, m.index)))) break;
      if (m[0] === '广场' && t[end] === '舞') break;
      // 旺角 + 花墟公园: a place, then a park named by a word of its own, is the place and the park (not 屯门公园).
      const pl = placeAt(doc, s, m.index);
      // (Squares keep the place: 沙田大会堂广场 is the square of 沙田大会堂.)
      if (m[0] === '公园' && pl && m.index - pl.end >= 2 && pl.rule !== 'place.gazetteer-short' && !isOrdinaryWord(t, pl.end, m.index - pl.end) && doc.accept({ start: s, end: pl.end, label: 'place', rule: pl.rule, place: pl.data }) >= 0) {
        doc.accept({ start: pl.end, end, label: 'place', rule: 'place.park', place: {} });
        break;
      }
      if (m[0] === '前地' && (/[目当提眼之以此先从事面生空超预]/.test(t[m.index - 1]!) || /[方价区产铁面下带点域位址球]/.test(t[end] ?? ''))) break;
      doc.accept({ start: s, end, label: 'place', rule: /广场|前地/.test(m[0]) ? 'place.square' : m[0] === '公园' ? 'place.park' : 'place.street', place: {} });
      break;
    }
  }
}

/** A section of a street named after it (弥敦道南段), passed over before the next item of a list. */
const STREET_SECTION = /^(?:[东南西北中][段端]|[一二三四五六七八九十\d]{1,2}段)/;

/**
 * Streets in a list after a street (梳士巴利道、弥敦道南段及广东道): each item joined by 、, 及, 和 or 与 is a street
 * where it has a street's shape, as the first one is. After a place that is no street (石硖尾、南昌街), only where a
 * word that ends a place name follows the item.
 */
function findStreetLists(doc: Doc): void {
  const t = doc.text;
  const firsts = doc.cands.filter((c) => c.label === 'place');
  for (const first of firsts) {
    let street = first.rule === 'place.street';
    let e = first.end;
    for (let n = 0; n < 12; n++) {
      const section = STREET_SECTION.exec(t.slice(e, e + 3));
      const k = e + (section && street ? section[0].length : 0);
      if (!LIST_JOINT.test(t[k] ?? '')) break;
      const se = streetEnd(doc, k + 1);
      if (se < 0 || (!street && !STREET_RIGHT.test(t.slice(se, se + 2)))) break;
      if (doc.accept({ start: k + 1, end: se, label: 'place', rule: 'place.street', place: {} }) < 0) break;
      street = true;
      e = se;
    }
  }
}

/** The short form of a county or district of one of `cities` starting at `k` (two or three characters), if any. */
function districtAfter(doc: Doc, k: number, cities: readonly string[]): { end: number; data: PlaceData } | undefined {
  const t = doc.text;
  // (A reading of its own wins: 湖州市 + 长兴县, the county in full.)
  if (placeAt(doc, k)) return undefined;
  for (const len of [3, 2]) {
    if (k + len > t.length || !doc.isFree(k, k + len)) continue;
    // (Not the start of a longer word: 南沙 + 群岛.)
    if (/^(?:群岛|岛|路|街|道|大道|港)/.test(t.slice(k + len, k + len + 2))) continue;
    const found = getGazetteer().byName.get(t.slice(k, k + len))?.filter((x) => x.short && x.entry.level === 'county' && cities.some((c) => x.entry.code.startsWith(c)));
    if (found?.length) return { end: k + len, data: { level: 'county', codes: found.map((x) => x.entry.code), fullNames: found.map((x) => x.entry.name) } };
  }
  return undefined;
}

/**
 * Marks every later use of a person's name already found (three characters or more), or undefined when none is: a
 * place's short form inside such a use belongs to the name (the coreference stage finds it later).
 */
function namedSpans(doc: Doc): Uint8Array | undefined {
  const t = doc.text;
  // One pass over the text with a trie of the names (as the coreference stage reads them), not a search per name.
  const trie = new Trie<true>();
  let any = false;
  for (const c of doc.cands) if (c.label === 'person' && c.end - c.start >= 3) { trie.add(t.slice(c.start, c.end), true); any = true; }
  if (!any) return undefined;
  const out = new Uint8Array(t.length);
  for (let k = 0; k < t.length; k++) {
    const m = trie.longestAt(t, k);
    if (m) out.fill(1, k, m[0]);
  }
  return out;
}

/** Words of a river's or lake's surroundings that follow its name (某某河沿线, 某某湖周边, 某某溪畔). */
// (… or where it meets another: 某某河与某某河交汇处, 某某河交汇处.)
const FEATURE_AFTER = /^(?:周边|沿线|沿岸|两岸|流域|之畔|畔|岸边|水域|湿地|景区|风景区|水系|干流|支流|河道|上游|下游|中游|入海口|交汇|汇合|[与和及][\u4e00-\u9fff]{2}[河江溪](?:交汇|汇合))/;

/**
 * Rivers, lakes and bays the lists do not name, by suffix where the words after them speak of their surroundings:
 * two characters + 湖/河/江/溪/湾 + 周边/沿线/畔 …, starting at a word boundary.
 */
function findFeatures(doc: Doc): void {
  const t = doc.text;
  for (let i = 2; i < t.length - 1; i++) {
    if (!/[湖河江溪湾]/.test(t[i]!) || !FEATURE_AFTER.test(t.slice(i + 1, i + 7))) continue;
    const s = i - 2;
    if (!doc.isHan(s) || !doc.isHan(s + 1) || !doc.isFree(s, i + 1)) continue;
    if (lexicons().boundary1.has(t[s]!)) continue; // 某湖及环湖河道: 及 begins no name
    if (!(leftScore(doc, s) > 0 || /[了着过于在经沿]/.test(t[s - 1] ?? ''))) continue;
    doc.accept({ start: s, end: i + 1, label: 'place', rule: 'place.feature-suffix', place: { level: 'feature' } });
  }
}

/**
 * Markets named after their street (北河街街市, 通州街临时街市): two or three characters, a street word and 街市, where
 * the left side ends a word. Places of their own, as a street is.
 */
function findStreetMarkets(doc: Doc): void {
  const t = doc.text;
  for (let i = t.indexOf('街市'); i >= 0; i = t.indexOf('街市', i + 2)) {
    const w = t.startsWith('临时', i - 2) ? i - 2 : i;
    if (!/[街道路]/.test(t[w - 1] ?? '')) continue;
    for (const len of [2, 3]) {
      const s = w - 1 - len;
      if (s < 0 || !doc.isFree(s, i + 2)) continue;
      let ok = true;
      for (let k = s; k < w - 1; k++) if (!doc.isHan(k) || NOT_IN_NAME.test(t[k]!)) ok = false;
      if (!ok || !(doc.isBreak(s - 1) || /[及和与、在到往至除于从由经]/.test(t[s - 1] ?? '') || leftScore(doc, s) > 0)) continue;
      doc.accept({ start: s, end: i + 2, label: 'place', rule: 'place.street-market', place: {} });
      break;
    }
  }
}

/** The head words of a scheme's, a fund's or a prize's name, which a quotation closes. */
const QUOTED_NAME_HEAD = /(?:计划|计画|基金|奖|行动|工程|项目|赛|活动|方案|专案)$/;

/** True when a quotation opens right before `i` and closes on the head word of a scheme's name (「广东院舍…计划」). */
function opensQuotedName(t: string, i: number): boolean {
  if (!/[「『“]/.test(t[i - 1] ?? '')) return false;
  const close = t.slice(i, i + 30).search(/[」』”]/);
  return close > 0 && QUOTED_NAME_HEAD.test(t.slice(i, i + close));
}

/** Words that open a generic reference, not a name, before 新区 (该新区, 全新区). */
const NOT_NEW_AREA = /^[该各全本这此新老城市省县区]/;
const AREA_LEFT = /[在于到赴至从和与及、对由经将是为往访]/;
/** Function words no new area's name holds (则问及新区 is asked about a new area). */
const NOT_IN_AREA = /[的了在是和与及对向从等们这那其此该本各全每某之我你他她它则]/;

/**
 * New areas named by two characters and 新区 (某某新区), which the gazetteer does not list: places of their own where
 * the left side ends a word; a 新城 right after one is its part (某某新区某某新城). A name the gazetteer knows whole
 * (a district called 新区) is left to it, with its code.
 */
function findNewAreas(doc: Doc): void {
  const t = doc.text;
  let from = 0;
  for (let i = t.indexOf('新区', 2); i >= 0; i = t.indexOf('新区', Math.max(i + 2, from))) {
    const opensAt = (k: number): boolean => k === 0 || doc.isBreak(k - 1) || doc.owner[k - 1] !== -1 || AREA_LEFT.test(t[k - 1]!);
    // Two characters, or three where the left side opens a name only there (及 + 滨海湾 + 新区).
    let s = i - 2;
    if (!opensAt(s) && s >= 1 && doc.isHan(s - 1) && opensAt(s - 1)) s--;
    let han = true;
    for (let k = s; k < i; k++) if (!doc.isHan(k) || NOT_IN_AREA.test(t[k]!)) han = false;
    if (!han || !doc.isFree(s, i + 2) || NOT_NEW_AREA.test(t[s]!)) continue;
    if (placeAt(doc, s)?.end === i + 2) continue;
    if (!opensAt(s) || lexicons().boundaryMulti.has(t.slice(s, i))) continue; // (not a verb or function word of the boundary list)
    doc.accept({ start: s, end: i + 2, label: 'place', rule: 'place.new-area', place: { level: 'region' } });
    // 某某新区某某新城: the town inside it.
    const e = i + 6;
    if (t.startsWith('新城', i + 4) && doc.isHan(i + 2) && doc.isHan(i + 3) && doc.isFree(i + 2, e) && !NOT_NEW_AREA.test(t[i + 2]!)) {
      doc.accept({ start: i + 2, end: e, label: 'place', rule: 'place.new-area', place: { level: 'region' } });
    }
    from = e;
  }
}

/** Suffixes of villages and communities; 邨 ends the name of a Hong Kong housing estate (某某邨). */
const VILLAGE_SUFFIXES = ['社区', '村', '邨', '里'];
/** Verbs of going or being somewhere, ending right before a village or community name. */
const GO_TO = /(?:走进|来到|深入|前往|走访|抵达|赶赴|位于|地处)$/;
/** Endings of the part before 村 or 社区 that make a common noun, not a name (乡村, 农村, 示范村, 城中村, 工业邨). */
const NOT_VILLAGE = /(?:乡|农|村|屋|工业|度假|城中|美丽|示范|重点|行政|自然|贫困|和谐|智慧|文明|友善|共融|宜居|低碳|绿色|无障碍|各|全|该|本)$/;

/** A Chinese numeral character. */
const NUMERAL_CHAR = /[一二三四五六七八九十百千]/;

/** A number or a determiner and its measure word (一间, 两个, 这座): something counted before 村, no name. */
const COUNTED = /^[\d一二两三四五六七八九十几数多每该这那][间个座条]$/; // (not 家: 三家村 is a name)

function villageEnd(t: string, i: number): [number, string] | undefined {
  const c = t.charCodeAt(i);
  if (c !== 0x793e && c !== 0x6751 && c !== 0x90a8 && c !== 0x91cc) return undefined; // 社, 村, 邨, 里: most positions end here
  for (const suf of VILLAGE_SUFFIXES) if (t.startsWith(suf, i)) return [i + suf.length, suf];
  return undefined;
}

/**
 * Villages and communities by suffix, where context marks them: right after a town or county mention (某某镇某某村),
 * or as items of a 、-list of such names (某村、某村、某社区). With the village gazetteer, a name it knows is a village
 * wherever it stands.
 */
function findVillages(doc: Doc, villages?: VillageGazetteer): void {
  const t = doc.text;
  type Item = { start: number; end: number; level: PlaceLevel };
  const items: Item[] = [];
  for (let i = 0; i < t.length; i++) {
    const ve = villageEnd(t, i);
    if (!ve || doc.owner[i] !== -1) continue;
    const [end, suf] = ve;
    const level: PlaceLevel = suf === '村' || suf === '里' ? 'village' : 'community';
    // Core: after a town mention, up to the suffix; after 、 up to the suffix; else two characters.
    let start = -1;
    let moved = false;
    // A one-character name right after a town (某某镇余村) is a village too.
    const afterTown = doc.cands[doc.endingAt(i - 1)]?.place?.level === 'town';
    for (let k = afterTown ? i - 1 : i - 2; k >= i - 4 && k >= 0; k--) {
      const p = doc.endingAt(k);
      if ((p >= 0 && doc.cands[p]!.label === 'place') || t[k - 1] === '、' || (k > 0 && doc.isBreak(k - 1))) {
        if (doc.isFree(k, i)) start = k;
        break;
      }
      // After a verb of going somewhere (走进某某社区, 来到某某村), the name fills the gap.
      if (GO_TO.test(t.slice(Math.max(0, k - 2), k)) && doc.isFree(k, i)) {
        start = k;
        moved = true;
        break;
      }
    }
    // 在石硖尾邨, 包括秀茂坪邨: an estate named after its neighbourhood, or after a word that ends before a name, the
    // name from there (not its last two characters).
    let estate = false;
    // (… but not from a function word: （24日）在竹园北邨 is 竹园北邨, an estate by that preposition; not where the
    // character opens an ordinary word, 和平新村.)
    if (start > 0 && i - start > 2 && lexicons().boundary1.has(t[start]!) && !isOrdinaryWord(t, start, 2)) {
      estate = suf === '邨' && /[在于到至往赴近]/.test(t[start]!);
      start++;
    }
    if (start < 0 && suf === '邨') {
      for (let k = i - 3; k >= i - 4 && k > 0; k--) {
        if (!doc.isFree(k, i)) break;
        const named = placeAt(doc, k)?.end === i;
        if (named || verbEndsBefore(t, k) || lexicons().boundaryMulti.has(t.slice(k - 2, k)) || lexicons().boundary1.has(t[k - 1]!)) {
          start = k;
          // (An estate named after a place, or right after a preposition of place, is one wherever it stands.)
          estate = named || /[在于到至往赴近]/.test(t[k - 1]!);
          break;
        }
      }
    }
    const after = t[end] === '、' || doc.isBreak(end) || /[等与和及的]/.test(t[end] ?? '') || /^(?:一带|附近|周边|居民)/.test(t.slice(end, end + 2));
    const afterPlace = start >= 0 && (doc.endingAt(start) >= 0 || (moved && after) || estate);
    if (start < 0) start = i - 2;
    if (start < 0 || !doc.isFree(start, i)) continue;
    let ok = true;
    for (let k = start; k < i; k++) if (!doc.isHan(k)) ok = false;
    const name = t.slice(start, end);
    // (Nor a verb or function word before the suffix: 天水围 + 设立 + 社区照顾站.)
    // (… nor a number and its measure, 八鄉一間村屋: one village house, no village named.)
    if (!ok || NOT_VILLAGE.test(t.slice(start, i)) || COUNTED.test(t.slice(start, i)) || lexicons().boundaryMulti.has(t.slice(start, i))) continue;
    const known = villages?.byName.get(name);
    if (!(afterPlace || known || after)) continue;
    // 里 (a Taiwan village) is a common word ending (这里, 公里): only right after a place (某某镇某某里).
    if (suf === '里' && !afterPlace) continue;
    items.push({ start, end, level });
    if (afterPlace || known) (items[items.length - 1] as Item & { strong?: boolean }).strong = true;
    i = end - 1;
  }
  // An item is a village when it is strong (after a place, or in the gazetteer) or part of a list of two or more.
  for (let k = 0; k < items.length; k++) {
    const it = items[k]! as Item & { strong?: boolean };
    const prev = items[k - 1];
    const next = items[k + 1];
    // (… 、乙邨及丙邨: the last item after 及, 和 or 与.)
    const listed = (prev && /^[、及和与]$/.test(t.slice(prev.end, it.start))) || (next && t.slice(it.end, next.start) === '、');
    if (!it.strong && !listed) continue;
    const codes = villages?.byName.get(t.slice(it.start, it.end));
    const data: PlaceData = { level: it.level };
    if (codes) data.codes = [...codes];
    doc.accept({ start: it.start, end: it.end, label: 'place', rule: `place.${it.level}-suffix`, place: data });
  }
}

/** 北区, 东区, 南区: Hong Kong districts whose names are ordinary words, named so only before their own offices. */
const COMPASS_DISTRICT = /^(?:北|东|南)区(?=民政事务|区议员|区议会|警区|区议)/;

/**
 * Accepts a Hong Kong district named by a compass point right before one of its offices (北区民政事务专员, 东区区议员)
 * and at the start of a word.
 *
 * @example
 * ```ts
 * findCompassDistricts(new Doc('北区区议员某某表示')); // place 北区
 * ```
 */
function findCompassDistricts(doc: Doc): void {
  const t = doc.text;
  for (let i = t.indexOf('区'); i > 0; i = t.indexOf('区', i + 1)) {
    const s = i - 1;
    if (compassDistrictEndingAt(doc, s + 2) !== s && !listedWithDistricts(doc, s)) continue;
    doc.accept({ start: s, end: s + 2, label: 'place', rule: 'place.compass-district', place: { level: 'county', canonical: t.slice(s, s + 2), within: '香港' } });
  }
}

/**
 * True when the compass-point district at `s` (北区) is an item of a list of Hong Kong places (北区、元朗及屯门; 沙田及
 * 北区): among them it is that district, not a north side.
 */
function listedWithDistricts(doc: Doc, s: number): boolean {
  const t = doc.text;
  if (!/^[北东南]区/.test(t.slice(s, s + 2)) || !doc.isFree(s, s + 2)) return false;
  // (城北区, 江北区: the end of a name — not after a preposition of place: 位于南区及屯门.)
  if (s > 0 && doc.isHan(s - 1) && !LIST_JOINT.test(t[s - 1]!) && !/(?:位于|[在于到往至])$/.test(t.slice(Math.max(0, s - 2), s))) return false;
  // A place of Hong Kong found already, or one the gazetteer reads there.
  const inHongKong = (c: Cand | undefined): boolean => c?.label === 'place' && (c.place?.within === '香港' || c.place?.canonical === '香港');
  if (LIST_JOINT.test(t[s + 2] ?? '')) {
    const next = doc.cands[doc.startingAt(s + 3)];
    if (next ? inHongKong(next) : placeAt(doc, s + 3)?.data.within === '香港') return true;
  }
  if (s < 3 || !LIST_JOINT.test(t[s - 1]!)) return false;
  // (Places are read after this stage: the one before the joint is looked up.)
  for (let k = Math.max(0, s - 6); k < s - 2; k++) if (placeAt(doc, k, s - 1)?.end === s - 1 && placeAt(doc, k, s - 1)!.data.within === '香港') return true;
  return inHongKong(doc.cands[doc.endingAt(s - 1)]);
}

/**
 * Where a compass-point district of Hong Kong that ends at `end` begins (北区 before 民政事务专员 or 区议员), or -1; not
 * the end of a longer place name (城北区, 江北区).
 *
 * @example
 * ```ts
 * compassDistrictEndingAt(new Doc('北区区议员某某'), 2); // 0
 * ```
 */
export function compassDistrictEndingAt(doc: Doc, end: number): number {
  const s = end - 2;
  const t = doc.text;
  if (s < 0 || !COMPASS_DISTRICT.test(t.slice(s, s + 8))) return -1;
  for (let k = Math.max(0, s - 3); k < s; k++) if (placeAt(doc, k, end)?.end === end) return -1; // 城北区, 江北区
  return s;
}

/** 蓬江、江海、新会三区: districts named without their level word, then counted with it. */
const COUNTED_UNITS = /((?:[\u4e00-\u9fff]{2}、){1,8}[\u4e00-\u9fff]{2})(?:[和及与]([\u4e00-\u9fff]{2}))?[一二三四五六七八九十两\d]{1,2}个?([区县市镇])/g;

/**
 * Accepts the places of a list counted by their level word (蓬江、江海、新会三区 → 蓬江区, 江海区, 新会区), each read
 * as the gazetteer's unit of that name and level.
 *
 * @example
 * ```ts
 * findCountedUnits(new Doc('覆盖蓬江、江海、新会三区')); // places 蓬江, 江海, 新会
 * ```
 */
function findCountedUnits(doc: Doc): void {
  const t = doc.text;
  COUNTED_UNITS.lastIndex = 0;
  for (let m = COUNTED_UNITS.exec(t); m; m = COUNTED_UNITS.exec(t)) {
    const level = m[3]!;
    const items = [...m[1]!.split('、'), ...(m[2] ? [m[2]] : [])];
    const readings = items.map((w) => surfaceReading(w + level));
    if (readings.some((r) => !r)) continue; // every item must be a unit of that level
    let at = m.index;
    for (let k = 0; k < items.length; k++) {
      const w = items[k]!;
      const start = t.indexOf(w, at);
      at = start + w.length;
      const r = readings[k]!;
      doc.accept({ start, end: start + w.length, label: 'place', rule: 'place.counted-unit', place: { ...r.data, fullNames: r.data.fullNames } });
    }
  }
}
