/**
 * Companies, government bodies and other organizations in English text: names the lexicon knows (State Council,
 * Xinhua, United Nations), names ending in a legal form or company word (Suzhou Hengtai Precision Machinery Co Ltd,
 * Bank of China), and names built on a head word (Ministry of Commerce, Jiangsu Provincial Department of Commerce,
 * Standing Committee of the National People's Congress, Peking University, Manchester United).
 *
 * @module
 */
import { lookup } from './codes.js';
import { unbreak } from './hyphen.js';
import type { MentionLabel } from '../types.js';
import { CLUB_WORDS_AFTER, CLUB_WORDS_BEFORE, COMPANY_ENDINGS, GOVERNMENT_HEADS, ORGANIZATION_HEADS } from './data/orgs.js';
import { EVENT_HEADS, FACILITY_HEADS } from './data/words.js';
import { POSTS } from './data/titles.js';
import { beforeCurrency, free, insideKnownName, joined, keyOf, nameAt, nameish, type Ctx } from './context.js';
import { isPinyin, type EntryKind } from './lex.js';
import { personAt } from './people.js';

const ORG_KINDS = new Set<EntryKind>(['company', 'government', 'organization', 'team']);
const ENDINGS = new Set(COMPANY_ENDINGS);
const EVENTS = new Set(EVENT_HEADS);
const LEGAL = new Set(['co', 'co.', 'ltd', 'ltd.', 'limited', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'incorporated', 'llc', 'plc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'gmbh', 'spa', 'ab', 'asa', 'bhd', 'pte', 'pty', 'lp', 'llp', 'jsc', 'pjsc', 'oy', 'oyj', 'bv', 'b.v.', 'srl', 'sarl', 'kft', 'holdings', 'group', 'company']);
const GOV = new Set(GOVERNMENT_HEADS);
const ORG = new Set(ORGANIZATION_HEADS);
/** Kinds of facility: a run of capitals ending in one names a place or a work. */
const FACILITY = new Set(FACILITY_HEADS);
const CLUB_AFTER = new Set(CLUB_WORDS_AFTER);
const CLUB_BEFORE = new Set(CLUB_WORDS_BEFORE);
/** Words after which a possessive 's stays inside a name (National People's Congress). */
const POSSESSIVE_INSIDE = new Set(['people', 'workers', 'women', 'children', 'farmers', 'peasants', 'citizens', 'nations', 'lawyers', 'journalists', 'veterans']);
/** Words that end a right-hand of-phrase's joiners: Ministry of Science and Technology, University for Peace. */
const RIGHT_JOINERS = new Set(['of', 'and', 'for', 'the', '&', 'on', 'in']);

const PARTY_BODY = /^(?:the\s+)?(?:Communist Party of China|CPC|CCP|Chinese Communist Party|CPC Central Committee|Central Committee|Political Bureau|Politburo|Communist Youth League|CYL|.{0,40}\bParty|Kuomintang|KMT|DPP)$/i; // (… and any party: Democratic Progressive Party)

function labelOf(kind: EntryKind): MentionLabel {
  return kind === 'company' ? 'company' : kind === 'government' ? 'government' : 'organization';
}

/** Names the lexicon knows as organizations, companies, government bodies or sports teams. */
export function findKnownOrganizations(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!free(ctx, i)) continue;
    const hit = nameAt(ctx, i, ORG_KINDS);
    if (!hit) continue;
    const [j, kind] = hit;
    // The object of a body's of-phrase is part of that body's name (Standing Committee of the National People's Congress).
    const of = toks[i - 1]?.lower === 'the' ? i - 2 : i - 1;
    if (of > 0 && toks[of]!.lower === 'of' && toks[of - 1]!.cap && isHead(toks[of - 1]!.lower)) continue;
    // (… so too where the body's own of-phrase stands between: the Chengdu Institute of Biology of the Chinese Academy
    // of Sciences.)
    if (of > 0 && toks[of]!.lower === 'of' && headOfBefore(ctx, of - 1)) continue;
    // … and of a body accredited to it (Mission to the EU, Chamber of Commerce to the EU).
    if (of > 0 && toks[of]!.lower === 'to' && toks[of - 1]!.cap && TO_HEAD_ENDS.has(toks[of - 1]!.lower)) continue;
    // Part of a longer capitalized name (Xinhua News Agency is found by its head; Apple Daily is not Apple).
    if (j === i && nameish(ctx, i + 1) && joined(ctx, i) && !ctx.lex.names.has(toks[i + 1]!.lower)) continue;
    if (joined(ctx, j) && toks[j + 1]?.cap && EVENTS.has(toks[j + 1]!.lower)) continue;
    if (i > 0 && nameish(ctx, i - 1) && joined(ctx, i - 1) && free(ctx, i - 1) && !ctx.lex.demonyms.has(toks[i - 1]!.lower) && !toks[i - 1]!.initial) continue;
    // The end of a longer known name (Emirates in the United Arab Emirates, a country).
    if (insideKnownName(ctx, i, 3)) continue;
    // A body of a known body (Communist Party of China Central Committee) runs on to its own head word.
    let end = j;
    if (kind === 'government' || kind === 'organization') {
      for (let x = j; x < j + 3 && joined(ctx, x) && nameish(ctx, x + 1) && free(ctx, x + 1); x++) if (isHead(toks[x + 1]!.lower)) end = x + 1;
    }
    // The Party and its organs are party bodies, not government ones.
    const party = kind === 'government' && PARTY_BODY.test(doc.text.slice(toks[i]!.start, toks[end]!.end));
    const k = doc.accept({ start: toks[i]!.start, end: toks[end]!.end, label: labelOf(kind), rule: `en.org.known:${kind}`, kind: party ? 'party' : kind });
    if (k >= 0) i = end;
  }
}

