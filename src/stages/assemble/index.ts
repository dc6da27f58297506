/**
 * The assemble stage: a segment and what was recognized in it become one typed {@link Article}.
 *
 * @module
 */
import type { Article } from '../../types.js';
import { inInputScript, type Reflowed } from '../../text/offset-map.js';
import type { Segment } from '../segment/index.js';
import type { ArticleAnalysis } from '../analyze.js';

/**
 * Builds the public Article object.
 *
 * @example
 * ```ts
 * const article = assembleArticle(raw, segment, analysis, 0);
 * article.id; // 'a1'
 * ```
 */
export function assembleArticle(raw: string, work: string, seg: Segment, analysis: ArticleAnalysis, index: number): Article {
  const asWritten = (r: Reflowed): string => inInputScript(r, raw, work);
  const article: Article = {
    id: `a${index + 1}`,
    start: seg.span.start,
    end: seg.span.end,
    parts: seg.parts,
    subheadlines: seg.subheadlines.map(asWritten),
    byline: seg.bylineSpans.map((sp) => raw.slice(sp.start, sp.end).replace(/\s*[\r\n]+\s*/g, '')), // a name a column break cuts (梁 / 浩然) reads whole
    body: asWritten(seg.body),
    language: analysis.language,
    officials: analysis.officials,
    people: analysis.people,
    companies: analysis.companies,
    organizations: analysis.organizations,
    places: analysis.places,
    events: analysis.events,
    awards: analysis.awards,
    dates: analysis.dates,
    mentions: analysis.mentions,
  };
  if (analysis.script) article.script = analysis.script;
  if (seg.headline) article.headline = asWritten(seg.headline);
  const dateline = seg.parts.find((p) => p.kind === 'dateline');
  if (dateline) article.dateline = raw.slice(dateline.start, dateline.end).replace(/\s*[\r\n]+\s*/g, ''); // a credit the column break cuts reads whole
  return article;
}
