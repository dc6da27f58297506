/**
 * People found without a title: a name right before a verb of speech or attendance (某某指出, 某某主持) or before
 * 同志; foreign names (transliterated, often with ·); names the name model scores high on its own; and later
 * mentions of every name already found (coreference within the text).
 *
 * @module
 */
import { lexicons } from '../../lexicon/index.js';
import { Trie } from '../../lexicon/trie.js';
import { translitTier } from '../../lexicon/names.js';
import type { Doc } from './doc.js';
import { leftScore, nameScore, NOT_GIVEN, rightScore } from './names.js';
import { japaneseSurnameAt } from '../../lexicon/surnames.js';
import { isOrdinaryWord } from '../../lexicon/words.js';

/** Roles of verbs strong enough to mark the name before them. */
const STRONG_ROLES = new Set(['speaker', 'chair', 'attendee', 'host', 'guest', 'inspector', 'leader', 'accompanying']);
/** Honorifics after a name or a surname alone (某某先生, 王女士, 陈小姐, 李太太). */
const HONORIFIC = /^(?:先生|女士|小姐|太太)$/;
/** Adverbs that stand between a subject and its verb (时亦表示, 他也指出): no name ends in one before a verb. */
const ADVERB_BEFORE_VERB = new Set([...'亦也都还又则便却仍']);
/** Minimum score of a name before a verb (the verb itself counts 2). */
const MIN_BEFORE_VERB = 3.5;

/**
 * Finds names right before strong verbs, and before 同志 and the honorifics 先生, 女士, 小姐 and 太太.
 *
 * @example
 * ```ts
 * findVerbPersons(new Doc('会上，王某某指出，要……')); // person 王某某
 * ```
 */
export function findVerbPersons(doc: Doc): void {
  const t = doc.text;
  const lex = lexicons();
  for (let v = 2; v < t.length; v++) {
    if (doc.owner[v] !== -1) continue;
    const verb = lex.verbs.longestAt(t, v);
    const comrade = t.startsWith('同志', v);
    const honorific = !comrade && HONORIFIC.test(t.slice(v, v + 2));
    // 说 alone counts where it opens a quotation or clause (某某说，/某某说：), after a name that opens its clause.
    const says = t[v] === '说' && /[，：:,]/.test(t[v + 1] ?? '');
    if (!comrade && !honorific && !says && (!verb || verb[0] - v < 2 || !STRONG_ROLES.has(verb[1]))) continue;
    if (ADVERB_BEFORE_VERB.has(t[v - 1]!) && !comrade && !honorific) continue;
    let best = { s: -1, score: -Infinity };
    for (const len of [3, 2, 4]) {
      const s = v - len;
      if (s < 0 || !doc.isFree(s, v)) continue;
      const left = leftScore(doc, s);
      // Glued to an unknown character on its left (发展壮大提出), a name needs a strong score of its own.
      const score = nameScore(doc, s, v) + left + 2 - (len === 2 ? 0.3 : 0) - (left < 0 ? 1.5 : 0);
      if (score > best.score) best = { s, score };
    }
    if (says && !comrade && !honorific && !(verb && verb[0] - v >= 2 && STRONG_ROLES.has(verb[1])) && best.s >= 0 && leftScore(doc, best.s) < 1) continue;
    if (best.s >= 0 && best.score >= MIN_BEFORE_VERB) {
      doc.accept({ start: best.s, end: v, label: 'person', rule: comrade ? 'person.before-tongzhi' : honorific ? 'person.before-honorific' : 'person.before-verb' });
      continue;
    }
    // A transliterated name before a verb of speech (某某某说): typical transliteration characters only.
    if ((verb && verb[1] === 'speaker') || says) {
      let s = v;
      while (s > 0 && v - s < 5 && doc.isHan(s - 1) && doc.owner[s - 1] === -1 && translitTier(t[s - 1]!) === 1) s--;
      if (v - s >= 3 && (s === 0 || doc.isBreak(s - 1) || doc.owner[s - 1] !== -1)) {
        doc.accept({ start: s, end: v, label: 'person', rule: 'person.foreign-before-verb' });
      }
    }
  }
}

const DOTS = new Set(['·', '・', '•', '‧', '.']);

/**
 * Finds transliterated foreign names written with a middle dot (某某·某某某), each part made of transliteration
 * characters.
 *
 * @example
 * ```ts
 * findForeignNames(new Doc('总统卡洛斯·阿马特表示')); // 卡洛斯·阿马特
 * ```
 */
