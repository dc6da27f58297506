/**
 * People in English text: Chinese names in pinyin, family name first (Zhao Jianjun, Xi Jinping, Ouyang Ming) or
 * given name first (Jianjun Zhao); names after an honorific (Mr, Ms) or a role noun (striker Alan Brown); names led
 * by a known given name or initials (George W. Bush, J. Smith); and later mentions of a name already found (Brown).
 *
 * @module
 */
import { DISCIPLINE_MODIFIERS, HONORIFICS, OCCUPATIONS, POSTS, ROLE_NOUNS } from './data/titles.js';
import { free, insideKnownName, joined, keyOf, nameAt, nameish, type Ctx } from './context.js';
import { PLACE_SUFFIXES } from './data/places.js';
import { isCantoneseSyllable, isPinyin, type EntryKind } from './lex.js';
import { autonomousAt } from './places.js';

/** Words before an athlete's discipline that belong to it (speed skater). */
const DISCIPLINE = new Set(DISCIPLINE_MODIFIERS);

const HONOR = new Set(HONORIFICS);
const ROLES = new Set(ROLE_NOUNS);
/** Occupations that describe a person (data/titles.ts): before a name here, after one in titles.ts. */
const OCCUPATION_WORDS: ReadonlySet<string> = new Set(OCCUPATIONS);
/** A science's practitioner by the shape of the word (glaciologist, oceanographer, astrophysicist). */
const SCIENTIST = /^[a-z]{3,}(?:ologist|ographer|physicist|chemist)$/;
/** Occupations (see OCCUPATIONS), and any science's practitioner by the shape of the word. */
export const OCCUPATION: { has(word: string): boolean } = { has: (word) => OCCUPATION_WORDS.has(word) || SCIENTIST.test(word) };
/** Particles inside Western names (Ludwig van Beethoven, Charles de Gaulle, Osama bin Laden). */
export const PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'dos', 'das', 'mac']);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
/** Head words of awards, which end names of awards, not of people. */
export const AWARD_HEADS: ReadonlySet<string> = new Set(['award', 'awards', 'prize', 'prizes', 'medal', 'medals', 'trophy', 'cup', 'scholarship', 'scholarships', 'fellowship']);

/** True when token i could be part of a person's name (capitalized, not a place, organization or nationality). */
function nameWord(ctx: Ctx, i: number): boolean {
  if (!nameish(ctx, i) || !free(ctx, i)) return false;
  const l = ctx.toks[i]!.lower;
  return !ctx.lex.demonyms.has(l);
}

/** Words after a people's name that show it names the people (Hui autonomous prefecture, Hui ethnic group). */
const ETHNIC_AFTER = /^(?:autonomous|people|peoples|ethnic|ethnicity|minority|minorities|muslims?|community|communities|and|nationality|villagers?|herders?|families|women|men)$/;

