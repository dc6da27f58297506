/**
 * Bodies named without a place before a head that asks for one (华人庙宇委员会, 环境运动委员会): a name of a few words
 * after a clear left edge is taken for a body's proper name when the text names it so twice or more, as a story does
 * with the body it reports (华人庙宇委员会表示 … 华人庙宇委员会提醒). Once alone it may be a kind (一个咨询委员会).
 *
 * @module
 */
import type { Cand } from './doc.js';

/** A candidate: the name's start, where its head starts, and its end. */
export interface BareName {
  start: number;
  hs: number;
  end: number;
  suffix: string;
  label: 'government' | 'organization';
  kind: string;
}

/** The fewest and most characters of a bare name before its head (two name a kind: 咨询委员会, 评审委员会). */
const MIN_WORDS = 3;
const MAX_WORDS = 6;

/**
 * The candidates whose whole name stands twice or more among them, as bodies (rule `org.head-repeated:<head>`).
 *
 * @example
 * ```ts
 * const b = (start: number) => ({ start, hs: start + 4, end: start + 7, suffix: '委员会', label: 'government' as const, kind: 'government' });
 * repeatedBareNames('环境运动委员会表示，环境运动委员会提醒', [b(0), b(10)]).length; // 2
 * ```
 */
export function repeatedBareNames(t: string, bare: readonly BareName[]): Cand[] {
  const count = new Map<string, number>();
  const ok = bare.filter((b) => b.hs - b.start >= MIN_WORDS && b.hs - b.start <= MAX_WORDS);
  for (const b of ok) {
    const name = t.slice(b.start, b.end);
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  const out: Cand[] = [];
  for (const b of ok) {
    if ((count.get(t.slice(b.start, b.end)) ?? 0) < 2) continue;
    out.push({ start: b.start, end: b.end, label: b.label, rule: `org.head-repeated:${b.suffix}`, kind: b.kind });
  }
  return out;
}
