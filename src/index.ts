/**
 * baozhi — the raw text of a Chinese newspaper page in, typed articles with officials, people, companies,
 * organizations, places, events and dates out; every value with offsets into the input.
 *
 * @example
 * ```ts
 * import { parsePage, annotate } from 'baozhi';
 *
 * const page = parsePage(rawPageText, { issueDate: '2023-06-30' });
 * for (const a of page.articles) console.log(a.headline, a.officials.map((p) => `${p.titles[0]}${p.name}`));
 * ```
 *
 * @module
 */
export { parsePage } from './parse-page.js';
export { annotate } from './annotate.js';
export type {
  Article,
  ArticlePart,
  Award,
  DateValue,
  Event,
  Mention,
  MentionLabel,
  Organization,
  Page,
  ParseOptions,
  Person,
  Place,
  PlaceLevel,
  Role,
  Span,
  VillageGazetteer,
  Warning,
} from './types.js';
