/**
 * Incidents of English news: a landslide, an earthquake, a fire, an explosion, a crash that struck somewhere and
 * killed or injured people, an official's investigation and a court's sentence. They are events of no kind of their own ('other'),
 * dated by the day their sentence names.
 *
 * @module
 */
import type { Event, Mention } from '../types.js';
import type { Doc } from '../stages/recognize/index.js';
import { softless } from './hyphen.js';
import { sentencesOf } from './sentences.js';
import { MentionRange } from '../stages/events/range.js';

/** What happened, and a verb that says it did (a landslide struck, a fire broke out, killed, injured). */
const INCIDENT = /(?<!-)\b(landslide|mudslide|earthquake|quake|flash flood|flood|fire|blaze|explosion|blast|building collapse|collapse|road accident|traffic accident|accident|pile-up|crash|collision)s?\b(?!-)[^.;]{0,120}?\b(?:struck|hit|jolted|killed|injured|(?:killing|injuring)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|at\s+least|more\s+than|a|an)\b|left\s+\w+\s+(?:dead|injured)|broke\s+out|occurred|happened|swept|engulfed|destroyed|buried|gutted|razed|ripped\s+through|tore\s+through)\b|\b(?:killed|injured|buried|trapped)\b[^.;]{0,60}?\b(?:after|in|when)\s+(?:a|an|the)\s+(landslide|mudslide|earthquake|flash flood|flood|fire|blaze|explosion|blast|collapse|crash|collision|accident)\b/i;
/** An official under investigation (is under investigation for suspected serious violations …). */
const INVESTIGATED = /\b(?:is|was|has been|have been|are|were)\s+(?:placed\s+|put\s+)?under\s+(investigation)\b/;
/** A court's sentence (the court sentenced A to …, A was sentenced to …). */
const SENTENCED = /\b(sentenced)\b[^.;]{0,160}?\bto\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|life|death)\b/;
/** People killed, hurt, missing or saved: an incident, not a market's crash or a flood of goods. */
const CASUALTIES = /\b(?:kill(?:ed|ing|s)|dead|died|deaths?|injur(?:ed|ing|ies)|hurt|missing|trapped|rescued|evacuated|casualties)\b/i;
/** Words that make a sentence tell of the past or a drill, not an incident of the day (last year's flood, a fire drill). */
const NOT_THIS_ONE = /\b(?:drill|drills|prevention|control|prone|risk|risks|warning|warnings|insurance|since|every year|each year|anniversary)\b/i;

/**
 * Adds the incidents (and investigations) the text tells, each with its date and the place after "in" in its
 * sentence.
 *
 * @example
 * ```ts
 * findEnglishIncidents(doc, events); // 'A landslide struck a village in Wangmo county on Thursday' → other, 2026-04-02
 * ```
 */
export function findEnglishIncidents(doc: Doc, events: Event[]): void {
  const t = doc.text;
  // (Mentions looked up by place in the text: a page of many sentences is read in linear time.)
  const dates = new MentionRange(doc.cands, (c) => c.label === 'date');
  const people = new MentionRange(doc.cands, (c) => c.label === 'person');
  const places = new MentionRange(doc.cands, (c) => c.label === 'place');
  /** The incidents told so far, by their word and day. */
  const told = new Set<string>();
  /** The event's mention: the word that tells it, at `at`. */
  const mention = (at: number, word: string, rule: string): Mention => ({ start: at, end: at + word.length, text: t.slice(at, at + word.length), label: 'event', rule });
  for (const s of sentencesOf(t)) {
    const date = dates.within(s.start, s.end)[0]?.date;
    if (!date) continue;
    const text = softless(t, s.start, s.end, doc.hyphenBreaks);
    const probe = INVESTIGATED.exec(text);
    // (The one under investigation is the person named last before the verb; a cause under investigation is none.)
    // (… not one who says so: Liu Jun said that a former official is under investigation.)
    const last = probe ? people.within(s.start, s.start + probe.index).pop() : undefined;
    const who = last && !/\b(?:said|says|told|tells|announced|added|stated|noted)\b/.test(t.slice(last.end, s.start + probe!.index)) ? last : undefined;
    if (probe && who) {
      const at = s.start + probe.index + probe[0].indexOf(probe[1]!);
      events.push({ type: 'other', name: `investigation of ${t.slice(who.start, who.end)}`, trigger: probe[1]!, date, participants: [], mentions: [mention(at, probe[1]!, 'en.event.investigation')] });
    }
    // The court on Tuesday sentenced A, a former manager of …, to 11 years: the one sentenced is the first person
    // after the verb. (A was sentenced to …: the personnel news read it.)
    const sentence = SENTENCED.exec(text);
    // (Not a sentence passed long ago, told in passing with its year alone: The judge who sentenced A to life in 2015
    // retired. A sentence passed on a day may punish bribes taken in 2015.)
    if (sentence && !/\b(?:was|were|been|be|who|that)\s+$/.test(text.slice(Math.max(0, sentence.index - 8), sentence.index)) && date.day !== undefined && !/\bago\b/.test(text)) {
      const at = s.start + sentence.index;
      const who = people.within(at, s.start + sentence.index + sentence[0].length)[0];
      if (who) events.push({ type: 'other', name: `sentencing of ${t.slice(who.start, who.end)}`, trigger: sentence[1]!, date, participants: [], mentions: [mention(at, sentence[1]!, 'en.event.sentencing')] });
    }
    const m = INCIDENT.exec(text);
    if (!m || NOT_THIS_ONE.test(text) || !CASUALTIES.test(text)) continue;
    const what = (m[1] ?? m[2])!;
    // (The word itself, not a longer one that opens with it: fire, not firemen.)
    const rel = text.slice(m.index).search(new RegExp(`\\b${what}s?\\b`, 'i'));
    const at = s.start + m.index + Math.max(0, rel);
    // One incident told twice on its day (A landslide struck …. The landslide buried …) is one event.
    const key = `${what.toLowerCase()} ${date.iso ?? ''}`;
    if (told.has(key)) continue;
    told.add(key);
    // (Where: the first place after "in", "at" or "near" after the word, else before it.)
    const placed = places.within(s.start, s.end).filter((c) => /\b(?:in|at|near)\s+(?:the\s+)?$/.test(t.slice(Math.max(s.start, c.start - 9), c.start)));
    const place = placed.find((c) => c.start >= at) ?? placed[0];
    const where = place ? t.slice(place.start, place.end).replace(/\s+/g, ' ') : undefined;
    const e: Event = { type: 'other', name: where ? `${what.toLowerCase()} in ${where}` : what.toLowerCase(), trigger: what, date, participants: [], mentions: [mention(at, what, 'en.event.incident')] };
    if (where) e.location = where;
    events.push(e);
  }
}
