/**
 * Mentions of one kind sorted by position, for range queries by binary search: the event stage asks "who is named
 * between here and there" once per verb, and a scan of every mention each time would make long texts quadratic.
 *
 * @module
 */
import type { Event } from '../../types.js';
import type { Cand } from '../recognize/index.js';

/** Mentions sorted by start, queried by range. */
export class MentionRange {
  private readonly items: Cand[];

  constructor(cands: readonly Cand[], keep: (c: Cand) => boolean) {
    this.items = cands.filter(keep).sort((a, b) => a.start - b.start);
  }

  /**
   * The mentions lying wholly inside [from, to), in text order.
   *
   * @example
   * ```ts
   * new MentionRange(doc.cands, (c) => c.label === 'person').within(0, 20);
   * ```
   */
  within(from: number, to: number): Cand[] {
    const out: Cand[] = [];
    for (let k = this.lowerBound(from); k < this.items.length && this.items[k]!.start < to; k++) {
      if (this.items[k]!.end <= to) out.push(this.items[k]!);
    }
    return out;
  }

  /** The first mention starting in [from, to), or undefined. */
  first(from: number, to: number): Cand | undefined {
    const k = this.lowerBound(from);
    const c = this.items[k];
    return c && c.start < to ? c : undefined;
  }

  /** The last mention ending at or before `at` that `ok` accepts, looking back over at most `max` mentions. */
  lastBefore(at: number, ok: (c: Cand) => boolean, max = 20): Cand | undefined {
    for (let k = this.lowerBound(at) - 1, n = 0; k >= 0 && n < max; k--, n++) {
      const c = this.items[k]!;
      if (c.end <= at && ok(c)) return c;
    }
    return undefined;
  }

  private lowerBound(from: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The last index of `ch` in `t[from, to)`, or -1: a search that never runs past the clause it is about. */
export function lastIn(t: string, ch: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (t[i] === ch) return i;
  return -1;
}

/** The first index of `ch` in `t[from, to)`, or -1. */
export function firstIn(t: string, ch: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (t[i] === ch) return i;
  return -1;
}

/** Range queries shared by every clause of a text. */
export interface Ranges {
  parties: MentionRange;
  dates: MentionRange;
  /** Events set for a day to come (将于本月20日举行): what the article's people say and do now is not done there. */
  ahead: Set<Event>;
  places: MentionRange;
  bodies: MentionRange;
  /** Names of the events found so far. */
  names: Set<string>;
  /** Sentences that already have an inspection. */
  inspected: Set<number>;
  /** For each position, whether it stands inside quotation marks (a quote reports words, not events). */
  quoted: Uint8Array;
  /** The text announces appointments and removals together (任免), as one event. */
  announced: boolean;
}

const OPEN_QUOTES = new Set([...'“「『']);
export const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』' };
export const CLOSE_QUOTES = new Set([...'”」』']);

/** Marks every position inside quotation marks, in one pass; an unclosed quote ends with its paragraph. */
export function quotedSpans(t: string): Uint8Array {
  const out = new Uint8Array(t.length);
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (OPEN_QUOTES.has(c)) depth++;
    else if (CLOSE_QUOTES.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '\n') depth = 0;
    if (depth > 0) out[i] = 1;
  }
  return out;
}
