/**
 * `parsePage`: the whole pipeline, normalize → reflow → segment → recognize → resolve → assemble.
 *
 * @module
 */
import { checkArguments } from './options.js';
import { splitLines } from './stages/normalize/lines.js';
import { segmentPage } from './stages/segment/index.js';
import { assembleArticle } from './stages/assemble/index.js';
import { analyzeArticles } from './stages/analyze.js';
import { surnameAt } from './lexicon/surnames.js';
import { isTraditional, toSimplifiedSameLength } from './stages/normalize/script.js';
import type { Page, ParseOptions } from './types.js';

/**
 * Parses the raw text of a whole newspaper page into articles with their parts and everything recognized in them.
 * Never throws on a string: any string yields a valid {@link Page}.
 *
 * @param text - the page as extracted (OCR or PDF text), line breaks and all.
 * @param options - `issueDate` anchors relative dates; see {@link ParseOptions}.
 * @throws TypeError when `text` is not a string or an option has the wrong type.
 * @throws RangeError when `options.issueDate` is not a calendar date, or `script`/`language` is unknown.
 * @example
 * ```ts
 * import { parsePage } from 'baozhi';
 *
 * const page = parsePage('本报讯 6月29日，某某市召开全市安全生产工作会议。（张某）', { issueDate: '2023-06-30' });
 * page.articles[0]?.dateline; // '本报讯'
 * page.articles[0]?.byline;   // ['张某']
 * ```
 */
export function parsePage(text: string, options?: ParseOptions): Page {
  const opts = checkArguments('parsePage', text, options);
  // Traditional text is read through a Simplified copy of the same length: every offset is the same in both.
  const traditional = opts.script === 'traditional' || (opts.script === 'auto' && isTraditional(text));
  const work = traditional ? toSimplifiedSameLength(text) : text;
  const lines = splitLines(work);
  const seg = segmentPage(work, lines, surnameAt);
  const analyses = analyzeArticles(text, work, seg.segments, opts);
  const articles = seg.segments.map((s, k) => assembleArticle(text, work, s, analyses[k]!, k));
  return {
    text,
    articles,
    unassigned: seg.unassigned.map((u) => ({ ...u, text: text.slice(u.start, u.end) })),
    warnings: seg.warnings,
  };
}
