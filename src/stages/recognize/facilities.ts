/**
 * Border crossings, airports and piers (罗湖管制站, 深圳湾口岸, 香港国际机场, 葵涌货柜码头, 港珠澳大桥澳门口岸): places
 * of no level named after their place, a bridge, or, in a list, beside another such facility (青茂口岸及横琴口岸).
 *
 * @module
 */
import { getGazetteer } from '../../lexicon/gazetteer.js';
import { lexicons } from '../../lexicon/index.js';
import { verbEndsBefore } from '../../lexicon/names.js';
import type { Doc, PlaceData } from './doc.js';
import { leftScore } from './names.js';
import { placeAt } from './places.js';
import { LIST_JOINT, NOT_IN_NAME, STREET_RIGHT } from './streets.js';

/** The words of a border crossing, an airport or a pier, with what may stand between it and its place (湾, 支线). */
const FACILITY = /(?:[东西南北]|湾|支线|货柜)?(?:口岸|管制站|国际机场|机场|码头|马场)/g; // (沙田马场: a racecourse too)
/** Before a name of a bridge or of a facility in a list: a list's joint or a preposition of place. */
const JOINT_OR_PREPOSITION = /[、及和与在经往至到从由]/;

/**
 * Border crossings, airports and piers named after their place: a place of two or three characters — a district's
 * short form too, which alone is too often a word or a name — and the facility's words. The port of a bridge is named
 * with the bridge (港珠澳大桥 + 澳门 + 口岸). The text then vouches for that short form: named bare elsewhere (以罗湖、
 * 落马洲支线), it is the place. Last, a facility named after no known place is one beside another in a list.
 *
 * @example
 * ```ts
 * const doc = new Doc('加强青茂口岸、港珠澳大桥澳门口岸等的人流疏导'); findFacilities(doc);
 * // places: 青茂口岸, 港珠澳大桥澳门口岸
 * ```
 */
export function findFacilities(doc: Doc): void {
  const t = doc.text;
  const vouched = new Map<string, PlaceData>();
  const unplaced: [number, number][] = [];
  for (const m of t.matchAll(FACILITY)) {
    let found = false;
    for (const len of [3, 2]) {
      const s = m.index - len;
      const end = m.index + m[0].length;
      if (s < 0 || !doc.isFree(s, end)) continue;
      const name = t.slice(s, m.index);
      const hit = placeAt(doc, s);
      const entries = hit?.end === m.index ? undefined : getGazetteer().byName.get(name)?.filter((x) => x.entry.level !== 'town');
      if (hit?.end !== m.index && !entries?.length) continue;
      // 港珠澳大桥香港口岸: the port of a bridge is named with the bridge, not after the place alone.
      if (t.slice(Math.max(0, s - 2), s) === '大桥') {
        const b = bridgeStart(doc, s - 2);
        if (b >= 0) found = doc.accept({ start: b, end, label: 'place', rule: 'place.facility-bridge', place: {} }) >= 0;
        break;
      }
      found = doc.accept({ start: s, end, label: 'place', rule: 'place.facility', place: {} }) >= 0;
      if (entries?.length) vouched.set(name, { level: entries[0]!.entry.level, codes: entries.map((x) => x.entry.code), fullNames: entries.map((x) => x.entry.name) });
      break;
    }
    if (!found) unplaced.push([m.index, m.index + m[0].length]);
  }
  for (const [name, data] of vouched) {
    for (let i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      const e = i + name.length;
      if (doc.isFree(i, e) && (i === 0 || !doc.isHan(i - 1) || leftScore(doc, i) > 0 || lexicons().boundary1.has(t[i - 1]!)) && (STREET_RIGHT.test(t.slice(e, e + 2)) || !doc.isHan(e))) {
        doc.accept({ start: i, end: e, label: 'place', rule: 'place.gazetteer-short', place: data });
      }
    }
  }
  for (const [word, end] of unplaced) findListedFacility(doc, word, end);
}

/** True when a name may open at `s`: the text's start, punctuation, a list's joint, a preposition or a verb before. */
function opensName(doc: Doc, s: number): boolean {
  const t = doc.text;
  return s === 0 || !doc.isHan(s - 1) || JOINT_OR_PREPOSITION.test(t[s - 1]!) || verbEndsBefore(t, s);
}

/** True when `t[s, e)` is free Han text with no function word or numeral in it. */
function plainName(doc: Doc, s: number, e: number): boolean {
  if (s < 0 || !doc.isFree(s, e)) return false;
  for (let k = s; k < e; k++) if (!doc.isHan(k) || NOT_IN_NAME.test(doc.text[k]!)) return false;
  return true;
}

/** The start of the name of a bridge (two to four characters) whose 大桥 starts at `b`, or -1. */
function bridgeStart(doc: Doc, b: number): number {
  for (const n of [4, 3, 2]) if (plainName(doc, b - n, b) && opensName(doc, b - n)) return b - n;
  return -1;
}

/**
 * A facility of two (or three) characters and the facility's words that no known place names, where a list joins it
 * to a facility found (青茂口岸、港珠澳大桥澳门口岸; 青茂口岸及横琴口岸). Three characters only where a name clearly
 * opens before them; two otherwise (加强 + 青茂口岸).
 */
function findListedFacility(doc: Doc, word: number, end: number): void {
  const t = doc.text;
  const isFacility = (i: number) => doc.cands[i]?.rule.startsWith('place.facility') === true;
  const s = plainName(doc, word - 3, word) && opensName(doc, word - 3) ? word - 3 : word - 2;
  if (!plainName(doc, s, word)) return;
  const after = LIST_JOINT.test(t[end] ?? '') && isFacility(doc.owner[end + 1] ?? -1);
  const before = s >= 2 && LIST_JOINT.test(t[s - 1]!) && isFacility(doc.endingAt(s - 1));
  if (after || before) doc.accept({ start: s, end, label: 'place', rule: 'place.facility-list', place: {} });
}
