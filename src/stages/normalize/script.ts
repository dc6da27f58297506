/**
 * Script detection and conversion for Traditional Chinese, code point by code point with opencc-js's character
 * converters (Taiwan and Hong Kong forms → Simplified), so every offset stays where it was: a character whose
 * Simplified form has another UTF-16 length (嗰 → an astral character) is left as it is. The phrase-level converter
 * (twp) is never used, and text that is not Traditional is never converted. The converters' answer for every CJK code
 * point is compiled at build time (scripts/build-traditional.mjs), so opencc-js is not loaded at run time.
 *
 * @module
 */
import { TRADITIONAL_PAIRS } from '../../data/traditional.generated.js';

let map: Map<number, number> | undefined;

/** The Simplified code unit of a Traditional one (the same when it has none of the same length). */
function convertChar(code: number): number {
  if (!map) {
    map = new Map();
    for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) map.set(TRADITIONAL_PAIRS.charCodeAt(i), TRADITIONAL_PAIRS.charCodeAt(i + 1));
  }
  return map.get(code) ?? code;
}

/** Very common characters that exist only in Traditional script. */
const COMMON_TRADITIONAL = new Set(
  [...'們個這為說時會來對國與於學發經過後還們開關業長門問間實現點種將無進當動應話體認著書東車區頭電議見機記報導聯線運選劃總議讓貿別灣華島歲傳協標準廣東務從廠價紀]'].map((c) => c.charCodeAt(0)),
);

/** True for a code unit that might differ between the scripts (CJK ideographs; not ASCII, kana or punctuation). */
const mayConvert = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/**
 * How many characters of `s[from, to)` are Traditional (change under conversion), and how many are Han.
 *
 * @example
 * ```ts
 * traditionalShare('本報訊 市長出席', 0, 8); // { changed: 3, han: 7 }
 * ```
 */
export function traditionalShare(s: string, from = 0, to = s.length): { changed: number; han: number } {
  let changed = 0;
  let han = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!mayConvert(c)) continue;
    han++;
    if (convertChar(c) !== c) changed++;
  }
  return { changed, han };
}

/**
 * True when a stretch of text is written in Traditional script: enough of its characters have another Simplified
 * form (a Simplified text has almost none).
 *
 * @example
 * ```ts
 * isTraditional('香港特區政府今日宣佈'); // true
 * isTraditional('香港特区政府今日宣布'); // false
 * ```
 */
export function isTraditional(s: string, from = 0, to = s.length): boolean {
  // A cheap first look: Traditional text uses some of these very common characters within its first few thousand
  // characters; without any, the converter's dictionaries are never loaded.
  let seen = 0;
  for (let i = from; i < to && i - from < 20_000; i++) if (COMMON_TRADITIONAL.has(s.charCodeAt(i)) && ++seen >= 1) break;
  if (seen < 1) return false;
  const { changed, han } = traditionalShare(s, from, to);
  return changed >= 2 && changed >= 0.04 * han;
}

/**
 * Converts Traditional characters to Simplified one code unit at a time, keeping the length (and so every offset).
 *
 * @example
 * ```ts
 * toSimplifiedSameLength('本報訊'); // '本报讯'
 * ```
 */
export function toSimplifiedSameLength(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!mayConvert(c)) continue;
    const d = convertChar(c);
    if (d !== c) {
      out += s.slice(last, i) + String.fromCharCode(d);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}
