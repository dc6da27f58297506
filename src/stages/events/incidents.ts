/**
 * Incidents a story reports, as events of type `other`: a fire (某地一幢唐楼昨晚发生火警), a court's sentence (法官某某昨日
 * 判刑), a police operation (警方前日采取代号「某某」的行动), a customs seizure (海关前日在机场截查…), an accident
 * (在某山一带失足) and a cut in supply (将于下周二暂停食水供应). The cues are data (data/incident-cues.tsv); one incident
 * is read per article, the first whose sentence dates it.
 *
 * @module
 */
import { incidentCues } from '../../data/lexicons.generated.js';
import { Trie } from '../../lexicon/trie.js';
import type { Event } from '../../types.js';
import type { Cand, Doc } from '../recognize/index.js';
import type { Ranges } from './range.js';
import type { Piece } from './text.js';
import { venueBefore } from './where.js';

interface Cue {
  kind: string;
  /** Words one of which must stand before the cue in its clause (采取 before 行动). */
  after?: readonly string[];
}
let cues: Trie<Cue> | undefined;
function lexicon(): Trie<Cue> {
  if (cues) return cues;
  cues = new Trie<Cue>();
  for (const [word, kind, after] of incidentCues) cues.add(word!, after ? { kind: kind!, after: after.split('|') } : { kind: kind! });
  return cues;
}

/** A count before the cue (去年共发生约60宗…火警, 三次起火): incidents counted, not one reported. */
// (Not a day a cut runs from: 下周一起暂停食水供应, 星期一起.)
const COUNTED = /(?<![周期\d一二两三四五六七八九十百千万多几数])[\d一二两三四五六七八九十百千万多几数]+\s?(?:宗|起|次|单|宗次)[^，。]{0,10}$/;
/** How far before the cue a word it needs is looked for. */
const NEEDS_WINDOW = 24;
/** How much of its clause after the cue an incident's name keeps. */
const NAME_TAIL = 20;
/** How far before the cue its date is looked for. */
const DATE_WINDOW = 120;

/** A sentence with its clauses. */
type Sentence = Piece & { clauses: Piece[] };

/**
 * The first incident the article reports, or undefined: a cue in a clause not quoted, after a date in its sentence
 * (an incident reported happened on a day: 昨晚发生火警, 前日在机场截查), and not counted. Its place is the venue
 * written 在… before the cue, a court named in the clause, or the phrase that opens the clause up to its date when
 * that phrase opens with a place (葵涌某某道一幢工业大厦昨晚发生火警).
 *
 * @example
 * ```ts
 * findIncident(doc, sentences, ranges)?.name; // '某区某某道一幢工业大厦昨晚发生火警'
 * ```
 */
export function findIncident(doc: Doc, sentences: readonly Sentence[], ranges: Ranges): (Event & { at: number; sentence: number }) | undefined {
  const t = doc.text;
  const lex = lexicon();
  /** Where the first court's cue other than the verdict's (罪成) stands in clause `c` (被判, 判囚), or -1. */
  const sentenceCueIn = (c: Piece): number => {
    for (let k = c.start; k < c.end; k++) {
      const hit = lex.longestAt(t, k, c.end);
      if (hit && hit[1].kind === 'court' && t.slice(k, hit[0]) !== '罪成') return k;
    }
    return -1;
  };
  /** The cue at `i` in clause `c` of sentence `s`, where it reports an incident, and the date that dates it. */
  const cueAt = (s: Sentence, c: Piece, i: number): { end: number; cue: Cue; dated: Cand } | undefined => {
    const hit = lex.longestAt(t, i, c.end);
    if (!hit) return undefined;
    const [end, cue] = hit;
    if (ranges.quoted[i]) return undefined;
    if (cue.after) {
      const before = t.slice(Math.max(c.start, i - NEEDS_WINDOW), i);
      if (!cue.after.some((w) => before.includes(w))) return undefined;
    }
    if (COUNTED.test(t.slice(Math.max(c.start, i - 16), i))) return undefined;
    // (Looked for within a window: a long sentence of many cues is read in linear time.)
    const dated = dayIn(ranges, Math.max(s.start, i - DATE_WINDOW), i);
    return dated ? { end, cue, dated } : undefined;
  };
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    for (let ci = 0; ci < s.clauses.length; ci++) {
      let c = s.clauses[ci]!;
      for (let i = c.start; i < c.end; i++) {
        let found = cueAt(s, c, i);
        if (!found) continue;
        // 上周三在区域法院被裁定盗窃罪成，昨日被判监禁30个月: the sentence passed in a later clause, on its own day, is
        // the incident the story reports; the verdict before it is its background (its court the place).
        const verdict = found.cue.kind === 'court' && t.slice(i, found.end) === '罪成' ? c : undefined;
        if (verdict) {
          for (let cj = ci + 1; cj < s.clauses.length && cj <= ci + 2; cj++) {
            const later = s.clauses[cj]!;
            const j = sentenceCueIn(later);
            const sentence = j >= 0 ? cueAt(s, later, j) : undefined;
            const own = sentence ? dayIn(ranges, later.start, j) : undefined;
            if (sentence && own) { c = later; i = j; found = { ...sentence, dated: own }; break; }
          }
        }
        const { end, cue, dated } = found;
        const trigger = t.slice(i, end);
        // (Named by its whole clause, what follows the cue too: 昨日被判囚三年四个月, 截查一名男旅客.)
        const to = Math.min(c.end, end + NAME_TAIL);
        const e: Event & { at: number; sentence: number } = {
          type: 'other',
          name: t.slice(c.start, to),
          trigger,
          participants: [],
          mentions: [{ start: c.start, end: to, text: t.slice(c.start, to), label: 'event', rule: `event.incident.${cue.kind}` }],
          at: i,
          sentence: si,
        };
        // (The sentence's court is the one the verdict's clause names.)
        const court = verdict && verdict !== c ? courtIn(doc, ranges, verdict.start, verdict.end) : undefined;
        const where = court ?? placeOf(doc, ranges, c, i, dated.start);
        if (where) e.location = where;
        return e;
      }
    }
  }
  return undefined;
}

/** The first date in [from, to) that names a day (昨日, 1日), not a month or a year alone. */
function dayIn(ranges: Ranges, from: number, to: number): Cand | undefined {
  return ranges.dates.within(from, to).find((d) => d.date?.iso || d.date?.day !== undefined);
}

/** The name of the first court (…法院, …法庭) in [from, to), if any. */
function courtIn(doc: Doc, ranges: Ranges, from: number, to: number): string | undefined {
  const court = ranges.bodies.within(from, to).find((b) => /(?:法院|法庭)$/.test(doc.text.slice(b.start, b.end)));
  return court ? doc.text.slice(court.start, court.end) : undefined;
}

/** Where the incident at `i` happened (see {@link findIncident}). */
function placeOf(doc: Doc, ranges: Ranges, c: Piece, i: number, dateAt: number): string | undefined {
  const t = doc.text;
  const venue = venueBefore(doc, ranges, c.start, i);
  if (venue) return venue;
  const court = courtIn(doc, ranges, c.start, i);
  if (court) return court;
  const first = ranges.places.within(c.start, i)[0];
  if (first && first.start === c.start && dateAt > first.end && dateAt <= i) return t.slice(c.start, dateAt);
  return undefined;
}
