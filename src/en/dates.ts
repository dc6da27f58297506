/**
 * Dates in English news text, normalized against the issue date: June 29, June 29, 2023, 29 June 2023, June 2023,
 * in June, June 29-30, 2023-06-29, yesterday / today / tomorrow, (on|last|next|this) Monday, Monday morning, last
 * week / year, this year, in 2022. Bare month-days prefer the past (June 29 in an issue of 30 June is this year's,
 * July 5 last year's); a bare weekday is its latest occurrence on or before the issue date.
 *
 * @module
 */
import type { DateValue } from '../types.js';
import type { Day } from '../options.js';
import { iso, shift, valid, yearOf } from '../text/calendar.js';
import { MONTHS, WEEKDAYS } from './data/words.js';
import type { Ctx } from './context.js';

const weekdayOf = (d: Day): number => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function setDay(v: DateValue, d: Day): void {
  v.year = d.year;
  v.month = d.month;
  v.day = d.day;
  v.iso = iso(d.year, d.month, d.day);
}

/**
 * Fills year (preferring the past when missing, or the coming months where the sentence speaks of the future: will
 * be held on Dec 1) and iso of a month-day.
 */
function resolve(v: DateValue, anchor: Day | undefined, future = false): void {
  if (v.month === undefined) return;
  if (v.year === undefined && anchor) v.year = yearOf(v.month, v.day, anchor, future);
  if (v.year !== undefined) {
    if (v.day !== undefined && valid(v.year, v.month, v.day)) v.iso = iso(v.year, v.month, v.day);
    else if (v.day === undefined) {
      v.from = iso(v.year, v.month, 1);
      v.to = iso(v.year, v.month, lastDay(v.year, v.month));
    }
  }
}

const DAY_NUM = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR_NUM = /^(1[6-9]\d\d|2[01]\d\d)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RANGE_NUM = /^(\d{1,2})-(\d{1,2})$/;
/** Words before a bare month name that make it a date (in June, since March, early May). */
const MONTH_CUES = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'last', 'next', 'this', 'early', 'late', 'mid', 'mid-', 'of', 'during', 'before', 'after', 'between', 'and', 'or', 'end', 'until']);
const PARTS: Record<string, DateValue['part']> = { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'evening', noon: 'afternoon' };

/** A range (June 29-30): both ends resolved, the first's year shared, as from/to. */
function rangeOf(first: DateValue, last: DateValue, month: number, anchor: Day | undefined, future = false): DateValue {
  resolve(first, anchor, future);
  last.year ??= first.year;
  resolve(last, anchor, future);
  const out: DateValue = { text: '', month, day: first.day };
  if (first.year !== undefined) out.year = first.year;
  if (first.iso) out.from = first.iso;
  if (last.iso) out.to = last.iso;
  return out;
}

/** Words of the future tense before a date in its sentence (will be held, is scheduled to, to be held). */
// (… and "next": from next Tuesday, March 3.)
const FUTURE = new Set(['will', 'shall', "'ll", 'scheduled', 'slated', 'upcoming', 'forthcoming', 'next']);

/** True when the sentence before token `i` (up to 30 words back) speaks of the future. */
function futureBefore(toks: readonly { text: string; lower: string }[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 30; k--) {
    const w = toks[k]!.lower;
    if (w === '.' || w === ';' || w === '?' || w === '!') return false;
    if (FUTURE.has(w) || (w === 'to' && toks[k + 1]?.lower === 'be' && /^(?:held|opened|launched|staged|hosted|convened)$/.test(toks[k + 2]?.lower ?? ''))) return true;
  }
  return false;
}

