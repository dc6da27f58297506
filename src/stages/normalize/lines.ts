/**
 * Splits raw input into lines, keeping for each the trimmed content range. Handles \n, \r\n, \r, U+2028/2029 and
 * every kind of whitespace (tabs, NBSP, ideographic spaces) without moving an offset.
 *
 * @module
 */
import { isSpace } from '../../text/chars.js';

/** One physical line of the input. */
export interface Line {
  /** Position of the line among all lines. */
  readonly index: number;
  /** Raw offset where the trimmed content starts (equals `end` for a blank line). */
  readonly start: number;
  /** Raw offset just after the trimmed content. */
  readonly end: number;
  /** True when the line holds only whitespace. */
  readonly blank: boolean;
  /** True when the content is indented (leading whitespace before it), a paragraph signal in print. */
  readonly indented: boolean;
}

/**
 * Splits `raw` into lines with trimmed content ranges.
 *
 * @example
 * ```ts
 * splitLines('本报讯 近日\r\n\r\n  全市').map((l) => [l.start, l.end, l.blank]);
 * // [[0, 6, false], [8, 8, true], [12, 14, false]] — a run of blank lines is one record
 * ```
 */
export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  const n = raw.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? raw.charCodeAt(i) : 0x0a;
    if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) continue;
    let s = lineStart;
    let e = i;
    while (s < e && isSpace(raw.charCodeAt(s))) s++;
    while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
    if (i === n && lineStart === n && lines.length > 0) break; // no phantom line after a final newline
    // A run of blank lines is one record: what matters is that a blank separates two lines, not how many (and a page
    // of a million newlines must not cost a million objects).
    const blank = s === e;
    if (!(blank && lines.length && lines[lines.length - 1]!.blank)) {
      lines.push({ index: lines.length, start: s, end: e, blank, indented: s > lineStart && s < e });
    }
    if (c === 0x0d && i + 1 < n && raw.charCodeAt(i + 1) === 0x0a) i++;
    lineStart = i + 1;
  }
  return lines;
}