/**
 * Left edge of a name ending before token `end` (exclusive): capitalized words, & and inner joiners; with `fields`,
 * fields joined by "and" too (a body's name: Convention and Exhibition Centre; not a company's, whose trade words
 * so joined are rather a portfolio before a name: Secretary for Transport and Logistics).
 */
/** Trade words joined by "and" that stand together in companies' names. */
const TRADE_COMPOUNDS = new Set(['import and export', 'science and technology', 'oil and gas', 'food and beverage', 'research and development', 'road and bridge', 'roads and bridges', 'port and shipping', 'engineering and construction']);
/** Compass words that open names of bodies (Southwest University, Northeast Forestry University). */
const COMPASS_WORD = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|central)$/;
/** Number words written inside names (China Three Gorges Corp, Seven Stars Group). */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)$/;

/** Parts of speech of an ordinary word that may open a company's name at a sentence's start (Golden, Wing). */
const NAME_OPENER_POS = new Set(['Adjective', 'Singular', 'Noun']);

function leftEdge(ctx: Ctx, end: number, max = 8, fields = false): number {
  const { toks } = ctx;
  let s = end;
  let k = end - 1;
  while (k >= 0 && end - k <= max && joined(ctx, k) && free(ctx, k)) {
    const t = toks[k]!;
    // Fields joined inside one name (Convention and Exhibition Centre, Development and Reform Commission; with a
    // comma before the and: Innovation, Technology and Industry Bureau): field words on both sides.
    if (fields && s === k + 1 && fieldWord(ctx, k + 1) && fieldWord(ctx, k - 1) && free(ctx, k - 1)) {
      if (t.lower === 'and' && joined(ctx, k - 1)) { k--; continue; }
      // (Several fields: Culture, Radio, Television and Tourism Bureau.)
      if (t.text === ',' && (toks[s + 1]?.lower === 'and' || toks[s + 1]?.text === ',') && toks[k - 1]!.end === t.start) { s = k - 1; k -= 2; continue; }
    }
    if (nameish(ctx, k) || (t.upper && !ctx.shout[k])) { s = k; k--; continue; }
    // Southwest University of …, East China Normal University: a compass word opening a body's name.
    if (fields && t.cap && !ctx.shout[k] && COMPASS_WORD.test(t.lower)) { s = k; k--; continue; }
    // The Second Affiliated Hospital, the First People's Hospital: an ordinal in capitals opening a body's name.
    if (fields && t.cap && !ctx.shout[k] && ORDINAL_WORD.test(t.lower) && toks[k - 1]?.lower === 'the') { s = k; k--; continue; }
    // China Three Gorges Corp: a number word in capitals inside a name, a name word before it.
    if (t.cap && !ctx.shout[k] && NUMBER_WORD.test(t.lower) && k > 0 && joined(ctx, k - 1) && nameish(ctx, k - 1) && free(ctx, k - 1)) { s = k - 1; k -= 2; continue; }
    // Prince of Wales Hospital: a capitalized word and "of" before the rest of a body's name.
    if (fields && t.lower === 'of' && s === k + 1 && k > 0 && nameish(ctx, k - 1) && joined(ctx, k - 1) && free(ctx, k - 1) && !isHead(toks[k - 1]!.lower) && !isHead(toks[s]!.lower)) { s = k - 1; k -= 2; continue; }
    // An adjective compound inside a body's or a company's name (Low-altitude Economy Alliance, Cross-border Data
    // Centre, Jiayun Cross-boundary Coach Co Ltd), but not a participle before it (Ontario-based, state-owned).
    if (s === k + 1 && t.cap && !ctx.shout[k] && /^\p{Lu}\p{Ll}+-\p{Ll}{2,}$/u.test(t.text) && !/ed$/.test(t.lower)) { s = k; k--; continue; }
    if (t.text === '&' && k > 0 && nameish(ctx, k - 1) && joined(ctx, k - 1) && free(ctx, k - 1)) { k--; continue; }
    // Import and Export Corp, Science and Technology Co: a trade compound joined by "and" inside a company's name.
    if (t.lower === 'and' && s === k + 1 && k > 0 && joined(ctx, k - 1) && free(ctx, k - 1) && TRADE_COMPOUNDS.has(`${toks[k - 1]!.lower} and ${toks[s]!.lower}`)) { s = k - 1; k -= 2; continue; }
    if ((t.lower === "'s" || t.lower === '’s') && k > 0 && POSSESSIVE_INSIDE.has(toks[k - 1]!.lower)) { k--; continue; }
    break;
  }
  return s;
}

/**
 * True when the head word at `h` is one field of several joined by commas and "and" that run on to a later head
 * (Radio and Television in the Culture, Radio, Television and Tourism Bureau). Looks at most 10 tokens ahead.
 */
function fieldsRunOnToHead(ctx: Ctx, h: number): boolean {
  const { toks } = ctx;
  let k = h; // the last token read
  let joiners = 0;
  while (k < h + 10) {
    const nx = toks[k + 1];
    if (!nx) return false;
    // A comma right after a word, or "and" after a space.
    if (nx.text === ',' && nx.start === toks[k]!.end && toks[k]!.word) { joiners++; k++; continue; }
    if (!joined(ctx, k)) return false;
    if (nx.lower === 'and' && toks[k]!.word) { joiners++; k++; continue; }
    if (!nx.cap || !free(ctx, k + 1) || !fieldWord(ctx, k + 1)) return false;
    if (joiners > 0 && isHead(nx.lower)) return true;
    k++;
  }
  return false;
}

/** A capitalized word of a field inside a body's name (Convention, Development): no name, place or family name. */
function fieldWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !t.word || !t.cap || t.upper || t.text.length < 4 || ctx.shout[k]) return false;
  const { lex } = ctx;
  return !lex.names.has(t.lower) && !lex.surnames.has(t.lower) && !lex.firstNames.has(t.lower) && !lex.demonyms.has(t.lower) && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}

/** Heads of bodies that stand in a city, which "in" after their name gives (University of China in Beijing). */
const VENUE_HEAD = /^(?:university|college|institute|academy|school|hospital)$/;

