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

/**
 * Where raw text that is not part of a reflowed value lies between two of its neighbouring characters (a folio line
 * or another article's line skipped inside a body): `seams[i]` is 1 when non-whitespace input stands between
 * `text[i - 1]` and `text[i]`. Undefined when there is none, as for any text reflowed whole.
 *
 * @example
 * ```ts
 * const raw = '欧阳\n第3版\n中心';
 * seamsOf(reflow(raw, [{ start: 0, end: 2 }, { start: 7, end: 9 }]), raw); // Uint8Array [0, 0, 1, 0]
 * ```
 */
export function seamsOf(r: Reflowed, raw: string): Uint8Array | undefined {
  let seams: Uint8Array | undefined;
  for (let i = 1; i < r.map.length; i++) {
    const a = r.map[i - 1]!;
    const b = r.map[i]!;
    if (b - a <= 1) continue;
    for (let j = a + 1; j < b; j++) {
      if (/\s/.test(raw[j]!)) continue;
      (seams ??= new Uint8Array(r.map.length))[i] = 1;
      break;
    }
  }
  return seams;
}
