/**
 * Where an event happens: the place or venue written before its verb (到某地视察, 在政府总部主持), and the noun phrase
 * a clause names before its verb, with the place written 在… inside it.
 *
 * @module
 */
import type { Doc } from '../recognize/index.js';
import { lastIn, type Ranges } from './range.js';
import type { Piece } from './text.js';

/** Verbs of going somewhere, before the place of an inspection (到某地视察, 赴某地调研). */
const GO = /(?:到|赴|在|来到|前往|深入|走进)$/;

/** The place written right before an inspection's verb (到某地视察, 赴某地一带调研), or undefined. */
export function placeBefore(doc: Doc, ranges: Ranges, from: number, i: number): string | undefined {
  const t = doc.text;
  const ps = ranges.places.within(from, i);
  const p = ps[ps.length - 1];
  if (!p || !/^(?:一带|等地|各地)?$/.test(t.slice(p.end, i)) || !GO.test(t.slice(Math.max(from, p.start - 2), p.start))) return undefined;
  return t.slice(p.start, p.end);
}

/**
 * The venue written between 在 and the verb at `i` (在政府总部主持, 在某某大学校园签署), or undefined: a few words
 * naming no person, no list, and no time (在会上, 在…见证下, 在…期间).
 */
export function venueBefore(doc: Doc, ranges: Ranges, from: number, i: number): string | undefined {
  const t = doc.text;
  const zai = lastIn(t, '在', Math.max(from, i - 25), i - 1);
  if (zai < 0 || i - zai <= 2 || t[zai - 1] === '正' || t[zai - 1] === '现') return undefined;
  const where = t.slice(zai + 1, i);
  if (/[、，；与和及]/.test(where) || /(?:下|中|时|后|前|间|上)$/.test(where) || LEADS.test(where)) return undefined;
  return ranges.parties.within(zai, i).some((x) => x.label === 'person') ? undefined : where;
}


/** Adverbs that may stand between an event's name and its verb (某某计划正式启动). */
const ADVERBS = /(?:正式|也|已|还|同时|顺利|隆重|在此|将|同步)+$/;
export const LEADS = /^(?:会上|现场|活动现场|当天|当日|会后|仪式上|随后|此外|同时)/;

/** The noun phrase of a clause before `i`: its start and end, and a place written 在… before the verb. */
export function phraseBefore(doc: Doc, c: Piece, i: number): { start: number; end: number; location?: string } {
  const t = doc.text;
  let end = i;
  const adv = ADVERBS.exec(t.slice(Math.max(c.start, end - 12), end));
  if (adv) end -= adv[0].length;
  let location: string | undefined;
  // 在某地, or in Hong Kong usage 假某地 (颁奖典礼本月18日假某某中心举行: at a venue), two characters or more.
  // (A place may be a list: 在屯门、沙田及观塘三间公共图书馆外.)
  let at = lastIn(t, '在', Math.max(c.start, end - 25), end - 1);
  if (at < 0) {
    const jia = lastIn(t, '假', Math.max(c.start, end - 17), end - 2);
    if (jia >= 0 && !/[期日冒装设如使若借托]/.test(t[jia + 1]!)) at = jia;
  }
  if (at > c.start && end - at > 1 && end - at <= 24) {
    location = t.slice(at + 1, end);
    end = at;
    if (LEADS.test(location)) location = undefined; // 在会上: the main event's place
  }
  // A date between the name and 在 (某某开幕式昨（29）日在某地举行), with the part of the day after it (上周五（19日）晚上).
  // (… and a day in brackets after a weekday: 上周五（19日）.)
  const dateEndingAt = (e: number): number => {
    const k = doc.endingAt(e);
    return k >= 0 && doc.cands[k]!.label === 'date' ? k : -1;
  };
  const undated = end;
  for (let n = 0; n < 6 && end > c.start; n++) {
    // (… and the hour: 昨（1日）上午八时在某地举行.)
    const hour = /(?:[零〇一二三四五六七八九十两\d]{1,3}[时点](?:[零〇一二三四五六七八九十\d]{1,3}分|半|许|正)?|[\d]{1,2}[:：][\d]{2})$/.exec(t.slice(Math.max(c.start, end - 8), end));
    if (hour) { end -= hour[0].length; continue; }
    const k = dateEndingAt(end);
    if (k >= 0) { end = doc.cands[k]!.start; continue; }
    const part = /(?:上午|下午|晚上|早上|中午|傍晚|凌晨|清晨|晚间)$/.exec(t.slice(Math.max(c.start, end - 2), end));
    if (part && (dateEndingAt(end - 2) >= 0 || /[）)]/.test(t[end - 3] ?? ''))) { end -= 2; continue; }
    const inside = /[（()）]/.test(t[end - 1]!) ? dateEndingAt(end - 1) : -1;
    if (inside >= 0) { end = /[）)]/.test(t[end - 1]!) ? doc.cands[inside]!.start : end - 1; continue; }
    // (Two days joined: 明日（14日）及本周日（15日）.)
    if (/[及和至、]/.test(t[end - 1] ?? '') && dateEndingAt(end - 1) >= 0) { end -= 1; continue; }
    break;
  }
  const dated = end < undated;
  // … and the words that set it for that day (某某论坛将于12月1日在某地举行).
  // (… or 于 alone before the day: 于本月14日在某地举行.)
  const set = (dated ? /(?:将|定|拟|计划|將|擬|計劃)?[于於]$/ : /(?:将|定|拟|计划|將|擬|計劃)[于於]$/).exec(t.slice(Math.max(c.start, end - 3), end));
  if (set) end -= set[0].length;
  let start = c.start;
  // (Not a year of account, which belongs to the name: 2024年度某某奖励大会.)
  for (let k = doc.startingAt(start); k >= 0 && doc.cands[k]!.label === 'date' && !t.startsWith('年度', doc.cands[k]!.end - 2); k = doc.startingAt(start)) start = doc.cands[k]!.end;
  const lead = LEADS.exec(t.slice(start, end));
  if (lead) start += lead[0].length;
  return location ? { start, end, location } : { start, end };
}