/** Right edge of an of-phrase starting at token `i` (the word after the head): last token index, or i - 1. */
function rightEdge(ctx: Ctx, i: number, max = 10): number {
  const { toks } = ctx;
  let e = i - 1;
  let k = i;
  while (k < toks.length && k - i < max && free(ctx, k)) {
    const t = toks[k]!;
    // (Department of Labor Commissioner Chen …: a post and the name after it are no part of the body.)
    if (k > i && t.cap && POSTS[t.lower] !== undefined && (nameish(ctx, k + 1) || toks[k + 1] === undefined || !joined(ctx, k))) break;
    // (… Municipal Committee and Party secretary of …: a post of two words after "and" opens a second title.)
    if (k > i && toks[k - 1]?.lower === 'and' && POSTS[`${t.lower} ${toks[k + 1]?.lower ?? ''}`] !== undefined) break;
    // (… and Kenya's Ministry of …: "and" before a possessive opens another body.)
    if (t.lower === 'and' && /^['’]s$/.test(toks[k + 2]?.lower ?? '')) break;
    if (nameish(ctx, k) || (t.upper && !ctx.shout[k])) { e = k; }
    else if ((t.lower === "'s" || t.lower === '’s') && POSSESSIVE_INSIDE.has(toks[k - 1]?.lower ?? '')) { /* inside */ }
    // (Ministry of Investments, Trade and Industry: portfolios listed with commas, one word each, the last after "and".)
    else if (t.text === ',' && e === k - 1 && k > i && portfolioList(ctx, k)) { /* inside */ }
    // (Not "in" before a place after a university's name: Renmin University of China in Beijing is where it stands.)
    else if (!(RIGHT_JOINERS.has(t.lower) && e >= i - 1 && nameish(ctx, k + 1) && !(t.lower === 'in' && VENUE_HEAD.test(toks[i - 2]?.lower ?? '') && nameAt(ctx, k + 1)?.[1] !== undefined && nameAt(ctx, k + 1)?.[1] !== 'company'))) break;
    if (!joined(ctx, k) && !(toks[k + 1]?.text === ',' && e === k && portfolioList(ctx, k + 1))) break;
    k++;
  }
  return e;
}

/**
 * True when the comma at token `k` opens the rest of a list of one-word portfolios: `, Word` repeated, then `and
 * Word` (Investments, Trade and Industry), at most four items.
 */
function portfolioList(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  const item = (j: number): boolean => !!toks[j]?.word && toks[j]!.cap && POSTS[toks[j]!.lower] === undefined && personAt(ctx, j) === undefined;
  for (let j = k, n = 0; n < 4; n++) {
    if (toks[j]?.text !== ',' || !item(j + 1)) return false;
    j += 2;
    if (toks[j]?.lower === 'and') return item(j + 1) && !toks[j + 2]?.cap;
  }
  return false;
}

/** Trims a person's name off the end of tokens [s, e] (Minister of Commerce Wang Wentao): new end. */
function trimPerson(ctx: Ctx, s: number, e: number): number {
  for (let p = s + 1; p <= e; p++) {
    const end = personAt(ctx, p);
    if (end !== undefined && end === e) return p - 1;
  }
  return e;
}

function isHead(w: string): boolean {
  return GOV.has(w) || ORG.has(w) || ENDINGS.has(w) || CLUB_AFTER.has(w);
}

/** True when a legal form (Co, Ltd, Inc, Group …) ends the run of capitalized words after token `i`, within three. */
function legalFormAhead(ctx: Ctx, i: number): boolean {
  const { toks } = ctx;
  let from = i + 1;
  // Over a region in brackets (Aurelis Semiconductor (Shanghai) Co Ltd).
  if (toks[from]?.text === '(') {
    let c = from + 1;
    while (c < toks.length && c <= from + 4 && toks[c]!.cap && toks[c]!.word) c++;
    if (toks[c]?.text !== ')' || c === from + 1) return false;
    from = c + 1;
    if (from < toks.length && LEGAL.has(toks[from]!.lower) && toks[from]!.cap) return true;
  }
  return runReaches(ctx, from, LEGAL);
}

/** Heads of public bodies and associations a sector word may stand inside (Securities Regulatory Commission). */
const BODY_HEADS = new Set(['commission', 'administration', 'bureau', 'ministry', 'authority', 'committee', 'council', 'association', 'federation']);

/** True when the capitalized run after token `i` ends within three words in the head of a body. */
function bodyHeadAhead(ctx: Ctx, i: number): boolean {
  return runReaches(ctx, i + 1, BODY_HEADS);
}

/** True when the capitalized run going on from token `from` reaches one of `words` within three words. */
function runReaches(ctx: Ctx, from: number, words: ReadonlySet<string>): boolean {
  const { toks } = ctx;
  for (let k = from; k <= from + 2 && k < toks.length; k++) {
    if (!joined(ctx, k - 1) || !toks[k]!.cap) return false;
    if (words.has(toks[k]!.lower)) return true;
  }
  return false;
}

/** Companies: a capitalized run ending in a legal form or company word; Bank of X. */
export function findCompanies(ctx: Ctx): void {
  const { toks, doc } = ctx;
  // Word prefixes of the companies named so far: a later short form of one is no company of its own.
  const prefixes = new Set<string>();
  for (const c of doc.cands) if (c.label === 'company') addNamePrefixes(ctx.text.slice(c.start, c.end), prefixes);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // PT Jakarta Metro Raya: an Indonesian company, its legal form (Perseroan Terbatas) written before the name.
    if (t.text === 'PT' && free(ctx, i) && joined(ctx, i) && nameish(ctx, i + 1) && !ctx.shout[i + 1]) {
      let e = i + 1;
      while (e + 1 < toks.length && e - i < 5 && joined(ctx, e) && nameish(ctx, e + 1) && free(ctx, e + 1) && !ctx.shout[e + 1]) e++;
      if (e >= i + 2 && free(ctx, i + 1)) {
        const k = doc.accept({ start: t.start, end: toks[e]!.end, label: 'company', rule: 'en.company.prefix:pt', kind: 'company' });
        if (k >= 0) {
          addNamePrefixes(ctx.text.slice(t.start, toks[e]!.end), prefixes);
          i = e;
          continue;
        }
      }
    }
    if (!t.word || !t.cap || ctx.shout[i] || !ENDINGS.has(t.lower) || !free(ctx, i)) continue;
    // A company word before another ending gives way to it (Jones Medical Industries Inc, Dow Chemical Co).
    if (joined(ctx, i) && toks[i + 1]!.cap && ENDINGS.has(toks[i + 1]!.lower) && !ENDINGS.has(keyOf(ctx, i, i + 1))) continue;
    // A sector word inside a longer name that ends in a legal form a few words on (Xinneng Power Technology Co Ltd),
    // or in the head of a public body (China Securities Regulatory Commission).
    if (!LEGAL.has(t.lower) && (legalFormAhead(ctx, i) || bodyHeadAhead(ctx, i))) continue;
    // The longest ending from here (Co., Ltd.).
    let j = i;
    for (let k = i + 1; k < Math.min(toks.length, i + 5); k++) {
      if (!free(ctx, k)) break;
      // (Group Co Ltd. at a sentence's end: the ending with the sentence's period after it.)
      const key = keyOf(ctx, i, k);
      if ((ENDINGS.has(key) || (key.endsWith('.') && ENDINGS.has(key.slice(0, -1)))) && (toks[k]!.word)) j = k;
    }
    let s = leftEdge(ctx, i);
    // Golden Harbour Logistics Limited, Wing Tat Engineering Holdings Limited opening a sentence: an adjective or a
    // noun in capitals opens a name with a legal form.
    const before = toks[s - 1];
    if (s < i && before && before.initial && before.cap && !before.upper && joined(ctx, s - 1) && free(ctx, s - 1) && LEGAL.has(toks[j]!.lower) && NAME_OPENER_POS.has(ctx.lex.pos.get(before.lower) ?? '')) s--;
    // A region in brackets before the legal form (Aurelis Semiconductor (Shanghai) Co Ltd): part of the name.
    if (s === i && toks[i - 1]?.text === ')') {
      let o = i - 2;
      while (o > i - 6 && o >= 0 && toks[o]!.text !== '(' && toks[o]!.cap && toks[o]!.word && free(ctx, o)) o--;
      if (o >= 1 && o < i - 2 && toks[o]!.text === '(' && free(ctx, o) && free(ctx, i - 1)) {
        const s2 = leftEdge(ctx, o);
        if (s2 < o) s = s2;
      }
    }
    if (s === i) {
      // Bank of China, Bank of America.
      if ((t.lower === 'bank' || t.lower === 'group') && toks[i + 1]?.lower === 'of' && joined(ctx, i)) {
        const e = trimPerson(ctx, i + 2, rightEdge(ctx, i + 2, 6));
        if (e >= i + 2) {
          const k = doc.accept({ start: t.start, end: toks[e]!.end, label: 'company', rule: 'en.company.bank-of', kind: 'company' });
          if (k >= 0) i = e;
        }
      }
      continue;
    }
    // A sector word needs a name that is not only a place or a nationality (a Chinese bank, Beijing Bank are fine).
    const only = keyOf(ctx, s, i - 1);
    const asPlace = nameAt(ctx, s);
    if (asPlace && asPlace[0] >= j && asPlace[1] !== 'company') continue;
    if (!LEGAL.has(t.lower) && ctx.lex.demonyms.has(only)) continue;
    if (s === i - 1 && toks[s]!.initial && ctx.lex.common.has(toks[s]!.lower)) continue;
    // Western China New Energy Vehicle Expo: a name that runs on in capitals to the head of a gathering or a body
    // is that, not a company ending at a sector word. (So is one running on to a facility: the Xinhai Port Cold Chain
    // Logistics Hub. A shipping line may be a company, Orient Overseas Container Line.)
    let runsOn = false;
    for (let k = j + 1; k <= j + 4 && k < toks.length && joined(ctx, k - 1) && toks[k]!.cap && toks[k]!.word; k++) {
      if (EVENTS.has(toks[k]!.lower) || ORG.has(toks[k]!.lower) || (FACILITY.has(toks[k]!.lower) && toks[k]!.lower !== 'line')) runsOn = true;
    }
    if (runsOn && !LEGAL.has(toks[j]!.lower)) continue;
    // Department of Water Resources: a portfolio after a body's head and "of" is no company.
    // (A legal form says company: managing director of Rheintal Automation GmbH.)
    // (Nor are the members a federation names: Federation of Hong Kong Industries.)
    // (… nor the second of two joined by "and": Bureau of Planning and Natural Resources.)
    // (Not where a word before the sector word is a Chinese trade name, in pinyin: Ministry of Commerce and Haiyun
    // Energy, a body and a company.)
    let of = s - 1;
    let ordinary = true;
    for (let k = s; k < j; k++) if (isPinyin(toks[k]!.text) && !ctx.lex.pos.has(toks[k]!.lower)) ordinary = false;
    if (toks[of]?.lower === 'and' && ordinary) for (of--; of > s - 6 && of > 0 && toks[of]!.cap && toks[of]!.word; ) of--;
    if (toks[of]?.lower === 'of' && !LEGAL.has(toks[j]!.lower) && (GOV.has(toks[of - 1]?.lower ?? '') || ORG.has(toks[of - 1]?.lower ?? '') || /^(?:(?:vice|deputy)-)?(?:minister|ministers|secretary|director|commissioner)$/.test(toks[of - 1]?.lower ?? ''))) continue;
    // Heyuan Photonics after Heyuan Photonics Technology Co Ltd: a short form of a company named before, which the
    // repeats of names read; no company of its own. (Only a sector word: a legal form ends a name of its own.)
    if (!LEGAL.has(toks[j]!.lower) && prefixes.has(ctx.text.slice(toks[s]!.start, toks[j]!.end).replace(/\s+/g, ' '))) continue;
    // Co Ltd. at the end of a sentence: the period ends the sentence, not the name.
    const next = toks[j + 1];
    // (So does a paragraph's end after it: a blank line, or a quotation opening the next one.)
    const paragraphEnd = !!next && (/\n/.test(ctx.text.slice(toks[j]!.end, next.start)) || /^["“‘]/.test(next.text));
    const stop = toks[j]!.text.endsWith('.') && (!next || (next.cap && !ENDINGS.has(next.lower)) || paragraphEnd);
    const k = doc.accept({ start: toks[s]!.start, end: toks[j]!.end - (stop ? 1 : 0), label: 'company', rule: `en.company.ending:${toks[j]!.lower.replace(/\W+$/, '')}`, kind: 'company' });
    if (k >= 0) {
      i = j;
      addNamePrefixes(ctx.text.slice(toks[s]!.start, toks[j]!.end - (stop ? 1 : 0)), prefixes);
    }
  }
}

/** Adds the proper word prefixes of a company's name (Heyuan, Heyuan Photonics, …) to `out`. */
function addNamePrefixes(name: string, out: Set<string>): void {
  const words = name.split(/\s+/);
  for (let n = 1; n < words.length && n <= 8; n++) out.add(words.slice(0, n).join(' '));
}

/** Words naming the firms of a trade, before a council that is their association (Industry Council, Business Council). */
const FIRMS_WORDS = /^(?:industry|industries|business|employers|manufacturers|merchants|exporters|importers|retailers)$/;

/** Heads of bodies that may be named by what they work on (Committee on Ageing, Council on Foreign Relations). */
const ON_HEADS = /^(?:committee|commission|council|working group|task force|office|board|panel)$/;
/** Words of days and months, after "on" (the Commission on Thursday). */
const DAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** Head words of gatherings: read as events (the … Forum opened), not as bodies. */
const GATHERING_HEADS = new Set(['forum', 'summit', 'expo', 'exposition', 'conference', 'fair', 'festival']);

/** True when capitalized words ending at `k` are the of-phrase of a body's head before them (Institute of Biology). */
function headOfBefore(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  let x = k;
  while (x > 0 && k - x < 4 && toks[x]!.cap && !isHead(toks[x]!.lower)) x--;
  return x < k && toks[x]!.lower === 'of' && x > 0 && toks[x - 1]!.cap && isHead(toks[x - 1]!.lower);
}

/**
 * "the Anhui provincial government", "the Shanghai municipal government": a place, a level word and government; and
 * "the Chinese embassy", "the Kenyan consulate general": a country's mission abroad, written in lower case.
 */
export function findLevelGovernments(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let i = 0; i + 1 < toks.length; i++) {
    const mission = toks[i + 1]!.lower;
    if (toks[i]!.cap && free(ctx, i) && free(ctx, i + 1) && joined(ctx, i) && !toks[i + 1]!.cap && (mission === 'embassy' || mission === 'consulate') && ctx.lex.demonyms.has(toks[i]!.lower)) {
      const e = mission === 'consulate' && toks[i + 2]?.lower === 'general' && joined(ctx, i + 1) ? i + 2 : i + 1;
      if (doc.accept({ start: toks[i]!.start, end: toks[e]!.end, label: 'government', rule: 'en.org.mission-abroad', kind: 'government' }) >= 0) i = e;
      continue;
    }
    if (i + 2 >= toks.length) break;
    const lvl = toks[i + 1]!.lower;
    if (!toks[i]!.cap || !free(ctx, i) || !joined(ctx, i) || !joined(ctx, i + 1)) continue;
    if (!/^(?:provincial|municipal|city|county|district|prefectural|regional)$/.test(lvl) || toks[i + 1]!.cap) continue;
    if (toks[i + 2]!.lower !== 'government' || toks[i + 2]!.cap || !free(ctx, i + 2)) continue;
    const k = doc.accept({ start: toks[i]!.start, end: toks[i + 2]!.end, label: 'government', rule: 'en.org.level-government', kind: 'government' });
    if (k >= 0) i += 2;
  }
}

/** Government bodies and other organizations built on a head word, with the of-phrase after it. */
export function findOrganizations(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word || !t.cap || ctx.shout[i] || !free(ctx, i)) continue;
    let h = i;
    let head = t.lower;
    // Two-word heads (Air Force, Chamber of Commerce, News Agency).
    for (const n of [3, 2]) {
      if (i + n - 1 < toks.length) {
        const k = keyOf(ctx, i, i + n - 1);
        if (GOV.has(k) || ORG.has(k)) { h = i + n - 1; head = k; break; }
      }
    }
    const gov = GOV.has(head);
    const club = CLUB_AFTER.has(head);
    if (!gov && !ORG.has(head) && !club) continue;
    // Hefei Party chief, Party secretary of …: a post, not a body.
    if (head === 'party' && /^(?:chief|secretary|boss|head)$/i.test(toks[h + 1]?.lower ?? '') && joined(ctx, h)) continue;
    // A forum, summit or expo is an event, not a body.
    if (GATHERING_HEADS.has(head)) continue;
    // … and a field among fields joined by "and" before a head (Culture, Radio, Television and Tourism Bureau).
    if (fieldsRunOnToHead(ctx, h)) continue;
    // A head word inside a longer name gives way to the last one (International Amateur Athletic Federation).
    if (joined(ctx, h) && nameish(ctx, h + 1) && free(ctx, h + 1) && isHead(toks[h + 1]!.lower)) continue;
    // … and to a body of it named right after (Shanghai Municipal People's Congress Standing Committee).
    if (joined(ctx, h) && SUB_BODY.has(toks[h + 1]?.lower ?? '') && toks[h + 1]!.cap && joined(ctx, h + 1) && isHead(toks[h + 2]?.lower ?? '') && free(ctx, h + 2)) continue;
    let s = leftEdge(ctx, i, 8, true);
    // A nationality adjective before a named body is not part of its name (Panamanian Boxing Association).
    while (s < i - 1 && ctx.lex.demonyms.has(toks[s]!.lower)) s++;
    let e = h;
    // … of X, for X; a committee or council on X (China National Committee on Ageing), but not on a day.
    const on = toks[h + 1]?.lower === 'on' && ON_HEADS.test(head) && !DAY_WORD.test(toks[h + 2]?.lower ?? '');
    if (toks[h + 1]?.lower === 'of' || toks[h + 1]?.lower === 'for' || on) {
      if (joined(ctx, h)) {
        const r = rightEdge(ctx, h + 2);
        if (r >= h + 2) e = trimPerson(ctx, h + 2, r);
      }
    }
    // The Chengdu Institute of Biology of the Chinese Academy of Sciences: a body of another body names it after a
    // second "of the".
    if (e > h && toks[e + 1]?.lower === 'of' && toks[e + 2]?.lower === 'the' && joined(ctx, e) && joined(ctx, e + 1)) {
      let r = e + 3;
      while (r < toks.length && r - e < 8 && toks[r]!.cap && !isHead(toks[r]!.lower) && joined(ctx, r) && free(ctx, r)) r++;
      if (r < toks.length && toks[r]!.cap && isHead(toks[r]!.lower) && r > e + 3 && free(ctx, r)) {
        let end = r;
        if (toks[r + 1]?.lower === 'of' && joined(ctx, r)) {
          const rr = rightEdge(ctx, r + 2);
          if (rr >= r + 2) end = rr;
        }
        e = end;
      }
    }
    // China Chamber of Commerce to the EU, the Chinese Mission to the EU: a body accredited to another names it.
    if (TO_HEADS.has(head) && toks[e + 1]?.lower === 'to' && toks[e + 2]?.lower === 'the' && joined(ctx, e) && joined(ctx, e + 1) && (nameish(ctx, e + 3) || toks[e + 3]?.upper) && free(ctx, e + 3)) {
      let r = e + 3;
      while (r + 1 < toks.length && r - e < 5 && joined(ctx, r) && nameish(ctx, r + 1)) r++;
      e = r;
    }
    // … of the Central People's Government in the Hong Kong SAR: the offices of the central government name the
    // region they serve.
    if (gov && /\bof the Central People['’]s Government$/.test(ctx.text.slice(toks[s]!.start, toks[e]!.end)) && toks[e + 1]?.lower === 'in' && toks[e + 2]?.lower === 'the' && joined(ctx, e) && joined(ctx, e + 1)) {
      let r = e + 2;
      while (r + 1 < toks.length && r - e < 7 && joined(ctx, r) && (nameish(ctx, r + 1) || toks[r + 1]!.upper)) r++;
      if (/^(?:SAR|HKSAR|MSAR|Region)$/.test(toks[r]!.text)) e = r;
    }
    if (s === i && e === h) continue;
    // A club word needs a place or club name before it (Manchester United, Aston Villa); city after a place is a place.
    if (club && !ORG.has(head) && !GOV.has(head)) {
      if (e !== h || s === i) continue;
      if (head === 'city' || head === 'county' || head === 'town') continue;
    }
    if (s < i && e === h && ctx.lex.demonyms.has(keyOf(ctx, s, i - 1)) && i - s === 1 && gov && head === 'government') continue;
    // A council of an industry's firms is their association, not an office (Semiconductor Industry Council).
    const trade = head === 'council' && h > s && FIRMS_WORDS.test(toks[h - 1]!.lower);
    const label: MentionLabel = gov && !trade ? 'government' : 'organization';
    // (A party is a party: Democratic Progressive Party, Chinese Nationalist Party.)
    const k = doc.accept({ start: toks[s]!.start, end: toks[e]!.end, label, rule: `en.org.head:${head}`, kind: club ? 'team' : head === 'party' ? 'party' : trade ? 'association' : label });
    if (k >= 0) i = e;
  }
  // Club words before a name (FC Barcelona, Real Madrid, Inter Milan).
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || ctx.shout[i] || !CLUB_BEFORE.has(t.lower) || !free(ctx, i) || !joined(ctx, i) || !nameish(ctx, i + 1) || !free(ctx, i + 1)) continue;
    if (t.initial && ctx.lex.common.has(t.lower)) continue;
    let e = i + 1;
    while (e + 1 < toks.length && joined(ctx, e) && nameish(ctx, e + 1) && free(ctx, e + 1) && e - i < 3) e++;
    const k = doc.accept({ start: t.start, end: toks[e]!.end, label: 'organization', rule: 'en.org.club', kind: 'team' });
    if (k >= 0) i = e;
  }
}

