/**
 * The capitalized runs no other recognizer claimed, classified by their words and context: a run before "said" or
 * ", who" or ", 45 ," is a person, a run before "( Country )" in results is a player, an acronym is an organization,
 * a run after "in" is a place, a run of words the lexicon does not know is taken for a person's name, a run that
 * joins a place and an ordinary word is an organization (Dhaka Newsroom, Chittagong Cement); events, nationalities
 * and lone sentence-initial ordinary words are left alone.
 *
 * @module
 */
import { BUSINESS_TAILS, EVENT_HEADS, FACILITY_HEADS, MONTHS, WEEKDAYS } from './data/words.js';
import { COMPANY_ENDINGS, GOVERNMENT_HEADS, ORGANIZATION_HEADS } from './data/orgs.js';
import { PORTFOLIO_WORDS } from './data/titles.js';
import { lookup } from './codes.js';
import { beforeCurrency, free, joined, keyOf, nameAt, nameish, type Ctx } from './context.js';
import { pinyinPlace } from './places.js';
import { AWARD_HEADS, NICKNAMED, postAfterComma } from './people.js';
import type { Cand } from '../stages/recognize/index.js';

/**
 * A capital inside a word after a lower-case letter, as acronyms and brands write it (MoU, iPhone), not a family
 * name's prefix (McDonald, MacArthur, DeSantis, DiCaprio, LeBlanc, LaGuardia, VanDyke).
 */
const INNER_CAPITAL = /^(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Za-z]*[a-z][A-Z]/;

/** A pronoun and its verb contracted (I'll, We've, You're): no name. */
const CONTRACTION = /^(?:I|We|You|They|He|She|It|That|There)['’](?:ll|ve|re|m|d|s)$/;

/** Head words of gatherings and bodies: a capitalized run that goes on to one is part of its name. */
const HEAD_WORDS = new Set([...EVENT_HEADS, ...GOVERNMENT_HEADS, ...ORGANIZATION_HEADS]);
/** Heads of venues whose names may join two words by "and" (Ice and Snow World, Arts and Culture Park). */
const VENUE_HEADS = new Set(['world', 'park', 'plaza', 'square', 'garden', 'gardens', 'resort', 'town']);
const PORTFOLIO = new Set(PORTFOLIO_WORDS);

const EVENTS = new Set(EVENT_HEADS);
/** Verbs after a name that make it a person's. */
const SAYS = new Set(['said', 'says', 'told', 'added', 'noted', 'stressed', 'explained', 'argued', 'insisted', 'warned', 'wrote', 'asked', 'replied', 'believes', 'thinks', 'who', 'whose', 'himself', 'herself', 'admitted', 'recalled', 'acknowledged', 'conceded', 'complained', 'denied', 'urged']);
/** Prepositions before a run that make it a place. */
const LOCATIVE = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'hometown']);
/** Particles inside names (Aravinda de Silva). */
const PARTICLES = new Set(['de', 'van', 'von', 'da', 'di', 'du', 'del', 'der', 'den', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'dos', 'ter']);

/** Tags of the word after a lone name that make it a person (Camacho took, Seles is, Wang 's). */
const VERBISH = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Verb', 'Infinitive']);
/** Words before a lone name that make it a person (said Smith; cricket's c Smith b Jones). */
const PERSON_BEFORE = new Set(['said', 'says', 'told', 'b', 'c', 'st', 'lbw', 'by', 'with', 'and']);
/** Prepositions before a lone name that make it a place. */
const AT = new Set(['of', 'at', 'in', 'near', 'from']);

type Label = 'person' | 'place' | 'organization';

