/**
 * Government bodies written inside their parents: 经济部 + 水利署 + 第三河川分署 is one body, 经济部水利署第三河川分署,
 * the way a formal name spells a sub-agency out. A body is taken as its neighbour's sub-unit only where its head ranks
 * below the neighbour's (a bureau under a ministry, a branch under a bureau, a department 厅 under a bureau 局 as in
 * Macao) or it is numbered (水利署第七河川局), so coordinated organs of one rank (省委省政府) stay apart.
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

/** A sub-unit's name after its ministry: two to four Han, then the head (农粮署, 文化资产局). */
const SUB_UNIT = /^[\u4e00-\u9fff]{2,4}?(?:署|局)/;

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
  // 农业部农粮署, 文化部文化资产局: a bureau or an administration named right after its ministry, two to four Han
  // before its head, is the ministry's sub-unit even where nothing else found it.
  for (const a of gov) {
    if (rank(t.slice(a.start, a.end)) !== 1 || byStart.has(a.end)) continue;
    const m = SUB_UNIT.exec(t.slice(a.end, a.end + 6));
    if (!m || t[a.end + m[0].length] === '长') continue;
    const b: Cand = { start: a.end, end: a.end + m[0].length, label: 'government', rule: 'org.sub-unit', kind: 'government' };
    found.push(b);
    (byStart.get(b.start) ?? byStart.set(b.start, []).get(b.start)!).push(b);
  }
  for (let round = 0, parents = gov; round < 3 && parents.length; round++) {
    const next: Cand[] = [];
    for (const a of parents) {
      const gap = t[a.end] === '第' ? 1 : 0;
      const pr = rank(t.slice(a.start, a.end));
      for (const b of [...(byStart.get(a.end) ?? []), ...(gap ? byStart.get(a.end + 1) ?? [] : [])]) {
        const cr = rank(t.slice(b.start, b.end));
        // (A numbered unit, 第七河川局, is a sub-unit even where its head ranks as its parent's.)
        // (Macao's bureaus hold departments, 厅, and they hold divisions: 土地工务局城市建设厅. A 厅 is a province's
        // department elsewhere, but one never follows a bureau unparted.)
        const department = /厅$/.test(t.slice(b.start, b.end)) && /局$/.test(t.slice(a.start, a.end));
        if (!pr || (!department && (cr < pr || (cr === pr && !gap)))) continue;
        const c: Cand = { start: a.start, end: b.end, label: 'government', rule: 'org.nested', kind: 'government' };
        made.push(c);
        next.push(c);
      }
    }
    parents = next;
  }
  for (const c of made) found.push(c);
}