/** Common nouns right before a name that make it a company or other body (club Standard Liege, operator Unicom). */
const ORG_CUES: Record<string, 'company' | 'organization' | 'government'> = {
  company: 'company', firm: 'company', group: 'company', maker: 'company', manufacturer: 'company', carmaker: 'company',
  automaker: 'company', retailer: 'company', insurer: 'company', operator: 'company', brewer: 'company',
  publisher: 'company', broadcaster: 'company', distributor: 'company', supplier: 'company', producer: 'company',
  developer: 'company', conglomerate: 'company', subsidiary: 'company', unit: 'company', airline: 'company',
  carrier: 'company', lender: 'company', bank: 'company', brokerage: 'company', giant: 'company',
  club: 'organization', team: 'organization', side: 'organization', newspaper: 'organization', daily: 'organization',
  weekly: 'organization', magazine: 'organization', agency: 'organization',
  party: 'government', ministry: 'government',
};

/** Names after a cue noun (Belgian club Standard Liege, telecoms operator Unicom, the daily Liberte). */
export function findCuedOrganizations(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const label = ORG_CUES[t.lower];
    if (!label || t.cap || !joined(ctx, i) || !nameish(ctx, i + 1) || !free(ctx, i + 1)) continue;
    let e = i + 1;
    while (e + 1 < toks.length && e - i < 4 && joined(ctx, e) && nameish(ctx, e + 1) && free(ctx, e + 1)) e++;
    // A person's name or a place after the cue is not the body's name (team captain, club in Milan).
    const first = toks[i + 1]!;
    if (ctx.lex.firstNames.has(first.lower) && e > i + 1) continue;
    if (ctx.lex.demonyms.has(first.lower) || ctx.lex.names.get(keyOf(ctx, i + 1, e)) === 'country') continue;
    const k = doc.accept({ start: first.start, end: toks[e]!.end, label, rule: `en.org.after:${t.lower}`, kind: label });
    if (k >= 0) i = e;
  }
  // Douglas & Lomason, Procter & Gamble: two names joined by an ampersand.
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i]!.text !== '&' || !joined(ctx, i - 1) || !joined(ctx, i)) continue;
    if (!nameish(ctx, i - 1) || !free(ctx, i - 1) || !nameish(ctx, i + 1) || !free(ctx, i + 1)) continue;
    let s = i - 1;
    while (s > 0 && i - s < 3 && joined(ctx, s - 1) && nameish(ctx, s - 1) && free(ctx, s - 1) && !toks[s - 1]!.initial) s--;
    let e = i + 1;
    while (e + 1 < toks.length && e - i < 3 && joined(ctx, e) && nameish(ctx, e + 1) && free(ctx, e + 1)) e++;
    if (ctx.lex.names.has(keyOf(ctx, s, i - 1)) && ctx.lex.names.has(keyOf(ctx, i + 1, e))) continue;
    const k = doc.accept({ start: toks[s]!.start, end: toks[e]!.end, label: 'company', rule: 'en.company.ampersand', kind: 'company' });
    if (k >= 0) i = e;
  }
}

