/**
 * Titles before names in English news — Premier Li Qiang, Party secretary of Wuxi Zhang Wei, Minister of Commerce
 * Wang Wentao, Foreign Ministry spokesperson Wang Wenbin, Vice-Governor of Jiangsu Province Hu Guangjie, CEO Jane Doe —
 * and after them (Zhang Wei, Party secretary of Wuxi, said …). The title is a 'title' mention and the name a 'person'
 * mention whose `titles` holds the title's index. An organ that is itself a named body or place (Jiangsu Province, the
 * Standing Committee of …) is its own mention and the title's `organ`; otherwise the organ words stay in the title
 * (Minister of Commerce).
 *
 * @module
 */
import { unbreak } from './hyphen.js';
import type { Cand, TitleData } from '../stages/recognize/doc.js';
import { COMPANY_ENDINGS, GOVERNMENT_HEADS, ORGANIZATION_HEADS } from './data/orgs.js';
import { EVENT_HEADS } from './data/words.js';
import { PLACE_SUFFIXES } from './data/places.js';
import { CAPITALIZED_ONLY, PORTFOLIO_WORDS, POSTS, POST_PREFIXES } from './data/titles.js';
import { free, joined, keyOf, nameAt, nameish, tokenEndingAt, tokenFrom, type Ctx } from './context.js';
import { nameRunAt, OCCUPATION, personAt } from './people.js';
import { placeAt } from './places.js';
import { lookup } from './codes.js';

const CAP_ONLY = new Set(CAPITALIZED_ONLY);
/** Posts that are ordinary words unless capitalized, even after a name and a comma. */
const AMBIGUOUS = new Set(['general', 'gen', 'major', 'justice', 'chair', 'head', 'deputy', 'speaker', 'chief', 'lady', 'lord', 'sir', 'dame', 'dean', 'principal', 'judge', 'marshal', 'commander', 'captain', 'rep', 'sen', 'mp', 'secretary', 'director', 'doctor', 'king', 'queen', 'prince', 'princess']);
const PREFIXES = new Set(POST_PREFIXES);
/** Words that make a lower-case post a title of the body just named (its chairman, their founder). */
const OWNED = new Set(['its', 'their']);
const MAX_POST = 4;
/** Common nouns of panels and boards, part of the title of a post named after them (panel chairman Kenneth Tsui). */
const PANEL_NOUNS = new Set(['panel', 'committee', 'board', 'council', 'commission']);
/** Common nouns of firms, clubs and schools, whose posts are no public office (company president Sun Hao). */
const FIRM_NOUNS = new Set(['company', 'firm', 'group', 'club', 'team', 'union', 'association', 'foundation', 'bank', 'school', 'university', 'hospital']);
/** Common nouns of bodies whose post, lower case, is a title right before a name (panel chairman Kenneth Tsui). */
const BODY_NOUNS = new Set([...PANEL_NOUNS, ...FIRM_NOUNS, 'party']);

/** False for a post whose organ is a company (chief executive of KazTransCargo JSC); a Party post is one anywhere. */
const companyOffice = (key: string, official: boolean): boolean => official && /party/.test(key);
/** Posts of a firm's management (general manager, chief executive, vice-president). */
const FIRM_POST = /^(?:(?:deputy |vice[- ])?general manager|(?:vice[- ])?chairman|(?:vice[- ])?president|ceo|chief (?:executive|financial|technology|operating) officer|chief executive|cfo|cto|coo|managing director|founder)$/;
const HEADS = new Set([...GOVERNMENT_HEADS, ...ORGANIZATION_HEADS, ...EVENT_HEADS, ...COMPANY_ENDINGS, 'station', 'baseball', 'football', 'basketball', 'hockey', 'soccer', 'cricket', 'rugby', 'tennis', 'golf']);

