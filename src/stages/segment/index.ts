/**
 * The segment stage: a raw page becomes articles with their parts (headline, subheadlines, dateline, body, byline),
 * each part a span of the raw input, each text reflowed with an offset map.
 *
 * @module
 */
import type { ArticlePart, Span, Warning } from '../../types.js';
import { splitAtStrayHeadlines } from './stray-headlines.js';
import { isSpace } from '../../text/chars.js';
import type { Reflowed } from '../../text/offset-map.js';
import { reflow, reflowLines } from '../reflow/index.js';
import type { Line } from '../normalize/lines.js';
import { classifyLines, KICKER_CAPS } from './classify.js';
import { assignHeadlines, bigrams, share } from './headlines.js';
import { endsWordAbove, scanLines, type Draft, type Group } from './scan.js';

/** At most this many warnings of one kind are written out one by one; the rest are counted. */
const MAX_WARNINGS = 1000;

/** One article as segmented: its parts and reflowed texts, before any recognition. */
export interface Segment {
  /** Parts in input order. */
  parts: ArticlePart[];
  headline?: Reflowed;
  subheadlines: Reflowed[];
  dateline?: string;
  datelineRule?: string;
  byline: string[];
  /** Where each byline name stands in the input. */
  bylineSpans: Span[];
  body: Reflowed;
  /** From the dateline (or first body line) to the end of the byline. */
  span: Span;
}

/** The segmented page. */
export interface Segmentation {
  segments: Segment[];
  unassigned: Span[];
  warnings: Warning[];
}

/** A mark that opens a brief's headline, and the space after it. */
const BRIEF_MARK = /^[■●◆▲□▶►]\s{0,2}/;
/**
 * How many characters of the group's first line a brief's mark takes (■旺角行人區諮詢: 1), none when the group is only
 * that mark, and none in a deck, whose mark says it is one (◆門票三日內售罄).
 */
const markLength = (raw: string, g: Group): number => {
  if (g.dash) return 0;
  const { start, end } = g.lines[0]!.line;
  const mark = BRIEF_MARK.exec(raw.slice(start, Math.min(end, start + 4)));
  return mark && (mark[0].length < end - start || g.lines.length > 1) ? mark[0].length : 0;
};
const groupText = (raw: string, g: Group): Reflowed =>
  reflow(raw, g.lines.map((l, k) => ({ start: l.line.start + (k === 0 ? markLength(raw, g) : 0), end: l.line.end })));
const groupSpan = (g: Group): Span => ({ start: g.lines[0]!.line.start, end: g.lines[g.lines.length - 1]!.line.end });

/** Body parts: runs of adjacent body lines (furniture between lines splits them). */
function bodyParts(raw: string, d: Draft): ArticlePart[] {
  const parts: ArticlePart[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    if (!run.length) return;
    const body = reflowLines(raw, run, d.from, d.to);
    if (body.map.length) parts.push({ kind: 'body', start: body.map[0]!, end: body.map[body.map.length - 1]! + 1 });
    run = [];
  };
  for (const line of d.lines) {
    const last = run[run.length - 1];
    if (last && line.index !== last.index + 1) {
      // Only blank lines may lie between two lines of one body part.
      let onlyBlank = true;
      for (let k = last.end; k < line.start && onlyBlank; k++) if (!isSpace(raw.charCodeAt(k))) onlyBlank = false;
      if (!onlyBlank) flush();
    }
    run.push(line);
  }
  flush();
  return parts;
}

/**
 * A kicker printed right above a headline (大湾区融合 / 卓永康率团访江门 / 晤市委书记谈创科): in a Chinese group of three lines
 * or more, a first line much shorter than every other is a candidate of its own (a subheadline where it shares little
 * with the body); in an English group, a first line in capitals over lines that are not (BUSINESS CLIMATE / City vows
 * / …). With `force`, the first line is split off as the kicker whatever its width (the caller has judged it one).
 */
