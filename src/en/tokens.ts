/**
 * Tokens of an English text: words (with abbreviation periods, inner hyphens and apostrophes), numbers and single
 * punctuation marks, each with its offsets and the shape facts the recognizers ask about. One regular-expression
 * pass; no backtracking-prone patterns.
 *
 * @module
 */

import { US_STATE_ABBREVIATIONS } from './data/places.js';

/** One token. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Lower case, for lexicon look-ups. */
  lower: string;
  /** A word: starts with a letter (or is an apostrophe form such as 's). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (NATO, BEIJING). */
  upper: boolean;
  /** Made of digits (with separators). */
  num: boolean;
  /** First word of its sentence (after . ! ? : -- or a line start). */
  initial: boolean;
  /** Index of the sentence the token belongs to. */
  sent: number;
}

/** Words that keep a following period as part of the token. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'ft', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'bros', 'gen', 'lt',
  'col', 'maj', 'capt', 'sgt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'rev', 'hon', 'messrs', 'mme', 'no', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed',
  'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'est', 'dept', 'univ', 'assn', 'intl', 'natl', 'plc', 'etc', 'al',
  ...US_STATE_ABBREVIATIONS,
]);

/** Short forms of titles that stand before a name, never after one (Hon., Sen., Gen.). */
const TITLE_ABBREV = new Set(['hon', 'sen', 'gen', 'gov', 'rep', 'rev', 'col', 'maj', 'capt', 'sgt', 'cmdr', 'adm', 'lt', 'messrs', 'mme']);

const TOKEN = /[\p{L}\p{N}]+(?:['’\-.&/][\p{L}\p{N}]+)*\.?|['’][sS]\b|[\p{L}\p{N}]|--+|\S/gu;
const UPPER = /^\p{Lu}/u;
/** al-Assad, el-Sisi: an Arabic article before a capitalized name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|an|at|az|ash|ul)-\p{Lu}/u;
const LETTER = /^\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const NUMERIC = /^[\p{N}][\p{N}.,:/\-]*$/u;

/** Splits a text into tokens. */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let sent = 0;
  let boundary = true;
  let m: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(text)) !== null) {
    let s = m[0];
    const start = m.index;
    // A final period stays only on abbreviations (Co., U.S., J.).
    if (s.length > 1 && s.endsWith('.')) {
      const core = s.slice(0, -1);
      // (A title's short form after a capitalized word ends a name and its sentence: … residents of Iao Hon. Next …)
      const prev = out[out.length - 1];
      const ending = TITLE_ABBREV.has(core.toLowerCase()) && !!prev && UPPER.test(prev.text) && !/^(?:The|A|An|And|By|For|Of|To|With)$/.test(prev.text) && prev.end + 1 === start && text[prev.end] === ' ';
      const keep = core.includes('.') || (core.length === 1 && LETTER.test(core)) || (ABBREV.has(core.toLowerCase()) && !ending);
      if (!keep) {
        s = core;
        TOKEN.lastIndex = start + core.length;
      }
    }
    // A possessive 's is a token of its own (Zhang Wei's → Zhang Wei + 's).
    // … except in the fixed names of bodies (the National People's Congress, the Children's Hospital).
    if (s.length > 2 && /\p{L}['’][sS]$/u.test(s) && !/^(?:people|children|women|workers|farmers)['’]s$/i.test(s)) {
      s = s.slice(0, -2);
      TOKEN.lastIndex = start + s.length;
    }
    // A line break between tokens starts a new sentence (headlines, datelines, table rows).
    if (out.length) {
      const prev = out[out.length - 1]!;
      const gap = text.slice(prev.end, start);
      if (gap.includes('\n')) { sent++; boundary = true; }
    }
    const first = s.charCodeAt(0);
    const word = LETTER.test(s) || ((first === 0x27 || first === 0x2019) && s.length > 1);
    const cap = UPPER.test(s) || ARABIC_ARTICLE.test(s);
    const letters = s.replace(/[^\p{L}]/gu, '');
    const upper = cap && letters.length >= 2 && !HAS_LOWER.test(letters);
    const num = NUMERIC.test(s);
    const t: Tok = { start, end: start + s.length, text: s, lower: s.toLowerCase(), word, cap, upper, num, initial: false, sent };
    if (word && !(first === 0x27 || first === 0x2019)) {
      t.initial = boundary;
      boundary = false;
    } else if (num) boundary = false;
    out.push(t);
    if (!word && !num) {
      if (s === '.' || s === '!' || s === '?' || s === ':' || s === ';' || s.startsWith('--') || s === '"' || s === '“') {
        // The period of a numbered item (3. Rose Cheruiyot) ends no sentence.
        const numbered = s === '.' && out.length >= 2 && out[out.length - 2]!.num && (out.length === 2 || out[out.length - 3]!.sent !== out[out.length - 2]!.sent);
        if (!numbered && (s === '.' || s === '!' || s === '?' || s === ':' || s === ';' || s.startsWith('--'))) { sent++; boundary = true; }
        // … Electronics Co. "Quality is …: a quotation opening after a short form's period starts a sentence.
        const before = out[out.length - 2];
        if ((s === '"' || s === '“') && before?.text.endsWith('.') && before.end < start) { sent++; boundary = true; }
      } else if (s === '-' && start > 0 && text[start - 1] === ' ') { boundary = true; }
    }
  }
  return out;
}

/**
 * Marks the sentences written all in capitals or in title case (headlines), where capitals say nothing about
 * names. Returns a flag per token.
 */
export function shoutingSentences(toks: readonly Tok[]): boolean[] {
  const flags = new Array<boolean>(toks.length).fill(false);
  let i = 0;
  while (i < toks.length) {
    const sent = toks[i]!.sent;
    let j = i;
    let words = 0;
    let upper = 0;
    let lowerInitial = 0;
    let smallCap = 0;
    while (j < toks.length && toks[j]!.sent === sent) {
      const t = toks[j]!;
      if (t.word && t.text.length > 1) {
        words++;
        if (t.upper) upper++;
        if (!t.cap) lowerInitial++;
        else if (t.text.length <= 4 && SMALL_WORDS.has(t.lower)) smallCap++;
      }
      j++;
    }
    const shouting = words >= 2 && (upper / words > 0.6 || (lowerInitial === 0 && smallCap >= 2));
    if (shouting) for (let k = i; k < j; k++) flags[k] = true;
    i = j;
  }
  return flags;
}

/** Short function words whose capitalization marks a title-case headline. */
const SMALL_WORDS = new Set(['the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'with', 'by', 'from', 'as', 'after', 'over', 'into', 'is', 'are', 'a', 'an']);
