/**
 * The English recognizer: turns one English text (China Daily, Xinhua, Global Times, general news) into the same
 * `Doc` of mentions the Chinese recognizers fill — people, titles, companies, government bodies, organizations,
 * places and dates — with the label policy person → PER, place → LOC, company/government/organization → ORG, and
 * nationalities, events and languages left unlabelled.
 *
 * Recognizers run in an order that lets the more specific win: dates, known organizations, companies by their legal
 * form, organizations by their head word, titles with the names after them, places, people by their shape, titles
 * after names, the remaining capitalized runs, and later mentions of names found.
 *
 * @module
 */
import { linkBracketedAcronyms } from './acronyms.js';
import { assignPlaceCodes } from './codes.js';
import { Doc } from '../stages/recognize/doc.js';
import type { Day } from '../options.js';
import { classifyRuns, propagateLists } from './chunks.js';
import { makeContext } from './context.js';
import { findDates } from './dates.js';
import { findCompanies, findCuedOrganizations, findKnownOrganizations, findLevelGovernments, findNameRepeats, findOrganizations } from './orgs.js';
import { findPeople, findRepeats } from './people.js';
import { findDatelines, findLevelOfPlaces, findPlaces } from './places.js';
import { findMatchTeams, findResults } from './sports.js';
import { findAppositiveTitles, findTitles } from './titles.js';
import { lineEndHyphens, unbreak } from './hyphen.js';
import { findKnownBodies, type KnownBody } from './known-bodies.js';

/**
 * Recognizes entity mentions in one English text; returns the Doc with its cands.
 *
 * @example
 * ```ts
 * const doc = recognizeEnglish('Premier Li Qiang met the press in Beijing on June 29.', { anchor: { year: 2023, month: 6, day: 30 } });
 * doc.cands.map((c) => `${c.label}:${doc.text.slice(c.start, c.end)}`);
 * // ['date:June 29', 'title:Premier', 'person:Li Qiang', 'place:Beijing']
 * ```
 */
export function recognizeEnglish(text: string, opts: { anchor?: Day; map?: Int32Array; seams?: Uint8Array; bodies?: readonly KnownBody[] } = {}): Doc {
  const ctx = makeContext(text, opts.map ? lineEndHyphens(text, opts.map) : undefined);
  if (opts.seams) ctx.doc.seams = opts.seams;
  findDates(ctx, opts.anchor);
  findDatelines(ctx);
  findKnownOrganizations(ctx);
  findCompanies(ctx);
  findOrganizations(ctx);
  findLevelGovernments(ctx);
  findCuedOrganizations(ctx);
  // (A headline: the bodies its article's body names, by the short names it uses too.)
  if (opts.bodies) findKnownBodies(ctx, opts.bodies);
  // Bodies named again by a short form before the posts of their people (Golden Lotus chairman …).
  findNameRepeats(ctx, true);
  findTitles(ctx);
  findLevelOfPlaces(ctx);
  findResults(ctx);
  findMatchTeams(ctx);
  findPeople(ctx);
  findPlaces(ctx);
  findAppositiveTitles(ctx);
  findRepeats(ctx);
  findNameRepeats(ctx);
  classifyRuns(ctx);
  propagateLists(ctx);
  findAppositiveTitles(ctx); // names found by their shape only now (Ailijiang Tursun, vice-chairman of …)
  findRepeats(ctx);
  assignPlaceCodes(ctx.doc);
  // Names of bodies, people and places without the soft hyphens of line breaks (Equip-ment, Urru-tia).
  for (const c of ctx.doc.cands) {
    if (c.label !== 'company' && c.label !== 'organization' && c.label !== 'government' && c.label !== 'person' && c.label !== 'place') continue;
    if (c.canonical !== undefined) continue;
    const name = unbreak(ctx.doc.text, c.start, c.end, ctx.doc.hyphenBreaks);
    if (name !== ctx.doc.text.slice(c.start, c.end)) c.canonical = name;
  }
  linkBracketedAcronyms(ctx);
  return ctx.doc;
}

/**
 * True when a text is English (mostly Latin letters, few Han characters).
 *
 * @example
 * ```ts
 * isEnglish('Premier Li Qiang met the press.'); // true
 * isEnglish('市长王晓明出席会议。'); // false
 * ```
 */
export function isEnglish(text: string): boolean {
  let latin = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f)) han++;
  }
  if (latin === 0) return false;
  // A Han character carries about as much as a short word: English when Han characters are under a fifth of the letters.
  return han * 5 < latin;
}
