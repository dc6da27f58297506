/**
 * People found without a title: a name right before a verb of speech or attendance (某某指出, 某某主持), a name before
 * 同志; and later mentions of every name already found (coreference within the text).
 *
 * @module
 */
import { lexicons } from '../../lexicon/index.js';
import { surnameClass } from '../../lexicon/surnames.js';
import { surnameAt } from '../../lexicon/surnames.js';
import type { Doc } from './doc.js';
import { isNameShape } from './names.js';

/** Roles of verbs strong enough to mark the name before them. */
const STRONG_ROLES = new Set(['speaker', 'chair', 'attendee', 'host', 'guest', 'inspector', 'leader', 'accompanying']);
/** Characters before a name that let it start there. */
const BEFORE_NAME = /[在和与及对向由据请让给同、]/;

/**
 * Finds names right before strong verbs, and before 同志.
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
    if (!comrade && (!verb || verb[0] - v < 2 || !STRONG_ROLES.has(verb[1]))) continue;
    for (const len of [3, 2, 4]) {
      const s = v - len;
      if (s < 0 || !doc.isFree(s, v) || !isNameShape(doc, s, v, false)) continue;
      const sl = surnameAt(t, s);
      if (surnameClass(t.slice(s, s + sl)) > 2) continue;
      const before = doc.endingAt(s);
      const okLeft = s === 0 || doc.isBreak(s - 1) || BEFORE_NAME.test(t[s - 1]!) || (before >= 0 && doc.cands[before]!.label !== 'person');
      if (!okLeft) continue;
      doc.accept({ start: s, end: v, label: 'person', rule: comrade ? 'person.before-tongzhi' : 'person.before-verb' });
      break;
    }
  }
}

/**
 * Adds a mention for every later (or earlier) use of a name already found, in free text.
 *
 * @example
 * ```ts
 * findCoreferences(doc, ['王某某']); // every other 王某某 in the text
 * ```
 */
export function findCoreferences(doc: Doc, names: Iterable<string>): void {
  const t = doc.text;
  for (const name of names) {
    if (name.length < 2) continue;
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + name.length)) {
      if (!doc.isFree(i, i + name.length)) continue;
      // Not inside a longer name: the character after must not extend it into a different three-character name.
      if (name.length === 2 && doc.isHan(i + 2) && doc.owner[i + 2] === -1 && !isBoundaryAfter(doc, i + 2)) continue;
      doc.accept({ start: i, end: i + name.length, label: 'person', rule: 'person.coref' });
    }
  }
}

function isBoundaryAfter(doc: Doc, k: number): boolean {
  const lex = lexicons();
  const t = doc.text;
  return doc.isBreak(k) || /[、和与及在等是为的也并对向从到于将就率同]/.test(t[k]!) || !!lex.verbs.longestAt(t, k) || !!lex.posts.longestAt(t, k);
}
