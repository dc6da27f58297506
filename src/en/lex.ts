/**
 * The English lexicon: the hand-written lists of src/en/data merged with the name, place and organization entries
 * of compromise's lexicon (compiled at build time by scripts/build-en-lexicon.mjs, so compromise is not loaded at run
 * time), as lower-case look-up tables built once on first use.
 *
 * @module
 */
import { EN_LEXICON } from '../data/en-lexicon.generated.js';
import { CHINA_CITIES, CHINA_PROVINCES, COUNTRIES, HONG_KONG_MACAO_PLACES, REGIONS, US_STATES, WORLD_CITIES } from './data/places.js';
import { KNOWN_COMPANIES, KNOWN_GOVERNMENT, KNOWN_ORGANIZATIONS } from './data/orgs.js';
import { DEMONYMS, GIVEN_NAMES, NOT_NAMES } from './data/words.js';
import { PINYIN_SURNAMES, PINYIN_SYLLABLES } from './data/pinyin.js';

/** What a lexicon entry names. */
export type EntryKind = 'country' | 'province' | 'city' | 'region' | 'place' | 'company' | 'government' | 'organization' | 'team';

export interface Lexicon {
  /** Multi-word and single-word names: places, organizations, teams. */
  names: Map<string, EntryKind>;
  /** Longest name in tokens. */
  maxTokens: number;
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** Names of well-known people in compromise's lexicon (barack obama). */
  people: Set<string>;
  demonyms: Set<string>;
  notNames: Set<string>;
  /** Words the lexicon knows only as ordinary words (verbs, adjectives, function words, common nouns). */
  common: Set<string>;
  /** The first part-of-speech tag of each ordinary word (PastTense, Copula, Preposition …). */
  pos: Map<string, string>;
  syllables: Set<string>;
  surnames: Set<string>;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Honorific', 'Month', 'WeekDay', 'Date']);

let cached: Lexicon | undefined;

/** Word → tags from the encoded lexicon (`Tag+Tag<TAB>word¦word…` lines, scripts/build-en-lexicon.mjs). */
function decodeLexicon(encoded: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of encoded.split('\n')) {
    const tab = line.indexOf('\t');
    const tags = line.slice(0, tab).split('+');
    for (const w of line.slice(tab + 1).split('¦')) out.set(w, tags);
  }
  return out;
}

/** The lexicon, built on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const names = new Map<string, EntryKind>();
  const firstNames = new Set<string>(GIVEN_NAMES);
  const lastNames = new Set<string>();
  const people = new Set<string>();
  const common = new Set<string>();
  const pos = new Map<string, string>();
  const demonyms = new Set<string>(DEMONYMS);
  const words = decodeLexicon(EN_LEXICON);
  for (const [key, tags] of words) {
    const has = (t: string): boolean => tags.includes(t);
    const k = key.replace(/ '/g, "'");
    if (has('MaleName') || has('FemaleName') || has('FirstName')) firstNames.add(k);
    else if (has('LastName')) lastNames.add(k);
    else if (has('Person')) { if (k.includes(' ')) people.add(k); }
    else if (has('Country')) names.set(k, 'country');
    else if (has('City')) names.set(k, 'city');
    else if (has('Region')) names.set(k, 'region');
    else if (has('Place')) { /* mostly small English towns and landmarks: too often a club's name */ }
    else if (has('SportsTeam')) names.set(k, 'team');
    else if (has('Organization')) { if (k.length > 2) names.set(k, 'company'); }
    else if (has('Demonym')) demonyms.add(k);
    else if (!tags.some((t) => NAME_TAGS.has(t))) { common.add(k); pos.set(k, tags[0]!); }
  }
  // A pinyin family name the lexicon knows only as a noun is a name (Wang).
  for (const s of PINYIN_SURNAMES) {
    const v = words.get(s);
    if (v === undefined || (v.length === 1 && (v[0] === 'Noun' || v[0] === 'Singular'))) { common.delete(s); pos.delete(s); lastNames.add(s); }
  }
  for (const w of WORLD_CITIES) names.set(w, 'city');
  for (const w of US_STATES) names.set(w, 'province');
  for (const w of REGIONS) names.set(w, 'region');
  for (const w of COUNTRIES) names.set(w, 'country');
  for (const w of CHINA_CITIES) names.set(w, 'city');
  for (const w of HONG_KONG_MACAO_PLACES) names.set(w, 'place');
  for (const w of CHINA_PROVINCES) names.set(w, 'province');
  for (const w of KNOWN_COMPANIES) names.set(w, 'company');
  for (const w of KNOWN_ORGANIZATIONS) names.set(w, 'organization');
  for (const w of KNOWN_GOVERNMENT) names.set(w, 'government');
  for (const d of demonyms) if (names.get(d) === 'company') names.delete(d);
  let maxTokens = 1;
  for (const k of names.keys()) maxTokens = Math.max(maxTokens, k.split(' ').length);
  cached = {
    names, maxTokens: Math.min(maxTokens, 8), firstNames, lastNames, people, demonyms,
    notNames: new Set(NOT_NAMES), common, pos, syllables: new Set(PINYIN_SYLLABLES), surnames: new Set(PINYIN_SURNAMES),
  };
  return cached;
}

/** True when a word splits into one to `max` pinyin syllables (jianjun → jian+jun); apostrophes and hyphens allowed. */
export function isPinyin(word: string, max = 2): boolean {
  const w = word.toLowerCase().replace(/['’-]/g, '');
  if (w.length === 0 || w.length > 6 * max) return false;
  const syl = lexicon().syllables;
  const go = (i: number, n: number): boolean => {
    if (i === w.length) return true;
    if (n === max) return false;
    for (let l = Math.min(6, w.length - i); l >= 1; l--) if (syl.has(w.slice(i, i + l)) && go(i + l, n + 1)) return true;
    return false;
  };
  return go(0, 0);
}

/** One syllable of Cantonese romanization (Fung, Kwok, Tsang, Cheung, Yiu), in any case. */
const CANTONESE_SYLLABLE = /^(?:ch|sh|ng|gw|kw|ts|[bpmfdtnlgkhjsywz])?[aeiouy]{1,3}(?:ng|n|m|k|p|t)?$/i;

/**
 * True when a word is one syllable of Cantonese romanization (a Hong Kong family name or half a given name).
 *
 * @example
 * ```ts
 * isCantoneseSyllable('Kwok'); // true
 * isCantoneseSyllable('Street'); // false
 * ```
 */
export function isCantoneseSyllable(word: string): boolean {
  return CANTONESE_SYLLABLE.test(word);
}