/** End token of a pinyin name at i (Zhao Jianjun, Ouyang Ming, Jianjun Zhao), or undefined. */
export function pinyinAt(ctx: Ctx, i: number): number | undefined {
  const { toks, lex } = ctx;
  const a = toks[i];
  const b = toks[i + 1];
  // (A given name may be a people's name in pinyin, Chen Hui, Wang Yi, but not where it is that people: Ningxia Hui
  // Autonomous Region, the Hui ethnic group.)
  const ethnicGiven = !!b && nameish(ctx, i + 1) && free(ctx, i + 1) && lex.demonyms.has(b.lower) && isPinyin(b.text, 1) && lex.surnames.has(a?.lower ?? '') && !ETHNIC_AFTER.test(toks[i + 2]?.lower ?? '');
  if (!a || !b || !joined(ctx, i) || (!nameWord(ctx, i + 1) && !ethnicGiven)) return undefined;
  // The family name may be a word that is never a name elsewhere (He, An, Long): capitals are enough.
  // A nationality that is also a family name (Han) begins a name before a pinyin given name (Han Jie, not Han Chinese).
  if (!a.word || !a.cap || ctx.shout[i] || !free(ctx, i) || (lex.demonyms.has(a.lower) && !lex.surnames.has(a.lower))) return undefined;
  // (Nor a common acronym after a family name in title case: An AI assistant.)
  if (a.upper || (b.upper && (b.text.length > 2 || ACRONYM_GIVEN.test(b.text)))) return undefined;
  if (lex.surnames.has(a.lower) && isPinyin(b.text) && (!lex.names.has(b.lower) || postAfterComma(ctx, i + 2)) && !lex.common.has(b.lower)) {
    // A place must not be taken for a name (Hong Kong is found before names).
    if (lex.names.has(`${a.lower} ${b.lower}`)) return undefined;
    // Lei Wai Kin, …: a third syllable of a Cantonese or Macao name, closed by a comma or a verb of speech, though the
    // syllable is also an English word (kin, kit).
    const c = toks[i + 2];
    const close = toks[i + 3];
    if (c && joined(ctx, i + 1) && c.cap && !c.upper && c.text.length <= 5 && free(ctx, i + 2) && (isCantoneseSyllable(c.lower) || isPinyin(c.text, 1))
      && !lex.names.has(c.lower) && !lex.demonyms.has(c.lower) && (close?.text === ',' || close?.lower === 'said') && close.start === c.end + (close.text === ',' ? 0 : 1)) return i + 2;
    return i + 1;
  }
  if (lex.surnames.has(b.lower) && isPinyin(a.text) && a.text.length >= 5 && /[aeiouv]\w*[aeiouvgn]$/i.test(a.text) && !lex.names.has(a.lower) && !lex.common.has(a.lower) && !lex.firstNames.has(a.lower) && countSyllables(a.lower) === 2) {
    return i + 1;
  }
  return undefined;
}

/** Zhou Binhai, former chairman of …: a comma and a post right after (a given name that is also a place is a name here). */
export function postAfterComma(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  if (toks[k]?.text !== ',') return false;
  let j = k + 1;
  if (/^(?:former|then|a|an|the)$/.test(toks[j]?.lower ?? '')) j++;
  const one = toks[j]?.lower ?? '';
  const two = `${one} ${toks[j + 1]?.lower ?? ''}`;
  return POSTS[one] !== undefined || POSTS[two] !== undefined;
}

function countSyllables(w: string): number {
  // Two when the word splits into exactly two syllables (jianjun), one otherwise; used to keep given-first names strict.
  return isPinyin(w, 1) ? 1 : isPinyin(w, 2) ? 2 : 0;
}

/** End token of a Western name led by a known given name or an initial at i, or undefined. */
function westernAt(ctx: Ctx, i: number): number | undefined {
  const { toks, lex } = ctx;
  const t = toks[i]!;
  if (!nameWord(ctx, i)) return undefined;
  const initial = /^\p{Lu}\.$/u.test(t.text);
  if (!initial && !lex.firstNames.has(t.lower)) return undefined;
  if (t.upper) return undefined;
  let e = i;
  let k = i;
  while (k + 1 < toks.length && joined(ctx, k) && k - i < 4) {
    const n = toks[k + 1]!;
    if (nameWord(ctx, k + 1) && !lex.names.has(n.lower) || /^\p{Lu}\.$/u.test(n.text)) { e = k + 1; k++; continue; }
    if (nameWord(ctx, k + 1) && lex.names.has(n.lower) && (lex.lastNames.has(n.lower) || n.lower.length > 3 && !lex.names.has(`${n.lower} ${toks[k + 2]?.lower ?? ''}`))) {
      // A surname that is also a place (Jordan, Washington): a name after a given name.
      e = k + 1; k++; continue;
    }
    if (PARTICLES.has(n.lower) && joined(ctx, k + 1) && nameWord(ctx, k + 2)) { e = k + 2; k += 2; continue; }
    if (SUFFIXES.has(n.lower) && e > i) { e = k + 1; k++; continue; }
    break;
  }
  if (e === i) return undefined;
  if (/^\p{Lu}\.$/u.test(toks[e]!.text)) return undefined;
  // Young Innovator Award, Grace Hopper Prize: a run that ends in an award's head word names the award.
  if (AWARD_HEADS.has(toks[e]!.lower) || AWARD_HEADS.has(toks[e + 1]?.lower ?? '')) return undefined;
  return e;
}

