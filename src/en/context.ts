/**
 * The shared state of the English recognizers for one text: the Doc, its tokens, which sentences are headlines in
 * capitals, and the look-ups every recognizer asks (is a token free, does a name continue across the gap, what does
 * the lexicon say about tokens i..j).
 *
 * @module
 */
import { unbreak } from './hyphen.js';
import { Doc } from '../stages/recognize/doc.js';
import { lexicon, type EntryKind, type Lexicon } from './lex.js';
import { shoutingSentences, tokenize, type Tok } from './tokens.js';

export interface Ctx {
  doc: Doc;
  text: string;
  toks: Tok[];
  /** Per token: its sentence is written in capitals or title case. */
  shout: boolean[];
  lex: Lexicon;
}

/** Builds the context of a text. */
export function makeContext(text: string, hyphenBreaks?: ReadonlySet<number>): Ctx {
  const toks = tokenize(text);
  const doc = new Doc(text);
  if (hyphenBreaks?.size) {
    doc.hyphenBreaks = hyphenBreaks;
    // A word a line split at a soft hyphen (presi- / dent) is looked up as the word it is.
    for (const t of toks) if (t.text.includes('-')) t.lower = unbreak(text, t.start, t.end, hyphenBreaks).toLowerCase();
  }
  return { doc, text, toks, shout: shoutingSentences(toks), lex: lexicon() };
}

/** True when token i is not yet claimed by a mention. */
/** The lowest token index whose `key` offset is at or past `at` (tokens stand in text order: a binary search). */
function firstTokenAt(ctx: Ctx, key: 'start' | 'end', at: number): number {
  const { toks } = ctx;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid]![key] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the first token starting at or after offset `at`, or -1 where none does.
 *
 * @example
 * ```ts
 * tokenFrom(ctx, doc.cands[k].end); // the token right after a mention
 * ```
 */
export function tokenFrom(ctx: Ctx, at: number): number {
  const k = firstTokenAt(ctx, 'start', at);
  return k < ctx.toks.length ? k : -1;
}

/**
 * The index of the token that ends exactly at offset `end`, or -1 where none does.
 *
 * @example
 * ```ts
 * tokenEndingAt(ctx, doc.cands[k].end); // the last token of a mention
 * ```
 */
export function tokenEndingAt(ctx: Ctx, end: number): number {
  const k = firstTokenAt(ctx, 'end', end);
  return k < ctx.toks.length && ctx.toks[k]!.end === end ? k : -1;
}

export function free(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && ctx.doc.isFree(t.start, t.end);
}

/** True when tokens i and i+1 are separated only by spaces on one line (a name can run across). */
export function joined(ctx: Ctx, i: number): boolean {
  const a = ctx.toks[i];
  const b = ctx.toks[i + 1];
  if (!a || !b) return false;
  if (b.start === a.end) return b.text.startsWith("'") || b.text.startsWith('’');
  for (let k = a.end; k < b.start; k++) {
    const c = ctx.text.charCodeAt(k);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x09) return false;
  }
  return true;
}

/** Look-up key of tokens [i, j] (inclusive): lower case, single spaces, possessive 's glued. */
export function keyOf(ctx: Ctx, i: number, j: number): string {
  let k = ctx.toks[i]!.lower;
  for (let x = i + 1; x <= j; x++) {
    const t = ctx.toks[x]!;
    k += t.lower.startsWith("'") || t.lower.startsWith('’') ? t.lower.replace('’', "'") : ' ' + t.lower;
  }
  return k;
}

/** The longest lexicon name starting at token i: [end token, kind], or undefined. */
export function nameAt(ctx: Ctx, i: number, kinds?: ReadonlySet<EntryKind>): [number, EntryKind] | undefined {
  const { toks, lex } = ctx;
  const t = toks[i];
  if (!t || !t.word || !t.cap) return undefined;
  let best: [number, EntryKind] | undefined;
  let j = i;
  let key = t.lower;
  for (;;) {
    const kind = lex.names.get(key);
    if (kind && (!kinds || kinds.has(kind))) best = [j, kind];
    if (j - i + 1 >= lex.maxTokens || !joined(ctx, j)) break;
    const nx = toks[j + 1]!;
    if (!nx.word && nx.text !== '&' && nx.text !== '-') break;
    j++;
    key += nx.lower.startsWith("'") || nx.lower.startsWith('’') ? nx.lower.replace('’', "'") : ' ' + nx.lower;
  }
  if (!best) return undefined;
  // Every word of a name is capitalized, but for short joining words (Bank of China, Trinidad and Tobago).
  for (let x = i; x <= best[0]; x++) {
    const w = toks[x]!;
    if (w.word && !w.cap && !JOINERS.has(w.lower) && !w.lower.startsWith("'") && !w.lower.startsWith('’')) return undefined;
  }
  if (toks[best[0]]!.text === '&' || toks[best[0]]!.text === '-') return undefined;
  // Short acronyms (UN, AP, WHO) only when written in capitals, and never in a headline in capitals.
  if (i === best[0] && t.text.length <= 4 && !t.upper && ctx.lex.common.has(t.lower)) return undefined;
  if (i === best[0] && t.upper && ctx.shout[i] && t.text.length <= 3 && ctx.lex.common.has(t.lower)) return undefined;
  return best;
}

