/**
 * Ordinary words the name model must not read as names (高深, 楼群) nor cut through (非常 before 常…), from jieba's
 * dictionary (scripts/build-words.mjs). The words are stored sorted in fixed-width runs and found by bisection, so
 * nothing is built when the module loads.
 *
 * @module
 */
import { WORDS2, WORDS3 } from '../data/words.generated.js';

/**
 * True when `s[i, i + len)` (two or three characters) is an ordinary word of the list.
 *
 * @example
 * ```ts
 * isOrdinaryWord('非常喜欢', 0, 2); // true
 * isOrdinaryWord('王晓明', 0, 3);   // false
 * ```
 */
export function isOrdinaryWord(s: string, i: number, len: number): boolean {
  if (i < 0 || i + len > s.length || (len !== 2 && len !== 3)) return false;
  const data = len === 2 ? WORDS2 : WORDS3;
  let lo = 0;
  let hi = data.length / len - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    let cmp = 0;
    for (let k = 0; k < len && cmp === 0; k++) cmp = s.charCodeAt(i + k) - data.charCodeAt(mid * len + k);
    if (cmp === 0) return true;
    if (cmp > 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
