/**
 * Places in English text: countries, regions, world cities, Chinese provinces and cities in pinyin (from the lists of
 * src/en/data and compromise's lexicon), capitalized names with a place word (Jiangsu Province, Binhu District,
 * Yangtze River, Lake Taihu, Mount Tai), and pinyin names before an administrative word. Nationality adjectives
 * (Chinese, British) are never places.
 *
 * @module
 */
import { lexicon } from './lex.js';
import { PLACE_PREFIXES, PLACE_SUFFIXES, PORTUGUESE_STREET_WORDS, US_STATE_ABBREVIATIONS } from './data/places.js';
import { beforeCurrency, free, joined, keyOf, nameAt, nameish, type Ctx } from './context.js';
import type { EntryKind } from './lex.js';
import { isPinyin } from './lex.js';

const PLACE_KINDS = new Set<EntryKind>(['country', 'province', 'city', 'region', 'place']);
/** Level words of a foreign country's divisions, lower case after their name (Dornogovi province, Kilifi county). */
const FOREIGN_LEVEL = /^(?:province|state|region|oblast|governorate|county|district|prefecture)$/;
const PREFIXES = new Set(PLACE_PREFIXES);
const STREET_WORDS = new Set(PORTUGUESE_STREET_WORDS);

/** A place found at a token. */
export interface PlaceHit {
  end: number;
  level: string;
  rule: string;
}

/** The place word after tokens ending at `e` (Province, Autonomous Region): [end token, level], or undefined. */
function suffixAfter(ctx: Ctx, e: number): [number, string] | undefined {
  const { toks } = ctx;
  let best: [number, string] | undefined;
  for (let n = 1; n <= 4 && e + n < toks.length; n++) {
    if (!joined(ctx, e + n - 1)) break;
    const t = toks[e + n]!;
    // (A level word some other mention holds is not the place's: Tai Po + District Officer.)
    if (!t.word || !t.cap || !free(ctx, e + n)) break;
    const key = keyOf(ctx, e + 1, e + n);
    const level = PLACE_SUFFIXES[key];
    if (level) best = [e + n, level];
  }
  return best;
}

/**
 * Qiannan Buyei and Miao autonomous prefecture, Chuxiong Yi autonomous prefecture: a name, the peoples, and an
 * autonomous level (in capitals too), starting at token i.
 */
export function autonomousAt(ctx: Ctx, i: number): PlaceHit | undefined {
  const { toks } = ctx;
  if (!toks[i]!.cap || !toks[i]!.word) return undefined;
  for (let e = i + 1; e < Math.min(toks.length - 1, i + 7); e++) {
    if (!joined(ctx, e - 1)) break;
    const w = toks[e]!;
    // (… or in capitals, as a name: the Qianxinan Buyi and Miao Autonomous Prefecture.)
    if (w.lower === 'autonomous' && /^(?:prefecture|county|region)$/.test(toks[e + 1]!.lower) && joined(ctx, e)) {
      const lvl = toks[e + 1]!.lower;
      return e > i + 1 ? { end: e + 1, level: lvl === 'county' ? 'county' : lvl === 'region' ? 'province' : 'city', rule: 'en.place.autonomous' } : undefined;
    }
    if (!(w.cap && w.word) && w.lower !== 'and') break;
  }
  return undefined;
}