/**
 * Later mentions of a body or place by the same words (Magna … Magna's shares). Run `early`, before titles, so that a
 * body named again before a post is the post's (Golden Lotus chairman …); a company called by its first word alone
 * waits until places are known (Anji is a county before it is Anji Zhuxiang Bamboo Products Co Ltd).
 */
export function findNameRepeats(ctx: Ctx, early = false): void {
  const { toks, doc } = ctx;
  const known = new Map<string, number>();
  const beforePost = new Map<string, number>();
  for (let k = 0; k < doc.cands.length; k++) {
    const c = doc.cands[k]!;
    if (c.label === 'company' || c.label === 'organization' || c.label === 'government' || c.label === 'place') {
      const s = doc.text.slice(c.start, c.end);
      if (!known.has(s)) known.set(s, k);
      // A company with a legal form is later called by its first word (Vortmann for Vortmann Automotive AG) where that
      // word is no place and no ordinary word.
      if (c.label === 'company' && c.rule.startsWith('en.company.ending:') && LEGAL.has(c.rule.slice('en.company.ending:'.length))) {
        const first = /^[A-Z][a-z]{3,}/.exec(s)?.[0];
        // (Early, only right before a post of the company's: Jinhua president …, even where Jinhua is a city too.)
        if (first && first.length < s.length && !ctx.lex.common.has(first.toLowerCase())) {
          if (early) { if (!beforePost.has(first)) beforePost.set(first, k); }
          else if (!ctx.lex.names.has(first.toLowerCase()) && !known.has(first)) known.set(first, k);
        }
        // … or by its trade name, without the place before it and the trade after it (Lingxi Cloud for Hangzhou
        // Lingxi Cloud Technology Co Ltd).
        const written = unbreak(doc.text, c.start, c.end, doc.hyphenBreaks);
        const lead = written.slice(0, written.indexOf(' '));
        for (const core of tradeNames(ctx, written)) {
          if (!known.has(core)) known.set(core, k);
          // (… or by the place and the trade name: Changzhou Ruida for Changzhou Ruida Precision Bearing Co Ltd.)
          const placed = `${lead} ${core}`;
          if (written.startsWith(`${placed} `) && !known.has(placed)) known.set(placed, k);
        }
        // … or by its name without the legal form, or without the trade too (Tak Fung Bakery, Hengqin Bayview, for
        // Tak Fung Bakery Co Ltd and Hengqin Bayview Logistics Co., Ltd.), two words or more.
        for (const short of namesWithoutForm(written)) if (!known.has(short)) known.set(short, k);
      }
    }
  }
  if (!known.size && !beforePost.size) return;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.cap || !free(ctx, i)) continue;
    let e = i;
    let best = -1;
    let bestK = -1;
    for (let x = i; x < toks.length && x - i < 6 && free(ctx, x); x++) {
      const k = known.get(doc.text.slice(toks[i]!.start, toks[x]!.end));
      if (k !== undefined) { best = x; bestK = k; }
      if (!joined(ctx, x)) break;
    }
    const own = best < 0 ? beforePost.get(toks[i]!.text) : undefined;
    // (… or right after such a post and "of": chief executive of Lumenbridge.)
    const ofPost = toks[i - 1]?.lower === 'of' && joined(ctx, i - 1) && joined(ctx, i - 2) && POST_BEFORE_OF.test(toks[i - 2]?.text ?? '');
    if (own !== undefined && ((joined(ctx, i) && COMPANY_POST.test(toks[i + 1]?.text ?? '')) || ofPost)) { best = i; bestK = own; }
    if (best < 0) continue;
    e = best;
    if (joined(ctx, e) && nameish(ctx, e + 1) && free(ctx, e + 1)) continue;
    if (i > 0 && joined(ctx, i - 1) && nameish(ctx, i - 1) && free(ctx, i - 1) && !toks[i - 1]!.initial) continue;
    if (beforeCurrency(ctx, e)) continue; // HK$, US$, U.S. dollars: a currency
    const c = doc.cands[bestK]!;
    const r = doc.accept({ start: toks[i]!.start, end: toks[e]!.end, label: c.label, rule: 'en.repeat', ...(c.kind ? { kind: c.kind } : {}), ...(c.label === 'company' ? { aliasOf: bestK } : {}) });
    if (r >= 0) i = e;
  }
}