/** End token of a person's name starting at i by its own shape (pinyin, given name, initials), or undefined. */
export function personAt(ctx: Ctx, i: number): number | undefined {
  const known = knownPersonAt(ctx, i);
  if (known !== undefined) return known;
  return pinyinAt(ctx, i) ?? cantoneseAt(ctx, i) ?? westernAt(ctx, i);
}

/** A hyphenated Cantonese given name (Siu-ling, Yiu-cheong, Man-kit). */
const CANTONESE_GIVEN = /^\p{Lu}(\p{Ll}{1,5})-(\p{Ll}{2,6})$/u;

/**
 * End token of a Hong Kong name at i: a one-syllable family name and a hyphenated given name of two syllables
 * (Fung Siu-ling, Pang Yiu-cheong), or undefined.
 */
function cantoneseAt(ctx: Ctx, i: number): number | undefined {
  const { toks, lex } = ctx;
  const a = toks[i];
  const b = toks[i + 1];
  if (!a || !b || !a.word || !a.cap || a.upper || ctx.shout[i] || !free(ctx, i) || !joined(ctx, i) || !free(ctx, i + 1)) return undefined;
  if (!isCantoneseSyllable(a.lower) || lex.common.has(a.lower) && !lex.surnames.has(a.lower)) return undefined;
  const g = CANTONESE_GIVEN.exec(b.text);
  if (!g || !isCantoneseSyllable(`${b.text[0]!.toLowerCase()}${g[1]}`) || !isCantoneseSyllable(g[2]!)) return undefined;
  return i + 1;
}

function knownPersonAt(ctx: Ctx, i: number): number | undefined {
  const { toks, lex } = ctx;
  if (!nameWord(ctx, i) || !joined(ctx, i) || !nameWord(ctx, i + 1)) return undefined;
  let key = `${toks[i]!.lower} ${toks[i + 1]!.lower}`;
  if (lex.people.has(key)) return i + 1;
  key += ` ${toks[i + 2]?.lower ?? ''}`;
  if (joined(ctx, i + 1) && lex.people.has(key)) return i + 2;
  return undefined;
}

/** End of the capitalized run at i that names a person after a cue (honorific, title, role noun): at most 4 words. */
export function nameRunAt(ctx: Ctx, i: number, max = 4): number | undefined {
  const { toks } = ctx;
  // A pinyin name first: its family name may be a people's name too (Han Dongping).
  const shaped = free(ctx, i) ? personAt(ctx, i) : undefined;
  if (shaped !== undefined) return shaped;
  if (!nameWord(ctx, i)) return undefined;
  let e = i;
  while (e + 1 < toks.length && e - i + 1 < max && joined(ctx, e)) {
    if (nameWord(ctx, e + 1) || /^\p{Lu}\.$/u.test(toks[e + 1]!.text)) e++;
    else if (PARTICLES.has(toks[e + 1]!.lower) && joined(ctx, e + 1) && nameWord(ctx, e + 2)) e += 2;
    else break;
  }
  return e;
}

/** The words that give a thing's nickname in quotation marks, right before the name (Nicknamed "). */
/** Two-letter acronyms that read as a given name in capitals after a family name (An AI, Li IT). */
const ACRONYM_GIVEN = /^(?:AI|IT|VR|AR|EV|PC|TV|HK|UK|US|EU|UN|5G)$/;

export const NICKNAMED = /\b(?:[Nn]icknamed|[Dd]ubbed|[Bb]randed)\s{1,3}["“‘]$/;

/** Posts a place holds, written in lower case right after it (Shenzhen mayor, Guangdong governor). */
const CITY_POSTS = /^(?:mayor|vice-mayor|governor|vice-governor)$/;
const CITY_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['province', 'city']);

