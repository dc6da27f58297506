/**
 * Taiwan's districts and townships by their bare name (大里 for 大里区, 神冈 for 神冈区). Bare, many are ordinary
 * words or names elsewhere (太平, 大雅, 中山), so the text must vouch for one: two or more joined in a list (往返大里、
 * 太平; 西屯、大雅、神冈及大肚等), or its full name elsewhere in the text (西屯区 … 西屯).
 *
 * @module
 */
import { taiwanDistrictShorts } from '../../data/lexicons.generated.js';
import { verbEndsBefore } from '../../lexicon/names.js';
import { Trie } from '../../lexicon/trie.js';
import type { Doc } from './doc.js';

let shorts: Trie<string> | undefined;

/** The bare names, each with its full name. */
function bareNames(): Trie<string> {
  if (!shorts) {
    shorts = new Trie<string>();
    for (const [bare, full] of taiwanDistrictShorts) shorts.add(bare!, full!);
  }
  return shorts;
}

/** The joints of a list of places. */
const JOINT = /[、及和与]/;
/** Before a bare name: a list's joint, a preposition or verb of going, or punctuation. */
const LEFT = /[、及和与在到往返至从由于经赴]/;
/** After a bare name: a joint, 等, a word that ends a place, or punctuation. */
const RIGHT = /^(?:[、及和与等的]|一带|地区|附近)/;

/**
 * Accepts the bare names the text vouches for.
 *
 * @example
 * ```ts
 * const doc = new Doc('家长送托都得往返大里、太平。'); findTaiwanDistricts(doc); // 大里, 太平
 * ```
 */
export function findTaiwanDistricts(doc: Doc): void {
  const t = doc.text;
  const names = bareNames();
  const placed = new Set<string>();
  for (const c of doc.cands) if (c.label === 'place') placed.add(t.slice(c.start, c.end));
  const hits: { start: number; end: number; full: string }[] = [];
  for (let i = 0; i < t.length; i++) {
    if (doc.owner[i] !== -1) continue;
    const m = names.longestAt(t, i);
    if (!m) continue;
    const [end, full] = m;
    if (!doc.isFree(i, end)) continue;
    const left = i === 0 || !doc.isHan(i - 1) || LEFT.test(t[i - 1]!) || verbEndsBefore(t, i);
    const right = end >= t.length || !doc.isHan(end) || RIGHT.test(t.slice(end, end + 2));
    if (left && right) hits.push({ start: i, end, full });
  }
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    const listed = (k > 0 && hits[k - 1]!.end + 1 === h.start && JOINT.test(t[h.start - 1]!)) || (k + 1 < hits.length && h.end + 1 === hits[k + 1]!.start && JOINT.test(t[h.end]!));
    if (!listed && !placed.has(h.full)) continue;
    doc.accept({ start: h.start, end: h.end, label: 'place', rule: listed ? 'place.taiwan-district-list' : 'place.taiwan-district-vouched', place: { level: 'county', within: '台湾' } });
  }
}
