/**
 * Sports teams named by structure: a place (or 国家) and the team's sport, sex or short name before 队 — 巴西足球队,
 * 德国男子网球队, 马来西亚男队, 中国女篮, 国家女篮 — and a country, province or city alone before 队 (摩洛哥队, 上海队).
 * The sports and short names are data (data/sports.tsv); no team is listed.
 *
 * @module
 */
import { sports } from '../../data/lexicons.generated.js';
import { SuffixTrie } from '../../lexicon/trie.js';
import type { Doc } from './doc.js';
import { placeAt } from './places.js';
import { countryEndingAt } from './organizations.js';

let words: SuffixTrie<string> | undefined;
/** The sports and short team names, matched backwards from 队 (or from a short name's end). */
function sportWords(): SuffixTrie<string> {
  if (words) return words;
  words = new SuffixTrie<string>();
  for (const [word, kind] of sports) words.add(word!, kind!);
  return words;
}

/** Characters after 队 that make it the start of another word: 队员, 队长, 队伍, 队列, 队友, 队医, 队旗, 队服, 队内. */
const WORD_AFTER = /[员长伍列形友医旗服内里部史歌徽]/;
/** The levels a place must have to name a team with 队 alone (not a town or a street). */
const TEAM_PLACE = new Set(['country', 'province', 'city', 'region']);

/**
 * The team's place: the earliest start (longest name) from which a place runs right up to `end`, none of it taken,
 * and no longer place reading covering its first character from before (西亚 in 马来西亚 is no place of its own).
 */
function placeBefore(doc: Doc, end: number): { start: number; level: string } | undefined {
  const t = doc.text;
  let found: { start: number; level: string } | undefined;
  if (end >= 2 && t.startsWith('国家', end - 2) && doc.isFree(end - 2, end)) found = { start: end - 2, level: 'country' };
  for (let k = Math.max(0, end - 8); k <= end - 2 && !found; k++) {
    const hit = placeAt(doc, k, end);
    if (!hit || hit.end !== end || !doc.isFree(k, end)) continue;
    for (let j = Math.max(0, k - 4); j < k; j++) if ((placeAt(doc, j)?.end ?? 0) > k) return undefined;
    found = { start: k, level: hit.data.level ?? '' };
  }
  // (A country before names whose team it is: 中国 + 国家女篮, 中国 + 香港队.)
  if (found) {
    const country = countryEndingAt(doc, found.start, true);
    if (country >= 0) found = { start: country, level: found.level };
  }
  return found;
}

/**
 * Accepts sports teams with the rule `org.team`, kind `other`.
 *
 * @example
 * ```ts
 * const doc = new Doc('巴西足球队教练今天表示');
 * findTeams(doc); // organization 巴西足球队
 * ```
 */
export function findTeams(doc: Doc): void {
  const t = doc.text;
  const lex = sportWords();
  // (One search jumps from 队 to 队 and from a short name's last character to the next.)
  const ends = /[队篮排足垒曲]/g;
  for (let m = ends.exec(t); m; m = ends.exec(t)) {
    const q = m.index;
    const team = m[0] === '队';
    let e = q + 1;
    if (team && WORD_AFTER.test(t[e] ?? '')) continue;
    // What stands before 队 (or is the short name itself): a sex (男, 女, 男子, 女子) and a sport, in either order.
    let s = team ? q : e;
    let marked = false;
    if (!team) {
      const short = lex.endingAt(t, e).find(([, kind]) => kind === 'short');
      if (!short) continue;
      s = short[0];
      marked = true;
    } else {
      if (/[男女]/.test(t[s - 1] ?? '')) s--, (marked = true);
      else if (s >= 2 && /^[男女]子$/.test(t.slice(s - 2, s))) (s -= 2), (marked = true);
      const sport = lex.endingAt(t, s).filter(([, kind]) => kind === 'sport').pop();
      if (sport) (s = sport[0]), (marked = true);
      if (sport && s >= 2 && /^[男女]子$/.test(t.slice(s - 2, s))) s -= 2;
    }
    if (!doc.isFree(s, e)) continue;
    const place = placeBefore(doc, s);
    if (!place) continue;
    // 队 alone after a place only where the place is a country, province or city (摩洛哥队, 上海队), not 国家队.
    if (!marked && (!TEAM_PLACE.has(place.level) || t.startsWith('国家', place.start))) continue;
    doc.accept({ start: place.start, end: e, label: 'organization', rule: 'org.team', kind: 'other' });
  }
}
