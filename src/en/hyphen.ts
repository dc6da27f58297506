/**
 * Words a line break split at a hyphen. The reflow keeps every hyphen so that offsets stay one to one (Equip- /
 * ment → Equip-ment); names of bodies and events drop it again where the break was a soft one, and keep it where the
 * word is a compound that the line happened to break at its own hyphen (county- / level, well- / known, Yat-sen).
 *
 * @module
 */
import { lexicon } from './lex.js';
import { PORTFOLIO_WORDS } from './data/titles.js';

const PORTFOLIO = new Set(PORTFOLIO_WORDS);

/** First parts of compounds that a line may break at their hyphen (long-term, cross-border, e-commerce). */
const COMPOUND_FIRST = new Set(['long', 'short', 'well', 'high', 'low', 'self', 'cross', 'non', 'anti', 'multi', 'state', 'world', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'year', 'full', 'part', 'half', 'mid', 'post', 'pre', 'co', 'all', 'large', 'small', 'middle', 'open', 'free', 'top', 'eco', 'sub', 'vice', 'ex', 'in', 'on', 'off', 'up', 'out', 'over', 'under', 'hi', 'e', 'x']);

/**
 * The positions of hyphens that end a line in the raw input, from a reflowed text's map (`map[i]` is the raw offset
 * of `text[i]`): the raw jumps over the line break right after them, and a lower-case letter goes on.
 *
 * @example
 * ```ts
 * lineEndHyphens('Equip-ment', map); // Set { 5 } when the raw was 'Equip-\nment'
 * ```
 */
export function lineEndHyphens(text: string, map: Int32Array): Set<number> {
  const out = new Set<number>();
  for (let p = text.indexOf('-'); p >= 0 && p + 1 < text.length; p = text.indexOf('-', p + 1)) {
    if (map[p + 1]! - map[p]! > 1 && /[a-z]/.test(text[p + 1]!) && /[A-Za-z]/.test(text[p - 1] ?? '')) out.add(p);
  }
  return out;
}

/**
 * The text of [start, end) with the soft hyphens of line breaks taken out (Chengdu Tianfu Intelligent Equip-ment
 * Co Ltd → … Equipment Co Ltd; county-level e-commerce and logis-tics center → … logistics center).
 *
 * @example
 * ```ts
 * unbreak('Tianfu Equip-ment Co Ltd', 0, 24, new Set([12])); // 'Tianfu Equipment Co Ltd'
 * ```
 */
export function unbreak(text: string, start: number, end: number, breaks: ReadonlySet<number> | undefined): string {
  const s = text.slice(start, end);
  if (!breaks?.size) return s;
  let out = '';
  let from = start;
  for (let p = start; p < end; p++) {
    if (text[p] !== '-' || !breaks.has(p) || !softAt(text, p, start, end)) continue;
    out += text.slice(from, p);
    from = p + 1;
  }
  return out + text.slice(from, end);
}

/** True when the line-end hyphen at `p` is a soft one, judged on the letters either side of it within [lo, hi). */
function softAt(text: string, p: number, lo: number, hi: number): boolean {
  let a = p;
  while (a > lo && /[A-Za-z]/.test(text[a - 1]!)) a--;
  let b = p + 1;
  while (b < hi && /[A-Za-z]/.test(text[b]!)) b++;
  return soft(text.slice(a, p), text.slice(p + 1, b), text);
}

/**
 * Where the word that `i` stands in ends: past the letters (and line-end hyphens) that go on from `i` (a match that
 * stopped inside a word read through {@link softless}: mem-orandum).
 */
export function wordEnd(text: string, i: number): number {
  let e = i;
  while (e > 0 && e < text.length && /[A-Za-z]/.test(text[e]!) && /[A-Za-z-]/.test(text[e - 1]!)) e++;
  return e;
}

/** The words of the last text asked about (one text is read at a time), for {@link soft}. */
let wordsOf: { text: string; words: Set<string> } | undefined;

/** True when `word` stands as a whole word in `text` (one pass over a text, then lookups). */
function writtenWhole(text: string, word: string): boolean {
  if (wordsOf?.text !== text) wordsOf = { text, words: new Set(text.match(/[A-Za-z]+/g) ?? []) };
  return wordsOf.words.has(word);
}

/** One syllable of romanized Chinese (pinyin, Cantonese or Wade-Giles spelling). */
const ROMAN_SYLLABLE = /^(?:zh|ch|sh|ng|gw|kw|ts|hs|[bpmfdtnlgkhjqxrzcsywv])?[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|r)?$/i;

/** A soft hyphen between `left` and `right` (the letters on either side of a line-end hyphen). */
function soft(left: string, right: string, text = ''): boolean {
  if (left.length < 2) return false;
  const lex = lexicon();
  // A nationality before a noun (Chinese- / language teachers) is a compound's first part.
  if (lex.demonyms.has(left.toLowerCase())) return false;
  // The text writes the word whole elsewhere (Bright- / water beside Brightwater): a soft hyphen.
  if (left.length + right.length >= 6 && writtenWhole(text, left + right)) return true;
  // (A plural of a known word is known, and so is a word of portfolios: af- / fairs is affairs.)
  const known = (w: string): boolean => lex.common.has(w) || lex.pos.has(w) || PORTFOLIO.has(w) || (w.length > 3 && w.endsWith('s') && (lex.common.has(w.slice(0, -1)) || lex.pos.has(w.slice(0, -1))));
  // A place or body the lexicon names when joined (Yun- / nan, Vi- / entiane).
  if (lex.names.has((left + right).toLowerCase())) return true;
  // A first part of compounds before a word (cross- / border, in- / depth) keeps its hyphen; before no word
  // (In- / formatization) it was a soft one.
  if (COMPOUND_FIRST.has(left.toLowerCase()) && (known(right.toLowerCase()) || right.length < 7)) return false;
  // Two syllables of a romanized given name (Yat-sen, Siu-ming, Ka-fai, Yi-cheng): each half one Chinese syllable, and no
  // word when joined (Stud- / ies is Studies; Urru- / tia is no pair of syllables).
  if (/^[A-Z]/.test(left) && left.length <= 6 && right.length <= 6 && ROMAN_SYLLABLE.test(left) && ROMAN_SYLLABLE.test(right) && !known((left + right).toLowerCase())) return false;
  // A word on its own after the break, and no word when joined: the hyphen is the compound's (county-level).
  return !(known(right) && !known((left + right).toLowerCase()));
}

/**
 * The text of [start, end) with each soft hyphen of a line break moved to the end of its word as a space, so that
 * patterns over words see the word whole (cer-tificates → certificates ) while every word keeps its start offset and
 * the string its length.
 *
 * @example
 * ```ts
 * softless('presented cer-tificates to', 0, 26, new Set([13])); // 'presented certificates  to'
 * ```
 */
export function softless(text: string, start: number, end: number, breaks: ReadonlySet<number> | undefined): string {
  const s = text.slice(start, end);
  if (!breaks?.size) return s;
  let out = '';
  let pending = 0;
  for (let p = start; p < end; p++) {
    const ch = text[p]!;
    if (ch === '-' && breaks.has(p) && softAt(text, p, 0, text.length)) { pending++; continue; }
    if (pending && !/[A-Za-z]/.test(ch)) { out += ' '.repeat(pending); pending = 0; }
    out += ch;
  }
  return out + ' '.repeat(pending);
}