/** Finds the dates of a text and accepts them. */
export function findDates(ctx: Ctx, anchor?: Day): void {
  const { toks, doc } = ctx;
  const n = toks.length;
  const accept = (a: number, b: number, v: DateValue, rule: string): number => {
    const start = toks[a]!.start;
    const end = toks[b]!.end;
    v.text = doc.text.slice(start, end);
    const k = doc.accept({ start, end, label: 'date', rule, date: v });
    // (Where the date is not taken, the scan goes on after the current token (`cursor`): never back to `a`, which may
    // stand before it, or the scan would loop.)
    return k >= 0 ? b : cursor;
  };
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    cursor = i;
    const t = toks[i]!;
    if (t.num) {
      const m = ISO_DATE.exec(t.text);
      if (m && valid(+m[1]!, +m[2]!, +m[3]!)) {
        const v: DateValue = { text: '' };
        setDay(v, { year: +m[1]!, month: +m[2]!, day: +m[3]! });
        i = accept(i, i, v, 'en.date.iso');
        continue;
      }
      // 29 June (2023)
      const d = DAY_NUM.exec(t.text);
      const mt = toks[i + 1];
      if (d && mt && mt.cap && MONTHS[mt.lower] !== undefined && +d[1]! >= 1 && +d[1]! <= 31) {
        const v: DateValue = { text: '', month: MONTHS[mt.lower]!, day: +d[1]! };
        let b = i + 1;
        const y = toks[b + 1];
        if (y && YEAR_NUM.test(y.text)) { v.year = +y.text; b++; }
        resolve(v, anchor);
        i = accept(i, b, v, 'en.date.day-month');
        continue;
      }
      // in 2022
      if (YEAR_NUM.test(t.text) && i > 0 && MONTH_CUES.has(toks[i - 1]!.lower) && !toks[i + 1]?.num) {
        const y = +t.text;
        i = accept(i, i, { text: '', year: y, from: iso(y, 1, 1), to: iso(y, 12, 31) }, 'en.date.year');
      }
      continue;
    }
    if (!t.word) continue;
    const month = MONTHS[t.lower];
    if (month !== undefined && t.cap) {
      const v: DateValue = { text: '', month };
      let b = i;
      const nx = toks[i + 1];
      const d = nx && nx.num ? DAY_NUM.exec(nx.text) : null;
      const r = nx && nx.num ? RANGE_NUM.exec(nx.text) : null;
      if (d && +d[1]! >= 1 && +d[1]! <= 31) {
        v.day = +d[1]!;
        b = i + 1;
        // June 29 - 30 / June 29 to 30
        const dash = toks[b + 1];
        const d2 = toks[b + 2];
        if (dash && d2 && (dash.text === '-' || dash.lower === 'to') && DAY_NUM.test(d2.text) && +d2.text > v.day && +d2.text <= 31) {
          const v2: DateValue = { text: '', month, day: +d2.text };
          b += 2;
          let k = b;
          if (toks[k + 1]?.text === ',' && toks[k + 2] && YEAR_NUM.test(toks[k + 2]!.text)) { v.year = v2.year = +toks[k + 2]!.text; k += 2; }
          i = accept(i, k, rangeOf(v, v2, month, anchor, futureBefore(toks, i)), 'en.date.range');
          continue;
        }
        if (toks[b + 1]?.text === ',' && toks[b + 2] && YEAR_NUM.test(toks[b + 2]!.text)) { v.year = +toks[b + 2]!.text; b += 2; }
        else if (toks[b + 1] && YEAR_NUM.test(toks[b + 1]!.text)) { v.year = +toks[b + 1]!.text; b += 1; }
      } else if (r && +r[1]! < +r[2]! && +r[2]! <= 31) {
        // June 29-30
        const v1: DateValue = { text: '', month, day: +r[1]! };
        const v2: DateValue = { text: '', month, day: +r[2]! };
        b = i + 1;
        if (toks[b + 1]?.text === ',' && toks[b + 2] && YEAR_NUM.test(toks[b + 2]!.text)) { v1.year = v2.year = +toks[b + 2]!.text; b += 2; }
        i = accept(i, b, rangeOf(v1, v2, month, anchor, futureBefore(toks, i)), 'en.date.range');
        continue;
      } else if (nx && YEAR_NUM.test(nx.text)) {
        v.year = +nx.text;
        b = i + 1;
      } else {
        // A month name alone is a date only after a cue (in June, since March) and never May alone.
        const prev = toks[i - 1];
        if (!prev || !MONTH_CUES.has(prev.lower) || t.lower === 'may' || t.text.length <= 4 && t.text !== 'June' && t.text !== 'July') continue;
      }
      resolve(v, anchor, futureBefore(toks, i));
      // Monday, June 29: the weekday joins the date.
      let a = i;
      if (v.day !== undefined) {
        const p1 = toks[i - 1];
        const p2 = toks[i - 2];
        if (p1 && p1.cap && WEEKDAYS[p1.lower] !== undefined) a = i - 1;
        else if (p1?.text === ',' && p2 && p2.cap && WEEKDAYS[p2.lower] !== undefined) a = i - 2;
      }
      i = accept(a, b, v, v.day !== undefined ? 'en.date.month-day' : 'en.date.month');
      continue;
    }
    const wd = WEEKDAYS[t.lower];
    if (wd !== undefined && t.cap && t.text.length >= 6) {
      const prev = toks[i - 1];
      const mod = prev && (prev.lower === 'last' || prev.lower === 'next' || prev.lower === 'this') ? prev.lower : undefined;
      const a = mod ? i - 1 : i;
      let b = i;
      const v: DateValue = { text: '', relative: true };
      const part = toks[i + 1] && PARTS[toks[i + 1]!.lower];
      if (part) { v.part = part; b++; }
      // Monday, June 29 is read as the month-day; the weekday joins it.
      const nx = toks[b + 1];
      // (… next Tuesday, Feb 24 too, with no part of the day between: the month-day says which Tuesday, and takes the
      // weekday in.)
      const mi = nx?.text === ',' ? b + 2 : b + 1;
      if (nx && (nx.text === ',' || nx.cap) && MONTHS[toks[mi]?.lower ?? ''] !== undefined && (!mod || (!part && DAY_NUM.test(toks[mi + 1]?.text ?? '')))) continue;
      if (anchor) {
        const w = weekdayOf(anchor);
        let back = (w - wd + 7) % 7; // days back to the latest such weekday, today included
        let d: Day;
        if (mod === 'next') d = shift(anchor, ((wd - w + 7) % 7) || 7);
        else if (mod === 'this') d = shift(anchor, wd - w);
        else {
          if (mod === 'last' && back === 0) back = 7;
          d = shift(anchor, -back);
        }
        setDay(v, d);
      }
      i = accept(a, b, v, 'en.date.weekday');
      continue;
    }
    const rel = t.lower === 'yesterday' ? -1 : t.lower === 'today' ? 0 : t.lower === 'tomorrow' ? 1 : undefined;
    if (rel !== undefined) {
      const v: DateValue = { text: '', relative: true };
      let b = i;
      const part = toks[i + 1] && PARTS[toks[i + 1]!.lower];
      if (part) { v.part = part; b++; }
      if (anchor) setDay(v, shift(anchor, rel));
      i = accept(i, b, v, 'en.date.relative-day');
      continue;
    }
    // last week / this year / next month
    if ((t.lower === 'last' || t.lower === 'this' || t.lower === 'next') && toks[i + 1]) {
      const unit = toks[i + 1]!.lower;
      const dir = t.lower === 'last' ? -1 : t.lower === 'next' ? 1 : 0;
      if (unit === 'year') {
        const v: DateValue = { text: '', relative: true };
        if (anchor) { const y = anchor.year + dir; v.year = y; v.from = iso(y, 1, 1); v.to = iso(y, 12, 31); }
        i = accept(i, i + 1, v, 'en.date.relative-year');
      } else if (unit === 'month') {
        const v: DateValue = { text: '', relative: true };
        if (anchor) {
          const m0 = anchor.month - 1 + dir;
          const y = anchor.year + Math.floor(m0 / 12);
          const m = ((m0 % 12) + 12) % 12 + 1;
          Object.assign(v, { year: y, month: m, from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)) });
        }
        i = accept(i, i + 1, v, 'en.date.relative-month');
      } else if (unit === 'week') {
        const v: DateValue = { text: '', relative: true };
        if (anchor) {
          const monday = shift(anchor, -((weekdayOf(anchor) + 6) % 7) + 7 * dir);
          const sunday = shift(monday, 6);
          v.from = iso(monday.year, monday.month, monday.day);
          v.to = iso(sunday.year, sunday.month, sunday.day);
        }
        i = accept(i, i + 1, v, 'en.date.relative-week');
      }
    }
  }
}
