/**
 * The headline competition. Headline candidates (groups of short unpunctuated lines) are matched to articles by the
 * content they share — character bigrams of names and content words — not by position alone:
 * - a candidate printed right before an article is its headline when it shares enough with that article;
 * - any other candidate (printed after the last article, or one that lost) goes to the article it shares most with,
 *   when that share is high and the article has no headline yet;
 * - a candidate that shares nothing with any article is page furniture.
 *
 * @module
 */
import { isHan } from '../../text/chars.js';
import type { Group } from './scan.js';
import { ADJACENT_BONUS, HEADLINE_MIN_SHARE_ADJACENT, HEADLINE_MIN_SHARE_DISTANT, HEADLINE_WINDOW } from './rules.js';

/** Han-character bigrams of a text, as numbers (two code units packed in one). */
export function bigrams(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const ca = text.charCodeAt(i);
    const cb = text.charCodeAt(i + 1);
    const a = numeral(ca);
    const b = numeral(cb);
    // (A digit counts beside a Han character that is no unit of a date or a number: 8度, not 6月 or 13日.)
    const digitA = a !== ca;
    const digitB = b !== cb;
    if ((digitA && digitB) || (digitA && DATE_UNITS.has(text[i + 1]!)) || (digitB && DATE_UNITS.has(text[i]!))) continue;
    if (isHan(a) && isHan(b)) out.add(a * 0x10000 + b);
  }
  // Latin words of three letters or more count too (English headlines), as negative hashes.
  // (A word a hyphen joins counts whole as well: holi-day, which a line break cut, is the headline's holiday.)
  let h = 2166136261;
  let len = 0;
  let joined = 2166136261;
  let joinedLen = 0;
  let parts = 0;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      h = Math.imul(h ^ c, 16777619) >>> 0;
      len++;
      joined = Math.imul(joined ^ c, 16777619) >>> 0;
      joinedLen++;
    } else {
      if (len >= 3 && !STOP_WORDS.has(h)) out.add(-1 - h);
      h = 2166136261;
      len = 0;
      if (c === 0x2d && joinedLen > 0) {
        parts++;
        continue;
      }
      if (parts > 0 && joinedLen >= 3 && !STOP_WORDS.has(joined)) out.add(-1 - joined);
      joined = 2166136261;
      joinedLen = 0;
      parts = 0;
    }
  }
  return out;
}

/** Units of dates and times a digit stands beside in page headers and datelines (2025年6月13日, 9时). */
const DATE_UNITS = new Set([...'年月日号时点分秒期版']);
/** A digit as the Chinese numeral (8度 in a headline, 八度 in its story), any other code unit as it is. */
const NUMERALS = '〇一二三四五六七八九';
function numeral(c: number): number {
  if (c >= 0x30 && c <= 0x39) return NUMERALS.charCodeAt(c - 0x30);
  if (c >= 0xff10 && c <= 0xff19) return NUMERALS.charCodeAt(c - 0xff10);
  return c;
}

const hashWord = (w: string): number => {
  let h = 2166136261;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619) >>> 0;
  return h;
};
/** English words too common to tie a headline to an article. */
const STOP_WORDS = new Set('the and for with from that this was were are has have its into over after new more will its'.split(' ').map(hashWord));

/** How much of a candidate's content an article shares: the share of its bigrams found there, and their count. */
export function share(candidate: Set<number>, article: Set<number>): { ratio: number; shared: number } {
  if (!candidate.size) return { ratio: 0, shared: 0 };
  let shared = 0;
  for (const g of candidate) if (article.has(g)) shared++;
  return { ratio: shared / candidate.size, shared };
}

/** Where each candidate ends up. */
export interface HeadlineAssignment {
  /** Article index → its headline group, if any. */
  headline: Map<number, Group>;
  /** Article index → subheadline groups, in order. */
  subheadlines: Map<number, Group[]>;
  /** Candidates that went to no article, with the rule that decided. */
  rejected: { group: Group; rule: string }[];
}

/**
 * Assigns candidate groups to articles. Every (candidate, article) pair that shares enough is scored by the share of
 * the candidate's bigrams found in the article, with a bonus for standing right before it; the best pairs win, one
 * headline per article. A candidate that passes for the article it stands before, after that article's headline,
 * is a subheadline.
 *
 * @param groups - every candidate, in page order, each with `before` set when it stands right before an article.
 * @param textOf - reflowed text of a candidate.
 * @param articleGrams - bigrams of each article's body (and dateline).
 * @example
 * ```ts
 * const { headline } = assignHeadlines(groups, textOf, articles.map((a) => bigrams(a.body)));
 * ```
 */