/** Classifies the remaining capitalized runs. */
export function classifyRuns(ctx: Ctx): void {
  const { toks, doc, lex } = ctx;
  // Acronyms the text also writes in the plural (NEVs, SUVs): kinds of things, not bodies. One pass over the tokens.
  const pluralAcronyms = new Set<string>();
  for (const x of toks) if (x.text.length >= 3 && x.text.length <= 6 && /^[A-Z]{2,5}s$/.test(x.text)) pluralAcronyms.add(x.text.slice(0, -1));
  // Words the text also writes in lower case (industry, industries): a capital at a sentence's start makes no name.
  const lowerSeen = new Set<string>();
  for (const x of toks) if (x.word && !x.cap) lowerSeen.add(x.lower);
  // (… or the plural of an abstract noun, opening its sentence: Applications will open …; no name ends so.)
  // (… or of any noun the lexicon knows: Temperatures will drop …)
  const plural = (w: string): boolean => w.length > 6 && (/(?:tions|sions|ments|ances|ences|ities|ures|ships|nesses)$/.test(w) || ctx.lex.pos.get(w) === 'Plural' || (w.endsWith('s') && ctx.lex.pos.get(w.slice(0, -1)) === 'Singular')) && !ctx.lex.firstNames.has(w);
  const writtenLower = (w: string): boolean => lowerSeen.has(w) || lowerSeen.has(`${w}s`) || lowerSeen.has(w.replace(/y$/, 'ies')) || plural(w);
  for (let i = 0; i < toks.length; i++) {
    let a = i;
    // A name may open with a particle (de Silva).
    // (… or with a particle capitalized where it opens a sentence: De Vries said.)
    if (PARTICLES.has(toks[i]!.lower) && (!toks[i]!.cap || !nameish(ctx, i)) && joined(ctx, i) && nameish(ctx, i + 1) && free(ctx, i + 1) && free(ctx, i)) a = i;
    else if (!nameish(ctx, i) || !free(ctx, i)) continue;
    let e = a === i && (!toks[i]!.cap || !nameish(ctx, i)) ? i + 1 : i;
    for (;;) {
      if (e + 1 < toks.length && joined(ctx, e) && nameish(ctx, e + 1) && free(ctx, e + 1)) { e++; continue; }
      if (e + 2 < toks.length && PARTICLES.has(toks[e + 1]!.lower) && joined(ctx, e) && joined(ctx, e + 1) && nameish(ctx, e + 2) && free(ctx, e + 2) && free(ctx, e + 1)) { e += 2; continue; }
      break;
    }
    i = e;
    // Leading nationality words are no part of a name (German Klaus Kinkel).
    let s = a;
    while (s <= e && (lex.demonyms.has(toks[s]!.lower) || MONTHS[toks[s]!.lower] !== undefined || WEEKDAYS[toks[s]!.lower] !== undefined)) s++;
    if (s > e) continue;
    const key = keyOf(ctx, s, e);
    const last = toks[e]!.lower;
    if (EVENTS.has(last) || lex.demonyms.has(key) || lex.demonyms.has(last)) continue;
    const n = e - s + 1;
    const first = toks[s]!;
    if (n === 1 && (MONTHS[first.lower] !== undefined || WEEKDAYS[first.lower] !== undefined)) continue;
    const next = toks[e + 1];
    const next2 = toks[e + 2];
    const next3 = toks[e + 3];
    const prev = toks[s - 1];
    // Context.
    // (", who" after a run that a locative preposition opens tells of someone named before: a nurse at a hospital
    // in Kwai Chung, who …; the run is where.)
    const whoAfter = next?.text === ',' && next2 !== undefined && (next2.lower === 'who' || next2.lower === 'whose');
    const says = next !== undefined && (SAYS.has(next.lower) || (whoAfter && !(prev && LOCATIVE.has(prev.lower))));
    const age = next?.text === ',' && next2 !== undefined && /^\d{2}$/.test(next2.text) && (next3?.text === ',' || next3?.text === '.');
    const country = next?.text === '(' && next2 !== undefined && lex.names.get(next2.lower) === 'country' && next3?.text === ')';
    // What the words are.
    let common = 0;
    let places = 0;
    let known = 0;
    let upper = 0;
    for (let k = s; k <= e; k++) {
      const w = toks[k]!;
      if (w.upper) upper++;
      if (PARTICLES.has(w.lower) && !w.cap) continue;
      if (lex.firstNames.has(w.lower) || lex.lastNames.has(w.lower)) known++;
      else if (lex.names.has(w.lower)) places++;
      else if (lex.common.has(w.lower) || lex.notNames.has(w.lower)) common++;
    }
    // (A run that opens with a place of several words the lexicon knows holds a place: Tai Po InnoPark.)
    const opening = nameAt(ctx, s);
    if (opening && opening[0] > s && opening[0] < e && opening[1] !== 'company') places++;
    // Forum on Plateau Agriculture, Ministry of Rural Affairs: a run right after a gathering's or a body's head and
    // "on"/"of" belongs to its name.
    if (s >= 2 && /^(?:on|of|for)$/.test(toks[s - 1]!.lower) && HEAD_WORDS.has(toks[s - 2]!.lower)) continue;
    // Agriculture and Forestry: the second portfolio of a title, not a name.
    if (s >= 2 && toks[s - 1]!.lower === 'and' && PORTFOLIO.has(toks[s]!.lower) && PORTFOLIO.has(toks[s - 2]!.lower)) continue;
    // China-Africa Economic and Trade Expo: a run that goes on over "and" to the head of a gathering or a body is
    // part of that name, not a person.
    if (toks[e + 1]?.lower === 'and' && joined(ctx, e)) {
      let headAhead = false;
      let venue = -1;
      for (let k = e + 2; k <= e + 5 && k < toks.length && joined(ctx, k - 1) && toks[k]!.cap; k++) {
        if (HEAD_WORDS.has(toks[k]!.lower)) headAhead = true;
        if (VENUE_HEADS.has(toks[k]!.lower) && doc.isFree(toks[s]!.start, toks[k]!.end)) venue = k;
      }
      if (headAhead) continue;
      // Harbin Ice and Snow World: a venue whose name goes on over "and" to its head is a place, all of it.
      if (venue > 0) {
        doc.accept({ start: toks[s]!.start, end: toks[venue]!.end, label: 'place', rule: 'en.run.venue' });
        continue;
      }
    }
    // Agriculture, Livestock Development: a run of portfolio words names a field, never a person.
    let portfolio = true;
    for (let k = s; k <= e && portfolio; k++) if (!PORTFOLIO.has(toks[k]!.lower)) portfolio = false;
    if (portfolio && !says) continue;
    // On the theme of "Harmony on Ice": a quoted title with words in lower case inside it names no one.
    if (QUOTED_TITLE.test(doc.text.slice(Math.max(0, toks[s]!.start - 1), toks[s]!.start + 48))) continue;
    // Quang Ninh after the Quang Ninh Provincial Party Committee, Lapland Aurora after Lapland Aurora Holdings Oy: the
    // place a body is named for, or the short name of a firm named in full.
    if (n >= 2) {
      const own = ownRun(ctx, s, e);
      if (own) {
        doc.accept({ start: toks[s]!.start, end: toks[e]!.end, label: own.label, rule: 'en.run.own-name', ...(own.label === 'company' ? { aliasOf: own.k, kind: 'company' } : {}) });
        continue;
      }
    }
    let label: Label | undefined;
    let rule = '';
    // (Not a facility or a firm: workers at the Xixiang Station said.)
    if ((says || age || country) && !FACILITY.has(last) && !BUSINESS.has(last)) { label = 'person'; rule = says ? 'en.run.says' : age ? 'en.run.age' : 'en.run.country-after'; }
    else if (n === 1 && first.upper && first.text.length >= 2 && first.text.length <= 5) {
      // (Not a currency's prefix: HK$, US$.)
      if (!lex.common.has(first.lower) && !lex.notNames.has(first.lower) && !pluralAcronyms.has(first.text) && !beforeCurrency(ctx, s)) { label = 'organization'; rule = 'en.run.acronym'; }
    } else if (prev && LOCATIVE.has(prev.lower) && n <= 2 && common === 0) { label = 'place'; rule = 'en.run.locative'; }
    // The border crossing between Dongxing and Mong Cai: what "between" joins to a place is a place.
    else if (n <= 3 && common === 0 && prev?.lower === 'and' && betweenBefore(ctx, s - 1)) { label = 'place'; rule = 'en.run.between-places'; }
    // Residents of Iao Hon; the districts of Iao Hon and Fai Chi Kei: where people live is a place.
    else if (n <= 3 && common === 0 && placeByContext(ctx, s)) { label = 'place'; rule = 'en.run.residents-of'; }
    // (China-Laos Railway, Nanpu Bridge: a facility's name ends in its kind, and is no person.)
    // (Hong Kong-Shenzhen Innovation, Foshan-Hong Kong: places joined by a hyphen make no person's name.)
    else if (placesJoined(ctx, s, e)) continue;
    // (Lingxi Tech: a firm's short name ends in its trade, no person's.)
    // (Nor a title after a figure: "Top 10 Quality Craftsmen"; nor an award: the Mwangaza Scholarship.)
    // (Nor a nickname in quotation marks: Nicknamed "Xiao Shen".)
    else if (n >= 2 && n <= 4 && upper === 0 && common === 0 && places === 0 && !FACILITY.has(last) && !BUSINESS.has(last) && !AWARD_HEADS.has(last) && !/^\d/.test(prev?.text ?? '') && !NICKNAMED.test(ctx.doc.text.slice(Math.max(0, first.start - 16), first.start))) { label = 'person'; rule = 'en.run.name-shape'; }
    // Ho Sio Man, chairman of …: a short run of name-like words before a comma and a post is the post's holder, though
    // a word of it is also an English word (Man, Long, Young).
    else if (n >= 2 && n <= 4 && upper === 0 && places === 0 && common < n && !FACILITY.has(last) && postAfterComma(ctx, e + 1) && !toks[e + 2]!.cap) { label = 'person'; rule = 'en.run.before-post'; }
    // Hasbagen, vice-chairman of …: one word no lexicon knows, opening its sentence or after "with" or "and", before a
    // comma and a post in lower case, is the post's holder (a name of one word, as Mongolian and Uygur names are).
    // (Not an adverb opening the sentence: Elsewhere, Nonetheless, Thereafter.)
    else if (n === 1 && !first.upper && common === 0 && places === 0 && known === 0 && first.text.length >= 4 && !SENTENCE_ADVERB.test(first.lower) && postAfterComma(ctx, e + 1) && !toks[e + 2]!.cap
      && (!prev || /^[.;:,"“]$/.test(prev.text) || /^(?:and|with|by|said|says)$/.test(prev.lower))) { label = 'person'; rule = 'en.run.single-before-post'; }
    // Guangxi Party chief: a place before the post "Party chief", "Party secretary" holds no body's name.
    else if (n >= 2 && last === 'party' && /^(?:chief|secretary|boss)$/.test(toks[e + 1]?.lower ?? '') && places > 0) {
      doc.accept({ start: toks[s]!.start, end: toks[e - 1]!.end, label: 'place', rule: 'en.run.place-before-post' });
      continue;
    } else if (n >= 2 && upper === 0 && places > 0 && common > 0) { label = 'organization'; rule = 'en.run.place-common'; }
    else if (n >= 2 && upper === 0 && common > 0 && known > 0 && common < n) { label = 'person'; rule = 'en.run.name-common'; }
    // Punjab and Sindh provinces: a name joined to a place before a plural level word is one of the same kind.
    else if (n === 1 && !first.upper && common === 0 && prev?.lower === 'and' && PLURAL_LEVELS.has(next?.lower ?? '') && placeEndsBefore(ctx, s - 1)) { label = 'place'; rule = 'en.run.coordinate-place'; }
    else if (n === 1 && !first.upper && common === 0 && places === 0 && prev?.lower === 'and' && pinyinPlace(first.text) && (placeEndsBefore(ctx, s - 1) || PLURAL_LEVELS.has(next?.lower ?? ''))) {
      // Harbin and Suihua, Minhang and Putuo districts: a pinyin name joined to a place, or before a plural level, is one.
      label = 'place'; rule = 'en.run.coordinate-place';
    } else if (n === 1 && !first.upper && common === 0 && places === 0) {
      // Hong Kong-funded, Hong Kong-based: the first word of a name a hyphenated compound goes on with is no name.
      if (next && /^[A-Z][a-z]+-[a-z]/.test(next.text) && ctx.text.slice(first.end, next.start) === ' ') continue;
      // (Not an award's name before its head noun, Pengcheng awards, which may also read as a verb.)
      const verb = next !== undefined && !AWARD_HEADS.has(next.lower) && (VERBISH.has(lex.pos.get(next.lower) ?? '') || next.lower === "'s" || next.lower === '’s');
      // (the Mohan border port: a name after "the" and before a noun in lower case is the noun's, no person's.)
      const attributive = prev?.lower === 'the' && next !== undefined && !next.cap && next.word && !VERBISH.has(lex.pos.get(next.lower) ?? '');
      // (Young engineers honored: an adjective opening a headline is no name.)
      const adjective = first.initial && lex.pos.get(first.lower) === 'Adjective';
      // Gaoling plans …, after Gaoling district; Xingyu plans …, after Liuzhou Xingyu … Co Ltd: the place or the
      // company the text named in full by this word.
      const own = ownName(ctx, first.text);
      if (own) {
        doc.accept({ start: toks[s]!.start, end: toks[e]!.end, label: own.label, rule: 'en.run.own-name', ...(own.label === 'company' ? { aliasOf: own.k, kind: 'company' } : {}) });
        continue;
      }
      if (known && !first.initial && !attributive) { label = 'person'; rule = 'en.run.single-known'; }
      // (… not a facility's kind ending a longer name: the … Logistics Hub has.)
      // (Nor a word after "the", nor one with a capital inside it: The MoU was signed, the iPhone is.)
      // (Nor a contraction, I'll, We've; nor a city's name before a post in capitals: Zhoukou Party Secretary.)
      else if (verb && !adjective && !attributive && prev?.lower !== 'the' && !INNER_CAPITAL.test(first.text) && !FACILITY.has(first.lower) && !(first.initial && writtenLower(first.lower)) && !CONTRACTION.test(first.text) && !(next.cap && pinyinCity(first.text))) { label = 'person'; rule = 'en.run.single-verb'; }
      // Deyang, Meishan and Ziyang: a word that is the name of a Chinese city, with nothing that makes it a person
      // (a county-level city too: Liuyang, 浏阳市).
      else if (!known && pinyinCity(first.text)) { label = 'place'; rule = 'en.run.pinyin-city'; }
      else if (prev && PERSON_BEFORE.has(prev.lower)) { label = 'person'; rule = 'en.run.single-after'; }
      else if (prev && AT.has(prev.lower) && !first.initial && !AWARD_HEADS.has(next?.lower ?? '')) { label = 'place'; rule = 'en.run.single-locative'; }
    }
    if (!label) continue;
    // A man surnamed Ge … Ge, 31, sold …: someone the text names by a surname alone is no named person.
    if (label === 'person' && n === 1 && surnamedOnly(ctx).has(first.text)) continue;
    doc.accept({ start: toks[s]!.start, end: toks[e]!.end, label, rule });
  }
}

/** The surnames the text gives alone (a man surnamed Ge, an officer surnamed Wang), per text. */
function surnamedOnly(ctx: Ctx): Set<string> {
  let set = surnamed.get(ctx.doc);
  if (!set) {
    set = new Set();
    for (const m of ctx.text.matchAll(/\bsurnamed\s+([A-Z][a-z]{1,10})\b/g)) set.add(m[1]!);
    surnamed.set(ctx.doc, set);
  }
  return set;
}
const surnamed = new WeakMap<object, Set<string>>();

/** Endings of adverbs that open a sentence before a comma (Elsewhere, Nonetheless, Thereafter, Meanwhile, Likewise). */
const SENTENCE_ADVERB = /(?:where|less|after|ly|wise|fore|over|while|more)$/;

/** True when `word` romanizes a Chinese city: a prefecture-level one, or a county-level one (its name ends in 市). */
function pinyinCity(word: string): boolean {
  const hit = lookup(word);
  return !!hit && hit.levels.some((l) => l === 'city' || l === 'county'); // (lookup gives a bare county only where it is a city)
}

/**
 * The place or company mention that names by `word` a place (its first word: Gaoling district) or a company (its
 * first word, or its second after a place: Liuzhou Xingyu Intelligent Equipment Co Ltd), or undefined.
 */
function ownName(ctx: Ctx, word: string): { label: 'place' | 'company'; k: number } | undefined {
  const { doc } = ctx;
  // (An index of the mentions' words, extended as mentions are added: a page of many runs is read in linear time.)
  let own = ownNames.get(doc);
  if (!own) ownNames.set(doc, (own = { indexed: 0, byWord: new Map() }));
  for (; own.indexed < doc.cands.length; own.indexed++) {
    const k = own.indexed;
    const c = doc.cands[k]!;
    if (c.label !== 'place' && c.label !== 'company') continue;
    const words = doc.text.slice(c.start, c.end).split(/\s+/);
    if (words.length < 2) continue;
    // (The first mention that a word names wins, as the mentions stand in the order found.)
    const add = (w: string): void => { if (!own!.byWord.has(w)) own!.byWord.set(w, { label: c.label as 'place' | 'company', k }); };
    add(words[0]!);
    // (… and a company's second word, where the first is a known name or the second no English word: Liuzhou Xingyu …
    // Co Ltd, Zhongke Xinrui Semiconductor Group — Xinrui will build …)
    if (c.label === 'company' && (ctx.lex.names.has(words[0]!.toLowerCase()) || (words.length >= 3 && /^[A-Z][a-z]{3,}$/.test(words[1]!) && !ctx.lex.pos.has(words[1]!.toLowerCase())))) add(words[1]!);
  }
  return own.byWord.get(word);
}

/** Per text, the words that open its place and company mentions (see ownName). */
const ownNames = new WeakMap<object, { indexed: number; byWord: Map<string, { label: 'place' | 'company'; k: number }> }>();

/** A quotation opening right before a run, closing within a few words, with a lower-case word inside ("Harmony on Ice"). */
const QUOTED_TITLE = /^["“][A-Z][\w'’-]*(?: [\w'’-]+){0,5}? [a-z][\w'’-]*(?: [\w'’-]+){0,5}?["”]/;

/** The level words after a place's name inside a body's name (the Quang Ninh Provincial Party Committee). */
const LEVEL_IN_BODY = /^(?:Provincial|Municipal|Province|City|County|Prefectural|Prefecture|District|Autonomous)\b/;

/**
 * The kind a run of words has where a longer mention elsewhere opens with it: a company's short name (its alias), or
 * the place a body is named for (its words before a level word), or undefined.
 */
function ownRun(ctx: Ctx, s: number, e: number): { label: 'place' | 'company'; k: number } | undefined {
  const { doc, toks } = ctx;
  const run = doc.text.slice(toks[s]!.start, toks[e]!.end).replace(/\s+/g, ' ');
  for (let k = 0; k < doc.cands.length; k++) {
    const c = doc.cands[k]!;
    if (c.start <= toks[s]!.start && c.end >= toks[e]!.end) continue; // the run itself, inside it
    if (c.label !== 'company' && c.label !== 'government' && c.label !== 'organization') continue;
    const text = doc.text.slice(c.start, c.end).replace(/\s+/g, ' ');
    if (!text.startsWith(`${run} `)) continue;
    const rest = text.slice(run.length + 1);
    if (c.label === 'company') return { label: 'company', k };
    if (LEVEL_IN_BODY.test(rest)) return { label: 'place', k };
  }
  return undefined;
}

/** True when a word of tokens s..e joins a place of two syllables or more to another word by a hyphen (Kong-Shenzhen). */
function placesJoined(ctx: Ctx, s: number, e: number): boolean {
  for (let k = s; k <= e; k++) {
    const w = ctx.toks[k]!.text;
    if (!w.includes('-')) continue;
    for (const part of w.split('-')) {
      if (part.length >= 5 && (ctx.lex.names.get(part.toLowerCase()) !== undefined || lookup(part)?.levels.some((l) => l === 'city' || l === 'province'))) return true;
    }
  }
  return false;
}

/** Kinds of facility that end a name in capitals (China-Laos Railway, Nanpu Bridge). */
const FACILITY = new Set(FACILITY_HEADS);
const BUSINESS = new Set([...BUSINESS_TAILS, ...COMPANY_ENDINGS.filter((w) => !w.includes(' '))]);

/**
 * Names in a list share their kind: in "Given, Breen, Staunton and O'Neill" or "Essex, Derbyshire and Surrey", the
 * unlabelled capitalized names take the label the labelled ones agree on.
 */
export function propagateLists(ctx: Ctx): void {
  const { toks, doc, lex } = ctx;
  type Item = { s: number; e: number; label?: string };
  // (Naranbaatar and Erenhot Mayor …: a word of a person's name found in full is that person again, whatever the
  // list it stands in; the repeats read it.)
  const nameWords = new Set<string>();
  for (const c of doc.cands) if (c.label === 'person') for (const w of doc.text.slice(c.start, c.end).split(/\s+/)) if (w.length >= 3) nameWords.add(w);
  let list: Item[] = [];
  const flush = (): void => {
    if (list.length >= 2) {
      const counts = new Map<string, number>();
      for (const it of list) if (it.label) counts.set(it.label, (counts.get(it.label) ?? 0) + 1);
      const ranked = [...counts].sort((x, y) => y[1] - x[1]);
      if (ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) {
        const label = ranked[0]![0] as 'person' | 'place' | 'organization' | 'company' | 'government';
        for (const it of list) {
          if (it.label || it.e - it.s > 2 || (it.e === it.s && nameWords.has(toks[it.s]!.text))) continue;
          let ok = true;
          for (let k = it.s; k <= it.e; k++) {
            const w = toks[k]!.lower;
            if (lex.common.has(w) || lex.demonyms.has(w) || lex.notNames.has(w) || PORTFOLIO.has(w) || MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined) ok = false;
          }
          if (ok) doc.accept({ start: toks[it.s]!.start, end: toks[it.e]!.end, label: label === 'company' || label === 'government' ? 'organization' : label, rule: 'en.run.list' });
        }
      }
    }
    list = [];
  };
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    // An item: a mention starting here, or a free capitalized run.
    let item: Item | undefined;
    const c = doc.startingAt(t.start);
    if (c >= 0) {
      const cand = doc.cands[c]!;
      if (cand.label === 'person' || cand.label === 'place' || cand.label === 'organization' || cand.label === 'company' || cand.label === 'government') {
        let e = i;
        while (e + 1 < toks.length && toks[e + 1]!.end <= cand.end) e++;
        item = { s: i, e, label: cand.label };
      }
    } else if (nameish(ctx, i) && free(ctx, i)) {
      let e = i;
      while (e + 1 < toks.length && joined(ctx, e) && nameish(ctx, e + 1) && free(ctx, e + 1)) e++;
      item = { s: i, e };
    }
    if (!item) { flush(); i++; continue; }
    list.push(item);
    const sep = toks[item.e + 1];
    if (sep && (sep.text === ',' || sep.lower === 'and' || sep.lower === 'or')) {
      // ", and" also separates.
      i = item.e + 2;
      if (sep.text === ',' && (toks[i]?.lower === 'and' || toks[i]?.lower === 'or')) i++;
      continue;
    }
    flush();
    i = item.e + 1;
  }
  flush();
}

/** Plural level words after a pair of places (Minhang and Putuo districts). */
const PLURAL_LEVELS = new Set(['districts', 'counties', 'cities', 'provinces', 'townships', 'towns', 'villages', 'prefectures']);

/** The place mention that ends right before token `k` (the token before it is its last word), or undefined. */
function placeBefore(ctx: Ctx, k: number): Cand | undefined {
  const prev = ctx.toks[k - 1];
  const c = prev ? ctx.doc.endingAt(prev.end) : -1;
  return c >= 0 && ctx.doc.cands[c]!.label === 'place' ? ctx.doc.cands[c] : undefined;
}

/** True when a place mention ends right before token `k`. */
const placeEndsBefore = (ctx: Ctx, k: number): boolean => placeBefore(ctx, k) !== undefined;

/** True when "between" stands right before the place that ends before token `k` (between Dongxing and …). */
function betweenBefore(ctx: Ctx, k: number): boolean {
  const place = placeBefore(ctx, k);
  return !!place && /\bbetween\s+(?:the\s+)?$/.test(ctx.doc.text.slice(Math.max(0, place.start - 14), place.start));
}

/** Nouns of where people live, before "of" and a name (residents of …, the districts of …). */
const DWELLING = new Set(['residents', 'district', 'districts', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'suburbs', 'outskirts', 'streets']);

/** True where the run at token `s` follows "residents of" (or "and" after a place so read). */
function placeByContext(ctx: Ctx, s: number): boolean {
  const { toks, doc } = ctx;
  if (toks[s - 1]?.lower === 'of' && DWELLING.has(toks[s - 2]?.lower ?? '')) return true;
  if (toks[s - 1]?.lower !== 'and' || s < 2) return false;
  const k = doc.endingAt(toks[s - 2]!.end);
  return k >= 0 && doc.cands[k]!.rule === 'en.run.residents-of';
}
