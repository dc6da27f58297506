/**
 * Person names: a surname from data/surnames.tsv and one or two given-name characters, cut where the context says
 * the name ends (punctuation, a list separator, a function word, a verb of speech or attendance, a post). Ordinary
 * words that look like names (data/name-blockers.tsv) are never names.
 *
 * @module
 */
import { lexicons } from '../../lexicon/index.js';
import { surnameAt } from '../../lexicon/surnames.js';
import type { Doc } from './doc.js';

/** Characters that never stand in a given name (function words, numerals of dates, units). */
const NOT_GIVEN = new Set([...'的了在是和与及等也都为对向从就并又着过之其这那此年月日时个们市省县区镇乡部局厅委会说讲称']);
/** Characters after a name that end it. */
const AFTER_NAME = new Set([...'、和与及在等是为的也并对向从到于将就率同一代']);

/** True when a name may end at `k`: punctuation, a function word, a verb, a post or another mention follows. */
export function nameEndsAt(doc: Doc, k: number): boolean {
  const t = doc.text;
  if (doc.isBreak(k) || doc.owner[k] !== -1) return true;
  if (AFTER_NAME.has(t[k]!)) return true;
  const lex = lexicons();
  return !!(lex.verbs.longestAt(t, k) || lex.posts.longestAt(t, k) || t.startsWith('同志', k));
}

/**
 * True when `t[s, e)` has the shape of a name: a surname, then one or two given-name Han characters, and not an
 * ordinary word. Unless `strong` (a title right before), a three-character name may not begin with an ordinary word
 * either (强调要 is no name).
 */
export function isNameShape(doc: Doc, s: number, e: number, strong = true): boolean {
  const t = doc.text;
  const sl = surnameAt(t, s);
  if (!sl || e - s - sl < 1 || e - s - sl > 2) return false;
  for (let k = s + sl; k < e; k++) if (!doc.isHan(k) || NOT_GIVEN.has(t[k]!)) return false;
  const lex = lexicons();
  if (lex.blockers.has(t.slice(s, e))) return false;
  return !(e - s === 3 && sl === 1 && lex.blockers.has(t.slice(s, s + 2)) && (!strong || !nameEndsAt(doc, e)));
}

/**
 * Length of the name starting at `s` (0 when none), preferring the reading whose end the context confirms.
 *
 * @example
 * ```ts
 * nameAt(new Doc('王某某主持会议'), 0); // 3
 * nameAt(new Doc('李某表示'), 0); // 2
 * ```
 */
export function nameAt(doc: Doc, s: number): number {
  const t = doc.text;
  const sl = surnameAt(t, s);
  if (!sl) return 0;
  const lex = lexicons();
  const short = sl + 1;
  const long = sl + 2;
  // A verb starting right after a one-character given name (王某说, 李某表示) means the short reading.
  const verbAfterShort = !!lex.verbs.longestAt(t, s + short);
  const order = verbAfterShort ? [short, long] : [long, short];
  for (const len of order) {
    if (s + len > t.length || !doc.isFree(s, s + len)) continue;
    if (isNameShape(doc, s, s + len) && nameEndsAt(doc, s + len)) return len;
  }
  return 0;
}

/**
 * The names of a list starting at `s` (王某、李某某、张某 or 王某和李某), each as [start, end]. An item between two
 * 、 is taken whole when it has the shape of a name.
 *
 * @example
 * ```ts
 * nameList(new Doc('王某、李某某、张某出席'), 0); // [[0, 2], [3, 6], [7, 9]]
 * ```
 */
export function nameList(doc: Doc, s: number): [number, number][] {
  const t = doc.text;
  const out: [number, number][] = [];
  let i = s;
  while (i < t.length && out.length < 40) {
    let len = 0;
    let j = i;
    while (j < t.length && j - i <= 4 && doc.isHan(j)) j++;
    if (t[j] === '、' && j - i >= 2 && j - i <= 4 && doc.isFree(i, j) && isNameShape(doc, i, j)) len = j - i;
    else len = nameAt(doc, i);
    if (!len) break;
    out.push([i, i + len]);
    const k = i + len;
    if (t[k] === '、') i = k + 1;
    else if ((t[k] === '和' || t[k] === '及') && nameAt(doc, k + 1)) i = k + 1;
    else break;
  }
  return out;
}
