/**
 * The resolve stage: mentions of one article become entities. People are grouped by name and split into officials
 * and others by their titles; organizations get the fullest name the page supports (省… → 某某省…, 团市委 → 共青团
 * 某某市委) and keep every surface form as an alias; places take the gazetteer reading that fits the page.
 *
 * @module
 */
import { getGazetteer } from '../../lexicon/gazetteer.js';
import { lexicons } from '../../lexicon/index.js';
import { surnameAt } from '../../lexicon/surnames.js';
import { toRaw, type Reflowed } from '../../text/offset-map.js';
import type { Mention, Organization, Person, Place, PlaceLevel } from '../../types.js';
import { Doc, type Cand } from '../recognize/index.js';
import { placeAt } from '../recognize/places.js';
import { pickCode, type PageContext } from './context.js';
import { PARTICLES } from '../../en/people.js';
import { lookup as pinyinPlace } from '../../en/codes.js';
import { lexicon as englishLexicon } from '../../en/lex.js';

/** Capitalized words, with the particles of a family name between them (Anneke de Vries, Ludwig van Beethoven). */
const NAME_WORDS = new RegExp(`^[A-Z][\\p{L}'-]*(?: (?:(?:${[...PARTICLES].join('|')}) )*[A-Z][\\p{L}'-]*)+$`, 'u');

/** One recognized text of an article, with its map to the raw input. */
export interface TextUnit {
  doc: Doc;
  reflowed: Reflowed;
  /** The text as written (Traditional script kept), when recognition ran on a converted copy. */
  original?: string;
}

/** The entities of one article. */
export interface Entities {
  officials: Person[];
  people: Person[];
  companies: Organization[];
  organizations: Organization[];
  places: Place[];
  mentions: Mention[];
}

/** The mention of a candidate, in raw offsets. */
export function toMention(u: TextUnit, c: Cand): Mention {
  const span = toRaw(u.reflowed, c.start, c.end);
  return { start: span.start, end: span.end, text: (u.original ?? u.doc.text).slice(c.start, c.end), label: c.label, rule: c.rule };
}

/** Words that open with 市 and are no level's abbreviation (市场, 市区, 市民, 市容, 市政署; 市民政局 is 市 + 民政局). */
const CITY_WORD = /^市(?:场|区|民(?!政)|容|面|值|井|政署)/;

/**
 * The fullest name of an organization the page supports.
 *
 * @example
 * ```ts
 * fullOrgName('省农业农村厅', { provinceName: '江苏省' }); // '江苏省农业农村厅'
 * fullOrgName('某某团市委', {}); // '共青团某某市委'
 * fullOrgName('市区重建局', { cityName: '某某市' }); // '市区重建局'
 * ```
 */
export function fullOrgName(surface: string, ctx: PageContext): string {
  const league = /^(.{2,6}?)团([省市县区])委$/.exec(surface);
  if (league) return `共青团${league[1]}${league[2]}委`;
  if (/^团市委$/.test(surface) && ctx.cityShort) return `共青团${ctx.cityShort}市委`;
  if (/^特区政府$/.test(surface) && ctx.sar) return `${ctx.sar}特别行政区政府`;
  if (surface.startsWith('省') && ctx.provinceName && !surface.startsWith('省会')) return ctx.provinceName + surface.slice(1);
  // (Not a word that opens with 市: 市场监督管理局, 市区重建局, 市民中心, 市容环境卫生局.)
  if (surface.startsWith('市') && ctx.cityName && !CITY_WORD.test(surface)) return ctx.cityName + surface.slice(1);
  return surface;
}

/**
 * The resolved name of the entity a mention stands for: a person's name, an organization's fullest name, the full
 * name of the company a short name abbreviates.
 *
 * @example
 * ```ts
 * entityName(doc, cand, ctx); // '某某省市场监督管理局' for a mention 省市场监督管理局
 * ```
 */
export function entityName(doc: Doc, c: Cand, ctx: PageContext): string {
  const s = doc.text.slice(c.start, c.end);
  if (c.label === 'company') {
    const full = c.aliasOf !== undefined ? doc.cands[c.aliasOf]! : c;
    return full.canonical ?? doc.text.slice(full.start, full.end);
  }
  if (c.label === 'government' || c.label === 'organization') return fullOrgName(c.canonical ?? s, ctx);
  // (A person or place written across a soft hyphen is named without it.)
  return c.label === 'person' || c.label === 'place' ? c.canonical ?? s : s;
}