function splitKicker(raw: string, g: Group, force = false): Group[] {
  if (g.lines.length < 2 || !(force || opensWithKicker(raw, g))) return [g];
  const head: Group = { lines: [g.lines[0]!], dash: g.dash, kicker: true };
  const tail: Group = { lines: g.lines.slice(1), dash: false };
  if (g.before !== undefined) { head.before = g.before; tail.before = g.before; }
  return [head, tail];
}

/**
 * An English kicker in capitals standing alone over the headline, a blank line between (OPENING-UP / blank /
 * Premier vows …): a one-line group in capitals whose next group, over the same article, is not.
 */
function markCapsKickers(raw: string, groups: Group[]): Group[] {
  const caps = (g: Group): boolean => g.lines.every((l) => l.latin && KICKER_CAPS.test(raw.slice(l.line.start, l.line.end)));
  const width = (g: Group): number => Math.max(...g.lines.map((l) => l.line.end - l.line.start));
  groups.forEach((g, k) => {
    const next = groups[k + 1];
    if (g.lines.length !== 1 || g.before === undefined || next?.before !== g.before || next.dash) return;
    if (caps(g) && !caps(next)) g.kicker = true;
    // 復活節長假 / (blank) / 常遠晴主禮啟德嘉 / 年華　料吸25萬人次: so too a short Chinese line alone over a headline
    // at least half as wide again (a topic, or a column's name: 城中人物).
    // (Not a section's label under its mark, ◆港聞速遞, over the briefs.)
    else if (!g.lines[0]!.latin && !next.lines[0]!.latin && !MARKS.test(raw[g.lines[0]!.line.start] ?? '') && width(g) <= KICKER_WIDTH && width(next) >= 1.5 * width(g)) g.kicker = true;
  });
  return groups;
}

/** Marks that open a section's label or a brief's headline. */
const MARKS = /[■□◆◇●○▲△▌▶►★☆]/;
/** The widest Chinese kicker standing alone over a headline (復活節長假, 城中人物; a headline of six, 港府推新措施, is none). */
const KICKER_WIDTH = 5;

/** A topic alone in brackets, as a kicker is printed over a Hong Kong headline (〔立法會〕, 〔北都新里程〕). */
const BRACKETED_TOPIC = /^[〔【［][^〔〕【】［］。，；！？]{2,8}[〕】］]$/;

/** True when a group's first line is a kicker over the rest (see {@link splitKicker}). */
function opensWithKicker(raw: string, g: Group): boolean {
  const width = (k: number): number => g.lines[k]!.line.end - g.lines[k]!.line.start;
  // (An English kicker is set in capitals over a headline in lower case: BUSINESS CLIMATE / City vows / …)
  if (g.lines[0]!.latin) {
    const caps = (k: number): boolean => KICKER_CAPS.test(raw.slice(g.lines[k]!.line.start, g.lines[k]!.line.end));
    return caps(0) && !caps(1);
  }
  // (A topic in brackets over the headline, 〔北都新里程〕 / 向某某主禮 / …, whatever its width.)
  if (BRACKETED_TOPIC.test(raw.slice(g.lines[0]!.line.start, g.lines[0]!.line.end).trim())) return true;
  if (g.lines.length < 3) return false;
  let rest = Infinity;
  for (let k = 1; k < g.lines.length; k++) rest = Math.min(rest, width(k));
  return width(0) <= KICKER_NARROWER * rest;
}

/**
 * A deck under a headline, written as phrases set apart by a space (醫管局夥中大設AI影像中心 / 本月25日啟用 首階段服務新界東):
 * from the first such line on, a subheadline. But a line no wider than the headline's, whose first phrase is a few
 * characters only, goes on with the headline (觀塘海濱長廊三期 / 延誤 區議員促交代): a deck is set in smaller type, more
 * characters a line, and opens with a phrase of its own.
 */
