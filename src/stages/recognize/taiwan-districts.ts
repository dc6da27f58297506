/**
 * Taiwan's districts and townships by their bare name (大里 for 大里区, 神冈 for 神冈区). Bare, many are ordinary
 * words or names elsewhere (太平, 大雅, 中山), so the text must vouch for one: two or more joined in a list (往返大里、
 * 太平; 西屯、大雅、神冈及大肚等) after a preposition of place or before 等, or its full name elsewhere in the text
 * (西屯区 … 西屯).
 *
 * @module
 */
import { taiwanDistrictShorts } from '../../data/lexicons.generated.js';
import { verbEndsBefore } from '../../lexicon/names.js';
import { Trie } from '../../lexicon/trie.js';
import type { Doc } from './doc.js';
import { LIST_JOINT as JOINT } from './streets.js';

let shorts: Trie<string> | undefined;

/** The bare names, each with its full name. */
function bareNames(): Trie<string> {
  if (!shorts) {
    shorts = new Trie<string>();
    for (const [bare, full] of taiwanDistrictShorts) shorts.add(bare!, full!);
  }
  return shorts;
}

/** Before a list of places: a preposition or verb of place (在, 到, 往返). */
const PLACE_OPENER = /[在到返至从于经赴]/;
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
  // (Only a full name of Taiwan's vouches: 和平区 of Tianjin vouches for no bare 和平.)
  for (const c of doc.cands) if (c.label === 'place' && c.place?.within === '台湾') placed.add(t.slice(c.start, c.end));
  const hits: { start: number; end: number; full: string }[] = [];
  for (let i = 0; i < t.length; i++) {
    if (doc.owner[i] !== -1) continue;
    const m = names.longestAt(t, i);
    if (!m) continue;
    const [end, full] = m;
    if (!doc.isFree(i, end)) continue;
    const left = i === 0 || !doc.isHan(i - 1) || LEFT.test(t[i - 1]!) || verbEndsBefore(t, i);
    const right = end >= t.length || !doc.isHan(end) || RIGHT.test(t.slice(end, end + 2));
    if (left && right) {
      hits.push({ start: i, end, full });
      i = end - 1;
    }
  }
  // A list: items joined by joints, which a preposition or verb of place opens or 等 closes (往返大里、太平; 分布在西屯、
  // 大雅及神冈等区), so that 弘扬忠孝、仁爱、信义、和平 is no list of districts.
  const listed = new Array<boolean>(hits.length).fill(false);
  for (let k = 0; k < hits.length; ) {
    let j = k;
    while (j + 1 < hits.length && hits[j]!.end + 1 === hits[j + 1]!.start && JOINT.test(t[hits[j]!.end]!)) j++;
    const first = hits[k]!.start;
    const opened = first > 0 && (PLACE_OPENER.test(t[first - 1]!) || verbEndsBefore(t, first));
    if (j > k && (opened || t[hits[j]!.end] === '等')) for (let n = k; n <= j; n++) listed[n] = true;
    k = j + 1;
  }
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    if (!listed[k] && !placed.has(h.full)) continue;
    doc.accept({ start: h.start, end: h.end, label: 'place', rule: listed[k] ? 'place.taiwan-district-list' : 'place.taiwan-district-vouched', place: { level: 'county', within: '台湾' } });
  }
}
