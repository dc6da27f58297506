/**
 * The segmenter's single pass over classified lines: opens an article at each dateline (or at body text when none is
 * open), closes it at its byline, and collects short unpunctuated lines as headline candidates ("groups") for the
 * headline competition that follows.
 *
 * @module
 */
import { CAPTION_RULE, INDEX_RULE, TEASER_RULE, WEATHER_RULE } from './captions.js';
import { TABLE_RULE } from './tables.js';
import type { Span } from '../../types.js';
import type { Line } from '../normalize/lines.js';
import type { BylineMatch } from './bylines.js';
import type { LineInfo } from './classify.js';
import type { DatelineHit } from './datelines.js';
import { MAX_HEADLINE_LINES } from './rules.js';
import { bigrams, share } from './headlines.js';
import { nonBlankAfter } from './neighbours.js';

/** Adjacent headline-like lines: one headline or subheadline candidate. */
export interface Group {
  lines: LineInfo[];
  /** Opens with a dash line (a subheadline). */
  dash: boolean;
  /** Index of the article it stands right before, if any. */
  before?: number;
  /** A short line split off the top of a taller headline (a kicker): never preferred to the headline under it. */
  kicker?: boolean;
  /** A blank line stands right before it. */
  afterBlank?: boolean;
  /** The layout alone places it over the article it stands before (the first of two headlines stacked over two
   * stories, a brief's headline under its arrow with the text right under it): its headline, however few words they
   * share. */
  placed?: boolean;
}

/** An article as the scan sees it: where its pieces are. */
export interface Draft {
  /** Headline candidates printed right before its dateline. */
  zone: Group[];
  dateline?: DatelineHit;
  /** Reporter credits: in the dateline, and the closing byline. */
  credits: BylineMatch[];
  /** Body lines; `from` and `to` cut the first and last. */
  lines: Line[];
  from: number;
  to: number;
  /** Where, in `lines`, a paragraph opens right after furniture (a photo's caption) inside the story. */
  afterFurniture?: number;
}

/** The scan's result. */
export interface Scan {
  drafts: Draft[];
  /** Headline candidates that stand before no article (after the last one, or between bylines and body). */
  floating: Group[];
  /** Furniture and leftovers. */
  unassigned: Span[];
}

/** Furniture that stands as one piece over all its lines: a photo's caption, a teaser, a table, a weather box, an index. */
const WHOLE_FURNITURE = new Set([CAPTION_RULE, TEASER_RULE, TABLE_RULE, INDEX_RULE, WEATHER_RULE]);
/** How much of a paragraph's words a story's last lines must hold for the paragraph to go on with that story. */
const CONTINUES_SHARE = 0.2;
/** Widest one-line Chinese headline over a paragraph (one set across columns, wider than the column under it), and
 * widest one no wider than the column. */
const WIDE_HEAD = 24;
const NARROW_HEAD = 16;
/** How much wider than the column under it a one-line headline set across columns is (a crosshead is no wider). */
const WIDER_BY = 4;
/** How many of a story's last lines are compared. */
const CONTINUES_LINES = 40;

/** Words of names that a column break may cut (港湾物流集 / 团有限公司): one across the end of a run of lines says the run goes on. */
const SEAM_WORD = /集[团團]|有限公司|股份|控股|公司|[银銀]行|委[员員]会|委員會|[协協商][会會]|[联聯][会會]/g;

/** Last characters of a line that a headline never ends with: prepositions and conjunctions cut by the column. */
const CUT_END = /[在及和与與并並被把对對于於向从從为為将將跟或、]/;

/**
 * True when a run of full-width lines ends in the middle of a word of a name that the next paragraph finishes
 * (协议由某某科技有限 / 公司行政总裁某某与某某物流集 / (blank) / 团有限公司董事总经理…): running text cut by a blank
 * line, not a headline.
 */
function cutAcrossBlank(raw: string, run: readonly LineInfo[], next: readonly LineInfo[]): boolean {
  if (!run.length || !next.length) return false;
  const column = Math.max(...next.map((x) => x.line.end - x.line.start));
  const full = (x: LineInfo) => x.line.end - x.line.start >= column - 1;
  // (A line as wide as the column that ends in a preposition or conjunction, 专员某某昨午在 / 区议员某某 MH及上官, is
  // running text: no headline line ends so.)
  if (run.some((x) => full(x) && CUT_END.test(raw.slice(x.line.end - 1, x.line.end)))) return true;
  if (!run.every(full)) return false;
  const last = run[run.length - 1]!.line;
  const first = next[0]!.line;
  const head = raw.slice(Math.max(last.start, last.end - 4), last.end);
  const joined = head + raw.slice(first.start, Math.min(first.end, first.start + 6));
  for (const m of joined.matchAll(SEAM_WORD)) if (m.index < head.length && m.index + m[0].length > head.length) return true;
  return false;
}

/** A line of phrases set off by commas right under a headline, shorter than it or as short, ending no sentence,
 * then a blank line and a dateline: the headline's deck. */
function isDeckUnder(raw: string, info: LineInfo, last: Group | undefined, prev: LineInfo | null, infos: readonly LineInfo[], i: number): boolean {
  if (!last || !prev || last.lines[last.lines.length - 1] !== prev || info.endsSentence || info.byline) return false;
  const text = raw.slice(info.line.start, info.line.end);
  if (text.length > 18 || !/^[^，。；：]{2,10}，[^，。；：]{2,10}$/.test(text)) return false;
  const next = nonBlankAfter(infos, i);
  return infos[i + 1]?.kind === 'blank' && next < infos.length && infos[next]!.kind === 'dateline';
}