const KINDS = new Set<Organization['kind']>(['company', 'government', 'party', 'military', 'education', 'institution', 'association', 'media', 'other']);

/** A valid Organization kind: the recognizer's, or one read off an English name's head word. */
function orgKind(kind: string | undefined, name: string, label: string): Organization['kind'] {
  if (kind && KINDS.has(kind as Organization['kind'])) return kind as Organization['kind'];
  if (/\b(?:University|College|School)\b/.test(name)) return 'education';
  // (An institute of a profession is its members' body: Hong Kong Institute of Surveyors.)
  if (/\bInstitute of (?:Certified |Chartered )?[A-Z][a-z]+(?:ers|ors|ists|ants|ects)\b/.test(name)) return 'association';
  if (/\b(?:Institute|Academy|Center|Centre|Laboratory|Hospital|Museum|Library)\b/.test(name)) return 'institution';
  if (/\b(?:Association|Federation|Society|Chamber|Council of|Union|League|Foundation|Alliance)\b/.test(name)) return 'association';
  if (/\b(?:Daily|News|Times|Post|Xinhua|Television|TV|Radio|Press|Agency)\b/.test(name)) return 'media';
  if (/\b(?:Party|Committee of the CPC)\b/.test(name)) return 'party';
  if (/\b(?:Army|Navy|Air Force|Military|PLA)\b/.test(name)) return 'military';
  return label === 'government' ? 'government' : 'other';
}

/** True when a post held in a government body is an office (主任, 总监: a post that a government organ makes one). */
function officeOfGovernment(post: string): boolean {
  const hit = lexicons().posts.longestAt(post, 0);
  return !!hit && hit[0] === post.length && (hit[1].cls === 'ambiguous' || hit[1].cls === 'corporate');
}

/** The longest tail of a government body's name kept to find it named again without its department. */
const MAX_TAIL = 16;
/** The fewest characters a sub-unit named after its widely known parent holds (立法会 + 教育事务委员会). */
const MIN_SUB_UNIT = 3;

/** Adds the tails of a government body's name (卫生防护中心 of 卫生署卫生防护中心), each shorter than the name. */
function addTails(tails: Set<string>, name: string): void {
  for (let k = Math.max(1, name.length - MAX_TAIL); k <= name.length - 2; k++) tails.add(name.slice(k));
}

type Key = string;
interface Group<T> {
  key: Key;
  value: T;
  first: number;
}

/** The level word after a place's name (Yantian District, 南山区). */
const LEVEL_AFTER = /(?:\s+(?:District|County|City|Subdistrict|Town|Township|Province|New Area)|[省市区县镇乡]|新区)$/i;

/**
 * A place named in a headline without the code its article gives it (Nanshan in a headline, Nanshan District and then
 * Nanshan in the story; Yantian over Yantian District): the one place with a code that the same name stands for
 * elsewhere, not a place of its own.
 */
function mergeCodelessPlaces(places: Map<Key, Group<Place>>): void {
  const coded = [...places.values()].filter((g) => g.value.code);
  for (const [key, g] of places) {
    if (g.value.code) continue;
    // (… or its name without the level word: Yantian for Yantian District, 南山 for 南山区.)
    const same = coded.filter((c) => c.value.name === g.value.name || c.value.aliases.includes(g.value.name) || c.value.name.replace(LEVEL_AFTER, '') === g.value.name);
    if (same.length !== 1) continue;
    const into = same[0]!;
    addAlias(into.value.aliases, into.value.name, g.value.name);
    into.value.mentions.push(...g.value.mentions);
    into.value.mentions.sort((a, b) => a.start - b.start);
    into.first = Math.min(into.first, g.first);
    places.delete(key);
  }
}

function upsert<T>(map: Map<Key, Group<T>>, key: Key, first: number, make: () => T): T {
  let g = map.get(key);
  if (!g) {
    g = { key, value: make(), first };
    map.set(key, g);
  } else if (first < g.first) g.first = first;
  return g.value;
}

const ordered = <T>(map: Map<Key, Group<T>>): T[] => [...map.values()].sort((a, b) => a.first - b.first).map((g) => g.value);
const addAlias = (aliases: string[], name: string, s: string): void => {
  if (s !== name && !aliases.includes(s)) aliases.push(s);
};

/**
 * Folds an organization whose name ends another one's (川菜产业协会 in 某某市川菜产业协会) into it, as an alias.
 */