export function findForeignNames(doc: Doc): void {
  const t = doc.text;
  for (let i = 0; i < t.length; i++) {
    if (!DOTS.has(t[i]!) || !doc.isHan(i - 1) || !doc.isHan(i + 1)) continue;
    // Extend over transliteration characters and further dots on both sides.
    let s = i;
    while (s > 0 && doc.isHan(s - 1) && translitTier(t[s - 1]!) > 0 && doc.owner[s - 1] === -1 && i - s < 8) s--;
    let e = i + 1;
    let parts = 1;
    for (;;) {
      const from = e;
      while (e < t.length && doc.isHan(e) && translitTier(t[e]!) > 0 && doc.owner[e] === -1 && e - from < 8) e++;
      if (e === from) break;
      parts++;
      if (DOTS.has(t[e] ?? '') && doc.isHan(e + 1)) e++;
      else break;
    }
    // Not over the end of a post before the name (总理 + 某·某).
    for (let k = s; k < i; k++) {
      for (let p = Math.max(0, k - 3); p <= k; p++) {
        const post = lexicons().posts.longestAt(t, p, k + 1);
        if (post && post[0] === k + 1) s = k + 1;
      }
    }
    // Nor over the start of a verb after it (某·某希望): the name ends where a verb of speech begins.
    for (let k = i + 2; k < e; k++) {
      const verb = lexicons().verbs.longestAt(t, k);
      if (verb && verb[0] - k >= 2 && verb[0] > e) { e = k; break; }
    }
    if (s < i && parts >= 2 && doc.isFree(s, e)) {
      doc.accept({ start: s, end: e, label: 'person', rule: 'person.foreign-dot' });
      i = e;
    }
  }
}

/**
 * A transliterated name right after a title (外交大臣某某某), when the Han name model found none.
 *
 * @example
 * ```ts
 * foreignNameAt(new Doc('司令巴克率领'), 2); // 2
 * ```
 */
export function foreignNameAt(doc: Doc, s: number): number {
  const t = doc.text;
  // typical[k]: how many of the first k characters are typical transliteration characters.
  const typical = [0];
  let e = s;
  while (e < t.length && e - s < 6 && doc.isHan(e) && translitTier(t[e]!) > 0 && doc.owner[e] === -1) {
    typical.push(typical[e - s]! + (translitTier(t[e]!) === 1 ? 1 : 0));
    e++;
  }
  // Two characters must both be typical and end at a clear boundary; three or more may hold one of the rarer
  // characters (格林斯潘) and end before a particle or adverb too (某某某也表示).
  // A run of three or more typical characters that ends where transliteration characters end (前锋某某某某两次) is the
  // whole name: the title before vouches for it.
  const whole = e - s;
  if (whole >= 3 && typical[whole] === whole && !(e < t.length && doc.isHan(e) && translitTier(t[e]!) > 0 && doc.owner[e] === -1)) return whole;
  for (; e - s >= 2; e--) {
    const len = e - s;
    if (len === 2 ? typical[2] === 2 && rightScore(doc, e) >= 1 : typical[len]! >= len - 1 && rightScore(doc, e) >= 0.8) return len;
  }
  return 0;
}

/**
 * Adds a mention for every other use of a name already found, in free text.
 *
 * @example
 * ```ts
 * findCoreferences(doc, ['王某某']); // every other 王某某 in the text
 * ```
 */
export function findCoreferences(doc: Doc, names: Iterable<string>): void {
  const t = doc.text;
  // One pass over the text with a trie of the names (not one search of the whole text per name).
  const trie = new Trie<true>();
  let any = false;
  for (const name of names) if (name.length >= 2) { trie.add(name, true); any = true; }
  if (!any) return;
  for (let i = 0; i < t.length; i++) {
    if (doc.owner[i] !== -1) continue;
    const m = trie.longestAt(t, i);
    if (!m) continue;
    const end = m[0];
    if (!doc.isFree(i, end)) continue;
    // Not the start of a longer name: a two-character name must be followed by something that ends a name.
    if (end - i === 2 && doc.isHan(end) && doc.owner[end] === -1 && rightScore(doc, end) <= 0) continue;
    doc.accept({ start: i, end, label: 'person', rule: 'person.coref' });
    i = end - 1;
  }
}

/**
 * A transliterated name standing on its own (某某某说, 的某某某): three to five transliteration characters, most of them
 * typical ones, with a name's context on both sides.
 *
 * @example
 * ```ts
 * findForeignRuns(new Doc('比赛后，莫里森对球队表示满意。')); // 莫里森
 * ```
 */
/** Honorifics that follow a name (某某先生, 某某女士, 某某夫人). */
const HONORIFIC_AFTER = /^(?:先生|女士|夫人|博士|教授|小姐)/;

/**
 * True when what follows `e` marks the end of a person's name strongly: a verb of speech (说 only before
 * punctuation), or an honorific.
 */
function strongAfterForeign(doc: Doc, e: number): boolean {
  const t = doc.text;
  if (HONORIFIC_AFTER.test(t.slice(e, e + 2))) return true;
  if (t[e] === '说') return /[，：:,“「]/.test(t[e + 1] ?? '');
  const verb = lexicons().verbs.longestAt(t, e);
  return !!verb && verb[1] === 'speaker' && verb[0] - e >= 2;
}