/** Two phrases of Han text (figures too) parted by a full-width space, as a deck prints them. */
const SPACED_PHRASES = /^[^\s　，。；：]{2,14}　[^\s　，。；：]{2,14}$/;

/** A line opening with a phrase of one or two characters set apart by a space. */
const WORD_END_PHRASE = /^[\u4e00-\u9fff]{1,2}[ \u3000]/;

/**
 * True when `line` opens with the end of a word the line above it cut (啟德嘉 / 年華　料吸25萬人次): a phrase of one or
 * two characters before a space, on a line not half as wide again as the one above (a deck is set wider: 李家超率團訪京 /
 * 下周　晤國家發改委主任…).
 */
export function endsWordAbove(raw: string, above: Line, line: Line): boolean {
  return WORD_END_PHRASE.test(raw.slice(line.start, line.end)) && line.end - line.start <= 1.5 * (above.end - above.start);
}

/**
 * The width of `raw[start, end)` as printed: a Han character or a full-width mark is one, a half-width character
 * (a digit, a Latin letter, an ASCII mark) half of one.
 */
function printedWidth(raw: string, start: number, end: number): number {
  let w = 0;
  for (let k = start; k < end; k++) w += raw.charCodeAt(k) < 0x80 ? 0.5 : 1;
  return w;
}

/** Most of a headline's bigrams that a story it interrupts may share with it (and the paragraph after). */
const STRAY_SHARE = 0.15;

/** The bigrams of the draft's last lines. */
function storyGrams(raw: string, d: Draft): Set<number> {
  let story = '';
  for (let k = Math.max(0, d.lines.length - CONTINUES_LINES); k < d.lines.length; k++) story += raw.slice(d.lines[k]!.start, d.lines[k]!.end);
  return bigrams(story);
}

/** True when most of a paragraph's bigrams stand in the last lines of the draft: the paragraph goes on with it. */
function continuesStory(raw: string, d: Draft, paraGrams: Set<number>): boolean {
  return share(paraGrams, storyGrams(raw, d)).ratio >= CONTINUES_SHARE;
}

/**
 * 葵涌工廈三級火　百人疏散 / 的士撼燈柱　三人受傷 over two stories with no headline between them: two headlines stacked
 * over their stories (the second printed away from its own). True when the paragraph from line `i` is the second
 * one's: the headline over the open story is two lines of two phrases each, and this paragraph shares two words
 * with its second line and none with its first, while the story so far shares less than half as many with that
 * second line (受傷 of a fire) and little with this paragraph.
 */
function stackedHeadlineOpens(raw: string, infos: readonly LineInfo[], i: number, d: Draft): boolean {
  // (The second line reads as the first's deck, a group of its own, or both stand in one group.)
  const lines = d.zone.flatMap((z) => z.lines);
  if (lines.length !== 2 || d.dateline || lines.some((l) => l.latin || !SPACED_PHRASES.test(raw.slice(l.line.start, l.line.end)))) return false;
  let para = '';
  for (let k = i; k < infos.length && k < i + 8 && (infos[k]!.kind === 'body' || infos[k]!.kind === 'headlike'); k++) para += raw.slice(infos[k]!.line.start, infos[k]!.line.end);
  const paraGrams = bigrams(para);
  const [one, two] = lines.map((l) => bigrams(raw.slice(l.line.start, l.line.end)));
  const story = storyGrams(raw, d);
  const here = share(two!, paraGrams).shared;
  // (The paragraph opens as a story's lead does, with when it happened, 一輛的士昨日清晨…; a deck that sums up a later
  // paragraph of the same story, 警方初步調查後懷疑有人縱火, tells no time first.)
  let above = i - 1;
  while (above >= 0 && infos[above]!.kind === 'blank') above--;
  if (above < 0 || !infos[above]!.endsSentence || !LEAD_TIME.test(para.slice(0, 24))) return false;
  return here >= 2 && share(one!, paraGrams).shared === 0 && 2 * share(two!, story).shared < here && !continuesStory(raw, d, paraGrams);
}

/** When a story's lead says it happened (昨日, 昨晚, 前日, 今晨, 本周, 26日 …). */
const LEAD_TIME = /昨[日天晚晨早午]|前[日天晚]|今[日天晨早午]|本周|上周|日前|近日|[\d０-９一二三四五六七八九十]日/;

/** The widest short line alone over a headline that is read as its kicker or column name (香港故事). */
const LABEL_WIDTH = 6;

/**
 * The number of lines of the headline run at `k` (lines that may be a headline's, of at most
 * {@link MAX_HEADLINE_LINES}) when a blank line and a paragraph follow it, else 0.
 */
function headRunAt(infos: readonly LineInfo[], k: number): number {
  let n = 0;
  while (k + n < infos.length && infos[k + n]!.kind === 'headlike' && !infos[k + n]!.latin && n <= MAX_HEADLINE_LINES) n++;
  if (n > MAX_HEADLINE_LINES || infos[k + n]?.kind !== 'blank') return 0;
  const after = infos[k + n + 1];
  return after && (after.kind === 'body' || after.kind === 'headlike' || after.kind === 'dateline') ? n : 0;
}