/** The legal form of a company written in Latin script (Co Ltd, Corp., Inc, Group, GmbH …). */
const LEGAL_TAIL = /^(?:co|ltd|limited|corp|corporation|inc|incorporated|group|holdings?|company|plc|llc|gmbh|ag|sa)\.?(?:[ ,]+(?:co|ltd|limited|inc)\.?)*$/i;

function mergeShortForms(map: Map<Key, Group<Organization>>): void {
  const groups = [...map.values()];
  for (const short of groups) {
    const long = groups.find((g) => {
      const ln = g.value.name;
      const sn = short.value.name;
      if (g === short || !map.has(g.key) || ln.length <= sn.length) return false;
      // Zhangjiang Huarui Biotech for Zhangjiang Huarui Biotech Co Ltd: the name without its legal form.
      if (ln.startsWith(`${sn} `) && LEGAL_TAIL.test(ln.slice(sn.length + 1))) return true;
      // … and without the place before it too (Hengtai New Energy for Zhejiang Hengtai New Energy Co Ltd).
      const lead = /^[A-Z][a-z]+ /.exec(ln)?.[0];
      if (lead && ln.startsWith(`${lead}${sn} `) && LEGAL_TAIL.test(ln.slice(lead.length + sn.length + 1)) && isEnglishPlace(lead.trim())) return true;
      // 佛山代表团 in a headline for 佛山市代表团: the place named without its level word.
      if (ln.length === sn.length + 1) {
        for (let k = 2; k <= 4; k++) {
          if (/[市省县区]/.test(ln[k] ?? '') && ln.slice(0, k) === sn.slice(0, k) && ln.slice(k + 1) === sn.slice(k) && placeAt(new Doc(ln.slice(0, k + 1)), 0)?.end === k + 1) return true;
        }
      }
      if (!ln.endsWith(sn)) return false;
      // Only a jurisdiction may stand before the short form (某某市 + 川菜产业协会), not another body (共青团 + 某某市委).
      const prefix = ln.slice(0, ln.length - sn.length);
      // (… or the office the unit belongs to: 警务处 + 商业罪案调查科, 土地工务局 + 城市建设厅.)
      if (PARENT_OFFICE.test(prefix) && SUB_UNIT.test(sn)) return true;
      // (… or the government it is part of: 香港特区政府 + 创新科技及工业局.)
      const place = GOVERNMENT_OF.exec(prefix)?.[1] ?? prefix;
      return prefix === '中共' || (place !== prefix && !place) || placeAt(new Doc(place), 0)?.end === place.length;
    });
    if (!long) continue;
    for (const a of [short.value.name, ...short.value.aliases]) addAlias(long.value.aliases, long.value.name, a);
    for (const m of short.value.mentions) long.value.mentions.push(m);
    long.value.mentions.sort((a, b) => a.start - b.start);
    if (short.first < long.first) long.first = short.first;
    map.delete(short.key);
  }
}

/** True when an English word names a place (Zhejiang, Shenzhen, Bavaria). */
function isEnglishPlace(word: string): boolean {
  const kind = englishLexicon().names.get(word.toLowerCase());
  return pinyinPlace(word) !== undefined || kind === 'country' || kind === 'province' || kind === 'city' || kind === 'region' || kind === 'place';
}

/** A government named before one of its bureaus (香港特区政府, 某某市人民政府): group 1 is its place. */
const GOVERNMENT_OF = /^(.{0,8}?)(?:特区政府|特别行政区政府|人民政府|政府)$/;

/** The head of an office a unit's full name opens with (警务处, 某某局). */
const PARENT_OFFICE = /[处局署部厅]$/;
/** The head of a unit under an office (调查科, 城市建设厅, 第三分局). */
const SUB_UNIT = /(?:科|组|队|室|厅|处|分局|分署|中心)$/;

/** Head nouns that stand alone for a body named before them (公司 for 某某有限公司, 研究院 for 某某研究院). */
const GENERIC_HEAD = /^(?:公司|企业|集团|研究院|研究所|医院|学校|大学|学院|银行|协会)$/;
/** The same, right before a title that has no organ of its own (公司董事长某某). */
const GENERIC_BEFORE = /(?:公司|企业|集团|研究院|研究所|医院|学校|大学|学院|银行|协会)$/;