/** Heads of bodies accredited to another, named with it after "to the" (Mission to the EU). */
const TO_HEAD_WORDS: readonly string[] = ['mission', 'chamber of commerce', 'delegation', 'representative office', 'permanent mission'];
const TO_HEADS = new Set(TO_HEAD_WORDS);
/** Their last words, standing right before "to the" (… Commerce to the EU). */
const TO_HEAD_ENDS = new Set(TO_HEAD_WORDS.map((h) => h.slice(h.lastIndexOf(' ') + 1)));

/** Last words of a company's posts written before "of" and its short name (chief executive of Lumenbridge). */
const POST_BEFORE_OF = /^(?:chairman|chairwoman|chairperson|president|founder|co-founder|executive|officer|manager|director|vice-president)$/;
/** Posts of a company written in lower case after its short name (Hailang chairman, Jinhua president). */
const COMPANY_POST = /^(?:chairman|chairwoman|chairperson|president|founder|co-founder|ceo|CEO|director|spokesperson|spokesman|spokeswoman|executive|vice-president|general)$/;

/** Words that open the name of a body inside another, before its own head (Standing Committee, Party Committee). */
const SUB_BODY = new Set(['standing', 'party', 'executive', 'permanent', 'central', 'working', 'leading']);

/** Ordinals that open the names of bodies numbered in a series (the Second Affiliated Hospital). */
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