/** The post at token i: [end token, post key], longest first, with modifiers (Executive Vice Governor). */
function postAt(ctx: Ctx, i: number, relaxed = false, apposed = false): [number, string] | undefined {
  const { toks } = ctx;
  const t = toks[i];
  if (!t || !t.word || ctx.shout[i]) return undefined;
  let p = i;
  while (p < toks.length && PREFIXES.has(toks[p]!.lower) && joined(ctx, p) && p - i < 2) p++;
  // (Each prefix may open the post: deputy + chief executive.)
  for (let start = i; start <= p; start++) {
    for (let n = MAX_POST; n >= 1; n--) {
      const e = start + n - 1;
      if (e >= toks.length) continue;
      let ok = true;
      for (let k = start; k < e; k++) if (!joined(ctx, k) && toks[k + 1]!.text !== '-') ok = false;
      if (!ok) continue;
      let key = keyOf(ctx, start, e).replace(/ - /g, '-');
      // Vice-governors Zhang Qiuming and Ouyang Bo: a post in the plural, capitalized before names, is the post.
      if (POSTS[key] === undefined && /[^s]s$/.test(key) && POSTS[key.slice(0, -1)] !== undefined && toks[start]!.cap) key = key.slice(0, -1);
      if (POSTS[key] === undefined) continue;
      const head = toks[start]!;
      // After a name and a comma, a lower-case post with its organ is a title (Yang Ming, head of the district).
      // Its chairman Zhou Kaiming: a lower-case post of the body just named is a title too.
      // … or of the body named before 's (the department's director).
      // … or of a body named right before it (Harbourline Holdings chairman Leung Chi-hang).
      const body = start > 0 && joined(ctx, start - 1) ? ctx.doc.endingAt(toks[start - 1]!.end) : -1;
      const owned = OWNED.has(toks[start - 1]?.lower ?? '') || (/^['’]s$/.test(toks[start - 1]?.text ?? '') && /^(?:department|bureau|ministry|commission|government|company|group|university|association|agency|office)$/.test(toks[start - 2]?.lower ?? ''))
        || (body >= 0 && (ctx.doc.cands[body]!.label === 'company' || ctx.doc.cands[body]!.label === 'organization'))
        // (… or of a body named by a common noun, right before a name: panel chairman Kenneth Tsui.)
        || (BODY_NOUNS.has(toks[start - 1]?.lower ?? '') && joined(ctx, start - 1) && joined(ctx, e) && !!toks[e + 1]?.cap && nameish(ctx, e + 1));
      // (… or one whose name follows between commas: the DSEDT director, Cheang Hoi Ian, …)
      const apposedName = apposed && toks[e + 1]?.text === ',' && toks[e + 1]!.start === toks[e]!.end;
      // (… or a secretary for a portfolio, as Hong Kong and Macao name theirs: secretary for security.)
      const forPortfolio = toks[e + 1]?.lower === 'for' && /^(?:secretary|director|commissioner)$/.test(key) && PORTFOLIO.has(toks[e + 2]?.lower ?? '');
      if ((relaxed ? AMBIGUOUS : CAP_ONLY).has(key) && !head.cap && !(relaxed && (toks[e + 1]?.lower === 'of' || forPortfolio || (toks[e + 1]?.lower === 'at' && /^(?:dean|principal|director|head|chair)$/.test(key)))) && !owned && !apposedName) continue;
      if (start < p && n === 1) continue; // a prefix alone (deputy) is no post; chief engineer is one
      return [e, key];
    }
  }
  return undefined;
}

/** Lower-case words that are no field of a post (a name, was director: the verb; and director: a second name's). */
const NOT_FIELD = /^(?:and|or|but|who|which|whose|is|was|were|has|had|have|will|would|also|then|now|its|his|her|their|our|as|said|says|to|in|at|of|on|for|with)$/;

/**
 * A post after one lower-case word of its field, with the body it serves after "of" or "at" (Tran Thi Lan, sales
 * director of …; a logistics researcher at …): [end token, post key], the field part of the title as written.
 */
function fieldPostAt(ctx: Ctx, s: number): [number, string] | undefined {
  const { toks } = ctx;
  const f = toks[s];
  if (!f?.word || f.cap || !/^[a-z]{3,}$/.test(f.text) || NOT_FIELD.test(f.lower) || !joined(ctx, s)) return undefined;
  const post = postAt(ctx, s + 1, true);
  if (!post || !/^(?:of|at)$/.test(toks[post[0] + 1]?.lower ?? '') || !joined(ctx, post[0])) return undefined;
  return post;
}

/** What may follow an occupation that describes a person: where or whom they work for, a clause, or the sentence's end. */
const AFTER_OCCUPATION = /^(?:at|in|from|with|for|of|on|who|whose|,|\.|;)$/;

/**
 * An occupation after "a" or "an" at token s, with up to two lower-case words before it (a senior engineer, a village
 * doctor, a rural teacher): [end token, the occupation as a key], or undefined.
 */
function occupationAt(ctx: Ctx, s: number): [number, string] | undefined {
  const { toks } = ctx;
  if (!/^(?:a|an)$/.test(toks[s - 1]?.lower ?? '')) return undefined;
  for (let e = s; e < s + 3 && e < toks.length; e++) {
    const w = toks[e]!;
    if (!w.word || w.cap || !/^[a-z][a-z-]*$/.test(w.text) || NOT_FIELD.test(w.lower) || (e > s && !joined(ctx, e - 1))) return undefined;
    // (What someone was is no description of what they are: a former teacher, a retired nurse.)
    if (/^(?:former|retired|ex-.*|one-time|onetime|late)$/.test(w.lower)) return undefined;
    // (The head, as written with its modifiers; a plural or a possessive after it is no description of one person.)
    if (OCCUPATION.has(w.lower) && AFTER_OCCUPATION.test(toks[e + 1]?.text ?? '')) return [e, keyOf(ctx, s, e)];
  }
  return undefined;
}

/** Titles with the names they stand before or after. */
export function findTitles(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let i = 0; i < toks.length; i++) {
    if (!free(ctx, i)) continue;
    // The director of the Public Works Bureau, Ho Weng Chi, …: after "the", a lower-case post may open a title whose
    // name follows it between commas.
    // (… or after a name's 's: Hong Kong's Secretary for Financial Services and the Treasury, Vincent Kwan, …; after
    // a body's short form or head word: the DSEDT director, the association's president, …)
    const possessive = /^['’]s$/.test(toks[i - 1]?.text ?? '');
    const bodyWord = possessive && toks[i - 3]?.lower === 'the' && BODY_HEAD.test(toks[i - 2]?.lower ?? '') ? toks[i - 2]!.lower : undefined;
    const afterThe = (toks[i - 1]?.lower === 'the' && joined(ctx, i - 1)) || (possessive && !!toks[i - 2]?.cap) || !!bodyWord
      || (!!toks[i - 1]?.upper && toks[i - 2]?.lower === 'the' && joined(ctx, i - 1));
    const strict = postAt(ctx, i);
    const post = strict ?? (afterThe ? postAt(ctx, i, true, true) : undefined);
    if (!post) continue;
    const [pe, key] = post;
    let official = POSTS[key]!;
    let e = pe;
    let organ: number | undefined;
    let organEnd = -1;
    // The organ after the post: "of Wuxi", "of the Standing Committee of …", "of Commerce".
    const prep = toks[pe + 1];
    // Ambassador to China: an envoy's post names the country it is sent to.
    const sentTo = prep?.lower === 'to' && /^(?:ambassador|envoy|special envoy|consul|consul general|consul-general)$/.test(key);
    if (prep && (prep.lower === 'of' || prep.lower === 'for' || prep.lower === 'at' || sentTo) && joined(ctx, pe)) {
      let o = pe + 2;
      if (toks[o]?.lower === 'the' && joined(ctx, o - 1)) o++;
      if (joined(ctx, o - 1)) {
        const owner = doc.startingAt(toks[o]?.start ?? -1);
        if (owner >= 0 && doc.cands[owner]!.label !== 'person' && doc.cands[owner]!.label !== 'date') {
          organ = owner;
          const c = doc.cands[owner]!;
          organEnd = tokenEndingAt(ctx, c.end);
          if (c.label === 'government') official = true;
          // (A post of a company is no public office, whatever its name: chief executive of KazTransCargo JSC.)
          if (c.label === 'company') official = companyOffice(key, official);
        } else {
          const place = placeAt(ctx, o);
          // (Ambassador to China Somchai Vongdara: the country an envoy is sent to ends the title, the name follows.)
          if (place && (sentTo || place.end + 1 >= toks.length || !nameish(ctx, place.end + 1) || personAt(ctx, place.end + 1) !== undefined || !joined(ctx, place.end))) {
            const k = doc.accept({ start: toks[o]!.start, end: toks[place.end]!.end, label: 'place', rule: place.rule, place: { level: place.level } });
            if (k >= 0) { organ = k; organEnd = place.end; }
          } else {
            // Organ words that are no named body stay in the title (Minister of Commerce, Secretary of State).
            let r = o - 1;
            // A portfolio joined by "and" runs on over the words of portfolios (Industry and Information Technology),
            // else one word after it (Trade and Industry): what follows is the name.
            let joinedBy = false;
            while (r + 1 < toks.length && nameish(ctx, r + 1) && free(ctx, r + 1) && personAt(ctx, r + 1) === undefined && (r + 1 === o || joined(ctx, r))) {
              // (A portfolio ends at its last portfolio word: Secretary for Housing + Ivy Tang Mei-kwan.)
              if (r >= o && PORTFOLIO.has(toks[r]!.lower) && !PORTFOLIO.has(toks[r + 1]!.lower)) break;
              r++;
              if (joinedBy && !PORTFOLIO.has(toks[r + 1]?.lower ?? '')) break;
              if (toks[r + 1]?.lower === 'and' && joined(ctx, r) && nameish(ctx, r + 2)) { r++; joinedBy = true; }
              // (Financial Services and the Treasury: an article before the last portfolio.)
              else if (toks[r + 1]?.lower === 'and' && toks[r + 2]?.lower === 'the' && joined(ctx, r) && joined(ctx, r + 1) && PORTFOLIO.has(toks[r + 3]?.lower ?? '') && nameish(ctx, r + 3)) { r += 2; joinedBy = true; }
              // Commerce, Trade and Industry: a comma between words of portfolios.
              else if (toks[r + 1]?.text === ',' && PORTFOLIO.has(toks[r + 2]?.lower ?? '') && PORTFOLIO.has(toks[r]!.lower)) r++;
            }
            if (r >= o) {
              e = r;
              // A head of a government portfolio (Director of Housing, Commissioner for Labour) holds an office.
              let portfolio = true;
              for (let k = o; k <= r && portfolio; k++) portfolio = PORTFOLIO.has(toks[k]!.lower) || toks[k]!.lower === 'and' || toks[k]!.text === ',';
              if (portfolio && PORTFOLIO_HEADS.has(key)) official = true;
            }
          }
        }
      }
    }
    // The name after the title (and its organ).
    let after = organEnd >= 0 ? organEnd : e;
    // Secretary for … Dr Alan Chow: an honorific between the title and the name belongs to neither.
    if (/^(?:dr|dr\.|prof|prof\.|professor)$/.test(toks[after + 1]?.lower ?? '') && toks[after + 1]!.cap && joined(ctx, after)) after++;
    let nameStart = after + 1;
    // The Secretary for Economy and Finance, Wong Kam Seng, said: the name set off by commas after the title (and
    // the organ's short form in brackets).
    const apposed = afterThe ? appositionAfter(ctx, after) : -1;
    if (apposed >= 0) nameStart = apposed;
    else if (!strict || !joined(ctx, after)) continue;
    if (!free(ctx, nameStart)) continue;
    const nameEnd = apposed >= 0 ? apposedNameEnd(ctx, apposed) : nameRunAt(ctx, nameStart);
    if (nameEnd === undefined) continue;
    // A post that is also a given name before a lone surname is the name's first word (Dean Saunders).
    if (pe === i && e === pe && nameEnd === nameStart && ctx.lex.firstNames.has(toks[i]!.lower)) continue;
    // A run ending in the head word of a body or an event is no name (Major League Baseball).
    if (HEADS.has(toks[nameEnd]!.lower)) continue;
    // A place or organization right after a post is not a name (President of Russia is handled above).
    if (personAt(ctx, nameStart) === undefined && nameAt(ctx, nameStart) && nameAt(ctx, nameStart)![0] >= nameEnd) continue;
    const before = doc.endingAt(toks[i]!.start - 1) ;
    const full = doc.text.slice(toks[i]!.start, toks[e]!.end) + (organ !== undefined && organEnd >= 0 ? doc.text.slice(toks[e]!.end, toks[organEnd]!.end) : '');
    const title: TitleData = { post: key, full: unbreak(doc.text, toks[i]!.start, toks[i]!.start + full.length, doc.hyphenBreaks), official };
    // (Vice-governors A and B: each holds the post, named in the singular.)
    if (/[^s]s$/.test(toks[pe]!.lower) && !key.endsWith(toks[pe]!.lower)) title.full = title.full.replace(toks[pe]!.text, toks[pe]!.text.slice(0, -1));
    if (organ !== undefined && doc.cands[organ]!.label !== 'place') title.organ = organ;
    // Its chairman: the body named last before, in the same sentence.
    if (organ === undefined && OWNED.has(toks[i - 1]?.lower ?? '')) {
      const from = doc.text.lastIndexOf('.', toks[i]!.start);
      let owner = -1;
      for (let k = 0; k < doc.cands.length; k++) {
        const c = doc.cands[k]!;
        if (c.end <= toks[i]!.start && c.start > from && (c.label === 'company' || c.label === 'organization') && (owner < 0 || c.start > doc.cands[owner]!.start)) owner = k;
      }
      if (owner >= 0) {
        title.organ = owner;
        // (Its president, of a firm or an association, holds no public office.)
        title.official = companyOffice(key, title.official);
      }
    }
    // An organization right before the post (Foreign Ministry spokesperson) is its organ.
    if (organ === undefined && before >= 0 && ['government', 'organization', 'company'].includes(doc.cands[before]!.label)) {
      title.organ = before;
      title.full = doc.text.slice(doc.cands[before]!.start, toks[e]!.end);
      // (… and the body says whether it is an office: Taiwan Farmland Watch Association secretary-general.)
      title.official = doc.cands[before]!.label === 'government';
    }
    // Company president Sun Haoran: a post of a firm or a club, however high, is no public office.
    if (title.organ === undefined && e === pe && FIRM_NOUNS.has(toks[i - 1]?.lower ?? '') && joined(ctx, i - 1)) title.official = false;
    // Panel chairman Kenneth Tsui: the body's common noun is part of the title.
    if (title.organ === undefined && e === pe && PANEL_NOUNS.has(toks[i - 1]?.lower ?? '') && joined(ctx, i - 1) && !toks[i]!.cap) {
      title.full = doc.text.slice(toks[i - 1]!.start, toks[e]!.end);
    }
    // Commission Chairman Nimal Wijesinghe, after Sri Lanka's Election Commission: the body named last with that head
    // word holds the post, and says whether it is an office.
    if (title.organ === undefined && e === pe && PANEL_NOUNS.has(toks[i - 1]?.lower ?? '') && toks[i - 1]!.cap && toks[i]!.cap && joined(ctx, i - 1) && doc.startingAt(toks[i - 1]!.start) < 0) {
      // (Among the last mentions found: a page of many such titles is read in linear time.)
      const k = lastBodyWithWord(ctx, toks[i - 1]!.start, toks[i - 1]!.lower, ['government', 'organization'], true, RECENT_BODIES);
      if (k >= 0) {
        title.organ = k;
        title.full = doc.text.slice(toks[i - 1]!.start, toks[e]!.end);
        title.official = doc.cands[k]!.label === 'government';
      }
    }
    // The association's president: the body named last with that head word; an office only where it is a public one.
    if (bodyWord && title.organ === undefined) {
      const k = lastBodyWithWord(ctx, toks[i]!.start, bodyWord, ['government', 'organization', 'company'], true);
      if (k >= 0) title.organ = k;
      title.official = k >= 0 && doc.cands[k]!.label === 'government' && official;
    }
    // The company plans …, general manager Tao Yiming said: a firm's post, bare, in a sentence about "the company",
    // is a post of the company named last.
    if (title.organ === undefined && e === pe && FIRM_POST.test(key)) {
      // (A sentence ends at a full stop and a capital after it, not at the abbreviation of a legal form: Co. Ltd.)
      const sentence = doc.text.slice(Math.max(0, toks[i]!.start - 240), toks[i]!.start).split(/(?<!\b(?:Co|Corp|Inc|Ltd|No))[.!?]["”]?\s+(?=[A-Z“"])/).pop()!;
      // (… or in a sentence that names the company itself: At the Yudu plant of Jiangxi Hongyun Garment Co Ltd, …, Yin
      // asked general manager Lai Shuping.)
      const from = toks[i]!.start - sentence.length;
      const firms = doc.cands.filter((c) => c.label === 'company' && c.end <= toks[i]!.start);
      const inSentence = firms.filter((c) => c.start >= from);
      const about = /\b[Tt]he (?:company|firm|group)\b/.test(sentence);
      if (about || inSentence.length === 1) {
        // The company written last (cands are in the order they were found, not the order of the text).
        const firm = (about ? firms : inSentence).reduce<Cand | undefined>((a, c) => (!a || c.start > a.start ? c : a), undefined);
        if (firm) {
          title.organ = doc.cands.indexOf(firm);
          title.official = companyOffice(key, title.official);
        }
      }
    }
    const ti = doc.accept({ start: toks[i]!.start, end: toks[e]!.end, label: 'title', rule: `en.title:${key}`, title });
    if (ti < 0) continue;
    const titles = [ti];
    // State Councilor and Secretary-General of the State Council Xu Jiahe: a post joined by "and" before the title
    // is the same person's first office.
    const first = apposed < 0 ? postJoinedBefore(ctx, i) : undefined;
    if (first) {
      const [s0, e0, key0] = first;
      const t0 = doc.accept({ start: toks[s0]!.start, end: toks[e0]!.end, label: 'title', rule: `en.title:${key0}`, title: { post: key0, full: doc.text.slice(toks[s0]!.start, toks[e0]!.end), official: POSTS[key0]! || title.official } });
      if (t0 >= 0) titles.unshift(t0);
    }
    doc.accept({ start: toks[nameStart]!.start, end: toks[nameEnd]!.end, label: 'person', rule: 'en.person.after-title', titles });
    i = nameEnd;
    // … and the post in the plural goes to each name of the list after it (Vice-governors A and B).
    if (/[^s]s$/.test(toks[pe]!.lower) && !key.endsWith(toks[pe]!.lower)) {
      for (let n = 0; n < 6 && (toks[i + 1]?.lower === 'and' || toks[i + 1]?.text === ',') && joined(ctx, i + 1); n++) {
        const from = i + 2;
        const end = free(ctx, from) ? personAt(ctx, from) ?? nameRunAt(ctx, from, 3) : undefined;
        if (end === undefined) break;
        doc.accept({ start: toks[from]!.start, end: toks[end]!.end, label: 'person', rule: 'en.person.after-title', titles: [ti] });
        i = end;
        if (toks[from - 1]!.lower === 'and') break;
      }
    }
  }
}

/** Words before a post that make it no title of the name after "and" (the Premier and Vice-Premier Ding: two people). */
const NOT_BEFORE_FIRST = /^(?:the|a|an|and|or|of|'s|’s)$/;

/**
 * The capitalized post, [start, end, key], that ends right before "and" in front of the title at token `i` (State
 * Councilor and Secretary-General …; Chairman and CEO …), when no article or name stands before it.
 */
function postJoinedBefore(ctx: Ctx, i: number): [number, number, string] | undefined {
  const { toks } = ctx;
  if (toks[i - 1]?.lower !== 'and' || !joined(ctx, i - 2) || !joined(ctx, i - 1)) return undefined;
  for (let s = Math.max(0, i - 1 - MAX_POST - 2); s <= i - 2; s++) {
    const post = toks[s]!.cap && free(ctx, s) ? postAt(ctx, s) : undefined;
    if (!post || post[0] !== i - 2) continue;
    const prev = toks[s - 1];
    if (prev && (NOT_BEFORE_FIRST.test(prev.lower) || (prev.cap && joined(ctx, s - 1)))) return undefined;
    // (Not a post in the plural, nor one listed after another word than a name: Governors, Mayors and Vice-Governor
    // Li Ming names posts of others.)
    if (/[^s]s$/.test(toks[i - 2]!.lower) && !post[1].endsWith('s')) return undefined;
    if (prev?.text === ',' && (s < 2 || ctx.doc.isFree(toks[s - 2]!.start, toks[s - 2]!.end))) return undefined;
    for (let k = s; k <= i - 2; k++) if (!free(ctx, k)) return undefined;
    return [s, i - 2, post[1]];
  }
  return undefined;
}

/**
 * Where a name set off by a comma starts after a title ending at token `end` (…Finance, Wong …; …Bureau (DSOP), Ho
 * …), or -1.
 */
function appositionAfter(ctx: Ctx, end: number): number {
  const { toks } = ctx;
  let c = end + 1;
  if (toks[c]?.text === '(' && toks[c + 2]?.text === ')' && toks[c + 1]!.upper) c += 3;
  if (toks[c]?.text !== ',' || toks[c]!.start !== toks[c - 1]!.end || !joined(ctx, c)) return -1;
  return nameish(ctx, c + 1) ? c + 1 : -1;
}

/**
 * The last token of a name between commas from token `i`: two to four capitalized words on one line, then the
 * comma or the sentence's end (Lao Ka Fai, — a family name that is also a people's name is a name here), or
 * undefined.
 */
function apposedNameEnd(ctx: Ctx, i: number): number | undefined {
  const { toks } = ctx;
  // (… or the sentence's end: presented by the DSEDT director, Cheang Hoi Ian.)
  const closes = (k: number): boolean => /^[,.;]$/.test(toks[k]?.text ?? '');
  const run = nameRunAt(ctx, i);
  if (run !== undefined && closes(run + 1)) return run;
  let e = i;
  while (e - i < 3 && joined(ctx, e) && toks[e + 1]!.word && toks[e + 1]!.cap && !toks[e + 1]!.upper && free(ctx, e + 1)) e++;
  const first = toks[i]!;
  return e > i && first.word && first.cap && !first.upper && closes(e + 1) ? e : undefined;
}

/** Words of the portfolios of ministries and bureaus (Industry and Information Technology, Foreign Affairs). */
const PORTFOLIO = new Set(PORTFOLIO_WORDS);
/** Posts that head a government department when a portfolio follows them (Director of Housing). */
const PORTFOLIO_HEADS = new Set(['director', 'deputy director', 'commissioner', 'deputy commissioner', 'permanent secretary', 'director-general', 'director general']);

/**
 * The last body of the given labels ending before `before` whose name holds `word` as a word (as its last word with
 * `last`): the body a lower-case head word names again (of the bureau, the association's president), or -1. Reads
 * the `most` mentions found last, where it is given; with no `word`, the last body of those labels whatever its name.
 */
function lastBodyWithWord(ctx: Ctx, before: number, word: string | undefined, labels: readonly string[], last: boolean, most = Infinity): number {
  const { doc } = ctx;
  for (let k = doc.cands.length - 1; k >= 0 && doc.cands.length - k <= most; k--) {
    const c = doc.cands[k]!;
    if (c.end > before || !labels.includes(c.label)) continue;
    if (word === undefined) return k;
    const words = doc.text.slice(c.start, c.end).toLowerCase().split(/[^a-z'’-]+/);
    if (last ? words[words.length - 1] === word : words.includes(word)) return k;
  }
  return -1;
}

/** How many of the mentions found last "Commission Chairman" looks among for its commission. */
const RECENT_BODIES = 200;

/** Head words of bodies, named again in lower case before a post (the association's president). */
const BODY_HEAD = /^(?:association|chamber|federation|society|council|committee|bureau|department|institute|company|group|university|foundation|union|club)$/;

/** Head words of public bodies, named again in lower case (of the bureau). */
const BODY_WORD = /^(?:bureau|department|ministry|commission|administration|office|agency|committee)$/;

/** Lower-case words that name a firm told before (the company, the group). */
const FIRM_WORD = /^(?:company|group|firm|corporation|carrier|operator|developer|manufacturer|maker)$/;

/** The company told last before `before` whose name holds `word` (any company for "the company"), within the mentions found last; or -1. */
function lastFirm(ctx: Ctx, before: number, word: string): number {
  const named = lastBodyWithWord(ctx, before, word, ['company'], false, RECENT_BODIES);
  // (Any firm only for the words that name nothing but a firm: "the group" may be a delegation or a working group.)
  return named >= 0 || !/^(?:company|firm|corporation)$/.test(word) ? named : lastBodyWithWord(ctx, before, undefined, ['company'], false, RECENT_BODIES);
}

/** The token after "was appointed", "has been named", "were elected" starting at token `k`, or -1. */
function afterAppointed(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const been = toks[k]?.lower === 'has' && toks[k + 1]?.lower === 'been';
  if (!been && toks[k]?.lower !== 'was' && toks[k]?.lower !== 'were') return -1;
  return /^(?:appointed|named|elected)$/.test(toks[k + (been ? 2 : 1)]?.lower ?? '') ? k + (been ? 3 : 2) : -1;
}

/** Titles after a person's name, set off by a comma (Zhang Wei, Party secretary of Wuxi, said). */
export function findAppositiveTitles(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let i = 0; i + 2 < toks.length; i++) {
    // Zhang Wei, Party secretary of …; Tan Yiming was appointed vice-governor of …
    const appointedTo = afterAppointed(ctx, i + 1);
    const appointed = appointedTo >= 0;
    // Shanheng Auto Parts Group appointed Ran Haifeng as president: the post after "as", an office of the body that
    // appoints (its subject, right before the verb).
    const as = toks[i + 1]!.lower === 'as';
    if (toks[i + 1]!.text !== ',' && !appointed && !as) continue;
    const p = doc.endingAt(toks[i]!.end);
    if (p < 0 || doc.cands[p]!.label !== 'person') continue;
    let appointer: number | undefined;
    if (as) {
      const v = tokenFrom(ctx, doc.cands[p]!.start) - 1;
      if (v < 1 || !/^(?:appointed|named|elected)$/.test(toks[v]!.lower)) continue;
      const body = doc.endingAt(toks[v - 1]!.end);
      if (body >= 0 && ['company', 'organization', 'government'].includes(doc.cands[body]!.label)) appointer = body;
    }
    let s = appointed ? appointedTo : i + 2;
    if (as && /^(?:its|the|new)$/.test(toks[s]?.lower ?? '')) s++;
    if (as && toks[s]?.lower === 'new') s++;
    if (toks[s]?.lower === 'also') s++; // Gao, also a member of …
    // Wang Lin, 34, chief engineer of …: an age between the name and the post.
    if (/^\d{1,3}$/.test(toks[s]?.text ?? '') && toks[s + 1]?.text === ',') {
      s += 2;
      // (Pieter de Groot, 47, was named head coach of …: the post the age's clause appoints to.)
      const to = appointed ? -1 : afterAppointed(ctx, s);
      if (to >= 0) s = to;
    }
    // (Jiang Ruolin, formerly Party secretary of Ya'an, …: the adverb is no part of the post.)
    if (toks[s]?.lower === 'formerly' && postAt(ctx, s + 1, true) !== undefined) s++;
    let former = toks[s]?.lower === 'former' || toks[s]?.lower === 'then' || (ctx.lex.demonyms.has(toks[s]?.lower ?? '') && postAt(ctx, s + 1, true) !== undefined);
    if (former) s++; // Kong Fanjun, former vice-governor of …; Ahmad Zaki Hassan, Malaysian ambassador to China
    // Moussa Kane Diallo, who becomes the country's minister of finance: the post after "who is" or "who becomes".
    if (!appointed && !as && toks[s]?.lower === 'who' && /^(?:is|becomes|became)$/.test(toks[s + 1]?.lower ?? '')) s += 2;
    if (toks[s]?.lower === 'the' || toks[s]?.lower === 'a' || toks[s]?.lower === 'an') s++;
    // Aminata Ndiaye Sarr, a former ambassador to Ethiopia: "former" after the article too.
    if (!former && (toks[s]?.lower === 'former' || toks[s]?.lower === 'then') && postAt(ctx, s + 1, true) !== undefined) { former = true; s++; }
    // Tobias Lind, a Swedish researcher at …: a nationality after the article.
    if (!former && ctx.lex.demonyms.has(toks[s]?.lower ?? '') && postAt(ctx, s + 1, true) !== undefined) s++;
    // Xia Jin, the department's director: a post of the public body just told.
    let ofBody = false;
    // (… or of the country just told: Bambang Sudarsono, the country's minister of finance.)
    if (toks[s - 1]?.lower === 'the' && /^(?:department|bureau|ministry|commission|government|city|province|county|district|agency|administration|office|country|nation)$/.test(toks[s]?.lower ?? '') && /^['’]s$/.test(toks[s + 1]?.text ?? '') && postAt(ctx, s + 2, true)) {
      s += 2;
      ofBody = true;
    }
    // Anna Nowak, Poland's deputy minister of …: the country that owns the post is no part of it.
    const owner0 = toks[s] ? doc.startingAt(toks[s]!.start) : -1;
    // Anita Kwong, HKUST's vice-president for research: a post of the body that owns it, the body the affiliation.
    let possessor: number | undefined;
    const ownerLabel = !former && owner0 >= 0 ? doc.cands[owner0]!.label : undefined;
    const bodyOwner = ownerLabel === 'organization' || ownerLabel === 'company' || ownerLabel === 'government';
    if (ownerLabel === 'place' || bodyOwner) {
      const ownerEnd = tokenFrom(ctx, doc.cands[owner0]!.end);
      // (Laos' vice-minister: the possessive of a name ending in s.)
      if (ownerEnd > s && /^['’][sS]?$/.test(toks[ownerEnd]!.text) && postAt(ctx, ownerEnd + 1, true) !== undefined) {
        s = ownerEnd + 1;
        if (bodyOwner) possessor = owner0;
      }
      // Lars Berg, Asia-Pacific president of …: the region the post covers stands before it.
      else if (!bodyOwner && ownerEnd > s && joined(ctx, ownerEnd - 1) && postAt(ctx, ownerEnd, true) !== undefined) s = ownerEnd;
    }
    // Pu Hua, the company's general manager: a post of the firm told last before, which is no public office.
    if (!ofBody && possessor === undefined && toks[s - 1]?.lower === 'the' && FIRM_WORD.test(toks[s]?.lower ?? '') && /^['’]s$/.test(toks[s + 1]?.text ?? '') && postAt(ctx, s + 2, true)) {
      const firm = lastFirm(ctx, toks[s]!.start, toks[s]!.lower);
      if (firm >= 0) {
        possessor = firm;
        s += 2;
      }
    }
    // Party secretary of Guangxi and chairman of …: a second office after "and" is the person's too.
    for (let round = 0; round < 3; round++) {
      // Zhao Ruoshan, an NPC deputy and general manager of …: a seat in a named body, the body before the post.
      const seatIn = doc.startingAt(toks[s]?.start ?? -1);
      let seat: number | undefined;
      if (seatIn >= 0 && doc.cands[seatIn]!.label === 'government') {
        const after = tokenFrom(ctx, doc.cands[seatIn]!.end);
        if (after > s && SEAT_POST.test(toks[after]!.lower) && joined(ctx, after - 1)) {
          seat = seatIn;
          s = after;
        }
      }
      if (!free(ctx, s)) break;
      const post: [number, string] | undefined = seat !== undefined ? [s, toks[s]!.lower] : postAt(ctx, s, true) ?? fieldPostAt(ctx, s) ?? (round === 0 ? occupationAt(ctx, s) : undefined);
      if (!post) break;
      const [postEnd, key] = post;
      let pe = postEnd;
      // Founder and CEO of …: two posts joined by "and" share the organ after the second.
      // (Not after a seat: an NPC deputy and general manager of … holds two offices.)
      const second = seat === undefined && toks[pe + 1]?.lower === 'and' && joined(ctx, pe) && joined(ctx, pe + 1) ? postAt(ctx, pe + 2, true) : undefined;
      const official = POSTS[key]! || (second ? POSTS[second[1]]! : false) || ofBody;
      if (second) pe = second[0];
      let e = pe;
      const title: TitleData = { post: key, full: '', official };
      const prep = toks[pe + 1];
      const sentTo = prep?.lower === 'to' && /^(?:ambassador|envoy|special envoy|consul|consul general|consul-general)$/.test(key);
      if (prep && (prep.lower === 'of' || prep.lower === 'for' || prep.lower === 'at' || sentTo) && joined(ctx, pe)) {
        let o = pe + 2;
        if (toks[o]?.lower === 'the') o++;
        let owner = doc.startingAt(toks[o]?.start ?? -1);
        // CEO of German auto parts maker Valtek Automotive AG: a nationality and what the company makes, in lower
        // case, before the company's name.
        if (owner < 0 && ctx.lex.demonyms.has(toks[o]?.lower ?? '') && !toks[o + 1]?.cap) {
          for (let k = o + 1; k < o + 6 && k < toks.length && toks[k]!.word && joined(ctx, k - 1); k++) {
            if (toks[k]!.cap) {
              const c = doc.startingAt(toks[k]!.start);
              if (c >= 0 && doc.cands[c]!.label === 'company') owner = c;
              break;
            }
          }
        }
        if (owner >= 0 && doc.cands[owner]!.label !== 'person' && doc.cands[owner]!.label !== 'date') {
          const c = doc.cands[owner]!;
          if (c.label !== 'place') title.organ = owner;
          // Head of Feixi county, mayor of Hefei: an office of a place (the chairman of an autonomous region heads its
          // government: vice-chairwoman of the Guangxi Zhuang autonomous region).
          // (Not a place that only says where a firm is: chairman of Fuzhou-based … Co Ltd.)
          const based = c.label === 'place' && /^-(?:based|headquartered|registered|listed)\b/.test(doc.text.slice(c.end, c.end + 16));
          if (c.label === 'government' || (c.label === 'place' && !based && /^(?:head|chief|governor|mayor|vice[- ]?mayor|vice[- ]?governor|deputy head|deputy mayor|deputy governor|magistrate|party secretary|secretary|(?:vice[- ]?)?chair(?:man|woman|person))$/.test(key))) title.official = true;
          // (A post of a company is no public office, whatever its name: chief executive of KazTransCargo JSC. A Party
          // post is one wherever it stands.)
          if (c.label === 'company') title.official = companyOffice(key, title.official);
          // A lower-case place word after the organ belongs to the title as written (head of the Binhu district).
          const afterAt = tokenFrom(ctx, c.end);
          const after = afterAt >= 0 ? toks[afterAt] : undefined;
          let end = after && !after.cap && PLACE_SUFFIXES[after.lower] !== undefined && /^\s*$/.test(doc.text.slice(c.end, after.start)) ? after.end : c.end;
          // The government or a bureau of the place, in lower case (vice-chairman of the Xinjiang Uygur autonomous
          // regional government; head of the Leishan county bureau of commerce): an office of that place.
          const body = c.label === 'place' && afterAt >= 0 ? placeBodyEnd(ctx, afterAt) : -1;
          if (body >= 0) {
            end = toks[body]!.end;
            title.official = true;
          }
          title.full = doc.text.slice(toks[s]!.start, end);
        } else {
          let r = o - 1;
          while (r + 1 < toks.length && nameish(ctx, r + 1) && free(ctx, r + 1) && (r + 1 === o || joined(ctx, r))) {
            r++;
            // Minister of Agriculture and Forestry: a portfolio joined by "and" runs on over the next portfolio word.
            if (toks[r + 1]?.lower === 'and' && PORTFOLIO.has(toks[r + 2]?.lower ?? '') && nameish(ctx, r + 2) && free(ctx, r + 2)) r++;
          }
          if (r >= o) e = r;
          // Party secretary of Ya'an: one word that romanizes a Chinese province or city is that place, mentioned.
          if (r === o && toks[o]!.cap && !toks[o]!.upper && lookup(toks[o]!.text)?.levels.some((l) => l === 'province' || l === 'city')) {
            doc.accept({ start: toks[o]!.start, end: toks[o]!.end, label: 'place', rule: 'en.place.pinyin-in-title', place: {} });
          }
          // Chief executive of Huaxing Energia do Brasil: a firm's post of a name no body or place is read in (nor a
          // portfolio) is no public office.
          if (r >= o && FIRM_POST.test(key)) {
            let portfolio = false;
            for (let k = o; k <= r; k++) if (PORTFOLIO.has(toks[k]!.lower)) portfolio = true;
            if (!portfolio) title.official = companyOffice(key, title.official);
          }
          // Deputy minister of investment, trade and industry: portfolios in lower case.
          if (r < o) {
            const run = portfolioRunEnd(ctx, o);
            if (run >= o) e = run;
          }
          // Vice-chairman of the regional government: a government named by its level holds office.
          if (r < o && /^(?:regional|provincial|municipal|city|county|district|prefectural|central|state)$/.test(toks[o]?.lower ?? '') && toks[o + 1]?.lower === 'government') {
            e = o + 1;
            title.official = true;
          }
          // Former vice-chairman of the government of the Guangxi Zhuang Autonomous Region: the government of a place,
          // named by the place after "of", holds office; the place is part of the title.
          const govOf = r < o ? (toks[o]?.lower === 'government' ? o : toks[o]?.lower === "people's" && toks[o + 1]?.lower === 'government' ? o + 1 : -1) : -1;
          if (govOf >= 0 && toks[govOf + 1]?.lower === 'of') {
            const p = toks[govOf + 2]?.lower === 'the' ? govOf + 3 : govOf + 2;
            const place = doc.startingAt(toks[p]?.start ?? -1);
            if (place >= 0 && doc.cands[place]!.label === 'place') {
              e = govOf;
              title.full = doc.text.slice(toks[s]!.start, doc.cands[place]!.end);
              title.official = true;
            }
          }
          // Deputy director of the bureau: a public body named before by its head word; the post is an office of it.
          if (r < o && toks[o - 1]?.lower === 'the' && BODY_WORD.test(toks[o]?.lower ?? '') && !toks[o]!.cap && !nameish(ctx, o + 1)) {
            const k = lastBodyWithWord(ctx, toks[i]!.start, toks[o]!.lower, ['government'], false);
            if (k >= 0) {
              title.organ = k;
              title.official = true;
              e = o;
            }
          }
          // Director of the banner's agriculture and animal husbandry bureau: a bureau of the place told before, named by
          // its level word, in lower case; an office.
          if (r < o && toks[o - 1]?.lower === 'the' && /^(?:banner|county|city|district|province|prefecture|township|region|municipality|town)$/.test(toks[o]?.lower ?? '') && /^['’]s$/.test(toks[o + 1]?.text ?? '')) {
            for (let k = o + 2; k < Math.min(toks.length, o + 9) && toks[k]!.word && !toks[k]!.cap && joined(ctx, k - 1); k++) {
              if (PLACE_BODIES.has(toks[k]!.lower)) {
                e = k;
                title.official = true;
                break;
              }
            }
          }
          // General manager of the operator, Zhoushan Haitong Shipping Co Ltd: the firm named in apposition after its kind.
          if (r < o && title.organ === undefined && toks[o - 1]?.lower === 'the' && !toks[o]!.cap && toks[o + 1]?.text === ',') {
            const firm = toks[o + 2] ? doc.startingAt(toks[o + 2]!.start) : -1;
            if (firm >= 0 && doc.cands[firm]!.label === 'company') {
              title.organ = firm;
              title.official = companyOffice(key, title.official);
              e = o;
            }
          }
          // Chairman of the group: a firm told before by a common noun; the post is one of that firm, no public office.
          if (r < o && title.organ === undefined && toks[o - 1]?.lower === 'the' && FIRM_WORD.test(toks[o]?.lower ?? '') && !toks[o]!.cap && !nameish(ctx, o + 1) && !/^['’]s$/.test(toks[o + 1]?.text ?? '')) {
            const k = lastFirm(ctx, toks[i]!.start, toks[o]!.lower);
            if (k >= 0) {
              title.organ = k;
              title.official = companyOffice(key, title.official);
              e = o;
            }
          }
          // A field, then the body after "at" (a professor of economics at Wuhan University).
          for (let k = Math.max(e, o - 1) + 1; k < Math.min(toks.length - 1, o + 4); k++) {
            if (toks[k]!.lower === 'at' && joined(ctx, k)) {
              const body = doc.startingAt(toks[k + 1]!.start);
              if (body >= 0 && ['organization', 'government', 'company'].includes(doc.cands[body]!.label)) title.organ = body;
              break;
            }
            if (!toks[k]!.word || toks[k]!.cap) break;
          }
        }
      }
      // (The body holding the seat names the title, not the person's affiliation: that is the other office's.)
      if (seat !== undefined && title.organ === undefined) {
        title.official = true;
        title.full = doc.text.slice(doc.cands[seat]!.start, toks[e]!.end);
      }
      if (!title.full) title.full = doc.text.slice(toks[s]!.start, toks[e]!.end);
      if (title.organ === undefined && possessor !== undefined) {
        title.organ = possessor;
        const c = doc.cands[possessor]!;
        title.official = c.label === 'government' ? true : c.label === 'company' ? companyOffice(key, title.official) : title.official;
      }
      if (title.organ === undefined && appointer !== undefined) {
        title.organ = appointer;
        if (doc.cands[appointer]!.label === 'company') title.official = companyOffice(key, title.official);
      }
      // President of Nordvik Maritime, of the association: a president holds office only over a country or a public body.
      if (/^(?:vice[- ])?president$/.test(key)) {
        const o = title.organ !== undefined ? doc.cands[title.organ] : undefined;
        const place = doc.cands.some((c) => c.label === 'place' && c.start >= toks[pe]!.end && c.end <= toks[e]!.end);
        if (!place && o?.label !== 'government') title.official = false;
      }
      const from = former ? s - 1 : s;
      if (former) title.full = `${toks[s - 1]!.text} ${title.full}`;
      // Without the soft hyphens of line breaks (presi- / dent).
      if (doc.text.startsWith(title.full, toks[from]!.start)) title.full = unbreak(doc.text, toks[from]!.start, toks[from]!.start + title.full.length, doc.hyphenBreaks);
      const ti = doc.accept({ start: toks[from]!.start, end: toks[e]!.end, label: 'title', rule: `en.title.after:${key}`, title });
      if (ti >= 0) (doc.cands[p]!.titles ??= []).push(ti);
      if (ti < 0) break;
      const fullEnd = Math.max(toks[e]!.end, title.organ !== undefined ? doc.cands[title.organ]!.end : 0, seat !== undefined ? 0 : toks[from]!.start + title.full.length);
      const nx = tokenFrom(ctx, fullEnd);
      // (… and a professor at …: an article may open the second office.)
      const art = /^(?:a|an)$/.test(toks[nx + 1]?.lower ?? '') ? 1 : 0;
      // (…, formerly Party secretary of Ya'an, was appointed director of …: the office the sentence gives after.)
      const at = nx >= 0 && toks[nx]!.text === ',' ? afterAppointed(ctx, nx + 1) : -1;
      if (at >= 0) {
        if (postAt(ctx, at, true) === undefined) break;
        s = at;
        former = false;
        ofBody = false;
        possessor = undefined;
        continue;
      }
      if (nx < 0 || toks[nx]!.lower !== 'and' || !joined(ctx, nx) || postAt(ctx, nx + 1 + art, true) === undefined) break;
      s = nx + 1 + art;
      former = false;
      ofBody = false;
      possessor = undefined;
    }
  }
}

/** Posts that are a seat in a body named right before them (an NPC deputy, a CPPCC member). */
const SEAT_POST = /^(?:deputy|deputies|member|members|delegate|delegates|lawmaker|legislator)$/;

/** Lower-case words that stand between a place and its government or bureau (autonomous regional government). */
const LEVEL_WORDS = new Set(['autonomous', 'regional', 'provincial', 'municipal', 'county', 'city', 'district', 'prefectural', 'prefecture', 'township', 'town', 'village', 'region', 'province', 'people', "people's"]);
/** Lower-case heads of a place's own organs. */
const PLACE_BODIES = new Set(['government', 'bureau', 'department', 'commission', 'office', 'administration']);

/**
 * Where a place's own organ written in lower case ends, from token i right after the place (autonomous regional
 * government; county bureau of commerce), or -1. A people's name may stand first (Xinjiang Uygur …).
 */
function placeBodyEnd(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  let k = i;
  while (k < toks.length && k - i < 4 && joined(ctx, k - 1) && (LEVEL_WORDS.has(toks[k]!.lower) || (k === i && ctx.lex.demonyms.has(toks[k]!.lower)))) k++;
  const head = toks[k];
  if (!head || head.cap || !PLACE_BODIES.has(head.lower) || !joined(ctx, k - 1)) return -1;
  if (head.lower !== 'government' && toks[k + 1]?.lower === 'of' && joined(ctx, k)) {
    const run = portfolioRunEnd(ctx, k + 2);
    if (run >= 0) return run;
  }
  return k;
}

/** The end of a run of portfolio words from token o (commerce; investment, trade and industry), or -1. */
function portfolioRunEnd(ctx: Ctx, o: number): number {
  const { toks } = ctx;
  let end = -1;
  for (let k = o; k < toks.length && k - o < 9; k++) {
    const w = toks[k]!;
    if (!PORTFOLIO.has(w.lower) && !(end >= 0 && /^(?:and|,)$/.test(w.lower))) break;
    if (k > o && !joined(ctx, k - 1) && !(w.text === ',' && w.start === toks[k - 1]!.end)) break;
    if (PORTFOLIO.has(w.lower)) end = k;
  }
  return end;
}
