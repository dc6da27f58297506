/**
 * Sentences and clauses of a reflowed text, as spans, for the event stage.
 *
 * @module
 */

/** A span of a text. */
export interface Piece {
  start: number;
  end: number;
}

import { honourAfterComma } from '../../lexicon/honours.js';

const memo = new WeakMap<object, { start: number; end: number; clauses: Piece[] }[]>();
const SENTENCE_END = new Set([...'。！？!?\n'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...'，,；;：:'].map((c) => c.charCodeAt(0)));
const OPEN = new Set([...'《“（'].map((c) => c.charCodeAt(0)));
const CLOSE = new Set([...'》”）'].map((c) => c.charCodeAt(0)));

/** {@link sentences}, computed once per owner object (a recognized document). */
export function sentencesOf(owner: object, text: string): { start: number; end: number; clauses: Piece[] }[] {
  let s = memo.get(owner);
  if (!s) memo.set(owner, (s = sentences(text)));
  return s;
}

/**
 * Splits a text into sentences, each into clauses (at ，；：), outside quotes and book-title marks.
 *
 * @example
 * ```ts
 * sentences('会议召开，市长出席。次日离开。').map((s) => s.clauses.length); // [2, 1]
 * ```
 */
export function sentences(text: string): { start: number; end: number; clauses: Piece[] }[] {
  const out: { start: number; end: number; clauses: Piece[] }[] = [];
  let sStart = 0;
  let cStart = 0;
  let clauses: Piece[] = [];
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : -1;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    const endS = i === text.length || (depth === 0 && SENTENCE_END.has(ch));
    const endC = endS || (depth === 0 && CLAUSE_END.has(ch) && !honourAfterComma(text, i));
    if (endC && i > cStart) clauses.push({ start: cStart, end: i });
    if (endC) cStart = i + 1;
    if (endS) {
      if (clauses.length) out.push({ start: sStart, end: i, clauses });
      clauses = [];
      sStart = i + 1;
      depth = 0;
    }
  }
  return out;
}

/**
 * Where a list that clause `k` opens ends: it runs on over the clauses that start with 以及, 及 or 和
 * (…、某某，以及某某).
 *
 * @example
 * ```ts
 * const [s] = sentences('出席的有甲、乙，以及丙。');
 * listEnd('出席的有甲、乙，以及丙。', s.clauses, 0); // the end of the second clause
 * ```
 */
export function listEnd(text: string, clauses: readonly Piece[], k: number): number {
  let to = clauses[k]!.end;
  for (let n = k + 1; n < clauses.length && /^，?(?:以及|及|和)/.test(text.slice(to, to + 3)); n++) to = clauses[n]!.end;
  return to;
}