/** Words of trade that end a Chinese company's English name before its legal form (Cloud Technology Co Ltd). */
const TRADE_WORDS = new Set(['technology', 'technologies', 'tech', 'logistics', 'trading', 'equipment', 'machinery', 'manufacturing', 'energy', 'electronics', 'electric', 'pharmaceutical', 'pharmaceuticals', 'biotechnology', 'chemical', 'chemicals', 'materials', 'investment', 'industrial', 'industries', 'industry', 'development', 'construction', 'engineering', 'software', 'information', 'network', 'services', 'service', 'supply', 'chain', 'import', 'export', 'and', 'science', 'new', 'robotics', 'robot', 'automation', 'aviation', 'aerospace', 'semiconductor', 'semiconductors', 'biotech', 'medical', 'pharma', 'precision', 'automotive', 'battery', 'batteries', 'optoelectronics', 'photonics', 'environmental', 'textile', 'textiles', 'steel', 'mining', 'shipping', 'healthcare', 'agricultural', 'microelectronics', 'instruments', 'drone', 'drones', 'intelligent', 'smart', 'digital', 'biomedical', 'bearing', 'bearings', 'auto', 'parts', 'power', 'food', 'foods']);
/** Legal forms and group words at the end of a company's English name. */
const FORM_WORDS = new Set(['co', 'co.', 'ltd', 'ltd.', 'limited', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'group', 'holdings', 'company', 'plc', 'llc', 'gmbh', 'ag', 'sa']);