function splitDeck(raw: string, g: Group): Group[] {
  if (g.lines.length < 2 || g.lines[0]!.latin) return [g];
  const text = (k: number): string => raw.slice(g.lines[k]!.line.start, g.lines[k]!.line.end).trim();
  const spaced = (k: number): boolean => {
    const m = /^(\S+)[ \u3000]+[\u4e00-\u9fff]/u.exec(text(k));
    if (!m || !/[\u4e00-\u9fff\d]$/.test(m[1]!)) return false;
    let widest = 0;
    for (let j = 0; j < k; j++) widest = Math.max(widest, text(j).length);
    // (A first phrase of two characters may be the end of a word the line cut: 啟德嘉 / 年華　料吸25萬人次.)
    if (k > 0 && endsWordAbove(raw, g.lines[k - 1]!.line, g.lines[k]!.line)) return false;
    return k === 0 || m[1]!.length > GOES_ON_PHRASE || text(k).replace(/\s/g, '').length > DECK_WIDER_AT * widest;
  };
  if (spaced(0)) return [g];
  let k = 1;
  while (k < g.lines.length && !spaced(k)) k++;
  if (k === g.lines.length) return [g];
  const head: Group = { lines: g.lines.slice(0, k), dash: g.dash };
  const deck: Group = { lines: g.lines.slice(k), dash: true };
  if (g.kicker) head.kicker = true;
  if (g.before !== undefined) { head.before = g.before; deck.before = g.before; }
  return [head, deck];
}

/**
 * Lines of a Chinese headline group told apart by their width alone, the type they are set in:
 * - a line much wider than every line above it, and wide in itself, opens the deck (勞福局長訪社區客廳 / 深水埗劏房戶盼延長開放時間;
 *   土瓜灣六十年涼茶 / 舖月底結業 / 街坊排隊飲最後一碗廿四味: the second line, narrower, goes on with the first);
 * - but two lines right over a deck of their own, the first much narrower, are a kicker and the headline (港商組團赴莞 /
 *   跨境物流商會與東莞簽備忘錄 / 虎門設港貨集散中心　通關縮至半小時).
 */
function splitWideDecks(raw: string, groups: Group[], sharesStory: (g: Group) => boolean): Group[] {
  const width = (g: Group, k: number): number => g.lines[k]!.line.end - g.lines[k]!.line.start;
  const out: Group[] = [];
  for (let n = 0; n < groups.length; n++) {
    const g = groups[n]!;
    if (g.dash || g.kicker || g.lines.length < 2 || g.lines[0]!.latin) { out.push(g); continue; }
    const next = groups[n + 1];
    const deckUnder = !!next && next.dash && next.lines[0]!.line.index === g.lines[g.lines.length - 1]!.line.index + 1;
    if (deckUnder && g.lines.length === 2) {
      if (width(g, 0) <= KICKER_NARROWER * width(g, 1)) {
        out.push(...splitKicker(raw, g, true));
        continue;
      }
      out.push(g);
      continue;
    }
    let widest = width(g, 0);
    let k = 1;
    // (A line that opens with a word's last characters before a space goes on with the line the word began on:
    // 常遠晴主禮啟德嘉 / 年華　料吸25萬人次.)
    const wordEnd = (k: number): boolean => endsWordAbove(raw, g.lines[k - 1]!.line, g.lines[k]!.line);
    for (; k < g.lines.length && (width(g, k) < DECK_WIDER * widest || width(g, k) < DECK_MIN || wordEnd(k)); k++) widest = Math.max(widest, width(g, k));
    if (deckUnder || k === g.lines.length) { out.push(g); continue; }
    const head: Group = { lines: g.lines.slice(0, k), dash: g.dash };
    const deck: Group = { lines: g.lines.slice(k), dash: true };
    if (g.before !== undefined) { head.before = g.before; deck.before = g.before; }
    // (Not where the lines above share no word with the story: 智能物流股受追捧 / 綠程智運首日收升兩成七 stays one
    // headline, or it would lose the story.)
    if (!sharesStory(head)) { out.push(g); continue; }
    out.push(head, deck);
  }
  return out;
}

