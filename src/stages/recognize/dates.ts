/**
 * Dates in Chinese news text, normalized against the issue date: 6月29日, 6月29日下午, 29日上午, 2023年6月29日,
 * 二〇二三年六月二十九日, 昨天/昨日/前天/今天/明天, 近日/日前/近期 (a fuzzy window before the issue date), 次日/当天/同日 (relative
 * to the date before them in the text), 2022年度 and 2022年 (a year), 今年上半年, 上周三, 6月29日至30日 (a range), 昨（29）日,
 * 民國112年. The past is preferred: 7月5日 in an issue of 30 June is last year's. A hand-written scanner, one pass, no
 * regular expression that could backtrack.
 *
 * @module
 */
import type { DateValue } from '../../types.js';
import type { Day } from '../../options.js';
import { dayOfIso, iso, shift, valid, weekday, yearOf } from '../../text/calendar.js';
import type { Doc } from './doc.js';

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a number at `i`: ASCII or full-width digits, or Chinese numerals (二十九, 十二, 二〇二三). */
function numberAt(s: string, i: number, maxLen: number): { value: number; end: number; cn?: boolean } | undefined {
  let j = i;
  let v = 0;
  while (j < s.length && j - i < maxLen) {
    const c = s.charCodeAt(j);
    if (c >= 0x30 && c <= 0x39) v = v * 10 + (c - 0x30);
    else if (c >= 0xff10 && c <= 0xff19) v = v * 10 + (c - 0xff10);
    else break;
    j++;
  }
  if (j > i) return { value: v, end: j };
  // Chinese numerals: digit by digit (二〇二三) or with 十 (二十九, 十二, 十).
  let k = i;
  let total = 0;
  let cur = -1;
  let digits = 0;
  let sawTen = false;
  while (k < s.length && k - i < maxLen) {
    const ch = s[k]!;
    if (ch === '十') {
      total += (cur < 0 ? 1 : cur) * 10;
      cur = -1;
      sawTen = true;
    } else if (ch in CN_DIGIT) {
      if (!sawTen && cur >= 0) cur = cur * 10 + CN_DIGIT[ch]!;
      else cur = CN_DIGIT[ch]!;
      digits++;
    } else break;
    k++;
  }
  if (k === i || digits + (sawTen ? 1 : 0) === 0) return undefined;
  return { value: total + (cur < 0 ? 0 : cur), end: k, cn: true };
}

const isoOf = (d: Day): string => iso(d.year, d.month, d.day);

const PARTS: [string, DateValue['part']][] = [
  ['上午', 'morning'], ['早上', 'morning'], ['清晨', 'morning'], ['凌晨', 'morning'], ['早晨', 'morning'],
  ['中午', 'afternoon'], ['下午', 'afternoon'], ['傍晚', 'evening'], ['晚上', 'evening'], ['晚间', 'evening'],
  ['夜间', 'evening'], ['深夜', 'evening'], ['晚', 'evening'],
];

/** 前晚（28日）: a relative day, a part of the day, and the day of month in brackets (bounded, linear). */
const HK_RELATIVE = /^([昨前今明])(天|日)?(上午|下午|晚上|凌晨|早|晚|夜)?[（(](\d{1,2})日[）)]/;

function partAt(s: string, i: number): [number, DateValue['part']] | undefined {
  for (const [w, p] of PARTS) if (s.startsWith(w, i)) return [i + w.length, p];
  return undefined;
}

/** A date found in a text. */
export interface DateHit {
  start: number;
  end: number;
  value: DateValue;
  rule: string;
}

/** Words of the future tense (将于, 拟于, 定于, 计划, 预计, 即将) in the clause before a date. */
const FUTURE_CUE = /(?:将|拟|定于|计划|预计|预定|即将|擬|將|預計|預定)/;

/** True when the clause before `i` (back to its punctuation, at most 16 characters) speaks of the future. */
function futureBefore(s: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 16 && !/[。；！？!?;]/.test(s[k - 1]!)) k--;
  return FUTURE_CUE.test(s.slice(k, i));
}

/**
 * Fills year and iso for a month/day, preferring the past relative to the anchor, or the coming months where the
 * clause speaks of the future (将于12月1日举行).
 */
