/**
 * The reflow stage: joins lines broken by column width into paragraphs and keeps a map from every character of the
 * result back to the raw input.
 *
 * Rules (ids in parentheses are reported nowhere but name the behaviour in tests):
 * - (reflow.join.cjk) a break with a CJK character on either side joins with nothing: `2022` / `年度` → `2022年度`;
 * - (reflow.join.latin) Latin letters or digits on both sides keep one space (and English punctuation before a
 *   letter: `province,` / `on` → `province, on`);
 * - (reflow.join.number) a number the break cuts inside Chinese text joins with nothing: `辦公室1` / `3日` → `辦公室13日`;
 * - (reflow.join.hyphen) a line ending in a hyphen after a letter joins the next with nothing (`Vice-` / `Governor` →
 *   `Vice-Governor`, `irri-` / `gation` → `irri-gation`: the hyphen is kept, offsets stay one to one);
 * - (reflow.paragraph) a paragraph break, written `\n`, only where the caller says so (after a sentence end followed by
 *   a blank line or an indented line — see {@link paragraphBreakBetween}).
 *
 * @module
 */
import { endsSentence, isDigit, isHan, isLatinOrDigit, isSpace } from '../../text/chars.js';
import type { Reflowed } from '../../text/offset-map.js';
import { splitLines, type Line } from '../normalize/lines.js';

/** A trimmed piece of one line, and whether a paragraph break comes before it. */
export interface Piece {
  start: number;
  end: number;
  paragraphBefore?: boolean;
}

/** Latin script meets Latin script across the break (letters, digits, or English punctuation next to a letter). */
function joinsWithSpace(a: number, b: number): boolean {
  if (isLatinOrDigit(a) && isLatinOrDigit(b)) return true;
  const latinPunct = (c: number): boolean => c >= 0x21 && c <= 0x7e && !isLatinOrDigit(c) && c !== 0x28 && c !== 0x5b;
  // (… Electronics Co. / "Quality is …: a sentence's end before an opening straight quote keeps its space too.)
  const sentencePunct = a === 0x2e || a === 0x21 || a === 0x3f || a === 0x2c || a === 0x3b || a === 0x3a;
  return (latinPunct(a) && isLatinOrDigit(b)) || (isLatinOrDigit(a) && (b === 0x28 || b === 0x22 || b === 0x27)) || (sentencePunct && b === 0x22);
}

/**
 * A number the column break cuts inside Chinese text (辦公室1 / 3日, 超過7. / 5萬家): digits (or a decimal point or a
 * thousands comma after a digit) before the break, digits after it, and a Han character right before or right after
 * the number. Scans at most 24 characters each way.
 */
function numberCutInHan(raw: string, prevEnd: number, start: number): boolean {
  const a = raw.charCodeAt(prevEnd - 1);
  if (!isDigit(raw.charCodeAt(start))) return false;
  if (!isDigit(a) && !((a === 0x2e || a === 0x2c) && isDigit(raw.charCodeAt(prevEnd - 2)))) return false;
  let i = prevEnd - 1;
  while (i > 0 && prevEnd - i < 24 && (isDigit(raw.charCodeAt(i - 1)) || raw.charCodeAt(i - 1) === 0x2e || raw.charCodeAt(i - 1) === 0x2c)) i--;
  if (i > 0 && isHan(raw.charCodeAt(i - 1))) return true;
  let j = start;
  while (j < raw.length && j - start < 24 && isDigit(raw.charCodeAt(j))) j++;
  return j < raw.length && isHan(raw.charCodeAt(j));
}

/**
 * Joins pieces of raw text into reflowed text with an offset map.
 *
 * @example
 * ```ts
 * const raw = '中国电子\n\n系统工程有限公司';
 * reflow(raw, [{ start: 0, end: 4 }, { start: 6, end: 14 }]).text; // '中国电子系统工程有限公司'
 * ```
 */
export function reflow(raw: string, pieces: readonly Piece[]): Reflowed {
  let total = 0;
  for (const p of pieces) total += Math.max(0, p.end - p.start) + 1;
  const map = new Int32Array(total);
  const chunks: string[] = [];
  let k = 0;
  let prevEnd = -1;
  for (const p of pieces) {
    if (p.end <= p.start) continue;
    if (prevEnd >= 0) {
      if (p.paragraphBefore) {
        chunks.push('\n');
        map[k++] = prevEnd;
      } else if (raw.charCodeAt(prevEnd - 1) === 0x2d && isLatinOrDigit(raw.charCodeAt(prevEnd - 2)) && isLatinOrDigit(raw.charCodeAt(p.start))) {
        // (reflow.join.hyphen) a word broken at a hyphen joins with nothing: Vice- / Governor → Vice-Governor.
      } else if (numberCutInHan(raw, prevEnd, p.start)) {
        // (reflow.join.number) a number cut by the column break in Chinese text joins with nothing: 1 / 3日 → 13日.
      } else if (joinsWithSpace(raw.charCodeAt(prevEnd - 1), raw.charCodeAt(p.start))) {
        chunks.push(' ');
        map[k++] = prevEnd;
      }
    }
    chunks.push(raw.slice(p.start, p.end));
    for (let i = p.start; i < p.end; i++) map[k++] = i;
    prevEnd = p.end;
  }
  return { text: chunks.join(''), map: map.subarray(0, k) };
}

/**
 * Decides whether a paragraph break separates two consecutive non-blank lines of running text: only when the first
 * ends a sentence and either a blank line lies between them or the second is indented. A blank line after a line
 * that does not end a sentence is a column break, and the lines join.
 *
 * @example
 * ```ts
 * paragraphBreakBetween(raw, prev, next, true); // true when prev ends with 。 and a blank line separates them
 * ```
 */
export function paragraphBreakBetween(raw: string, prev: Line, next: Line, blankBetween: boolean): boolean {
  if (!endsSentence(raw, prev.start, prev.end)) return false;
  return blankBetween || next.indented;
}

/**
 * Reflows whole lines (or parts of the first and last line) as running text, inserting paragraph breaks where
 * {@link paragraphBreakBetween} says so.
 *
 * @example
 * ```ts
 * const lines = splitLines(raw);
 * reflowLines(raw, lines.filter((l) => !l.blank)).text;
 * ```
 */
export function reflowLines(raw: string, lines: readonly Line[], from?: number, to?: number): Reflowed {
  const pieces: Piece[] = [];
  let prev: Line | undefined;
  for (const line of lines) {
    if (line.blank) continue;
    let start = from !== undefined && from > line.start ? Math.min(from, line.end) : line.start;
    let end = to !== undefined && to < line.end ? Math.max(to, start) : line.end;
    while (start < end && isSpace(raw.charCodeAt(start))) start++;
    while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
    if (end <= start) continue;
    const blankBetween = prev !== undefined && line.index > prev.index + 1;
    const paragraphBefore = prev !== undefined && paragraphBreakBetween(raw, prev, line, blankBetween);
    pieces.push({ start, end, paragraphBefore });
    prev = line;
  }
  return reflow(raw, pieces);
}

/**
 * Reflows a whole string as running text: column breaks joined, paragraph breaks after sentence ends kept as `\n`.
 *
 * @example
 * ```ts
 * reflowText('二季度是决定全\n\n年经济走势的关键。\n\n下半年').text; // '二季度是决定全年经济走势的关键。\n下半年'
 * ```
 */
export function reflowText(text: string): Reflowed {
  return reflowLines(text, splitLines(text));
}