/** The place starting at token i, if any. */
export function placeAt(ctx: Ctx, i: number): PlaceHit | undefined {
  const { toks } = ctx;
  const t = toks[i];
  if (!t || !t.word || !t.cap || !free(ctx, i)) return undefined;
  // HK$, US$, S$: a currency, not the place.
  if (t.upper && ctx.text[t.end] === '$') return undefined;
  // (An autonomous prefecture or county named after a city the lexicon knows is the prefecture: Xishuangbanna Dai …)
  const autonomous = autonomousAt(ctx, i);
  if (autonomous) return autonomous;
  const hit = nameAt(ctx, i, PLACE_KINDS);
  if (hit) {
    const [e, kind] = hit;
    const suf = suffixAfter(ctx, e);
    if (suf && suf[1] !== 'feature' || suf && kind !== 'country') return { end: suf[0], level: suf[1], rule: 'en.place.lexicon+suffix' };
    // Chengdu Hi-tech Industrial Development Zone, Zigong Lantern Park: a zone or a site named after its city, words of
    // its own before the zone or site word.
    for (let k = e + 1; k <= e + 3 && k < toks.length && joined(ctx, k - 1) && nameish(ctx, k); k++) {
      const zone = suffixAfter(ctx, k);
      if (zone && (zone[1] === 'region' || zone[1] === 'feature')) return { end: zone[0], level: zone[1], rule: 'en.place.lexicon+zone' };
    }
    return { end: e, level: kind === 'place' ? 'feature' : kind === 'region' ? 'region' : kind, rule: `en.place.lexicon:${kind}` };
  }
  if (!nameish(ctx, i)) return undefined;
  // Rua da Felicidade, Avenida de Almeida Ribeiro: a Portuguese street word, a particle, then the name.
  if (STREET_WORDS.has(t.lower) && joined(ctx, i)) {
    let e = i + 1;
    if (/^(?:da|do|de|dos|das)$/.test(toks[e]?.text ?? '') && joined(ctx, e)) e++;
    if (nameish(ctx, e)) {
      while (e + 1 < toks.length && joined(ctx, e) && nameish(ctx, e + 1) && e - i < 5) e++;
      return { end: e, level: 'feature', rule: 'en.place.street' };
    }
  }
  // Mount Tai, Lake Taihu, Gulf of Aden.
  for (let n = 2; n >= 1; n--) {
    const key = keyOf(ctx, i, Math.min(i + n - 1, toks.length - 1));
    if (PREFIXES.has(key) && joined(ctx, i + n - 1) && nameish(ctx, i + n)) {
      let e = i + n;
      while (e + 1 < toks.length && joined(ctx, e) && nameish(ctx, e + 1) && e - i < 4) e++;
      return { end: e, level: 'feature', rule: 'en.place.prefix' };
    }
  }
  // A pinyin name before a lower-case county word (Caidian district, Feixi county): the name is the place.
  const nx = toks[i + 1];
  if (toks[i]!.cap && nx && !nx.cap && (nx.lower === 'district' || nx.lower === 'county') && joined(ctx, i) && pinyinPlace(toks[i]!.text)) {
    // The name as written, its level word with it (Haizhu district, Feixi county).
    return { end: i + 1, level: 'county', rule: 'en.place.pinyin-county' };
  }
  // Mongolia's Dornogovi province, Kenya's Kilifi county: a name after a country's possessive, before a lower-case level
  // word, is a division of that country (the name alone).
  const owner = toks[i - 2];
  if (toks[i]!.cap && !toks[i]!.upper && nx && !nx.cap && FOREIGN_LEVEL.test(nx.lower) && joined(ctx, i) && /^['’]s$/.test(toks[i - 1]?.text ?? '') && owner && ctx.lex.names.get(owner.lower) === 'country' && !ctx.lex.common.has(toks[i]!.lower)) {
    // (A prefecture of Japan is a first-level division.)
    return { end: i, level: /^(?:county|district)$/.test(nx.lower) ? 'county' : 'province', rule: 'en.place.of-country' };
  }
  // A pinyin name before a lower-case village or town word (Shatou village, Lianhua township): that place, word and all.
  if (nx && !nx.cap && /^(?:village|township|town)$/.test(nx.lower) && joined(ctx, i) && pinyinPlace(toks[i]!.text)) {
    return { end: i + 1, level: nx.lower === 'village' ? 'village' : 'town', rule: 'en.place.pinyin-village' };
  }
  // A capitalized name with a place word: Binhu District, Yangshan Town, Tiananmen Square.
  let e = i;
  while (e - i < 3) {
    const suf = suffixAfter(ctx, e);
    if (suf) {
      if (ctx.lex.demonyms.has(keyOf(ctx, i, e)) && suf[1] !== 'feature') return undefined;
      // (The Water Town Living Room: a common word and a place word opening a longer name in capitals name no place.)
      if (e === i && /^(?:new|old|water|ancient|small|big|little|great)$/.test(toks[i]!.lower) && /^towns?$/.test(toks[suf[0]]?.lower ?? '') && joined(ctx, suf[0]) && !!toks[suf[0] + 1]?.cap && nameish(ctx, suf[0] + 1)) return undefined;
      // (Jinlu Road and Bridge Group Co Ltd: a road word that runs on with "and" into a company's name names none.)
      if (suf[1] === 'feature' && companyRunsOn(ctx, suf[0])) return undefined;
      return { end: suf[0], level: suf[1], rule: 'en.place.suffix' };
    }
    if (!(joined(ctx, e) && nameish(ctx, e + 1))) break;
    e++;
  }
  return undefined;
}

/** Accepts the places of a text. */
export function findPlaces(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const hit = placeAt(ctx, i);
    if (!hit) continue;
    // 112 million U.S. dollars, Hong Kong dollars: a currency, not the place.
    if (beforeCurrency(ctx, hit.end)) continue;
    // Inside a longer capitalized run that is no place (Paris Hilton, Beijing Olympics), leave it to the classifier.
    const lexical = hit.rule.startsWith('en.place.lexicon:');
    if (lexical && !ctx.shout[i]) {
      const nx = hit.end + 1;
      if (joined(ctx, hit.end) && nameish(ctx, nx) && free(ctx, nx) && !placeAt(ctx, nx) && !ctx.lex.demonyms.has(toks[nx]!.lower)) continue;
      const pv = i - 1;
      if (pv >= 0 && joined(ctx, pv) && nameish(ctx, pv) && free(ctx, pv) && !toks[pv]!.initial && !placeAt(ctx, pv) && !ctx.lex.demonyms.has(toks[pv]!.lower)) continue;
    }
    const k = doc.accept({ start: toks[i]!.start, end: toks[hit.end]!.end, label: 'place', rule: hit.rule, place: { level: hit.level } });
    if (k >= 0) i = hit.end;
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // Bangkok-based, Geneva-headquartered: a place the lexicon knows, opening a compound, is mentioned.
    const based = /^(\p{Lu}[\p{Ll}']+)-(?:based|headquartered)$/u.exec(t.text);
    const kind = based ? ctx.lex.names.get(based[1]!.toLowerCase()) : undefined;
    if (based && free(ctx, i) && (kind === 'country' || kind === 'province' || kind === 'city' || kind === 'region' || kind === 'place')) {
      doc.accept({ start: t.start, end: t.start + based[1]!.length, label: 'place', rule: 'en.place.before-based', place: { level: kind } });
    }
  }
}

/**
 * Places named after a level word and "of" (the Vietnamese province of Ca Mau, the state of Sabah), found before
 * people are, since such a name may read as a person's (Ben Tre).
 *
 * @example
 * ```ts
 * findLevelOfPlaces(ctx); // place: Ca Mau in "the Vietnamese province of Ca Mau"
 * ```
 */
export function findLevelOfPlaces(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // The Vietnamese province of Ca Mau, the state of Sabah: a name after a level word and "of" is a place.
    // (A place the lexicon knows is left to findPlaces, with its own level.)
    if (/^(?:province|state|prefecture|region)$/.test(t.lower) && !t.cap && toks[i + 1]?.lower === 'of' && joined(ctx, i) && joined(ctx, i + 1) && !placeAt(ctx, i + 2)) {
      let e = i + 1;
      while (e + 1 < toks.length && e - i < 4 && toks[e + 1]!.cap && toks[e + 1]!.word && !toks[e + 1]!.upper && free(ctx, e + 1) && (e === i + 1 || joined(ctx, e))) e++;
      if (e > i + 1) doc.accept({ start: toks[i + 2]!.start, end: toks[e]!.end, label: 'place', rule: 'en.place.level-of', place: { level: t.lower } });
    }
  }
}

/** True when a word could be a Chinese place name in pinyin (one to three syllables). */
export function pinyinPlace(word: string): boolean {
  return isPinyin(word, 3);
}

const STATE_ABBR = new Set(US_STATE_ABBREVIATIONS.flatMap((a) => [a, `${a}.`]));

/**
 * Datelines: the place a story was filed from, at the start of a line, before the date or a state or country —
 * "BEIJING, June 29 (Xinhua) --", "LONDON 1996-08-30", "IRVINE, Calif. 1996-08-30", "ESCHEN, Liechtenstein".
 */
export function findDatelines(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let a = 0; a < toks.length; a++) {
    if (a > 0 && toks[a - 1]!.sent === toks[a]!.sent) continue;
    // The city: up to four capitalized words.
    let e = a - 1;
    for (let k = a; k < toks.length && k - a < 4 && toks[k]!.word && toks[k]!.cap && free(ctx, k); k++) {
      e = k;
      if (!joined(ctx, k)) break;
    }
    if (e < a) continue;
    const isDate = (k: number): boolean => {
      const t = toks[k];
      if (!t) return false;
      const c = doc.startingAt(t.start);
      return c >= 0 && doc.cands[c]!.label === 'date';
    };
    const upper = toks[a]!.upper;
    let second: [number, number] | undefined;
    let ok = false;
    if (isDate(e + 1)) ok = true;
    else if (toks[e + 1]?.text === ',') {
      if (isDate(e + 2)) ok = true;
      else {
        // The state or country after the comma.
        let f = e + 1;
        for (let k = e + 2; k < toks.length && k - e - 2 < 3 && toks[k]!.word && toks[k]!.cap && free(ctx, k); k++) {
          f = k;
          if (!joined(ctx, k)) break;
        }
        if (f > e + 1) {
          const key = keyOf(ctx, e + 2, f);
          const known = STATE_ABBR.has(key) || (placeAt(ctx, e + 2)?.end ?? -1) === f;
          const nx = toks[f + 1];
          if (known && (isDate(f + 1) || (upper && (!nx || nx.text === '.' || nx.text === '(' || nx.sent !== toks[f]!.sent)))) {
            ok = true;
            second = [e + 2, f];
          }
        }
      }
    }
    if (!ok || (!upper && !isDate(e + 1) && !isDate(e + 2))) continue;
    // A function word before a date opens a sentence, not a dateline (On Monday, …; In May, …).
    if (e === a && lexicon().notNames.has(toks[a]!.lower)) continue;
    const known = placeAt(ctx, a);
    doc.accept({ start: toks[a]!.start, end: toks[e]!.end, label: 'place', rule: 'en.place.dateline', place: { level: known?.level ?? 'city' } });
    if (second) doc.accept({ start: toks[second[0]]!.start, end: toks[second[1]]!.end, label: 'place', rule: 'en.place.dateline-region', place: { level: 'province' } });
  }
}

/** Words that end a company's name, after "and" and a word or two in capitals (… Road and Bridge Group Co Ltd). */
const COMPANY_TAIL = /^(?:group|co|corp|corporation|company|ltd|limited|holdings|inc)$/;

/** True when "and", then one to three words in capitals ending in a company word, follows token `e`. */
function companyRunsOn(ctx: Ctx, e: number): boolean {
  const { toks } = ctx;
  if (toks[e + 1]?.lower !== 'and' || !joined(ctx, e) || !joined(ctx, e + 1)) return false;
  for (let k = e + 2; k <= e + 5 && k < toks.length && toks[k]!.cap && (k === e + 2 || joined(ctx, k - 1)); k++) if (COMPANY_TAIL.test(toks[k]!.lower)) return true;
  return false;
}