/** The fewest characters a deck told by its width holds (理大學者獲 / 亞太結構工程獎 is one headline, broken). */
const DECK_MIN = 11;
/** A kicker's width at most, against the headline's under it. */
const KICKER_NARROWER = 0.7;

/** The longest first phrase of a spaced line that goes on with the headline above it (延誤 of 三期延誤). */
const GOES_ON_PHRASE = 5;
/** A spaced line wider than this many times the headline's is a deck. */
const DECK_WIDER_AT = 1.2;

/** How much wider than the headline's lines a deck's are: a headline is set in larger type, fewer letters a line. */
const DECK_WIDER = 1.3;

/**
 * Yunnan vows to open / wider to neighbors, a blank line, then Deputies urge stronger border trade, / coffee and
 * green power industries: an English group right under another, one blank line between, its lines much wider, is
 * the deck of the headline above it (set in smaller type), not a headline of its own; so is a much wider group
 * right above a headline of two lines or more (Cold chain operator from Tsing Yi / takes grand prize over Green
 * logistics / firms honored at / bay area awards).
 */
function markEnglishDecks(groups: Group[]): Group[] {
  const width = (g: Group): number => Math.max(...g.lines.map((x) => x.line.end - x.line.start));
  for (let k = 1; k < groups.length; k++) {
    const a = groups[k - 1]!;
    const b = groups[k]!;
    // (The upper group is a headline itself: not a deck, and a phrase of a few words at least, not a credit.)
    if (b.dash || a.dash || !a.lines[0]!.latin || !b.lines[0]!.latin || a.before !== b.before) continue;
    if (a.lines.length < 2 && (a.lines[0]!.words ?? 0) < 3) continue;
    if (b.lines[0]!.line.index !== a.lines[a.lines.length - 1]!.line.index + 2) continue;
    if (width(b) >= DECK_WIDER * width(a)) b.dash = true;
    // (… and a wider group right above a headline of two lines or more is a deck printed over it.)
    else if (width(a) >= DECK_WIDER * width(b) && b.lines.length >= 2) a.dash = true;
  }
  return groups;
}

/**
 * Segments a page.
 *
 * @param surnameAt - length of a surname starting at an index (0 when none), used to tell bylines from other
 *   bracketed text.
 * @example
 * ```ts
 * const { segments } = segmentPage(raw, splitLines(raw), surnameAt);
 * segments[0]?.dateline; // '本报讯'
 * ```
 */