/** The fewest lines of a story with no dateline whose crossheads are looked for (a feature, not a brief). */
const FEATURE_LINES = 10;
/** The most lines of the section under a crosshead compared with the story above it. */
const SECTION_LINES = 14;
/** A section sharing this share of its bigrams with the whole story above, and this many, goes on with it. */
const SECTION_SHARE = 0.1;
const SECTION_SHARED = 12;
/** How many characters of the story's opening, and of its end, the section is compared with (and of the section). */
const STORY_ENDS = 1500;

/**
 * True when the section from line `from` (its paragraphs up to the next dateline or lone headline line, at most
 * {@link SECTION_LINES} lines) shares enough bigrams with the draft above (its opening and its end): it goes on with
 * that story.
 */
function sectionContinues(raw: string, infos: readonly LineInfo[], from: number, d: Draft): boolean {
  let section = '';
  // (Blank lines between its paragraphs are passed over, a bounded number of them too.)
  for (let k = from, n = 0; k < infos.length && k < from + 3 * SECTION_LINES && n < SECTION_LINES && section.length < STORY_ENDS; k++) {
    const x = infos[k]!;
    if (x.kind === 'dateline' || (x.kind === 'headlike' && infos[k - 1]?.kind === 'blank' && infos[k + 1]?.kind === 'blank')) break;
    if (x.kind === 'blank') continue;
    section += raw.slice(x.line.start, Math.min(x.line.end, x.line.start + STORY_ENDS));
    n++;
  }
  // (The story's opening and its end, some characters of each: a page of one endless story, or of endless lines,
  // must stay linear.)
  let opening = '';
  for (let k = 0; k < d.lines.length && opening.length < STORY_ENDS; k++) opening += raw.slice(d.lines[k]!.start, Math.min(d.lines[k]!.end, d.lines[k]!.start + STORY_ENDS));
  const ending: string[] = [];
  for (let k = d.lines.length - 1, n = 0; k >= 0 && n < STORY_ENDS; k--) {
    const part = raw.slice(Math.max(d.lines[k]!.start, d.lines[k]!.end - STORY_ENDS), d.lines[k]!.end);
    ending.push(part);
    n += part.length + 1;
  }
  const { ratio, shared } = share(bigrams(section), bigrams(opening + ending.reverse().join('')));
  return ratio >= SECTION_SHARE && shared >= SECTION_SHARED;
}

/**
 * Where in the draft's lines the story a headline printed under it names begins (see the scan), or -1: the headline
 * at `i`, of `run` lines, stands over a section's label, a marked brief or the page's end; the paragraphs after the
 * draft's last photo caption share two of its words and most of its characters, the story before them at most one
 * word, and open with the time it happened.
 */
function headlineUnder(raw: string, infos: readonly LineInfo[], i: number, run: number, d: Draft): number {
  const from = d.afterFurniture;
  if (from === undefined || from <= 0 || from >= d.lines.length) return -1;
  let n = i + run;
  while (n < infos.length && infos[n]!.kind === 'blank') n++;
  if (n < infos.length && infos[n]!.kind !== 'furniture' && !infos[n]!.marked) return -1;
  let head = '';
  for (let k = i; k < i + run; k++) head += raw.slice(infos[k]!.line.start, infos[k]!.line.end);
  const text = (a: number, b: number): string => {
    let out = '';
    for (let k = a; k < b && out.length < STORY_ENDS; k++) out += raw.slice(d.lines[k]!.start, d.lines[k]!.end);
    return out;
  };
  const story = text(from, d.lines.length);
  if (!LEAD_TIME.test(story.slice(0, 30))) return -1;
  const grams = bigrams(head);
  if (share(grams, bigrams(story)).shared < 2 || hanShare(head, story) < 0.5) return -1;
  return share(grams, bigrams(text(0, from))).shared <= 1 ? from : -1;
}

/** How many lines, between blank lines, a headline stacked over its deck may have. */
const MAX_STACKED = 3;

/**
 * The last line of one-line headlines stacked from `i`, each between blank lines (a headline, its deck), with no
 * sentence end: `i` itself where the line under the blank is the paragraph.
 */
function stackedHeadEnd(infos: readonly LineInfo[], i: number): number {
  let k = i;
  while (k - i < 2 * (MAX_STACKED - 1) && infos[k + 1]?.kind === 'blank' && infos[k + 2]?.kind === 'headlike' && !infos[k + 2]!.latin && !infos[k + 2]!.endsSentence
    && !infos[k + 2]!.marked && infos[k + 3]?.kind === 'blank' && infos[k + 2]!.line.end - infos[k + 2]!.line.start <= WIDE_HEAD) k += 2;
  return k;
}

/** True when a headline candidate ends right above `line`, at most one blank line between. */
function endsJustAbove(group: Group | undefined, line: LineInfo): boolean {
  const last = group?.lines.at(-1);
  return !!last && last.line.index >= line.line.index - 2;
}

/** The share of the Han characters of `head` that occur in `para`. */
function hanShare(head: string, para: string): number {
  let han = 0;
  let found = 0;
  for (const c of head) {
    if (!/\p{Script=Han}/u.test(c)) continue;
    han++;
    if (para.includes(c)) found++;
  }
  return han ? found / han : 0;
}

