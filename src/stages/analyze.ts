/**
 * Recognition and resolution for every article of a page: the texts of each article (headline, subheadlines, body)
 * go through the recognizers, then entities are resolved with the page's context (its city and province).
 *
 * @module
 */
import type { Award, DateValue, Event, Mention, Organization, Person, Place } from '../types.js';
import type { Day, ResolvedOptions } from '../options.js';
import type { Segment } from './segment/index.js';
import { reflow, reflowText } from './reflow/index.js';
import { Doc, linkNames, personNames, recognize, type Cand } from './recognize/index.js';
import { datelineDay } from './recognize/dates.js';
import { articleContext, pageContext } from './resolve/context.js';
import { entityName, fullNamesByPart, resolveEntities, toMention, type TextUnit } from './resolve/entities.js';
import { analyzeEvents } from './events/index.js';
import { isEnglish, recognizeEnglish } from '../en/index.js';
import { knownBodies, type KnownBody } from '../en/known-bodies.js';
import { analyzeEnglishEvents, datelineCity } from '../en/events.js';
import { placesWithinPage } from '../en/codes.js';
import { inInputScript, seamsOf, toRaw, type Reflowed } from '../text/offset-map.js';
import { isTraditional, toSimplifiedSameLength, traditionalShare } from './normalize/script.js';
import { iso } from '../text/calendar.js';

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
export function analyzeArticles(raw: string, work: string, segments: readonly Segment[], opts: ResolvedOptions): ArticleAnalysis[] {
  const ropts = { ...(opts.villages ? { villages: opts.villages } : {}), ...(opts.issueDate ? { anchor: opts.issueDate } : {}) };
  const languages: ('zh' | 'en')[] = [];
  /** The day each dispatch was filed, from its dateline. */
  const filedDays: (Day | undefined)[] = [];
  const units: TextUnit[][] = segments.map((s) => {
    const texts = [...(s.headline ? [s.headline] : []), ...s.subheadlines, s.body];
    const english = opts.language === 'en' || (opts.language === 'auto' && isEnglish(s.body.text));
    languages.push(english ? 'en' : 'zh');
    // A dated dispatch counts its relative days (今天, on Wednesday) from the day in its dateline.
    const filed = s.dateline && ropts.anchor ? datelineDay(s.dateline, ropts.anchor) : undefined;
    filedDays.push(filed);
    const aopts = filed ? { ...ropts, anchor: filed } : ropts;
    // The body first: the names it holds are looked for first in its headlines.
    // (No mention spans a folio line or another article's line that the body skips: seamsOf.)
    // (Headlines of English articles: the bodies the body names, by their short names too.)
    const read = (r: Reflowed, known?: { names?: readonly string[]; bodies?: readonly KnownBody[] }): Doc => {
      const seams = seamsOf(r, work);
      const at = { ...(aopts.anchor ? { anchor: aopts.anchor } : {}), ...(seams ? { seams } : {}) };
      if (english) return recognizeEnglish(r.text, { ...at, map: r.map, ...(known?.bodies ? { bodies: known.bodies } : {}) });
      return recognize(r.text, { ...aopts, ...at, ...(known?.names ? { names: known.names } : {}) });
    };
    const bodyDoc = read(s.body);
    const known = english ? { bodies: knownBodies(bodyDoc) } : { names: personNames([bodyDoc]) };
    const us: TextUnit[] = texts.map((reflowed, k) => ({
      reflowed,
      doc: k === texts.length - 1 ? bodyDoc : read(reflowed, known),
      original: inInputScript(reflowed, raw, work),
    }));
    linkNames(us.map((u) => u.doc));
    const place = english ? datelinePlace(work, s) : undefined;
    if (place) us.unshift(place);
    return us;
  });
  const ctx = pageContext(units.flatMap((us) => us.map((u) => u.doc)));
  // (An English city daily names its districts and subdistricts bare: read them in the page's city.)
  if (ctx.cityCode) placesWithinPage(units.flatMap((us, k) => (languages[k] === 'en' ? [us.map((u) => u.doc)] : [])), ctx.cityCode);
  const analyses = units.map((us, k) => {
    // (One context for the article's entities and for the names its events give them.)
    const actx = articleContext(us.map((u) => u.doc), ctx);
    const e = resolveEntities(us, actx);
    const seg = segments[k]!;
    let changed = 0;
    let han = 0;
    if (raw !== work) for (const p of seg.parts) { const sh = traditionalShare(raw, p.start, p.end); changed += sh.changed; han += sh.han; }
    const script: 'simplified' | 'traditional' = changed >= 2 && changed >= 0.04 * han ? 'traditional' : 'simplified';
    const language = languages[k]!;
    const body = us[us.length - 1]!;
    const fullNames = fullNamesByPart(us);
    const nameOf = (c: Cand): string => {
      const n = entityName(body.doc, c, actx);
      return c.label === 'person' ? fullNames.get(n) ?? n : n;
    };
    const city = seg.dateline ? datelineCity(seg.dateline) : undefined;
    const ev = languages[k] === 'en' ? analyzeEnglishEvents(body.doc, nameOf, city ? { datelineCity: city } : {}) : analyzeEvents(body.doc, nameOf);
    // A Chinese dispatch whose body names no day for an event (中山26日電　…签署…): the day it was filed.
    const filed = language === 'zh' ? filedDays[k] : undefined;
    const filedText = filed ? /(?:\d{1,2}|[一二三四五六七八九十]{1,3})日/.exec(seg.dateline!)?.[0] : undefined;
    if (filed && filedText) {
      for (const x of ev.events) if (!x.date) x.date = { text: filedText, year: filed.year, month: filed.month, day: filed.day, iso: iso(filed.year, filed.month, filed.day) };
    }
    for (const p of [...e.officials, ...e.people]) p.roles = ev.roles.get(p.name) ?? [];
    const toRawMention = (m: Mention): Mention => ({ ...m, text: (body.original ?? body.doc.text).slice(m.start, m.end), ...toRaw(body.reflowed, m.start, m.end) });
    for (const x of ev.events) x.mentions = x.mentions.map(toRawMention);
    for (const x of ev.awards) x.mentions = x.mentions.map(toRawMention);
    const analysis: ArticleAnalysis = {
      language,
      ...e,
      events: ev.events,
      awards: ev.awards,
      dates: ev.dates,
    };
    if (language === 'zh') analysis.script = script; // absent for English articles
    return analysis;
  });
  carryOfficials(analyses);
  return analyses;
}

