/**
 * Statistics for person names, from generic lists: how common a character is in Han given names
 * (data/given-name-chars.tsv, three tiers), which characters transliterate foreign names
 * (data/transliteration-chars.tsv), and which words follow a name in news text (data/name-followers.tsv).
 *
 * @module
 */
import { givenNameChars, nameFollowers, transliterationChars } from '../data/lexicons.generated.js';
import { Trie } from './trie.js';

interface NameStats {
  given: Map<string, number>;
  translit: Map<string, number>;
  followers: Trie<true>;
  /** Verbs of the follower list (离开, 来自, 出席 …): a word that ends where one of them ends. */
  verbs: Set<string>;
}
let stats: NameStats | undefined;

function load(): NameStats {
  if (stats) return stats;
  const followers = new Trie<true>();
  const verbs = new Set<string>();
  for (const [w, note] of nameFollowers) {
    followers.add(w!, true);
    if (note?.startsWith('verb') && w!.length > 1) verbs.add(w!);
  }
  stats = {
    given: new Map(givenNameChars.map(([c, tier]) => [c!, Number(tier) || 3])),
    translit: new Map(transliterationChars.map(([c, tier]) => [c!, Number(tier) || 2])),
    followers,
    verbs,
  };
  return stats;
}

/**
 * Tier of a character as a given-name character: 1 (very common) to 3 (rare), 0 when it is not one.
 *
 * @example
 * ```ts
 * givenTier('伟'); // 1
 * givenTier('的'); // 0
 * ```
 */
export function givenTier(ch: string): number {
  return load().given.get(ch) ?? 0;
}

/**
 * Tier of a character as a transliteration character (1 typical, 2 occurring), 0 when it is not one.
 *
 * @example
 * ```ts
 * translitTier('斯'); // 1
 * ```
 */
export function translitTier(ch: string): number {
  return load().translit.get(ch) ?? 0;
}

/**
 * Length of the word at `s[i]` that commonly follows a name (今天, 曾, 同志, 一行 …), or 0.
 *
 * @example
 * ```ts
 * followerAt('今天上午', 0); // 2
 * ```
 */
export function followerAt(s: string, i: number): number {
  const hit = load().followers.longestAt(s, i);
  return hit ? hit[0] - i : 0;
}

/**
 * True when a verb of two or three characters from the follower list (离开, 来自, 前往 …) ends right before `i`, so
 * that a word begins at `i`.
 *
 * @example
 * ```ts
 * verbEndsBefore('离开某地', 2); // true
 * verbEndsBefore('某某某地', 2); // false
 * ```
 */
export function verbEndsBefore(s: string, i: number): boolean {
  const { verbs } = load();
  return (i >= 2 && verbs.has(s.slice(i - 2, i))) || (i >= 3 && verbs.has(s.slice(i - 3, i)));
}