/**
 * Runs the scan over classified lines (`raw`, the page, lets it compare a one-line headline with the paragraph under
 * it).
 *
 * @example
 * ```ts
 * const scan = scanLines(classifyLines(raw, splitLines(raw), surnameAt));
 * scan.drafts.length; // number of articles
 * ```
 */
export function scanLines(infos: readonly LineInfo[], raw = ''): Scan {
  const drafts: Draft[] = [];
  const floating: Group[] = [];
  const unassigned: Span[] = [];
  const st: { cur: Draft | null } = { cur: null };
  let pending: Group[] = [];
  let blankBefore = true;
  let prev: LineInfo | null = null;
  /** A line of furniture (a section's label) stands between the last text and this line. */
  let labelSince = false;
  /** … and no body line has been added since (the next one opens a paragraph after it). */
  let afterFurniture = false;

  const close = (): void => {
    if (st.cur) drafts.push(st.cur);
    st.cur = null;
  };
  const open = (from: number, dateline?: DatelineHit): Draft => {
    close();
    const d: Draft = { zone: pending, credits: [], lines: [], from, to: Number.MAX_SAFE_INTEGER };
    afterFurniture = false;
    if (dateline) d.dateline = dateline;
    for (const g of pending) g.before = drafts.length;
    pending = [];
    st.cur = d;
    return d;
  };
  // A deck runs on over at most two more headline lines to a dateline, a byline or a blank line.
  const deckEndsAt = (k: number): boolean => {
    let j = k + 1;
    while (j < infos.length && j - k <= 2 && infos[j]!.kind === 'headlike') j++;
    return j >= infos.length || infos[j]!.kind === 'dateline' || infos[j]!.kind === 'blank';
  };
  /** A line's width in code units (a headline is set in larger type than its deck: fewer letters a line). */
  const width = (x: LineInfo): number => x.line.end - x.line.start;
  const addPending = (info: LineInfo, k: number): void => {
    const last = pending[pending.length - 1];
    // Guangxi forum spotlights ASEAN digital ties / Deals worth 18.6 billion yuan signed: a long English headline line
    // and a second one opening with a capital is a headline and its deck.
    // (Not a short line with a longer one under it: HK, Guangdong ink pacts to deepen / Bay Area tech cooperation /
    // Agreements cover …: the headline's second line, the longer one its deck.)
    const below = infos[k + 1];
    const widerBelow = below?.kind === 'headlike' && width(below) > 1.3 * width(info);
    const deck = !!last && !blankBefore && last.lines.length === 1 && last.lines[0] === prev && !!prev?.latin && !!info.latin && !!info.capital && !info.continuation && width(prev) >= 30 && !!prev.closedPhrase && deckEndsAt(k) && !widerBelow;
    // A line right under a two-line headline that its second line ended (… / for hard-tech push / Province to …): a deck.
    const afterHead = !!last && !blankBefore && last.lines[last.lines.length - 1] === prev && !!prev?.continuation && !!info.latin && !info.continuation;
    // 长照床位缺口大 / 议员促市府加速布建 / 市长：年底前新增600床: a speaker quoted right under headline lines is a deck.
    // (… a blank line between too, where the deck is one line: 区议员视察水浸黑点 / (blank) / 渠务署：新泵房明年完工 /
    // (blank) / 【记者 …】. A speaker's headline on two lines under the page's header is no deck.)
    const oneLine = below?.kind === 'blank' || below?.kind === 'dateline';
    const quoted = !!last && !!info.speaker && last.lines[last.lines.length - 1] === prev && (!blankBefore || oneLine);
    // … and that much longer line, opening with a capital under a headline whose last line closes a phrase: the deck.
    const widerDeck = !!last && !blankBefore && last.lines[last.lines.length - 1] === prev && !!prev?.latin && !!prev.closedPhrase && !!info.latin && !!info.capital && !info.continuation &&
      width(info) >= 40 && width(info) > 1.6 * Math.max(...last.lines.map(width)) && deckEndsAt(k);
    // 中市攜中興大學 / 承穎精機簽MOU / 培育智慧製造人才　3年百個實習名額: two phrases parted by a full-width space
    // under headline lines are the deck.
    const spacedDeck = !!last && !blankBefore && !info.latin && last.lines[last.lines.length - 1] === prev && SPACED_PHRASES.test(raw.slice(info.line.start, info.line.end)) && !endsWordAbove(raw, prev!.line, info.line);
    if (deck || afterHead || quoted || widerDeck || spacedDeck) pending.push({ lines: [info], dash: true });
    else if (!last || blankBefore || info.dash || last.lines.length >= MAX_HEADLINE_LINES || last.lines[last.lines.length - 1] !== prev || (prev?.continuation && !info.continuation)) {
      // (A brief's headline under its arrow, its text right under it, heads that text: the layout places it.)
      pending.push({ lines: [info], dash: !!info.dash, ...(blankBefore ? { afterBlank: true } : {}), ...(info.briefHead ? { placed: true } : {}) });
    } else last.lines.push(info);
  };
  const addBody = (d: Draft, info: LineInfo): void => {
    if (afterFurniture && d.lines.length) d.afterFurniture = d.lines.length;
    afterFurniture = false;
    d.lines.push(info.line);
    if (info.byline) {
      d.to = info.byline.start;
      d.credits.push(info.byline);
      close();
    }
  };

  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.kind === 'blank') {
      blankBefore = true;
      continue;
    }
    if (blankBefore && st.cur && raw && (info.kind === 'body' || info.kind === 'headlike') && !info.byline && stackedHeadlineOpens(raw, infos, i, st.cur)) {
      // The second of two stacked headlines takes the paragraph that opens here and the story from it.
      const zone = st.cur.zone;
      const second: Group = { lines: [zone[zone.length - 1]!.lines[zone[zone.length - 1]!.lines.length - 1]!], dash: false, afterBlank: true };
      if (zone.length === 2) zone.pop();
      else zone[0]!.lines = [zone[0]!.lines[0]!];
      zone[0]!.placed = true;
      close();
      pending.push(second);
      addBody(open(info.line.start), info);
      prev = info;
      blankBefore = false;
      continue;
    }
    // (Not a bulleted point inside a dated story, nor one after a line that announces a list: 三項措施：)
    const inList = info.runIn !== undefined && ((!!st.cur?.dateline && !labelSince) || /[：:]$/.test(prev ? raw.slice(prev.line.start, prev.line.end) : ''));
    if (info.runIn !== undefined && !inList) {
      // A brief's headline run into its first line: the headline up to the space, the text after it.
      close();
      const head = info.runIn - 1;
      let end = head;
      while (end > info.line.start && /\s/.test(raw[end - 1]!)) end--;
      pending.push({ lines: [{ ...info, kind: 'headlike', line: { ...info.line, end } }], dash: false, afterBlank: true });
      addBody(open(info.runIn), info);
      prev = info;
      blankBefore = false;
      continue;
    }
    if (info.kind === 'dateline') {
      const dl = info.dateline!;
      // A reporter's line without a colon (记者某某报道) right after the sentence that ends a story, with no headline
      // waiting above it, closes that story as its byline rather than opening the next one.
      const lastGroup = pending[pending.length - 1];
      const closing = dl.rule.id === 'dateline.reporter-line' && !!prev?.endsSentence && !/[：:]\s*$/.test(raw.slice(info.line.start, info.line.end))
        && !(lastGroup && lastGroup.lines[lastGroup.lines.length - 1] === prev);
      if (st.cur && (dl.rule.onlyOutside || closing) && dl.credit) {
        // A reporter credit on its own line inside an article is its byline.
        st.cur.credits.push(dl.credit);
        close();
        if (dl.end < info.line.end) unassigned.push({ start: dl.end, end: info.line.end });
      } else if (st.cur && (st.cur.dateline?.rule.id === 'dateline.en-byline' || st.cur.dateline?.rule.id === 'dateline.paper-credit-line') && !dl.rule.namesReporters && st.cur.lines.every((l) => st.cur!.from >= l.end)) {
        // By ZHOU MINGYUE in Hamburg / HAMBURG — …: a byline with no text under it yet, then the dateline; one story.
        // (So too 本报记者 某某 under a headline, then 【某某日报讯】.)
        st.cur.dateline = dl;
        st.cur.lines = [];
        st.cur.from = dl.credit && !dl.credit.inside && dl.credit.start >= dl.end ? dl.credit.end : dl.end;
        if (dl.credit) st.cur.credits.push(dl.credit);
        addBody(st.cur, info);
      } else {
        const d = open(dl.credit && !dl.credit.inside && dl.credit.start >= dl.end ? dl.credit.end : dl.end, dl);
        if (dl.credit) d.credits.push(dl.credit);
        addBody(d, info);
      }
    } else if (info.kind === 'furniture') {
      // Page furniture (a header, a section label such as IN BRIEF) is no text: the line before it still decides
      // whether a sentence ran on, but no headline runs across it (it parts groups as a blank line does).
      // A photo's caption, a teaser, a table is one piece of furniture, over all its lines.
      const above = infos[i - 1];
      const lastPiece = unassigned[unassigned.length - 1];
      const whole = WHOLE_FURNITURE.has(info.furnitureRule ?? '');
      if (whole && above && above.furnitureRule === info.furnitureRule && lastPiece?.end === above.line.end) lastPiece.end = info.line.end;
      else unassigned.push({ start: info.line.start, end: info.line.end });
      blankBefore = true;
      labelSince = true;
      afterFurniture = true;
      continue;
    } else if (info.kind === 'headlike') {
      if (!st.cur) addPending(info, i);
      else if (!prev || !prev.endsSentence) addBody(st.cur, info); // a column break inside a sentence
      // (■ marking a crosshead of a dated story, a paragraph of it under it; not a section's label over the next
      // headline, ◆港聞速遞.)
      // (… and so does a speaker's colon over a paragraph of a dated story: 玄學家：下半年見轉機.)
      else if ((info.marked || info.colonHead) && st.cur.dateline && (infos[nonBlankAfter(infos, i)]?.kind === 'body' || (info.colonHead && infos[nonBlankAfter(infos, i)]?.kind === 'headlike'))) addBody(st.cur, info);
      else {
        // After a sentence end: the next article's headline, or a subtitle inside this one? Look past the run of
        // short lines: a dateline or the end of the page means a headline.
        let j = i;
        while (j < infos.length && (infos[j]!.kind === 'blank' || infos[j]!.kind === 'headlike' || infos[j]!.kind === 'furniture')) j++;
        // A headline of two or more lines standing alone between blank lines opens an article with no dateline (a
        // brief after a report); a one-line subtitle inside an article stays in it.
        let run = 0;
        for (let k = i; k < j && infos[k]!.kind === 'headlike'; k++) run++;
        // (An English headline line is short: a run of long capitalized lines is a paragraph.)
        // … and holds no article (the, a, an): headlines leave them out, a paragraph cut by a column break does not
        // (Lou visited the assembly plant of / Shanghai Dongzhan Heavy / … / Machinery Co Ltd, which …).
        let short = true;
        // (… unless a box's label stands over it, NEWSMAKER / From a frozen pond / to the world stage: a feature's
        // headline may keep its articles.)
        const boxed = labelSince && run >= 2 && run <= 3;
        for (let k = i; k < i + run; k++) if (infos[k]!.latin && (infos[k]!.line.end - infos[k]!.line.start > 45 || (infos[k]!.article && !boxed))) short = false;
        // An English headline may be one line (New Party chief for Zhuhai): short but not a word or two, with a
        // paragraph after it.
        const width = info.line.end - info.line.start;
        const oneLatin = run === 1 && !!info.latin && width >= 12 && width <= 45 && infos[i + 1]?.kind === 'blank' && infos.slice(i + 2, i + 4).some((x) => x.kind === 'body');
        // … and so may a Chinese one (屯门公园翻新完工), between blank lines, clearly shorter than the column of the
        // paragraph under it and sharing words with it (a subtitle inside a story shares few with its section).
        let oneHan = false;
        // (Widths as printed: a digit or a Latin letter is half a Han character's, 涉1200戶 four characters wide.)
        const printed = raw ? printedWidth(raw, info.line.start, info.line.end) : width;
        if (run === 1 && !info.latin && printed >= 5 && printed <= WIDE_HEAD && infos[i + 1]?.kind === 'blank' && raw) {
          // 白凱琳巡大欖　籲拜山防山火 / (blank) / 漁護署清明增派200人次巡邏 / (blank) / paragraph: a headline and its deck,
          // each a line between blank lines, are read together over the paragraph under the last.
          const stack = stackedHeadEnd(infos, i);
          let column = 0;
          let para = '';
          // (Four lines, or more of a narrow column: some 48 characters of the paragraph.)
          const top = stack + 2;
          let read = top;
          for (; read < infos.length && (read < top + 4 || (read < top + 7 && para.length < 48)) && (infos[read]!.kind === 'body' || infos[read]!.kind === 'headlike'); read++) {
            column = Math.max(column, printedWidth(raw, infos[read]!.line.start, infos[read]!.line.end));
            para += raw.slice(infos[read]!.line.start, infos[read]!.line.end);
          }
          let head = raw.slice(info.line.start, info.line.end);
          for (let k = i + 2; k <= stack; k += 2) head += raw.slice(infos[k]!.line.start, infos[k]!.line.end);
          const paraGrams = bigrams(para);
          const { ratio, shared } = share(bigrams(head), paraGrams);
          // A headline abbreviates (旅发局 over 旅游发展局): most of its characters found in the paragraph count too.
          // (… or no wider than that column where it shares most of its words: 除夕转冷市区低见11度 over a brief's
          // narrow column that tells of 除夕, 转冷, 市区.)
          const chars = hanShare(head, para);
          const most = ratio >= 0.5 || chars >= 0.7;
          // (A headline that abbreviates every word, 花展…维园揭幕 over 花卉展览…维多利亚公园, shares one bigram, but
          // three in four of its characters.)
          // (Two phrases a full-width space parts, 周日起回南　湿度高达95%, are a Hong Kong headline's form: no wider than
          // the column + 1, where two of its words and most of its characters are the whole paragraph's.)
          // The section under the line, up to 14 lines: a headline set as two phrases or wider than the column shares two
          // of its words and most of its characters with it.
          const sharesSection = (most: number): boolean => {
            let whole = para;
            for (let k = read; k < infos.length && k < top + 12 && (infos[k]!.kind === 'body' || infos[k]!.kind === 'headlike'); k++) whole += raw.slice(infos[k]!.line.start, infos[k]!.line.end);
            return share(bigrams(head), bigrams(whole)).shared >= 2 && hanShare(head, whole) >= most;
          };
          // (… or a label parted by a bar: 消委會｜四成朱古力蛋含礦物油.)
          const labelled = stack === i && /^[^\u3000｜|]{2,6}[｜|][^\u3000｜|]{4,}$/.test(head) && printed <= column + 2 && sharesSection(0.5);
          const twoPhrases = stack === i && /^[^\u3000]{2,}\u3000[^\u3000]{2,}$/.test(head) && printed <= column + 2 && sharesSection(0.7);
          // (A line wider than the column, set across columns, is a headline where it shares two words with the story
          // under it: 裕民坊午市逼爆　區議員促擴闊過路處 over a column of 13; a crosshead is set no wider than its column.)
          const wide = printed >= column + WIDER_BY && column > 0 && sharesSection(0.5);
          oneHan = wide || (printed <= NARROW_HEAD && (twoPhrases || labelled || ((printed <= column - 3 || (printed <= column && shared >= 3 && most)) && (shared >= 2 || (shared >= 1 && chars >= 0.75)) && (ratio >= 0.3 || most))));
          // … unless the paragraph under it goes on with the story above (参观无人机企业 / 签署仪式后，代表团参观了…):
          // a subtitle of that story, most of whose words the story's last lines hold.
          // A headline over its deck, each alone between blank lines, shares two words with the paragraph: no crosshead
          // is set so.
          // (… where the paragraph opens with the time its story happened, or nothing says it goes on with the story
          // above: two crossheads of one story, stacked, stay in it.)
          let stacked = stack > i && shared >= 2 && (ratio >= 0.2 || chars >= 0.5);
          if (stacked && !LEAD_TIME.test(para.slice(0, 30)) && ((st.cur.dateline && continuesStory(raw, st.cur, paraGrams)) || ((st.cur.dateline || st.cur.lines.length >= FEATURE_LINES) && sectionContinues(raw, infos, top, st.cur)))) stacked = false;
          if (oneHan && st.cur.dateline && continuesStory(raw, st.cur, paraGrams)) oneHan = false;
          // … or the section under it does, over all its paragraphs (議員關注交通配套 / the members' questions, then
          // the officials the story named answering them): a crosshead inside the story.
          // (In a story with no dateline only when it is longer than a brief: two briefs on one topic stay two.)
          if (oneHan && (st.cur.dateline || st.cur.lines.length >= FEATURE_LINES) && sectionContinues(raw, infos, top, st.cur)) oneHan = false;
          oneHan ||= stacked;
        }
        // ■西貢周日凌晨停水: a brief's headline under its mark opens the brief, whatever the story above it (one with no
        // dateline, as the briefs are; under a dated story ■ marks its crossheads, above) shares with it.
        if (run === 1 && info.marked) oneHan = true;
        // (… but not a run of full-width lines cut in the middle of a name that the next paragraph finishes.)
        const nextPara: LineInfo[] = [];
        for (let k = i + run + 1; k < infos.length && k <= i + run + 4 && infos[k]!.kind !== 'blank'; k++) nextPara.push(infos[k]!);
        const cut = run >= 2 && !info.latin && !!raw && cutAcrossBlank(raw, infos.slice(i, i + run), nextPara);
        // 香港故事 / (blank) / 元朗花牌師傅　一紮四十年 / 天后誕前趕工　盼手藝有人承傳 / (blank) / story: a short line alone
        // over a headline of two lines or more is its kicker or its column's name, no crosshead of the story above.
        const overHead = run === 1 && !info.latin && width <= LABEL_WIDTH && infos[i + 1]?.kind === 'blank' && headRunAt(infos, i + 2) >= 2;
        const alone = blankBefore && (((run >= 2 || oneLatin || oneHan || overHead) && infos[i + run]?.kind === 'blank' && short && !cut) || (!!info.briefHead && run === 1));
        // 贸促局携商会企业 / 推中医药产业合作 between two paragraphs of a story about an award (朱兆麟致辞时表示…): a
        // headline printed away from its story, when the paragraph under it goes on with the story above and shares
        // nothing with it. The story stays open; the headline waits for the story it names.
        if (alone && run >= 2 && !info.latin && raw && st.cur.dateline && nextPara.length && nextPara[0]!.kind === 'body') {
          let para = '';
          for (const x of nextPara) para += raw.slice(x.line.start, x.line.end);
          let head = '';
          for (let k = i; k < i + run; k++) head += raw.slice(infos[k]!.line.start, infos[k]!.line.end);
          const paraGrams = bigrams(para);
          const headGrams = bigrams(head);
          const story = storyGrams(raw, st.cur);
          if (share(paraGrams, story).ratio >= CONTINUES_SHARE && share(headGrams, paraGrams).ratio < STRAY_SHARE && share(headGrams, story).ratio < STRAY_SHARE) {
            floating.push({ lines: infos.slice(i, i + run), dash: false, afterBlank: true });
            i += run - 1;
            prev = infos[i]!;
            blankBefore = false;
            continue;
          }
        }
        // 吐露港公路七車串燒　8傷 under the story it names, over a section's label or the page's end: the story opened
        // at the paragraph after a photo's caption, one the headline shares words with and the story before it not.
        const under = run <= 2 && !info.latin && raw ? headlineUnder(raw, infos, i, run, st.cur) : -1;
        if (under >= 0) {
          const rest = st.cur.lines.splice(under);
          close();
          const d = open(rest[0]!.start);
          d.lines.push(...rest);
          d.zone.push({ lines: infos.slice(i, i + run), dash: false, afterBlank: true, before: drafts.length });
          close();
          i += run - 1;
          prev = infos[i]!;
          blankBefore = false;
          continue;
        }
        // A brief's English headline after a blank line, over a paragraph that opens with a capital on wider lines
        // (Fruit expo opens in Nanning / The 2024 China-ASEAN Tropical / Fruit Expo opened in Nanning,).
        let below = 0;
        for (let k = i + 1; k < infos.length && k <= i + 3; k++) below = Math.max(below, infos[k]!.line.end - infos[k]!.line.start);
        const latinBrief = blankBefore && !!info.latin && !!info.closedPhrase && !!infos[i + 1]?.latin && !!infos[i + 1]?.capital && !infos[i + 1]?.continuation && info.line.end - info.line.start <= 0.85 * below && (info.words ?? 99) <= 9 && !info.article;
        if (j === infos.length || infos[j]!.kind === 'dateline' || alone || latinBrief) {
          close();
          addPending(info, i);
        } else {
          for (; i < j; i++) {
            const x = infos[i]!;
            if (x.kind === 'headlike') addBody(st.cur, x);
            else if (x.kind === 'furniture') unassigned.push({ start: x.line.start, end: x.line.end });
          }
          i = j - 1;
          prev = infos[j - 1]!.kind === 'blank' ? prev : infos[j - 1]!;
          blankBefore = infos[j - 1]!.kind === 'blank';
          continue;
        }
      }
    } else {
      // Contact the writer at … under "X contributed to this story.", a blank line between: a second closing credit
      // of the story the first one closed, not a story of its own.
      if (!st.cur && info.byline && info.byline.start <= info.line.start + 1 && prev?.byline && !pending.length && drafts.length) {
        drafts[drafts.length - 1]!.credits.push(info.byline);
        prev = info;
        blankBefore = false;
        continue;
      }
      // 苏卓霖视察 / 轻轨东线工程 / 促加快进度，确保质量安全, a blank line, then the dateline: a deck of two phrases
      // under the headline, short and unfinished, is its subheadline, not the first line of a story.
      if (!st.cur && !blankBefore && !info.latin && raw && isDeckUnder(raw, info, pending[pending.length - 1], prev, infos, i)) {
        pending.push({ lines: [info], dash: true });
        prev = info;
        continue;
      }
      if (!st.cur) {
        // Body text with no article open. A candidate group printed right above it, with no blank line between,
        // is its first lines rather than a headline.
        const last = pending[pending.length - 1];
        let first: Line = info.line;
        let lead: LineInfo[] = [];
        // An English headline of two or more lines, ending in a word, over a paragraph that opens with a capital
        // stays a headline (briefs are printed so, without a blank line).
        // … or of one line right after a story that ended (Shenzhen chipmaker wins top provincial prize / Shenzhen
        // Lianxin Technology Co Ltd and South …), a whole phrase above a paragraph that opens with a capital.
        // (Not where a headline stands just above it, one blank line up: that headline's story opens here.)
        const underHeadline = !!last && endsJustAbove(pending[pending.length - 2], last.lines[0]!);
        const oneLatin = !!last && !underHeadline && last.lines.length === 1 && !!last.lines[0]!.latin && !!last.lines[0]!.closedPhrase && (last.lines[0]!.words ?? 99) <= 9 && !!info.capital && drafts.length > 0 && !!last.afterBlank;
        const latinHead = oneLatin || !!last && last.lines.length >= 2 && !!last.lines[0]!.latin && last.lines.slice(1).every((x) => x.continuation) && !!last.lines[last.lines.length - 1]!.endsInWord && !!info.capital;
        // So does a Chinese headline of two or more lines each clearly shorter than the column of text under it
        // (冒認保險經紀呃長者積蓄 / 男子囚兩年四個月 over lines of sixteen): first lines of running text fill the column.
        let column = 0;
        for (let k = i; k < infos.length && k < i + 4 && infos[k]!.kind === 'body'; k++) column = Math.max(column, infos[k]!.line.end - infos[k]!.line.start);
        const shortHead = !!last && last.lines.length >= 2 && column >= 10 && last.lines.every((x) => !x.latin && x.kind === 'headlike' && x.line.end - x.line.start <= column - 3);
        // (Nor a brief's headline under its arrow, its text right under it: ▶周六驟雨　下周二轉涼.)
        if (last && !blankBefore && last.lines[last.lines.length - 1] === prev && !latinHead && !shortHead && !prev.briefHead) {
          pending.pop();
          lead = last.lines;
          let leadFrom: Group = last;
          // An English paragraph whose lines open with capitals reads as several groups: those printed right above,
          // with no blank line between, are its first lines too.
          while (lead[0]!.latin && pending.length) {
            const g = pending[pending.length - 1]!;
            if (g.dash || g.lines[g.lines.length - 1]!.continuation || g.lines[g.lines.length - 1]!.line.index !== lead[0]!.line.index - 1 || !g.lines.every((x) => x.latin || x.continuation)) break;
            pending.pop();
            lead = [...g.lines, ...lead];
            leadFrom = g;
          }
          // … but a whole phrase alone on the first line, after a blank line and a finished story, over a line that
          // opens with a capital, is the headline (Shenzhen chipmaker wins top provincial prize / Shenzhen Lianxin …).
          // (Not where a headline stands just above, one blank line up: Jiangsu foreign trade / up 6.8% … / / Foreign
          // trade of East China's / Jiangsu province reached … is that headline's story.)
          const headlineAbove = endsJustAbove(pending[pending.length - 1], lead[0]!);
          if (lead.length >= 2 && !headlineAbove && lead[0]!.latin && lead[0]!.closedPhrase && (lead[0]!.words ?? 99) <= 9 && lead[1]!.capital && !lead[1]!.continuation && leadFrom.afterBlank && drafts.length > 0) {
            pending.push({ lines: [lead[0]!], dash: false, afterBlank: true });
            lead = lead.slice(1);
          }
          first = lead[0]!.line;
        }
        const d = open(first.start);
        for (const x of lead) d.lines.push(x.line);
        addBody(d, info);
      } else addBody(st.cur, info);
    }
    prev = info;
    blankBefore = false;
    labelSince = false;
  }
  close();
  for (const g of pending) floating.push(g); // a loop: spreading a huge array into a call throws
  return { drafts, floating, unassigned };
}