/** How much less of its words an earlier headline may share with the body and still be the headline over a later one. */
const KICKER_MARGIN = 0.25;
/** A candidate that is one quotation (「…」). */
const QUOTATION = /^[「“『][^「」“”『』]{2,30}[」”』]$/;

export function assignHeadlines(
  groups: readonly Group[],
  textOf: (g: Group) => string,
  articleGrams: readonly Set<number>[],
  nearOf: (g: Group) => number = (g) => g.before ?? 0,
): HeadlineAssignment {
  const headline = new Map<number, Group>();
  const subheadlines = new Map<number, Group[]>();
  const rejected: { group: Group; rule: string }[] = [];
  if (!articleGrams.length) {
    for (const group of groups) rejected.push({ group, rule: 'segment.headline.no-article' });
    return { headline, subheadlines, rejected };
  }
  const grams = groups.map((g) => bigrams(textOf(g)));
  // An inverted index from bigram to the articles holding it: a candidate is scored only against the articles it
  // shares something with, so a page of many articles and many candidates stays linear in practice.
  const byGram = new Map<number, number[]>();
  articleGrams.forEach((ag, at) => {
    for (const g of ag) (byGram.get(g) ?? byGram.set(g, []).get(g)!).push(at);
  });
  // A headline stands near its article: only articles within a window of the candidate's place compete, which keeps a
  // page of thousands of articles linear (a printed page has a few dozen at most).
  const sharedCounts = (k: number): Map<number, number> => {
    const counts = new Map<number, number>();
    const near = nearOf(groups[k]!);
    const lo = near - HEADLINE_WINDOW;
    const hi = near + HEADLINE_WINDOW;
    for (const g of grams[k]!) {
      const list = byGram.get(g);
      if (!list) continue;
      let a = 0;
      let b = list.length;
      while (a < b) { const m = (a + b) >> 1; if (list[m]! < lo) a = m + 1; else b = m; }
      for (let j = a; j < list.length && list[j]! <= hi; j++) counts.set(list[j]!, (counts.get(list[j]!) ?? 0) + 1);
    }
    return counts;
  };
  const eligible = (k: number, shared: number, adjacent: boolean): { ok: boolean; score: number } => {
    const size = grams[k]!.size;
    const ratio = size ? shared / size : 0;
    // An English headline right above its article needs only one word in common with it (Shaanxi sets out plan for
    // hard-tech push), as its words are fewer than a Chinese headline's bigrams.
    const latinHere = adjacent && !!groups[k]!.lines[0]!.latin;
    const ok = shared > 0 && shared >= Math.min(latinHere ? 1 : 2, size) && ratio >= (adjacent ? (latinHere ? 0.1 : HEADLINE_MIN_SHARE_ADJACENT) : HEADLINE_MIN_SHARE_DISTANT);
    return { ok, score: ratio + (adjacent ? ADJACENT_BONUS : 0) };
  };
  const pairs: { k: number; at: number; score: number }[] = [];
  const anyShared: boolean[] = [];
  const counts: Map<number, number>[] = [];
  groups.forEach((g, k) => {
    counts[k] = sharedCounts(k);
    anyShared[k] = counts[k]!.size > 0;
    if (g.dash) return; // a dash line opens a subheadline, never a headline
    // The best few articles for this candidate are enough: the best pair per article wins anyway.
    const best = [...counts[k]!].map(([at, shared]) => ({ at, ...eligible(k, shared, g.before === at) })).filter((x) => x.ok);
    best.sort((a, b) => b.score - a.score);
    for (const x of best.slice(0, 4)) pairs.push({ k, at: x.at, score: x.score });
    if (g.before !== undefined && !best.slice(0, 4).some((x) => x.at === g.before)) {
      const e = eligible(k, counts[k]!.get(g.before) ?? 0, true);
      if (e.ok) pairs.push({ k, at: g.before, score: e.score });
    }
  });
  pairs.sort((a, b) => b.score - a.score || a.k - b.k);
  const used = new Set<number>();
  for (const { k, at } of pairs) {
    if (used.has(k) || headline.has(at)) continue;
    headline.set(at, groups[k]!);
    used.add(k);
  }
  const position = new Map(groups.map((g, k) => [g, k]));
  // A kicker that won on its few shared words gives way to the headline printed under it.
  for (const [at, head] of [...headline]) {
    if (!head.kicker) continue;
    const k = position.get(head)! + 1;
    const next = groups[k];
    // (An English kicker in capitals, BUSINESS CLIMATE, gives way to the headline under it whatever that shares.)
    if (!next || next.before !== head.before || used.has(k) || next.dash || !(head.lines[0]!.latin || eligible(k, counts[k]!.get(at) ?? 0, true).ok)) continue;
    headline.set(at, next);
    used.add(k);
    used.delete(k - 1);
  }
  // Headlines printed one above another right before their article: the first is the headline, those under it are
  // subheadlines, whichever shares more words with the body.
  groups.forEach((g, k) => {
    const at = g.before;
    if (used.has(k) || g.dash || g.kicker || at === undefined) return;
    const head = headline.get(at);
    if (!head || head.before !== at || position.get(head)! < k) return;
    // A kicker above the headline (加快建设… over 某某中心揭牌) shares little with the body: it stays a subheadline.
    const mine = eligible(k, counts[k]!.get(at) ?? 0, true);
    const theirs = eligible(position.get(head)!, counts[position.get(head)!]!.get(at) ?? 0, true);
    // (A quotation under the headline is its deck, however many of the body's words it repeats: 上環紙紮舖　一門手藝半
    // 世紀 over 「後生仔嫌辛苦，冇人肯學」.)
    if (!mine.ok || (mine.score < theirs.score - KICKER_MARGIN && !QUOTATION.test(textOf(head).trim()))) return;
    headline.set(at, g);
    used.add(k);
    used.delete(position.get(head)!);
  });
  // A deck of two phrases printed under the headline (某某签合作备忘录 over 共建某某平台　明年推某某试点) shares more
  // words with the body, but the line over it is the headline.
  for (const [at, head] of [...headline]) {
    const k = position.get(head)!;
    const prev = groups[k - 1];
    if (!prev || used.has(k - 1) || prev.dash || prev.kicker || prev.before === undefined || prev.before !== head.before) continue;
    const deck = textOf(head).trim();
    if (!/\S\s+\S/.test(deck) || deck.length <= textOf(prev).trim().length || !eligible(k - 1, counts[k - 1]!.get(at) ?? 0, true).ok) continue;
    headline.set(at, prev);
    used.add(k - 1);
    used.delete(k);
  }
  // An English headline right above its article that shares no word with it (Factories off / to solid start over
  // a story of industrial output) is still its headline when nothing else stands there: the nearest candidate, in
  // the case of ordinary words, for an article left without one.
  groups.forEach((g, k) => {
    const at = g.before;
    if (used.has(k) || at === undefined || headline.has(at) || g.dash || g.kicker || !g.lines.every((l) => l.latin)) return;
    // (… a deck under it too: Greener farewells / gain ground over Scholar says … .)
    const next = groups[k + 1];
    if (next?.before === at && !(next.dash || next.lines.every((l) => l.latin && !!l.capital) && groups[k + 2]?.before !== at)) return;
    const text = textOf(g);
    // (Not a jump line, Continued from Page 1, From page 3, nor a line in capitals.)
    if (!/[a-z]/.test(text) || /\b(?:page|p\.)\s?[A-Z]?\d/i.test(text) || /^(?:continued|from)\b/i.test(text.trim())) return;
    headline.set(at, g);
    used.add(k);
  });
  // The first of two headlines stacked over two stories heads the first, however few words it shares with it (九巴撼欄
  // 11人傷 over 一輛九巴…撼向路邊欄杆…受傷: the layout has placed it); so does a brief's headline under its arrow, its
  // text right under it.
  groups.forEach((g, k) => {
    if (!g.placed || used.has(k) || g.before === undefined || headline.has(g.before)) return;
    headline.set(g.before, g);
    used.add(k);
  });
  groups.forEach((g, k) => {
    if (used.has(k)) return;
    const at = g.before;
    const head = at === undefined ? undefined : headline.get(at);
    // (A Chinese kicker alone between blank lines that shares no word with the story is a section's or a column's
    // name, 港聞, 城中人物: no part of it. One printed right over the headline is.)
    const kicker = !!g.kicker && (!!g.lines[0]!.latin || !g.afterBlank || (counts[k]!.get(at ?? -1) ?? 0) > 0);
    if (at !== undefined && head && head.before === at && (position.get(head)! < k || g.kicker) && (g.dash || kicker || eligible(k, counts[k]!.get(at) ?? 0, true).ok)) {
      (subheadlines.get(at) ?? subheadlines.set(at, []).get(at)!).push(g);
    } else rejected.push({ group: g, rule: anyShared[k] ? 'segment.headline.weak-match' : 'segment.headline.no-shared-content' });
  });
  return { headline, subheadlines, rejected };
}