function resolveMonthDay(v: DateValue, anchor: Day | undefined, future = false): void {
  if (!anchor || v.month === undefined) return;
  v.year ??= yearOf(v.month, v.day, anchor, future);
  if (v.day !== undefined && valid(v.year, v.month, v.day)) v.iso = iso(v.year, v.month, v.day);
}

const RELATIVE_DAYS: [string, number][] = [['前天', -2], ['前日', -2], ['昨天', -1], ['昨日', -1], ['今天', 0], ['今日', 0], ['明天', 1], ['明日', 1]];
/** A relative day fused with a part of it, as Hong Kong papers write it (前晚, 昨晚, 今早). */
const RELATIVE_PARTS: [string, number, DateValue['part']][] = [['前晚', -2, 'evening'], ['昨晚', -1, 'evening'], ['昨早', -1, 'morning'], ['今早', 0, 'morning'], ['今晚', 0, 'evening'], ['昨夜', -1, 'evening'], ['昨午', -1, 'afternoon'], ['今午', 0, 'afternoon'], ['昨晨', -1, 'morning'], ['今晨', 0, 'morning'], ['前晨', -2, 'morning']];
/** A note in brackets after a relative day that names the same day another way: 昨日（年初三）, 前晚（年初二）, 明日（周六）. */
const SAME_DAY_NOTE = /^[（(](?:大?年初[一二三四五六七八九十]{1,2}|年廿[一二三四五六七八九]|除夕|元宵|(?:周|星期)[一二三四五六日天])[）)]/;
/** Where a relative day ends with its note in brackets (see {@link SAME_DAY_NOTE}), or `end` when none follows. */
function pastSameDayNote(s: string, end: number): number {
  if (s[end] !== '（' && s[end] !== '(') return end;
  const m = SAME_DAY_NOTE.exec(s.slice(end, end + 8));
  return m ? end + m[0].length : end;
}
const FUZZY: [string, number][] = [['近日', 10], ['日前', 10], ['近期', 30], ['连日来', 10]];
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * Reads the date starting at `i`, if any.
 *
 * @param prev - the date before it in the text (for 次日, 当天).
 */
