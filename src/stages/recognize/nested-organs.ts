/**
 * Government bodies written inside their parents: 经济部 + 水利署 + 第三河川分署 is one body, 经济部水利署第三河川分署,
 * the way a formal name spells a sub-agency out. A body is taken as its neighbour's sub-unit only where its head ranks
 * below the neighbour's (a bureau under a ministry, a branch under a bureau) or it is numbered (水利署第七河川局), so
 * coordinated organs of one rank (省委省政府) stay apart.
 *
 * @module
 */
import type { Cand } from './doc.js';

/** Rank of an organ head: ministries and commissions first, their bureaus, then branches and sections. */
const RANK: readonly [RegExp, number][] = [
  [/(?:分署|分局|支队|分所)$/, 4],
  [/(?:署|局)$/, 3],
  [/(?:部|委员会|厅)$/, 1],
];

function rank(name: string): number {
  for (const [re, r] of RANK) if (re.test(name)) return r;
  return 0;
}

/**
 * Adds to `found` the nested names its government bodies make, each parent right before its sub-unit (an ordinal
 * 第… between them opens the sub-unit's name).
 *
 * @example
 * ```ts
 * nestOrgans(t, found); // adds 经济部水利署第三河川分署 over 经济部, 水利署 and 三河川分署
 * ```
 */
export function nestOrgans(t: string, found: Cand[]): void {
  const gov = found.filter((c) => c.label === 'government').sort((a, b) => a.start - b.start);
  const byStart = new Map<number, Cand[]>();
  for (const c of gov) (byStart.get(c.start) ?? byStart.set(c.start, []).get(c.start)!).push(c);
  const made: Cand[] = [];
  for (let round = 0, parents = gov; round < 3 && parents.length; round++) {
    const next: Cand[] = [];
    for (const a of parents) {
      const gap = t[a.end] === '第' ? 1 : 0;
      for (const b of [...(byStart.get(a.end) ?? []), ...(gap ? byStart.get(a.end + 1) ?? [] : [])]) {
        const pr = rank(t.slice(a.start, a.end));
        const cr = rank(t.slice(b.start, b.end));
        // (A numbered unit, 第七河川局, is a sub-unit even where its head ranks as its parent's.)
        if (!pr || cr < pr || (cr === pr && !gap)) continue;
        const c: Cand = { start: a.start, end: b.end, label: 'government', rule: 'org.nested', kind: 'government' };
        made.push(c);
        next.push(c);
      }
    }
    parents = next;
  }
  for (const c of made) found.push(c);
}