/**
 * True when a name the lexicon knows opens one to `back` joined tokens before token `i` and runs over it (Emirates in
 * the United Arab Emirates, Wan Shan in Tsz Wan Shan).
 */
export function insideKnownName(ctx: Ctx, i: number, back: number): boolean {
  for (let p = i - 1; p >= 0 && i - p <= back && joined(ctx, p); p--) {
    const hit = nameAt(ctx, p);
    if (hit && hit[0] >= i) return true;
  }
  return false;
}

const HYPHEN_TAIL = /-[\p{Ll}\d][\p{L}\d]*$/u;
/** A Hong Kong given name, two short syllables joined by a hyphen (Wong Siu-ming, Tommy Chan Wing-kei). */
const HK_GIVEN = /^[A-Z][a-z]{1,5}-[a-z]{2,5}$/;
/** Second parts of ordinary hyphenated words (Long-term, Well-known, Mid-year). */
const ORDINARY_TAILS = new Set(['term', 'based', 'led', 'year', 'old', 'time', 'run', 'made', 'owned', 'known', 'level', 'scale', 'class', 'day', 'hour', 'week', 'month', 'up', 'off', 'out', 'in', 'on', 'free', 'wide', 'like', 'style', 'range', 'size', 'sized', 'end', 'back', 'born', 'ever', 'being', 'minded', 'sided', 'round', 'half', 'rise', 'line', 'care', 'hand', 'way', 'face', 'mail', 'book']);

/** True when token i reads as a Hong Kong given name after a capitalized family name. */
function hongKongGiven(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!;
  const prev = ctx.toks[i - 1];
  return HK_GIVEN.test(t.text) && !t.initial && !!prev && prev.cap && prev.word && prev.end + 1 === t.start && !ORDINARY_TAILS.has(t.lower.slice(t.lower.indexOf('-') + 1));
}
const DIGIT = /\d/;

/** Short words that may stand uncapitalized inside a name. */
export const JOINERS = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'on', 'in', 'at', 'y', 'e', 'al', 'el', 'bin', 'ibn']);

/**
 * True when token i may be part of a name: a capitalized word, not in a headline in capitals (there only lexicon
 * names count), not a word that is never a name, and not a sentence-initial ordinary word.
 */
export function nameish(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || !t.word || !t.cap) return false;
  if (ctx.shout[i]) return false;
  const l = t.lower;
  if (!t.upper && ctx.lex.notNames.has(l)) return false;
  // Ontario-based, U.S.-led, AK-47s: a compound ending in an ordinary part or holding digits is no name.
  // (A hyphen a line break left inside a word, In- / formatization, is none: the word is read whole.)
  if ((HYPHEN_TAIL.test(t.text) && l.includes('-') && !hongKongGiven(ctx, i)) || DIGIT.test(t.text)) return false;
  if (t.initial && !t.upper && !ctx.lex.firstNames.has(l) && !ctx.lex.names.has(l) && !ctx.lex.lastNames.has(l)) {
    if (ctx.lex.common.has(l)) return false;
    // Ordinary words the lexicon lacks: adverbs (Separately) and plurals of known nouns (Passengers).
    if (l.endsWith('ly') && l.length > 4) return false;
    if (l.endsWith('s') && (ctx.lex.common.has(l.slice(0, -1)) || (l.endsWith('es') && ctx.lex.common.has(l.slice(0, -2))))) return false;
  }
  return true;
}

/** True where the name ending at token `e` names a currency (HK$, U.S. dollars, Hong Kong dollars), not its place. */
export function beforeCurrency(ctx: Ctx, e: number): boolean {
  return ctx.text[ctx.toks[e]!.end] === '$' || (/^(?:dollars?|cents)$/.test(ctx.toks[e + 1]?.lower ?? '') && joined(ctx, e));
}