function dateAt(s: string, i: number, anchor: Day | undefined, prev: DateValue | undefined): DateHit | undefined {
  // 前晚（28日）, 昨日（29日）, 今早（30日）: Hong Kong usage, a relative day (and part of it) with its day in brackets.
  if (/[昨前今明]/.test(s[i] ?? '')) {
    const m = HK_RELATIVE.exec(s.slice(i, i + 12));
    if (m) {
      const back = { 昨: -1, 前: -2, 今: 0, 明: 1 }[m[1] as '昨' | '前' | '今' | '明'];
      const v: DateValue = { text: m[0], relative: true, day: Number(m[4]) };
      const part = m[3] ? PARTS.find(([w]) => w === m[3] || (m[3] === '早' && w === '早上') || (m[3] === '夜' && w === '夜间'))?.[1] : undefined;
      if (part) v.part = part;
      // (… and the part of the day after the brackets: 昨（25日）早上, 前日（24日）上午.)
      let end = i + m[0].length;
      const after = part ? undefined : partAt(s, end);
      if (after) {
        [end, v.part] = after;
        v.text = s.slice(i, end);
      }
      if (anchor) {
        const day = shift(anchor, back);
        Object.assign(v, { year: day.year, month: day.month, day: day.day, iso: isoOf(day) });
      }
      return { start: i, end, value: v, rule: 'date.hk-relative' };
    }
  }
  for (const [w, d, part] of RELATIVE_PARTS) {
    // (前晚（28日） is the bracketed form above; 前晚（年初二） names the day again.)
    if (!s.startsWith(w, i)) continue;
    const end = pastSameDayNote(s, i + 2);
    if (end === i + 2 && (s[end] === '（' || s[end] === '(')) continue;
    const v: DateValue = { text: s.slice(i, end), relative: true, part };
    if (anchor) {
      const day = shift(anchor, d);
      Object.assign(v, { year: day.year, month: day.month, day: day.day, iso: isoOf(day) });
    }
    return { start: i, end, value: v, rule: 'date.relative-part' };
  }
  // Fixed relative words.
  for (const [w, d] of RELATIVE_DAYS) {
    if (!s.startsWith(w, i)) continue;
    // 前日 is the day before yesterday, but not in 此前日本…, 目前日程, 提前日期.
    if (w === '前日' && (/[此之以目提日年月半当]/.test(s[i - 1] ?? '') || /[本子期程常]/.test(s[i + 2] ?? ''))) continue;
    const v: DateValue = { text: w, relative: true };
    let end = pastSameDayNote(s, i + w.length);
    const p = partAt(s, end);
    if (p) [end, v.part] = p;
    if (anchor) {
      const day = shift(anchor, d);
      Object.assign(v, { year: day.year, month: day.month, day: day.day, iso: isoOf(day) });
    }
    v.text = s.slice(i, end);
    return { start: i, end, value: v, rule: 'date.relative-day' };
  }
  // 昨（29）日: Taiwan usage, yesterday with its day of month.
  if (s.startsWith('昨（', i) || s.startsWith('昨(', i)) {
    const n = numberAt(s, i + 2, 2);
    // …and 昨（19）晚, 昨（19）早: the part of day in place of 日.
    const fused = { 晚: 'evening', 早: 'morning', 午: 'afternoon' } as const;
    const mark = s[n?.end !== undefined ? n.end + 1 : -1] ?? '';
    if (n && (s[n.end] === '）' || s[n.end] === ')') && (mark === '日' || mark in fused)) {
      let end = n.end + 2;
      const v: DateValue = { text: '', relative: true, day: n.value };
      if (mark in fused) v.part = fused[mark as keyof typeof fused];
      const p = mark === '日' ? partAt(s, end) : undefined;
      if (p) [end, v.part] = p;
      if (anchor) {
        const day = shift(anchor, -1);
        Object.assign(v, { year: day.year, month: day.month, day: day.day, iso: isoOf(day) });
      }
      v.text = s.slice(i, end);
      return { start: i, end, value: v, rule: 'date.tw-yesterday' };
    }
  }
  for (const [w, back] of FUZZY) {
    if (!s.startsWith(w, i)) continue;
    // 前日 is the day before yesterday, but not in 此前日本…, 目前日程, 提前日期.
    if (w === '前日' && (/[此之以目提日年月半当]/.test(s[i - 1] ?? '') || /[本子期程常]/.test(s[i + 2] ?? ''))) continue;
    const v: DateValue = { text: w, relative: true };
    if (anchor) {
      v.from = isoOf(shift(anchor, -back));
      v.to = isoOf(anchor);
    }
    return { start: i, end: i + w.length, value: v, rule: 'date.fuzzy-recent' };
  }
  // 这次日…, 每次日… are 次 of a count followed by another word, not 次日 (the next day).
  if ((s.startsWith('次日', i) && !/[这那此每上下本该首多几一两]/.test(s[i - 1] ?? '')) || s.startsWith('当天', i) || s.startsWith('当日', i) || (s.startsWith('同日', i) && !/[不相共一]/.test(s[i - 1] ?? '') && s[i + 2] !== '期')) {
    const next = s[i] === '次' ? 1 : 0;
    let end = i + 2;
    const v: DateValue = { text: '', relative: true };
    const p = partAt(s, end);
    if (p) [end, v.part] = p;
    if (prev?.iso) {
      const day = shift(dayOfIso(prev.iso), next);
      Object.assign(v, { year: day.year, month: day.month, day: day.day, iso: isoOf(day) });
    }
    v.text = s.slice(i, end);
    return { start: i, end, value: v, rule: 'date.relative-previous' };
  }
  // 上周三, 本周五, 下周一.
  if ((s.startsWith('上周', i) || s.startsWith('本周', i) || s.startsWith('下周', i) || s.startsWith('上星期', i)) && WEEKDAY[s[i + (s[i + 1] === '星' ? 3 : 2)] ?? ''] !== undefined) {
    const len = s[i + 1] === '星' ? 4 : 3;
    const wd = WEEKDAY[s[i + len - 1]!]!;
    const v: DateValue = { text: s.slice(i, i + len), relative: true };
    if (anchor) {
      const offset = s[i] === '上' ? -7 : s[i] === '下' ? 7 : 0;
      const day = shift(anchor, offset + wd - weekday(anchor));
      Object.assign(v, { year: day.year, month: day.month, day: day.day, iso: isoOf(day) });
    }
    // 上周五（19日）晚上: the day of month in brackets after the weekday, and the part of the day, belong to it.
    let end = i + len;
    const bracket = /^[（(](\d{1,2})日[）)]/.exec(s.slice(end, end + 6));
    if (bracket && (v.day === undefined || Number(bracket[1]) === v.day)) end += bracket[0].length;
    const p = partAt(s, end);
    if (p) [end, v.part] = p;
    v.text = s.slice(i, end);
    return { start: i, end, value: v, rule: 'date.week' };
  }
  // 本周六（21日）及周日（22日）: a bare weekday joined to the weekday just told is a day of the same week.
  const bare = s.startsWith('星期', i) ? 2 : s[i] === '周' ? 1 : 0;
  if (bare && WEEKDAY[s[i + bare] ?? ''] !== undefined && /[及和与至、]/.test(s[i - 1] ?? '') && prev?.iso && /周|星期/.test(prev.text ?? '')) {
    const told = dayOfIso(prev.iso);
    let day = shift(told, WEEKDAY[s[i + bare]!]! - weekday(told));
    // (A day told after 至 comes after the first: 本周五至周一 is the Monday after; and the bracketed day decides the
    // week where it is given: 上周六（9日）和周一（11日）.)
    if (s[i - 1] === '至' && isoOf(day) <= prev.iso) day = shift(day, 7);
    let end = i + bare + 1;
    const bracket = /^[（(](\d{1,2})日[）)]/.exec(s.slice(end, end + 6));
    if (bracket && Number(bracket[1]) !== day.day) {
      const other = [shift(day, 7), shift(day, -7)].find((x) => x.day === Number(bracket[1]));
      if (other) day = other;
    }
    const v: DateValue = { text: '', relative: true, year: day.year, month: day.month, day: day.day, iso: isoOf(day) };
    if (bracket && Number(bracket[1]) === v.day) end += bracket[0].length;
    const p = partAt(s, end);
    if (p) [end, v.part] = p;
    v.text = s.slice(i, end);
    return { start: i, end, value: v, rule: 'date.week-joined' };
  }
  // 今年, 去年, 明年 (+ 上半年, 下半年, 一季度 …).
  const yearWord = s.startsWith('今年', i) ? 0 : s.startsWith('去年', i) ? -1 : s.startsWith('明年', i) ? 1 : undefined;
  if (yearWord !== undefined) {
    let end = i + 2;
    const v: DateValue = { text: '', relative: true };
    let from = [1, 1];
    let to = [12, 31];
    if (s.startsWith('上半年', end)) { to = [6, 30]; end += 3; }
    else if (s.startsWith('下半年', end)) { from = [7, 1]; end += 3; }
    if (anchor) {
      const y = anchor.year + yearWord;
      v.year = y;
      v.from = iso(y, from[0]!, from[1]!);
      v.to = iso(y, to[0]!, to[1]!);
    }
    v.text = s.slice(i, end);
    return { start: i, end, value: v, rule: 'date.relative-year' };
  }
  // 民國112年 / 民国112年.
  if (s.startsWith('民國', i) || s.startsWith('民国', i)) {
    const n = numberAt(s, i + 2, 4);
    if (n && s[n.end] === '年') {
      const y = n.value + 1911;
      return absolute(s, i, n.end + 1, y, anchor) ?? { start: i, end: n.end + 1, value: { text: s.slice(i, n.end + 1), year: y, from: iso(y, 1, 1), to: iso(y, 12, 31) }, rule: 'date.minguo-year' };
    }
  }
  // 本月16日, 上月30日, 下月5日: a day of the month the issue date names (the day is printed: no relative flag).
  const monthWord = s.startsWith('本月', i) || s.startsWith('当月', i) ? 0 : s.startsWith('上月', i) ? -1 : s.startsWith('下月', i) ? 1 : undefined;
  if (monthWord !== undefined) {
    const d = numberAt(s, i + 2, 3);
    if (d && (s[d.end] === '日' || s[d.end] === '号') && d.value >= 1 && d.value <= 31) {
      let end = d.end + 1;
      const v: DateValue = { text: '', day: d.value };
      const p = partAt(s, end);
      if (p) [end, v.part] = p;
      if (anchor) {
        const m = shift({ ...anchor, day: 1 }, 0);
        const month = monthWord === 0 ? m : monthWord < 0 ? shift(m, -1) : shift(m, 31);
        v.year = month.year;
        v.month = month.month;
        if (valid(month.year, month.month, d.value)) v.iso = iso(month.year, month.month, d.value);
      }
      v.text = s.slice(i, end);
      return { start: i, end, value: v, rule: 'date.this-month-day' };
    }
  }
  // Absolute: [year年][month月][day日|号] with ranges.
  const n = numberAt(s, i, 4);
  if (!n) return undefined;
  if (s[n.end] === '年' && n.end - i === 4) {
    const year = n.value;
    const after = absolute(s, i, n.end + 1, year, anchor);
    if (after) return after;
    // (2024年初, 2024年底: the start or the end of the year, its first or last quarter.)
    // (Not 2024年初步核算: 初步 is a word of its own.)
    const part = s[n.end + 1] === '初' && !/[步次]/.test(s[n.end + 2] ?? '') ? 'start' : s[n.end + 1] === '底' || s[n.end + 1] === '末' ? 'end' : undefined;
    const end = n.end + 1 + (s[n.end + 1] === '度' || part ? 1 : 0);
    const from = part === 'end' ? iso(year, 10, 1) : iso(year, 1, 1);
    const to = part === 'start' ? iso(year, 3, 31) : iso(year, 12, 31);
    return { start: i, end, value: { text: s.slice(i, end), year, from, to }, rule: 'date.year' };
  }
  if (s[n.end] === '月' || s[n.end] === '日' || s[n.end] === '号') return absolute(s, i, i, undefined, anchor);
  return undefined;
}