/** The last company or organization before `at` whose name ends in `head` (any company for 公司, 企业, 集团). */
function lastBodyWithHead(doc: Doc, at: number, head: string): Cand | undefined {
  const anyCompany = head === '公司' || head === '企业' || head === '集团';
  let best: Cand | undefined;
  // (集团 is a group: a company named as one, or as a holding company, before any other company.)
  let group: Cand | undefined;
  for (const c of doc.cands) {
    if (c.end > at || (c.label !== 'company' && c.label !== 'organization' && c.label !== 'government')) continue;
    const name = doc.text.slice(c.start, c.end);
    if (name === head || !(anyCompany ? c.label === 'company' : name.endsWith(head))) continue;
    if (!best || c.start > best.start) best = c;
    if (head === '集团' && /集团|控股/.test(name) && (!group || c.start > group.start)) group = c;
  }
  return group ?? best;
}

/**
 * Later mentions of names by one of their parts → the name written in full in the article: Latin-script names by
 * their first or last word (Whitfield, Tang), transliterated names by the part after the last middle dot
 * (某某·莫拉莱达 → 莫拉莱达). A part shared by two people links to neither.
 *
 * @example
 * ```ts
 * fullNamesByPart(units).get('Whitfield'); // 'Thomas Whitfield'
 * fullNamesByPart(units).get('莫拉莱达');  // '埃斯特万·莫拉莱达'
 * ```
 */
export function fullNamesByPart(units: readonly TextUnit[]): Map<string, string | null> {
  const fullNames = new Map<string, string | null>();
  const link = (part: string, n: string): void => {
    const seen = fullNames.get(part);
    fullNames.set(part, seen === undefined || seen === n ? n : null);
  };
  for (const u of units) for (const c of u.doc.cands) {
    if (c.label !== 'person') continue;
    const n = c.canonical ?? u.doc.text.slice(c.start, c.end);
    const c0 = n.charCodeAt(0);
    if (c0 >= 0x41 && c0 <= 0x5a && NAME_WORDS.test(n)) {
      const words = n.split(' ');
      for (const part of [words[0]!, words.at(-1)!]) link(part, n);
      // Anneke de Vries … De Vries: a family name after a particle, cited with it (capitalized where a sentence opens).
      const particle = words.length >= 3 ? words.at(-2)! : '';
      if (PARTICLES.has(particle)) for (const p of [particle, particle[0]!.toUpperCase() + particle.slice(1)]) link(`${p} ${words.at(-1)!}`, n);
      // Raymond Chan Ka-fai, Wong Siu-ming: the family name stands before a hyphenated Cantonese given name.
      // Maria Lopez Urrutia: a name of three words may be cited by the middle one (a first family name).
      if (words.length === 3 || (words.length >= 2 && /^[A-Z][a-z]+-[a-z]+$/.test(words.at(-1)!))) link(words.at(-2)!, n);
    } else if (/^[\u4e00-\u9fff]{1,12}(?:[·・•‧][\u4e00-\u9fff]{1,12})+$/.test(n)) {
      const last = n.split(/[·・•‧]/).at(-1)!;
      if (last.length >= 2) link(last, n);
    }
  }
  return fullNames;
}

/**
 * A person cited by surname and post (张局长, 钱副局长) → the one full name in the article with that surname whose title
 * ends in that post (张建国局长, 区生态环境局副局长钱丽华); undefined where no name or two such names qualify.
 *
 * @example
 * ```ts
 * holderOf(units, '张', '局长'); // '张建国'
 * ```
 */
export function holderOf(units: readonly TextUnit[], surname: string, post: string): string | undefined {
  let found: string | undefined;
  for (const u of units) for (const c of u.doc.cands) {
    if (c.label !== 'person' || c.rule === 'person.surname-before-title') continue;
    const n = c.canonical ?? u.doc.text.slice(c.start, c.end);
    const sl = surnameAt(n, 0);
    if (sl !== surname.length || !n.startsWith(surname) || n.length <= sl || n.length > sl + 2) continue;
    if (!(c.titles ?? []).some((ti) => u.doc.cands[ti]?.title?.full.endsWith(post))) continue;
    if (found !== undefined && found !== n) return undefined;
    found = n;
  }
  return found;
}

/**
 * Resolves the mentions of an article's texts into entities.
 *
 * @example
 * ```ts
 * const e = resolveEntities([{ doc, reflowed }], pageContext([doc]));
 * e.officials.map((p) => p.name);
 * ```
 */
