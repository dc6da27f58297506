/**
 * A body named by its kind alone in a list of bodies (治安警察局、海关及消防局): the bare word of an organ suffix
 * (海关, 法院) is that body where a body found stands on each side of it, joined by 、, 及, 和 or 与.
 *
 * @module
 */
import { lexicons } from '../../lexicon/index.js';
import type { Cand, Doc } from './doc.js';
import { LIST_JOINT as JOINT } from './streets.js';

const isBody = (c: Cand | undefined): boolean => c?.label === 'government' || c?.label === 'organization';

/**
 * Accepts each bare organ word between two bodies of a list.
 *
 * @example
 * ```ts
 * const doc = new Doc('由治安警察局、海关及消防局人员组成'); // after findOrganizations
 * findListedBodies(doc); // 海关, a government body
 * ```
 */
export function findListedBodies(doc: Doc): void {
  const t = doc.text;
  const organs = lexicons().organSuffixes;
  for (const c of [...doc.cands]) {
    if (!isBody(c) || !JOINT.test(t[c.end] ?? '')) continue;
    const s = c.end + 1;
    for (let e = s + 2; e <= s + 4 && e < t.length; e++) {
      if (!JOINT.test(t[e]!)) continue;
      const next = doc.cands[doc.owner[e + 1]!];
      if (!isBody(next) || next!.start !== e + 1 || !doc.isFree(s, e)) break;
      const organ = organs.endingAt(t, e, s).find(([st]) => st === s)?.[1];
      if (organ) doc.accept({ start: s, end: e, label: organ.label, rule: 'org.listed-bare', kind: organ.kind });
      break;
    }
  }
}