/** Month and day (and a range) after an optional year, from `j`. */
function absolute(s: string, i: number, j: number, year: number | undefined, anchor: Day | undefined): DateHit | undefined {
  const v: DateValue = { text: '' };
  if (year !== undefined) v.year = year;
  let k = j;
  const m = numberAt(s, k, 2);
  if (m && s[m.end] === '月' && m.value >= 1 && m.value <= 12) {
    v.month = m.value;
    k = m.end + 1;
  } else if (year !== undefined) return undefined;
  const d = numberAt(s, k, 3);
  if (d && (s[d.end] === '日' || s[d.end] === '号') && d.value >= 1 && d.value <= 31) {
    v.day = d.value;
    k = d.end + 1;
  } else if (v.month === undefined) return undefined;
  if (v.month === undefined && d?.cn) return undefined; // 一日三餐: a Chinese-numeral day needs its month
  const future = futureBefore(s, i);
  if (v.month === undefined && anchor) {
    // Day of month alone (29日): this month, or the last if that day is still to come; in the future tense (将于2日
    // 举行) this month, or the next if that day is past.
    const by = future ? (v.day! < anchor.day ? 1 : 0) : v.day! > anchor.day ? -1 : 0;
    const month = by ? shift({ ...anchor, day: 1 }, by === 1 ? 31 : -1) : anchor;
    v.month = month.month;
    v.year = month.year;
  }
  // A range: 至30日, 至7月2日, -30日.
  if (s[k] === '至' || s[k] === '到' || s[k] === '-' || s[k] === '—' || s[k] === '～') {
    const m2 = numberAt(s, k + 1, 2);
    let month2 = v.month;
    let q = k + 1;
    if (m2 && s[m2.end] === '月') {
      month2 = m2.value;
      q = m2.end + 1;
    }
    const d2 = numberAt(s, q, 3);
    if (d2 && (s[d2.end] === '日' || s[d2.end] === '号') && v.day !== undefined && month2 !== undefined) {
      resolveMonthDay(v, anchor, future);
      const y = v.year;
      k = d2.end + 1;
      const text = s.slice(i, k);
      const out: DateValue = { text, month: v.month!, day: v.day };
      if (y !== undefined) {
        out.year = y;
        if (valid(y, v.month!, v.day)) out.from = iso(y, v.month!, v.day);
        if (valid(y, month2, d2.value)) out.to = iso(y, month2, d2.value);
      }
      return { start: i, end: k, value: out, rule: 'date.range' };
    }
  }
  const p = partAt(s, k);
  if (p) [k, v.part] = p;
  resolveMonthDay(v, anchor, future);
  if (v.day === undefined && v.year !== undefined && v.month !== undefined) {
    const last = new Date(Date.UTC(v.year, v.month, 0)).getUTCDate();
    v.from = iso(v.year, v.month, 1);
    v.to = iso(v.year, v.month, last);
  }
  v.text = s.slice(i, k);
  return { start: i, end: k, value: v, rule: v.day !== undefined ? 'date.month-day' : 'date.month' };
}