export function segmentPage(raw: string, lines: readonly Line[], surnameAt: (s: string, i: number) => number): Segmentation {
  const scan = splitAtStrayHeadlines(scanLines(classifyLines(raw, lines, surnameAt), raw), raw);
  const warnings: Warning[] = [];
  const unassigned = [...scan.unassigned];
  const bodies = scan.drafts.map((d) => reflowLines(raw, d.lines, d.from, d.to));
  const grams = scan.drafts.map((d, k) => {
    const g = bigrams(bodies[k]!.text);
    if (d.dateline) for (const x of bigrams(raw.slice(d.dateline.start, d.dateline.end))) g.add(x);
    return g;
  });
  // (A headline's lines over a deck told by its width must share words with the story they stand over.)
  const sharesStory = (g: Group): boolean => g.before !== undefined && share(bigrams(groupText(raw, g).text), grams[g.before]!).shared >= 1;
  const groups = markEnglishDecks(markCapsKickers(raw, splitWideDecks(raw, [...scan.drafts.flatMap((d) => d.zone), ...scan.floating].flatMap((g) => splitKicker(raw, g)).flatMap((g) => splitDeck(raw, g)), sharesStory)));
  // Reflowed on demand: a page of a million short lines must not hold a million reflowed texts.
  const texts = { get: (g: Group): Reflowed => groupText(raw, g) };
  // The article a candidate stands near: the one it precedes, else the last one that starts before it.
  const starts = scan.drafts.map((d) => (d.lines[0]?.start ?? d.from));
  const nearOf = (g: Group): number => {
    if (g.before !== undefined) return g.before;
    const at = g.lines[0]!.line.start;
    let a = 0;
    let b = starts.length;
    while (a < b) { const m = (a + b) >> 1; if (starts[m]! < at) a = m + 1; else b = m; }
    return Math.max(0, a - 1);
  };
  const assignment = assignHeadlines(groups, (g) => texts.get(g).text, grams, nearOf);
  for (const { group, rule } of assignment.rejected) {
    const span = groupSpan(group);
    unassigned.push(span);
    if (warnings.length < MAX_WARNINGS) {
      warnings.push({ message: `headline candidate "${texts.get(group).text}" matches no article; left unassigned`, rule, span });
    }
  }
  if (assignment.rejected.length > MAX_WARNINGS) {
    warnings.push({ message: `${assignment.rejected.length - MAX_WARNINGS} more headline candidates left unassigned`, rule: 'segment.headline.many-unassigned' });
  }

  const segments = scan.drafts.map((d, k): Segment => {
    const parts: ArticlePart[] = [];
    const head = assignment.headline.get(k);
    const subs = assignment.subheadlines.get(k) ?? [];
    // (■旺角行人區諮詢: the mark that opens a brief's headline is furniture, no part of the headline.)
    const unmarked = (g: Group): Span => {
      const span = groupSpan(g);
      const mark = markLength(raw, g);
      if (!mark) return span;
      unassigned.push({ start: span.start, end: span.start + 1 });
      return { start: span.start + mark, end: span.end };
    };
    if (head) parts.push({ kind: 'headline', ...unmarked(head) });
    for (const s of subs) parts.push({ kind: 'subheadline', ...unmarked(s) });
    // A reporter credit that opens an article (本报记者 某某 报道, （记者 某某）) is its byline, not a dateline.
    const dateline = d.dateline && !d.dateline.rule.namesReporters ? d.dateline : undefined;
    // The credit bracketed right after a dateline (香港商报讯（记者 某某）) is a byline part of its own: the dateline
    // is the source's formula (香港商报讯, 新华社北京6月29日电), as the contract's examples write it.
    if (dateline) parts.push({ kind: 'dateline', start: dateline.start, end: dateline.end });
    for (const b of bodyParts(raw, d)) parts.push(b);
    const byline: string[] = [];
    const bylineSpans: Span[] = [];
    for (const c of d.credits) {
      // A credit inside another part (a closing （记者 某某） on the line of an English By-line) adds its names only.
      if (!c.inside && !parts.some((p) => p.start < c.end && c.start < p.end)) parts.push({ kind: 'byline', start: c.start, end: c.end });
      c.names.forEach((n, k) => {
        if (byline.includes(n)) return;
        byline.push(n);
        bylineSpans.push(c.nameSpans[k]!);
      });
    }
    parts.sort((a, b) => a.start - b.start);
    const own = parts.filter((p) => p.kind !== 'headline' && p.kind !== 'subheadline');
    let spanEnd = 0;
    for (const p of own) if (p.end > spanEnd) spanEnd = p.end;
    const span = own.length ? { start: own[0]!.start, end: spanEnd } : { start: 0, end: 0 };
    const seg: Segment = { parts, subheadlines: subs.map((s) => texts.get(s)), byline, bylineSpans, body: bodies[k]!, span };
    if (head) seg.headline = texts.get(head);
    if (dateline) {
      seg.dateline = raw.slice(dateline.start, dateline.end).replace(/\s*[\r\n]+\s*/g, ''); // a dateline the column break cuts reads whole
      seg.datelineRule = dateline.rule.id;
    }
    return seg;
  });
  unassigned.sort((a, b) => a.start - b.start);
  return { segments: segments.filter((s) => s.parts.length > 0), unassigned, warnings };
}
