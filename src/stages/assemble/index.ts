/**
 * The assemble stage: a segment and what was recognized in it become one typed {@link Article}.
 *
 * @module
 */
import type { Article } from '../../types.js';
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
export function assembleArticle(raw: string, seg: Segment, analysis: ArticleAnalysis, index: number): Article {
  const article: Article = {
    id: `a${index + 1}`,
    start: seg.span.start,
    end: seg.span.end,
    parts: seg.parts,
    subheadlines: seg.subheadlines.map((s) => s.text),
    byline: seg.byline,
    body: seg.body.text,
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
  if (seg.headline) article.headline = seg.headline.text;
  if (seg.dateline !== undefined) article.dateline = seg.dateline;
  return article;
}