/**
 * Shorter names a company's English name may go by: without its legal form (Tak Fung Bakery for Tak Fung Bakery Co
 * Ltd), and without its trade words too (Hengqin Bayview for Hengqin Bayview Logistics Co., Ltd.); two capitalized
 * words or more, and only for a name that has a legal form.
 */
function namesWithoutForm(name: string): string[] {
  const words = name.split(/\s+/);
  let b = words.length;
  while (b > 0 && FORM_WORDS.has(words[b - 1]!.toLowerCase().replace(/,$/, ''))) b--;
  const out: string[] = [];
  if (b === words.length) return out;
  const formEnd = b;
  while (b > 2 && TRADE_WORDS.has(words[b - 1]!.toLowerCase())) b--;
  for (const end of b < formEnd ? [formEnd, b] : [formEnd]) {
    const part = words.slice(0, end);
    if (part.length >= 2 && part.every((w) => /^[A-Z][a-z]+$/.test(w))) out.push(part.join(' '));
  }
  return out;
}

/**
 * The trade names of a company's English name: the capitalized words left when a place in front and the trade words
 * and legal form at the end are taken away (Hangzhou Lingxi Cloud Technology Co Ltd → Lingxi Cloud), if at least one
 * remains and something was taken from each end; then the same with the trade words kept but the last.
 */
function tradeNames(ctx: Ctx, name: string): string[] {
  const words = name.split(/\s+/);
  let a = 0;
  let b = words.length;
  while (b > a && FORM_WORDS.has(words[b - 1]!.toLowerCase())) b--;
  const formEnd = b;
  while (b > a + 1 && TRADE_WORDS.has(words[b - 1]!.toLowerCase())) b--;
  // (A word the lexicon names, or a place's spelling.)
  const named = (w: string): boolean => ctx.lex.names.has(w.toLowerCase()) || lookup(w) !== undefined;
  if (b - a >= 2 && named(words[a]!)) a++;
  const out: string[] = [];
  if (a === 0) return out;
  // The core, and the core with each trade word after it but the last (Tianfu, Tianfu Intelligent for Chengdu Tianfu
  // Intelligent Equipment Co Ltd): the story may call the company by either.
  for (let e = b; e < formEnd && e - a <= 3; e++) {
    const core = words.slice(a, e);
    if (!core.length || !core.every((w) => /^[A-Z][a-z]+$/.test(w))) continue;
    // (A single word that is a place or an ordinary word by itself is none: Nansha of Guangzhou Nansha Development
    // Construction Group is a district where it stands alone, not the group.)
    if (core.length === 1 && (ctx.lex.common.has(core[0]!.toLowerCase()) || named(core[0]!))) continue;
    out.push(core.join(' '));
  }
  return out;
}