/** Where a province or city name of the lexicon that ends at token `e` (joined to the word after it) starts, or -1. */
function placeEndingAt(ctx: Ctx, e: number): number {
  if (e < 0 || !joined(ctx, e)) return -1;
  for (let k = Math.max(0, e - 2); k <= e; k++) if (nameAt(ctx, k, CITY_KINDS)?.[0] === e) return k;
  return -1;
}

/** Names after honorifics and role nouns, then names by their shape. */
export function findPeople(ctx: Ctx): void {
  const { toks, doc } = ctx;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word || !joined(ctx, i)) continue;
    const honor = HONOR.has(t.lower) && t.cap;
    // Herder Bayaertu, 52, …: an occupation opening a sentence, capitalized there, before a name set off by a comma.
    const opening = t.cap && !t.upper && OCCUPATION.has(t.lower) && (i === 0 || /^[.;"“]$/.test(toks[i - 1]!.text));
    const role = (!t.cap && (ROLES.has(t.lower) || OCCUPATION.has(t.lower))) || opening;
    if (!honor && !role) continue;
    const e = nameRunAt(ctx, i + 1);
    if (e === undefined) continue;
    // A role noun that opens a post is that post (deputy Party secretary), not a cue before a name.
    if (role && [2, 3].some((n) => i + n - 1 < toks.length && POSTS[toks.slice(i, i + n).map((x) => x.lower).join(' ')] !== undefined)) continue;
    // After a role noun, a lexicon place or organization is not a person (champion Germany).
    if (role && ctx.lex.names.has(toks[i + 1]!.lower) && personAt(ctx, i + 1) === undefined) continue;
    // Shenzhen mayor Qin Haoming: a place's own post in lower case right after the place is a title of office.
    // (Only where the name after it is free to take the title: no title is left binding no one.)
    const of = role && CITY_POSTS.test(t.lower) && doc.isFree(toks[i + 1]!.start, toks[e]!.end) ? placeEndingAt(ctx, i - 1) : -1;
    if (of >= 0) {
      const ti = doc.accept({ start: t.start, end: t.end, label: 'title', rule: `en.title.of-place:${t.lower}`, title: { post: t.lower, full: doc.text.slice(toks[of]!.start, t.end), official: true } });
      if (ti >= 0) {
        const k = doc.accept({ start: toks[i + 1]!.start, end: toks[e]!.end, label: 'person', rule: 'en.person.after-title', titles: [ti] });
        if (k >= 0) i = e;
        continue;
      }
    }
    if (opening && toks[e + 1]?.text !== ',') continue;
    // (An occupation is the person's title: welder Li Hua, Herder Bayaertu; a role noun is only a cue.)
    // (… with the word that makes its discipline: speed skater Bao Jiarui.)
    const mod = DISCIPLINE.has(toks[i - 1]?.lower ?? '') && joined(ctx, i - 1) && free(ctx, i - 1) ? toks[i - 1]! : undefined;
    const from = mod ?? t;
    const ti = OCCUPATION.has(t.lower) && !honor && doc.isFree(toks[i + 1]!.start, toks[e]!.end)
      ? doc.accept({ start: from.start, end: t.end, label: 'title', rule: `en.title.occupation:${t.lower}`, title: { post: t.lower, full: doc.text.slice(from.start, t.end), official: false } }) : -1;
    const k = doc.accept({ start: toks[i + 1]!.start, end: toks[e]!.end, label: 'person', rule: honor ? 'en.person.honorific' : `en.person.role:${t.lower}`, ...(ti >= 0 ? { titles: [ti] } : {}) });
    if (k >= 0) i = e;
  }
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.word || !toks[i]!.cap || !free(ctx, i)) continue;
    const known = knownPersonAt(ctx, i);
    const py = known ?? pinyinAt(ctx, i);
    const e = py ?? westernAt(ctx, i);
    if (e === undefined) continue;
    // A name shape inside a longer capitalized run is left to the run's classifier, unless it is pinyin.
    if (py === undefined && i > 0 && joined(ctx, i - 1) && nameWord(ctx, i - 1) && !toks[i - 1]!.initial) continue;
    // A place or body the lexicon knows, as long as the name, is no person (Sri Lanka, Trent Bridge).
    if (known === undefined) {
      const place = nameAt(ctx, i) ?? placeSuffixAt(ctx, i);
      if (place && place[0] >= e) continue;
      // … nor the last words of one (Wan Shan in Tsz Wan Shan), nor a prefecture's name and people (Chuxiong Yi
      // autonomous prefecture).
      if (insideKnownName(ctx, i, 2) || autonomousAt(ctx, i)) continue;
    }
    // (A nickname in quotation marks is no person: nicknamed "Xiao Shen", dubbed "Big Wang".)
    if (NICKNAMED.test(doc.text.slice(Math.max(0, toks[i]!.start - 16), toks[i]!.start))) continue;
    const rule = known !== undefined ? 'en.person.known' : py !== undefined ? 'en.person.pinyin' : 'en.person.given-name';
    const k = doc.accept({ start: toks[i]!.start, end: toks[e]!.end, label: 'person', rule });
    if (k >= 0) i = e;
  }
}

