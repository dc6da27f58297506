/**
 * A person named right before a post (data/name-posts.tsv): a full Han name (某某总理, 某某行长), a surname alone as a
 * form of address (李老师, 王书记), or a transliterated name (某某某总统). The title grammar finds the post; this module
 * decides whether the characters before it name its holder.
 *
 * @module
 */
import { namePosts } from '../../data/lexicons.generated.js';
import { japaneseSurnameAt, surnameAt, surnameClass } from '../../lexicon/surnames.js';
import { translitTier } from '../../lexicon/names.js';
import type { Doc } from './doc.js';
import { leftScore, nameScore } from './names.js';
import { placeAt } from './places.js';

/** How a post may follow its holder's name. */
export interface NamePostUses {
  full: boolean;
  surname: boolean;
  foreign: boolean;
}

let table: Map<string, NamePostUses> | undefined;

/**
 * The ways a post may follow a name, or undefined when it may not (most posts come before the name).
 *
 * @example
 * ```ts
 * namePostUses('老师'); // { full: false, surname: true, foreign: false }
 * namePostUses('副局长'); // undefined
 * ```
 */
export function namePostUses(post: string): NamePostUses | undefined {
  table ??= new Map(namePosts.map(([post, uses]) => {
    const u = new Set(uses!.split(','));
    return [post!, { full: u.has('full'), surname: u.has('surname'), foreign: u.has('foreign') }];
  }));
  return table.get(post);
}

/** Minimum score of a full name before a post (the post counts 2). */
const MIN_BEFORE_TITLE = 3.5;
/** Characters that are surnames but, before a post, are words of their own: 原市长, 向局长汇报, 由书记主持. */
const NOT_SURNAME_HERE = new Set([...'原前现新副总代老小大各全该本这那每某时任从向于和与及对由为被把将使让给同跟在自据党市省县区镇乡村班']); // 班主任

/**
 * True when the character right before `p` is a surname standing alone as a form of address (王书记, 李先生): a common
 * surname, no word of its own there (原市长, 向局长汇报), and a word may start at it.
 *
 * @example
 * ```ts
 * surnameAlone(new Doc('李老师看了以后说'), 1); // true
 * surnameAlone(new Doc('向局长汇报'), 1);       // false
 * ```
 */
function surnameAlone(doc: Doc, p: number): boolean {
  const s = p - 1;
  const c = doc.text[s] ?? '';
  return s >= 0 && surnameAt(doc.text, s) === 1 && surnameClass(c) <= 2 && !NOT_SURNAME_HERE.has(c) && doc.isFree(s, p) && leftScore(doc, s) > 0;
}

/** A place name that reaches into `[s, e)` from at most four characters before it (无锡市长 is no name). */
function placeNear(doc: Doc, s: number, e: number): boolean {
  for (let k = Math.max(0, s - 4); k < e; k++) {
    const hit = placeAt(doc, k, e);
    if (hit && hit.end > s) return true;
  }
  return false;
}

/**
 * The start and rule of a holder's name that ends right before the post at `p`, or undefined.
 *
 * @example
 * ```ts
 * nameBeforePost(new Doc('会上，王建华行长介绍了情况'), 7, namePostUses('行长')!); // { start: 3, rule: 'person.before-title' }
 * nameBeforePost(new Doc('李老师看了以后说'), 1, namePostUses('老师')!);          // { start: 0, rule: 'person.surname-before-title' }
 * ```
 */
export function nameBeforePost(doc: Doc, p: number, uses: NamePostUses): { start: number; rule: string } | undefined {
  const t = doc.text;
  if (uses.foreign || uses.surname) {
    // A Japanese family name before the post (山本首相).
    for (const len of [3, 2]) {
      const s = p - len;
      if (s >= 0 && japaneseSurnameAt(t, s) === len && doc.isFree(s, p) && leftScore(doc, s) > 0) return { start: s, rule: 'person.japanese-before-title' };
    }
  }
  if (uses.full) {
    for (const len of [3, 2]) {
      const s = p - len;
      if (s < 0 || !doc.isFree(s, p) || placeNear(doc, s, p)) continue;
      if (nameScore(doc, s, p, true) + leftScore(doc, s) + 2 < MIN_BEFORE_TITLE) continue;
      return { start: s, rule: 'person.before-title' };
    }
  }
  if (uses.foreign) {
    // Two to six transliteration characters, all but one typical, starting where a word may start.
    let s = p;
    let typical = 0;
    while (s > 0 && p - s < 6 && doc.isHan(s - 1) && doc.owner[s - 1] === -1 && translitTier(t[s - 1]!)) {
      if (translitTier(t[s - 1]!) === 1) typical++;
      s--;
    }
    // Give back characters on the left until the run starts a word (的某某总统 → 某某).
    while (p - s >= 3 && !(leftScore(doc, s) > 0)) {
      if (translitTier(t[s]!) === 1) typical--;
      s++;
    }
    const len = p - s;
    if (len >= 3 && typical >= len - 1 && leftScore(doc, s) > 0 && doc.isFree(s, p) && !placeNear(doc, s, p)) {
      return { start: s, rule: 'person.foreign-before-title' };
    }
  }
  if (uses.surname && surnameAlone(doc, p)) return { start: p - 1, rule: 'person.surname-before-title' };
  return undefined;
}
