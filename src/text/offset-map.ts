/**
 * Reflowed text with a map back to the raw input. Every stage that rewrites text (joining lines, dropping line
 * breaks) produces a {@link Reflowed} value; spans found in it are translated to raw offsets once, at the edge.
 *
 * @module
 */
import type { Span } from '../types.js';

/** Text derived from the raw input, with the raw offset of every code unit. */
export interface Reflowed {
  /** The derived text. */
  readonly text: string;
  /** `map[i]` is the raw offset of `text[i]`; inserted characters (a joining space, a paragraph `\n`) map to the
   * whitespace they replace. */
  readonly map: Int32Array;
}

/**
 * Translates a span of reflowed text to the span of raw input it covers (from the raw offset of its first code unit
 * to just after the raw offset of its last).
 *
 * @example
 * ```ts
 * const r = reflow('中国\n电子', [{ start: 0, end: 2 }, { start: 3, end: 5 }]);
 * toRaw(r, 1, 3); // { start: 1, end: 4 } — '国\n电'
 * ```
 */
export function toRaw(r: Reflowed, start: number, end: number): Span {
  if (end <= start) {
    const at = start < r.map.length ? r.map[start]! : r.map.length ? r.map[r.map.length - 1]! + 1 : 0;
    return { start: at, end: at };
  }
  return { start: r.map[start]!, end: r.map[end - 1]! + 1 };
}

/** An empty reflowed text. */
export const EMPTY_REFLOWED: Reflowed = { text: '', map: new Int32Array(0) };

/**
 * The text of a reflowed value in the script of the raw input: each character taken back from the input where it
 * came from there, inserted joins (a space, a paragraph \n) kept. Used when recognition ran on a converted copy
 * (Traditional → Simplified, one code unit for one) and reported text must stay as written.
 *
 * @example
 * ```ts
 * inInputScript(reflow(work, pieces), raw, work); // '本報訊…' where work was '本报讯…'
 * ```
 */
export function inInputScript(r: Reflowed, raw: string, work: string): string {
  if (raw === work) return r.text;
  let out = '';
  for (let i = 0; i < r.text.length; i++) {
    const at = r.map[i]!;
    out += work[at] === r.text[i] ? raw[at]! : r.text[i]!;
  }
  return out;
}
