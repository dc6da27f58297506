/**
 * The recognize stage: runs the recognizers over one reflowed text, in an order that lets the more specific win —
 * companies, short company names, named organizations, titles with their names, level organs, places, people before
 * verbs, then later mentions of every name found.
 *
 * @module
 */
import type { VillageGazetteer } from '../../types.js';
import type { Day } from '../../options.js';
import { findDates } from './dates.js';
import { findCompanies, findShortCompanies } from './companies.js';
import { Doc } from './doc.js';
import { findKnownOrganizations, findLevelOrgans, findOrganizations } from './organizations.js';
import { findCoreferences, findForeignNames, findForeignRuns, findJapaneseNames, findVerbPersons } from './persons.js';
import { japaneseSurnameAt } from '../../lexicon/surnames.js';
import { findFreeNames } from './names.js';
import { findPlaces } from './places.js';
import { findAbbreviations } from './abbreviations.js';
import { findTitles } from './titles.js';
import { findShortForms } from './short-forms.js';
import { findListedBodies } from './listed-bodies.js';
import { findAppointments } from './appointments.js';
import { findTeams } from './teams.js';

export { Doc } from './doc.js';
export type { Cand, PlaceData, TitleData } from './doc.js';

/** Options of the recognizers. */
export interface RecognizeOptions {
  villages?: VillageGazetteer;
  /** The issue date, anchoring relative dates. */
  anchor?: Day;
  /** Person names known from elsewhere (the article's body, for its headline): found first where they stand. */
  names?: readonly string[];
  /** Where text of another part of the page lies inside this one ({@link seamsOf}): no mention spans a seam. */
  seams?: Uint8Array;
}

/**
 * Recognizes entity mentions in one text.
 *
 * @example
 * ```ts
 * const doc = recognize('市长王某某出席会议。');
 * doc.cands.map((c) => c.label); // ['title', 'person']
 * ```
 */
export function recognize(text: string, opts: RecognizeOptions = {}): Doc {
  const doc = new Doc(text);
  if (opts.seams) doc.seams = opts.seams;
  findDates(doc, opts.anchor);
  findKnownOrganizations(doc);
  findCompanies(doc);
  findShortCompanies(doc);
  findTeams(doc);
  findOrganizations(doc);
  findListedBodies(doc);
  findShortForms(doc);
  // Names the article's body holds claim their place in its headline first (卓永康 before the county 永康).
  if (opts.names?.length) findCoreferences(doc, opts.names);
  findForeignNames(doc);
  findTitles(doc);
  findLevelOrgans(doc);
  // Names a title bound claim their later mentions before places do (麦永乐 again, not 麦 + the town 永乐).
  findCoreferences(doc, personNames([doc]));
  findPlaces(doc, opts.villages);
  findAbbreviations(doc);
  findJapaneseNames(doc);
  findVerbPersons(doc);
  findCoreferences(doc, personNames([doc]));
  findFreeNames(doc);
  findForeignRuns(doc);
  findAppointments(doc);
  findCoreferences(doc, personNames([doc]));
  return doc;
}

/** Every distinct person name found in some documents, in order of first appearance. */
export function personNames(docs: readonly Doc[]): string[] {
  const names = new Set<string>();
  for (const d of docs) for (const c of d.cands) {
    if (c.label !== 'person') continue;
    const name = d.text.slice(c.start, c.end);
    names.add(name);
    // A transliterated name is later written by its last part (某某·莫拉莱达 → 莫拉莱达).
    const dot = Math.max(name.lastIndexOf('·'), name.lastIndexOf('・'), name.lastIndexOf('•'));
    if (dot > 0 && name.length - dot - 1 >= 2) names.add(name.slice(dot + 1));
    // A Japanese name is later written by its family name alone (山本健一郎 → 山本).
    const family = c.rule.startsWith('person.japanese') ? japaneseSurnameAt(name, 0) : 0;
    if (family && family < name.length) names.add(name.slice(0, family));
  }
  return [...names];
}

/**
 * Adds later mentions of names found elsewhere (in another text of the same article: headline and body).
 *
 * @example
 * ```ts
 * linkNames([headlineDoc, bodyDoc]);
 * ```
 */
export function linkNames(docs: readonly Doc[]): void {
  const names = personNames(docs);
  for (const d of docs) findCoreferences(d, names);
}
