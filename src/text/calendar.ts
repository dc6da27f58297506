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