const MATCH_VERB = /(?:输给|负于|战胜|击败|对阵|迎战|力克|逼平|战平|完胜|险胜|不敌|客胜|主胜|做客|坐镇)$/;

export function findForeignRuns(doc: Doc): void {
  const t = doc.text;
  const lex = lexicons();
  for (let i = 0; i < t.length; i++) {
    if (doc.owner[i] !== -1 || !translitTier(t[i] ?? '')) continue;
    let e = i;
    let typical = 0;
    while (e < t.length && e - i < 6 && doc.owner[e] === -1 && doc.isHan(e)) {
      const tier = translitTier(t[e]!);
      if (!tier) break;
      if (tier === 1) typical++;
      e++;
    }
    const len = e - i;
    // A verb of speech or an honorific right after (某某某说，, 某某先生) vouches for a name with more of the rarer
    // transliteration characters, and for a two-character one made of typical characters only.
    const strong = strongAfterForeign(doc, e);
    const minTypical = strong ? (len === 2 ? 2 : len - 2) : len - 1;
    if (len < (strong ? 2 : 3) || len > 5 || typical < minTypical) { i = Math.max(i, e - 1); continue; }
    const left = i === 0 || doc.isBreak(i - 1) || doc.owner[i - 1] !== -1 || /[的和与及对向由据让给同、在是]/.test(t[i - 1]!) || (strong && leftScore(doc, i) > 0);
    const right = strong || rightScore(doc, e) >= 1.5;
    const word = t.slice(i, e);
    // After a verb of a match (输给, 战胜, 对阵) stands a team, not a player.
    const team = MATCH_VERB.test(t.slice(Math.max(0, i - 2), i));
    if (len === 2 && isOrdinaryWord(t, i, 2)) { i = e - 1; continue; }
    if (left && right && !team && !lex.blockers.has(word.slice(0, 2)) && !lex.world.longestAt(t, i)) {
      doc.accept({ start: i, end: e, label: 'person', rule: 'person.foreign-free' });
    }
    i = e - 1;
  }
}

/** Adverb and particle characters that end no Japanese given name (山本坦率地回答). */
const NOT_JAPANESE_GIVEN = new Set([...'地得着很最更都还也']);

/**
 * The length of a Japanese name starting at `s` (a family name from data/japanese-surnames.tsv, then a given name of
 * up to three characters, or none), ending where the context after it scores at least `minRight`; 0 when there is
 * none. A given name that reads as an ordinary word or a verb (山本访问) needs a strong end after it.
 *
 * @example
 * ```ts
 * japaneseNameAt(new Doc('首相山本健一郎在会上说'), 2, 0.8); // 5
 * ```
 */
export function japaneseNameAt(doc: Doc, s: number, minRight: number): number {
  const t = doc.text;
  const sl = japaneseSurnameAt(t, s);
  if (!sl || !doc.isFree(s, s + sl)) return 0;
  // The family name alone, before a verb or a post (山本表示, 山本首相).
  if (rightScore(doc, s + sl) >= Math.max(minRight, 1.5)) return sl;
  const lex = lexicons();
  for (const given of [3, 2, 1]) {
    const e = s + sl + given;
    if (e > t.length || !doc.isFree(s, e)) continue;
    let ok = true;
    for (let k = s + sl; k < e && ok; k++) ok = doc.isHan(k) && !NOT_GIVEN.has(t[k]!) && !NOT_JAPANESE_GIVEN.has(t[k]!) && !lex.verbs.longestAt(t, k);
    if (!ok) continue;
    const right = rightScore(doc, e);
    const wordy = given >= 2 && isOrdinaryWord(t, s + sl, 2);
    if (right >= (wordy ? 1.5 : minRight)) return e - s;
  }
  return rightScore(doc, s + sl) >= minRight ? sl : 0;
}

/**
 * Japanese names standing on their own, where a verb of speech, an honorific or a word that follows names comes
 * right after them (山本健一郎表示).
 *
 * @example
 * ```ts
 * findJapaneseNames(new Doc('山本健一郎表示，合作很顺利。')); // 山本健一郎
 * ```
 */
export function findJapaneseNames(doc: Doc): void {
  const t = doc.text;
  for (let i = 0; i < t.length - 1; i++) {
    if (doc.owner[i] !== -1 || !japaneseSurnameAt(t, i) || !(leftScore(doc, i) > 0)) continue;
    const len = japaneseNameAt(doc, i, 1.5);
    // A family name alone that is also an ordinary word (山下, 小川) is the word.
    if (!len || (len === japaneseSurnameAt(t, i) && isOrdinaryWord(t, i, len))) continue;
    if (!strongAfterForeign(doc, i + len) && rightScore(doc, i + len) < 1.5) continue;
    doc.accept({ start: i, end: i + len, label: 'person', rule: 'person.japanese-name' });
    i += len - 1;
  }
}