/** Later mentions of a person by full name or by family name (Brown after Alan Brown; Zhao after Zhao Jianjun). */
export function findRepeats(ctx: Ctx): void {
  const { toks, doc } = ctx;
  const full = new Set<string>();
  const parts = new Set<string>();
  for (const c of doc.cands) {
    if (c.label !== 'person') continue;
    const name = doc.text.slice(c.start, c.end);
    full.add(name);
    const words = name.split(/\s+/);
    if (words.length > 1) {
      const pinyin = ctx.lex.surnames.has(words[0]!.toLowerCase()) && isPinyin(words[1]!);
      parts.add(pinyin ? words[0]! : words[words.length - 1]!);
      // Raymond Chan Ka-fai … Chan said: the family name before a hyphenated Cantonese given name.
      if (/^[A-Z][a-z]+-[a-z]+$/.test(words[words.length - 1]!)) parts.add(words[words.length - 2]!);
      // Lao Ka Fai … Lao visited: a Cantonese name of three syllables, unhyphenated, puts the family name first.
      if (words.length === 3 && !ctx.lex.firstNames.has(words[0]!.toLowerCase()) && words.every((w) => isCantoneseSyllable(w) || isPinyin(w, 1))) parts.add(words[0]!);
      // Situ Minghai … Situ urged: a two-syllable family name the lists lack, before a pinyin given name.
      if (!pinyin && words.length === 2 && isPinyin(words[0]!) && isPinyin(words[1]!)) parts.add(words[0]!);
    }
  }
  if (!parts.size && !full.size) return;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // A part of a name found in full is a name here even where the word is also an ordinary one (Situ, in situ).
    if (!t.cap || !t.word || ctx.shout[i] || !free(ctx, i) || !parts.has(t.text)) continue;
    if (joined(ctx, i) && nameish(ctx, i + 1) && free(ctx, i + 1)) continue;
    if (i > 0 && joined(ctx, i - 1) && nameish(ctx, i - 1) && free(ctx, i - 1) && !toks[i - 1]!.initial) continue;
    doc.accept({ start: t.start, end: t.end, label: 'person', rule: 'en.person.repeat' });
  }
}

/** A capitalized run ending in a place word (Trent Bridge, Binhu District): [end token], or undefined. */
function placeSuffixAt(ctx: Ctx, i: number): [number] | undefined {
  let e = i;
  while (e - i < 3 && joined(ctx, e) && nameish(ctx, e + 1)) {
    e++;
    if (PLACE_SUFFIXES[keyOf(ctx, e, e)] !== undefined) return [e];
  }
  return undefined;
}