/**
 * Lu Hanqing and Qiu Wenhai witnessed the signing, in a story that gives them no post, where the lead story named them
 * Party Secretary and Mayor: someone another article of the page (before or after) names as an official, named here
 * with no title of their own, is an official here too (titles empty: none is printed here), in the order of first
 * mention. (Names are matched exactly: two people of one name on one page are taken for one.)
 */
function carryOfficials(analyses: ArticleAnalysis[]): void {
  const officials = new Set<string>();
  for (const a of analyses) for (const p of a.officials) if (p.titles.length) officials.add(p.name);
  if (!officials.size) return;
  for (const a of analyses) {
    const moved = new Set(a.people.filter((p) => !p.titles.length && officials.has(p.name) && p.mentions.length));
    if (!moved.size) continue;
    a.people = a.people.filter((p) => !moved.has(p));
    a.officials = [...a.officials, ...moved].sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
  }
}

/**
 * The place a brief's dateline names in capitals (HAINAN --, INNER MONGOLIA --): a text unit holding that place alone,
 * read in title case so the English lexicon knows it, written as printed.
 */
function datelinePlace(work: string, s: Segment): TextUnit | undefined {
  if (s.datelineRule !== 'dateline.en-place-dash') return undefined;
  const part = s.parts.find((p) => p.kind === 'dateline');
  if (!part) return undefined;
  const reflowed = reflow(work, [{ start: part.start, end: part.end }]);
  const cased = reflowed.text.replace(/[A-Z][A-Z'’.-]+/g, (w) => w[0] + w.slice(1).toLowerCase());
  const read = recognizeEnglish(cased, { map: reflowed.map });
  const doc = new Doc(cased);
  for (const c of read.cands) if (c.label === 'place' && c.aliasOf === undefined) doc.accept({ ...c });
  return doc.cands.length ? { doc, reflowed, original: reflowed.text } : undefined;
}

/**
 * Mentions in any text, with no segmentation into articles.
 *
 * @example
 * ```ts
 * annotateText('市长王晓明出席会议。', { script: 'auto', language: 'auto' });
 * ```
 */
export function annotateText(raw: string, opts: ResolvedOptions): Mention[] {
  const traditional = opts.script === 'traditional' || (opts.script === 'auto' && isTraditional(raw));
  const work = traditional ? toSimplifiedSameLength(raw) : raw;
  const reflowed = reflowText(work);
  const english = opts.language === 'en' || (opts.language === 'auto' && isEnglish(reflowed.text));
  const doc: Doc = english
    ? recognizeEnglish(reflowed.text, { ...(opts.issueDate ? { anchor: opts.issueDate } : {}), map: reflowed.map })
    : recognize(reflowed.text, { ...(opts.villages ? { villages: opts.villages } : {}), ...(opts.issueDate ? { anchor: opts.issueDate } : {}) });
  const unit: TextUnit = { doc, reflowed, original: inInputScript(reflowed, raw, work) };
  return doc.cands.map((c) => toMention(unit, c)).sort((a, b) => a.start - b.start);
}
