/**
 * Calendar arithmetic shared by the date readers: ISO strings, validity, day shifts — all in UTC so that the
 * machine's time zone never moves a date.
 *
 * @module
 */
import type { Day } from '../options.js';

/** Zero-pads a number. */
export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * 'YYYY-MM-DD' of a year, month and day.
 *
 * @example
 * ```ts
 * iso(2023, 6, 9); // '2023-06-09'
 * ```
 */
export const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/**
 * True when the year, month and day name a real calendar day.
 *
 * @example
 * ```ts
 * valid(2023, 2, 30); // false
 * ```
 */
export const valid = (y: number, m: number, d: number): boolean => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/**
 * The day `days` after (or before, when negative) a day.
 *
 * @example
 * ```ts
 * shift({ year: 2023, month: 3, day: 1 }, -1); // { year: 2023, month: 2, day: 28 }
 * ```
 */
export function shift(day: Day, days: number): Day {
  const t = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * The day of the week, Monday 1 to Sunday 7.
 *
 * @example
 * ```ts
 * weekday({ year: 2026, month: 3, day: 20 }); // 5 (a Friday)
 * ```
 */
export function weekday(day: Day): number {
  return (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7 + 1;
}

/**
 * The day an ISO date (2026-03-20) names.
 *
 * @example
 * ```ts
 * dayOfIso('2026-03-20'); // { year: 2026, month: 3, day: 20 }
 * ```
 */
export function dayOfIso(text: string): Day {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Months ahead of the issue a date told in the future tense may lie and still be this year's. */
const FUTURE_MONTHS = 6;

/**
 * The year of a month (and day) written without one: the year, or the year before where that would put it
 * after the issue (the past is preferred: 7月5日 in an issue of 30 June is last year's). Told in the future tense, the
 * coming six months are this year's, and a month well before the is next year's (1月10日 in a December issue).
 *
 * @example
 * ```ts
 * yearOf(7, 5, { year: 2023, month: 6, day: 30 }); // 2022
 * yearOf(7, 5, { year: 2023, month: 6, day: 30 }, true); // 2023
 * ```
 */
export function yearOf(month: number, day: number | undefined, anchor: Day, future = false): number {
  const ahead = day !== undefined ? month > anchor.month || (month === anchor.month && day > anchor.day) : month > anchor.month;
  if (ahead && !(future && month - anchor.month <= FUTURE_MONTHS)) return anchor.year - 1;
  if (!ahead && future && anchor.month - month > 12 - FUTURE_MONTHS) return anchor.year + 1;
  return anchor.year;
}
