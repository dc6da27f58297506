/**
 * `annotate`: any text in, flat non-overlapping entity mentions out.
 *
 * @module
 */
import { checkArguments } from './options.js';
import type { Mention, ParseOptions } from './types.js';
import { annotateText } from './stages/analyze.js';

/**
 * Finds entity mentions in any text — a sentence, a paragraph or a whole page — without segmenting it into articles.
 * Mentions never overlap and come in text order; offsets are into `text`.
 *
 * @param text - any string.
 * @param options - see {@link ParseOptions}.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * import { annotate } from 'baozhi';
 *
 * annotate('市长王晓明出席会议。').map((m) => `${m.label}:${m.text}`);
 * // ['title:市长', 'person:王晓明']
 * ```
 */
export function annotate(text: string, options?: ParseOptions): Mention[] {
  const opts = checkArguments('annotate', text, options);
  return annotateText(text, opts);
}