/**
 * Finds and normalizes every date of a text, in order (each 次日 or 当天 resolved against the date before it).
 *
 * @example
 * ```ts
 * findDates(new Doc('6月29日下午，会议召开。次日，代表团离开。'), { year: 2023, month: 6, day: 30 });
 * // 6月29日下午 → 2023-06-29 afternoon; 次日 → 2023-06-30
 * ```
 */
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const CN_DATELINE = /(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日/;
/** A dateline dated by the day alone (雲林4日電, 香港11日电). */
const CN_DAY_DATELINE = /(\d{1,2}|[一二三四五六七八九十]{1,3})日[电電讯訊｜|]/;
const EN_DATELINE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b/;

/**
 * The day a dispatch was filed, from its dateline (新华社北京6月28日电, BEIJING, June 28 (Xinhua)), in the year of the
 * issue (the year before when that day would fall after the issue); undefined when the dateline names no day or one
 * more than two months before the issue. Relative words of a dated dispatch (今天, on Wednesday) count from it.
 *
 * @example
 * ```ts
 * datelineDay('新华社北京6月28日电', { year: 2023, month: 6, day: 30 }); // { year: 2023, month: 6, day: 28 }
 * datelineDay('本报讯', { year: 2023, month: 6, day: 30 });               // undefined
 * ```
 */
export function datelineDay(dateline: string, issue: Day): Day | undefined {
  let month: number | undefined;
  let day: number | undefined;
  const cn = CN_DATELINE.exec(dateline);
  if (cn) {
    month = numberAt(cn[1]!, 0, 3)?.value;
    day = numberAt(cn[2]!, 0, 3)?.value;
  } else {
    const en = EN_DATELINE.exec(dateline);
    if (en) {
      month = EN_MONTHS.indexOf(en[1]!.slice(0, 3).toLowerCase()) + 1;
      day = Number(en[2]);
    }
  }
  // 中央社記者某某雲林4日電, 中通社香港11日电: the day alone, in the issue's month or the month before.
  if (!cn && !month) {
    const dayOnly = CN_DAY_DATELINE.exec(dateline);
    if (dayOnly) {
      day = numberAt(dayOnly[1]!, 0, 3)?.value;
      if (day) month = day <= issue.day ? issue.month : issue.month === 1 ? 12 : issue.month - 1;
    }
  }
  if (!month || !day || month > 12 || day > 31) return undefined;
  const d: Day = { year: issue.year - (month > issue.month || (month === issue.month && day > issue.day) ? 1 : 0), month, day };
  const gap = (Date.UTC(issue.year, issue.month - 1, issue.day) - Date.UTC(d.year, d.month - 1, d.day)) / 86_400_000;
  return gap >= 0 && gap <= 62 ? d : undefined;
}

export function findDates(doc: Doc, anchor?: Day): DateHit[] {
  const s = doc.folded;
  const hits: DateHit[] = [];
  let prev: DateValue | undefined;
  let title = 0; // inside 《…》: a year in the name of a bill or a book is no date of the news
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x300a) title++;
    else if (c === 0x300b || c === 0x0a) title = 0;
    if (title > 0 || doc.owner[i] !== -1) continue;
    // Only where a date can start: a digit, a numeral, or the first character of a date word.
    if (!((c >= 0x30 && c <= 0x39) || '〇零一二三四五六七八九十两昨前今明近日次当同上本下去民连周星'.includes(s[i]!))) continue;
    if (c >= 0x30 && c <= 0x39 && i > 0 && /[0-9A-Za-z.]/.test(s[i - 1]!)) continue;
    const hit = dateAt(s, i, anchor, prev);
    if (!hit || !doc.isFree(hit.start, hit.end)) continue;
    hit.value.text = doc.text.slice(hit.start, hit.end);
    if (hit.value.iso) prev = hit.value;
    hits.push(hit);
    doc.accept({ start: hit.start, end: hit.end, label: 'date', rule: hit.rule, date: hit.value });
    i = hit.end - 1;
  }
  return hits;
}