export function resolveEntities(units: readonly TextUnit[], ctx: PageContext): Entities {
  const people = new Map<Key, Group<Person & { official: boolean }>>();
  const orgs = new Map<Key, Group<Organization>>();
  /** Tails of the names of the government bodies told so far (卫生防护中心 after 卫生署卫生防护中心). */
  const governmentTails = new Set<string>();
  const companies = new Map<Key, Group<Organization>>();
  const places = new Map<Key, Group<Place>>();
  const mentions: Mention[] = [];
  const gaz = getGazetteer();

  const fullNames = fullNamesByPart(units);
  // A headline names people its article names (卓永康率团访江门); a name a headline alone seems to hold is a misreading
  // of its terse words (晤市委书记谈创科: 谈 is the verb).
  const body = units[units.length - 1];
  const bodyNames = new Set<string>();
  if (body) for (const c of body.doc.cands) if (c.label === 'person') bodyNames.add(body.doc.text.slice(c.start, c.end));
  for (const u of units) {
    const { doc } = u;
    const headline = u !== body;
    const orgName = (c: Cand): string => entityName(doc, c, ctx);
    /**
     * Where a titled name with a body ends → that body, and the post where it is an office (运输署总运输主任甲: 主任),
     * for the next name of a 、-list.
     */
    const listOrgan = new Map<number, { body: Cand; officePost?: string }>();
    for (const c of doc.cands) {
      if (headline && c.label === 'person') {
        const n = doc.text.slice(c.start, c.end);
        if (!bodyNames.has(n) && ![...bodyNames].some((b) => b.endsWith(n) || b.startsWith(n))) continue;
      }
      const m = toMention(u, c);
      mentions.push(m);
      const surface = doc.text.slice(c.start, c.end); // names are Simplified, mentions as written
      if (c.label === 'company') {
        const name = orgName(c);
        const o = upsert(companies, name, m.start, () => ({ name, aliases: [], kind: 'company' as const, mentions: [] }));
        addAlias(o.aliases, o.name, surface);
        o.mentions.push(m);
      } else if (c.label === 'government' || c.label === 'organization') {
        const name = orgName(c);
        const o = upsert(orgs, name, m.start, () => ({ name, aliases: [], kind: orgKind(c.kind, name, c.label), mentions: [] }));
        if (o.kind === 'government' && o.mentions.length === 0) addTails(governmentTails, o.name);
        addAlias(o.aliases, o.name, surface);
        o.mentions.push(m);
        // 立法会教育事务委员会, 香港中文大学医学院: a panel or a faculty named with the widely known government body or
        // university it belongs to names that body too. (Not a party's local branch, 共青团某市委, nor a trust a club
        // set up, 香港赛马会慈善信托基金: bodies of their own.)
        const known = lexicons().known.longestAt(doc.text, c.start, c.end);
        // (Nor a government or a ministry spelled out before its bureau or agency, 香港特区政府创新科技及工业局, 农业部渔产署:
        // one formal name.)
        if (known && known[0] <= c.end - MIN_SUB_UNIT && doc.isHan(known[0]) && (known[1].kind === 'government' || known[1].kind === 'education') && !/(?:政府|部)$/.test(known[1].name)) {
          const parent = toMention(u, { ...c, end: known[0], label: known[1].label, rule: 'org.known-parent' });
          const p = upsert(orgs, known[1].name, parent.start, () => ({ name: known[1].name, aliases: [], kind: known[1].kind, mentions: [] }));
          addAlias(p.aliases, p.name, parent.text);
          p.mentions.push(parent);
        }
      } else if (c.label === 'place') {
        const data = c.place ?? {};
        let code: string | undefined;
        let level = data.level as PlaceLevel | undefined;
        let full: string | undefined;
        if (data.codes?.length) {
          const k = pickCode(data.codes, ctx);
          code = data.codes[k];
          full = data.fullNames?.[k];
          const entry = code ? gaz.byCode.get(code) : undefined;
          if (entry) level = entry.level;
          else if (code && code.length === 12) level = data.level as PlaceLevel;
        }
        // (An English name a line broke at a soft hyphen is named without it: Vi-entiane → Vientiane.)
        const written = c.canonical ?? surface;
        const key = code ?? data.canonical ?? written;
        const p = upsert(places, key, m.start, () => {
          // A place from the generic lists is named by its main name (沙田 → 沙田区), one with a code by what the page says.
          const place: Place = { name: code ? written : data.canonical ?? written, aliases: [], mentions: [] };
          if (level) place.level = level;
          if (code) place.code = code;
          return place;
        });
        addAlias(p.aliases, p.name, surface);
        if (full) addAlias(p.aliases, p.name, full);
        p.mentions.push(m);
      } else if (c.label === 'date') {
        // Dates are listed by the event stage.
      } else if (c.label === 'person') {
        // 张局长 after 张建国局长: the same person, cited by surname and post.
        const post = c.rule === 'person.surname-before-title' && c.titles?.length ? doc.cands[c.titles[0]!]?.title?.full : undefined;
        const name = (post && holderOf(units, surface, post)) || (fullNames.get(surface) ?? c.canonical ?? surface);
        const p = upsert(people, name, m.start, () => ({ name, titles: [], roles: [], mentions: [], official: false }));
        p.mentions.push(m);
        for (const ti of c.titles ?? []) {
          const t = doc.cands[ti]?.title;
          if (!t) continue;
          // (Liu, the city's Party chief, after Liu Zhenhai, Party secretary of Kunming: the office named again in
          // other words, no second title.)
          const again = p.titles.length > 0 && /\bthe (?:city|province|county|district|region|town|country|company|group|prefecture|municipality)['’]s\s+$/i.test(doc.text.slice(Math.max(0, doc.cands[ti]!.start - 24), doc.cands[ti]!.start));
          if (!again && !p.titles.includes(t.full)) p.titles.push(t.full);
          if (t.official) p.official = true;
          const organ = t.organ !== undefined ? doc.cands[t.organ] : undefined;
          // 卫生防护中心总监 after 卫生署卫生防护中心: the body named again without its department is the government
          // body told before, and a post there that is an office of a government body is an office here too.
          if (!t.official && organ?.label === 'organization' && officeOfGovernment(t.post) && governmentTails.has(orgName(organ))) p.official = true;
          // A bare head before the post (公司董事长, 研究院首席科学家) points back to the body named last with that head.
          const tc = doc.cands[ti]!;
          let generic = organ ? GENERIC_HEAD.exec(doc.text.slice(organ.start, organ.end)) : GENERIC_BEFORE.exec(doc.text.slice(Math.max(0, tc.start - 3), tc.start));
          // A bare head stands alone only after a break (。公司董事长…), not as the tail of a name not found (某某有限公司董事长).
          // (… or after a conjunction or a preposition: 与集团主席某某一同主持.)
          if (generic && !organ && !/^$|[\s，。；：、！？“”与和及并由同]$/.test(doc.text.slice(Math.max(0, tc.start - generic[0].length - 1), tc.start - generic[0].length))) generic = null;
          const named = generic && (organ || doc.startingAt(tc.start - generic[0].length) < 0) ? lastBodyWithHead(doc, c.start, generic[0]) : undefined;
          if (named && !p.affiliation) p.affiliation = orgName(named);
          else if (organ && !p.affiliation) p.affiliation = orgName(organ);
          // 某公司董事长甲、总经理乙: a bare post right after 、 and a titled name shares that name's body.
          const listed = listOrgan.get(tc.start - 1);
          const prev = listed?.body;
          if (!organ && !named && !p.affiliation && prev && doc.text[tc.start - 1] === '、' && !t.official) {
            p.affiliation = orgName(prev);
            // (运输署总运输主任甲、高级运输主任乙: a rank of the same post in a government office is an office too.)
            if (prev.label === 'government' && listed.officePost === t.post) p.official = true;
          }
          const body = organ ?? named;
          if (body) listOrgan.set(c.end, t.official ? { body, officePost: t.post } : { body });
        }
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  mergeCodelessPlaces(places);
  mergeShortForms(orgs);
  mergeShortForms(companies);
  // An affiliation written by a short form (Zhangjiang Huarui Biotech) is the body it stands for.
  const bodyOf = new Map<string, string>();
  for (const { value: o } of [...companies.values(), ...orgs.values()]) for (const a of o.aliases) if (!bodyOf.has(a)) bodyOf.set(a, o.name);
  for (const { value: p } of people.values()) if (p.affiliation && bodyOf.has(p.affiliation)) p.affiliation = bodyOf.get(p.affiliation)!;
  const officials: Person[] = [];
  const others: Person[] = [];
  for (const p of ordered(people)) {
    const { official, ...person } = p;
    person.mentions.sort((a, b) => a.start - b.start);
    (official ? officials : others).push(person);
  }
  return {
    officials,
    people: others,
    companies: ordered(companies),
    organizations: ordered(orgs),
    places: ordered(places),
    mentions,
  };
}
