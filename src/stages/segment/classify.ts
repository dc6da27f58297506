/**
 * Classifies each line of a page for the segmenter: dateline, byline, furniture, headline-like or body.
 *
 * @module
 */
import { markTables } from './tables.js';
import { looksLikeCredit, markEnglishBylines, markEnglishCredits } from './english-credits.js';
import { markClosingCredits } from './closing-credits.js';
import { lexicons } from '../../lexicon/index.js';
import { markChineseCaptions, markIndexes, markTeasers, markWeather } from './captions.js';
import { endsSentence, foldWidth, isClausePunct, isCoreHan } from '../../text/chars.js';
import type { Line } from '../normalize/lines.js';
import { bylineAtLineEnd, type BylineMatch } from './bylines.js';
import { datelineAt, type DatelineHit } from './datelines.js';
import { companyAcrossLines, nameAcrossLines, titleAcrossLines } from './across-lines.js';
import { nonBlankAfter } from './neighbours.js';
import { DASH_LINE, FURNITURE_RULES, MAX_HEADLINE_LINE, MAX_HEADLINE_LINE_LATIN } from './rules.js';


/** What a line is, as far as page structure goes. */
export interface LineInfo {
  line: Line;
  kind: 'blank' | 'dateline' | 'furniture' | 'headlike' | 'body';
  /** Most letters are Latin (an English line). */
  latin?: boolean;
  dateline?: DatelineHit;
  /** A byline closing this line (body text may stand before it). */
  byline?: BylineMatch;
  furnitureRule?: string;
  /** A headline line that quotes a speaker (梁志恒：…, 市长：…): under another headline line it is a deck. */
  speaker?: boolean;
  /** Opens with a brief's mark (■旺角行人區諮詢) and stands alone between blank lines: a brief's headline. */
  marked?: boolean;
  /** A brief's headline under its mark with the brief's text right under it, no blank line between (▶周六驟雨　下周二轉涼). */
  briefHead?: boolean;
  /** Opens with a dash: a subheadline marker. */
  dash?: boolean;
  /** The line ends a sentence. */
  endsSentence: boolean;
  /** An English headline's second line, in lower case: the headline ends with it (a line after it is a deck). */
  continuation?: boolean;
  /** A short line with a speaker's colon alone between blank lines over a paragraph (中大：酷熱日長者入院增兩成): a
   * headline, or a crosshead inside a dated story. */
  colonHead?: boolean;
  /** Where the text of a brief begins whose headline runs into this line (◆天文台料周六轉涼　香港天文台表示…). */
  runIn?: number;
  /** A Latin line that opens with a capital letter or an opening quotation mark. */
  capital?: boolean;
  /** A Latin line that ends in a letter (no hyphen, no punctuation). */
  endsInWord?: boolean;
  /** A Latin line with no comma that does not end in a function word: it may be a whole headline (not running text). */
  closedPhrase?: boolean;
  /** Words on a Latin line that may be a whole headline. */
  words?: number;
  /** Such a line holds an article (the, a, an), as running text does and headlines mostly do not. */
  article?: boolean;
}

/** An interviewer's question under the label of who asks (GT: Why …?, Q: How …?). */
const QUESTION_LINE = /^(?:Q|[A-Z]{2,4})\s?:\s[A-Z][^?]{3,120}\?$/;
/** A line that is one quotation, its clauses parted by commas only (「後生仔嫌辛苦，冇人肯學」). */
const QUOTED_LINE = /^[「“『][^「」“”『』。！？；]{2,24}[」”』]$/;
/** Last characters of a speech verb: 某某说： opens a quotation in running text, not a headline. */
const SPEECH_END = new Set([...'说說道称稱问問答曰']);

/**
 * The offset of a speaker's colon in a headline (梁志恒：港綠債發行, 市长：…), or -1: a surname and one to three more Han,
 * a post of up to six characters (政务司司长：), or an office (渠务署：).
 */
function speakerColon(raw: string, line: Line, surnameAt: (s: string, i: number) => number): number {
  // (A deck's mark may open the line, any short speaker after it: ◇政司：助長者在社區安老.)
  const marked = DECK_MARKS.has(raw[line.start]!);
  const at = colonFrom(raw, line.start + (marked ? 1 : 0), line.end, surnameAt, marked);
  if (at >= 0) return at;
  // (… or the second of two phrases a full-width space parts: 议员促加密轻铁　港铁：研调整班次.)
  const space = raw.slice(line.start, line.end).indexOf('\u3000') + line.start;
  // (There any speaker of two to four characters will do, a firm's short name too: 港铁; not a label: 地址：, 电话：.)
  if (space <= line.start + 1 || space >= line.end - 4 || LABEL.test(raw.slice(space + 1, space + 4))) return -1;
  return colonFrom(raw, space + 1, line.end, surnameAt, true);
}

/** Marks that open a deck's line (◇恒善基金捐5000萬配對, ◆議員促加快交通配套). */
const DECK_MARKS = new Set(['◇', '◆']);

/** Labels of a notice's fields, not speakers (地址：, 电话：, 时间：). */
const LABEL = /^(?:地址|电话|電話|网址|網址|时间|時間|日期|地点|地點|查询|查詢|票价|票價|费用|費用|电邮|電郵)[：:]/;

/** The speaker's colon of a phrase starting at `from` (see {@link speakerColon}), or -1. */
function colonFrom(raw: string, from: number, end: number, surnameAt: (s: string, i: number) => number, anyone = false): number {
  // (A post may run to six characters: 政务司司长：2028年底前入伙.)
  for (let i = from + 2; i <= from + 6 && i < end - 2; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 0xff1a && c !== 0x3a) continue;
    if (SPEECH_END.has(raw[i - 1]!)) return -1;
    // The speaker is named (梁志恒：) or is a post alone (市长：年底前新增600床), or an office (渠务署：新泵房明年完工).
    // (… or an office's post: 劳工处处长：银发员工经验宝贵.)
    const post = lexicons().posts.longestAt(raw, from, i)?.[0] === i || officePost(raw, from, i);
    if (i > from + 4 && !post) continue; // (a name is four characters at most)
    if (!anyone && surnameAt(raw, from) === 0 && !post && !lexicons().organSuffixes.endingAt(raw, i, from + 1).length) return -1;
    for (let k = from; k < i; k++) if (!isCoreHan(raw.charCodeAt(k))) return -1;
    return i;
  }
  return -1;
}


/** Whether `[from, i)` is an office and its post (劳工处处长, 渠务署署长). */
function officePost(raw: string, from: number, i: number): boolean {
  for (let k = from + 2; k <= i - 2; k++) {
    if (lexicons().posts.longestAt(raw, k, i)?.[0] === i && lexicons().organSuffixes.endingAt(raw, k, from + 1).length) return true;
  }
  return false;
}

function isHeadlike(raw: string, line: Line, surnameAt: (s: string, i: number) => number): boolean {
  if (isLatinLine(raw, line)) {
    // An English headline: short enough, capitalized, not ending a sentence (nor holding the full-width clause marks
    // of a Chinese sentence that names a company in English: Holdings Limited，股份代號：).
    const last = raw.charCodeAt(line.end - 1);
    // (… nor one that breaks a word at its end, sen- / tenced: running text.)
    if (last === 0x2d && /[a-z]/.test(raw[line.end - 2] ?? '')) return false;
    // (… nor one that ends a sentence inside it: … on the year. — Xinhua.)
    return line.end - line.start <= MAX_HEADLINE_LINE_LATIN && /[A-Z"“‘']/.test(raw[line.start]!) && last !== 0x2e && last !== 0x2c && last !== 0x3b && !/[，。；：]/.test(raw.slice(line.start, line.end))
      && !/[a-z]{2}[.!?]["”]?\s+[—–-]/.test(raw.slice(line.start, line.end));
  }
  if (line.end - line.start > MAX_HEADLINE_LINE) return false;
  // A line that opens a bracket at its end, or closes one it did not open (科技控股有限公司（ / 2479）昨日…), is
  // running text cut by the column.
  const text = raw.slice(line.start, line.end);
  if (/[（(「“『]$/.test(text)) return false;
  const close = text.search(/[）)]/);
  if (close >= 0 && !/[（(]/.test(text.slice(0, close))) return false;
  // No clause punctuation inside but a speaker's colon (梁志恒：港綠債發行); a short line may end with ！ or ？
  // (奋进新征程！).
  return onlyColon(raw, line, speakerColon(raw, line, surnameAt), true);
}

/** True when no clause punctuation stands in the line but the colon at `colon` (and, with `endMark`, a short line's final ！ or ？). */
function onlyColon(raw: string, line: Line, colon: number, endMark: boolean): boolean {
  let marks = 0;
  for (let i = line.start; i < line.end; i++) {
    const c = raw.charCodeAt(i);
    if (!isClausePunct(c) || i === colon) continue;
    const mark = endMark && (c === 0xff01 || c === 0xff1f) && line.end - line.start <= 20;
    if (mark && i === line.end - 1) continue;
    // (… or one between its two phrases, 長者屋企易跌倒？智能鞋墊可預警: a question and its answer.)
    if (mark && ++marks === 1 && i - line.start >= 4 && line.end - i > 4 && isCoreHan(raw.charCodeAt(i - 1)) && isCoreHan(raw.charCodeAt(i + 1))) continue;
    return false;
  }
  return true;
}

/** A Latin line that ends in a function word, as running text cut by a line break does (… links A with). */
const ENDS_IN_FUNCTION_WORD = /\s(?:the|of|and|a|an|to|in|on|with|for|at|by|from|as|its|their|his|her|that|which|next|last|this|than|into|over)$/i; // (… from Sunday to next / Monday: a date runs on)
/** A short Latin line of running text in lower case that ends no sentence nor word (a headline's last line may be so). */
function lowerHeadLine(raw: string, info: LineInfo): boolean {
  const { start, end } = info.line;
  const c = raw.charCodeAt(start);
  return info.kind === 'body' && !info.byline && !info.endsSentence && c >= 0x61 && c <= 0x7a && end - start <= MAX_HEADLINE_CONTINUED && isLatinLine(raw, info.line) && !/[.,;:-]$/.test(raw.slice(end - 1, end));
}

/** A paper's name: a few Han and 报 (九龙城区报, 某某日报, 某某商报). */
const MASTHEAD = /^[\u4e00-\u9fff]{1,8}报$/;

/**
 * 九龙城区报 alone on the page's first line: the masthead, page furniture (a headline it is not, whatever it shares
 * with a story of the place it is named after).
 */
function markMasthead(raw: string, infos: LineInfo[]): void {
  const first = infos.find((x) => x.kind !== 'blank');
  if (!first || first.kind !== 'headlike' || !MASTHEAD.test(raw.slice(first.line.start, first.line.end))) return;
  first.kind = 'furniture';
  first.furnitureRule = 'furniture.masthead';
}

/** A section label of one to three words in capitals (JIANGSU, HONG KONG, GREATER BAY AREA). */
const SECTION_LABEL = /^[A-Z]{3,15}(?: [A-Z]{2,15}){0,2}$/;

/**
 * JIANGSU at the top of a China Daily provincial page: a line of one to three words in capitals standing alone
 * between blank lines, with only page furniture above it and a headline or the page header below, labels the section,
 * as the page header does: furniture, not a headline.
 */
function markSectionLabel(raw: string, infos: LineInfo[]): void {
  for (let k = 0; k < infos.length; k++) {
    const x = infos[k]!;
    if (x.kind === 'blank' || x.kind === 'furniture') continue;
    if (x.kind !== 'headlike' || !SECTION_LABEL.test(raw.slice(x.line.start, x.line.end).trim())) return;
    if (k > 0 && infos[k - 1]!.kind !== 'blank') return;
    if (infos[k + 1]?.kind !== 'blank') return;
    const j = nonBlankAfter(infos, k);
    // (CHINA above the page header: the header follows, then the headline.)
    if (!((infos[j]?.kind === 'headlike' && infos[j]!.latin) || infos[j]?.kind === 'furniture')) return;
    x.kind = 'furniture';
    x.furnitureRule = 'furniture.en-section-label';
    return;
  }
}

/** Most lines an English headline or deck printed in a narrow column runs to. */
const MAX_BLOCK_LINES = 5;
/** The widest line of a headline block that may open with a capital (running text fills wider columns). */
const SHORT_HEAD_LINE = 24;
/** A word of running text that headlines drop: an article. */
const HAS_ARTICLE = /(?:^|\s)(?:the|a|an)(?:\s|$)/i;

/**
 * Foshan Party / chief seals / 14 deals with / city firms, and the deck under it (Guangdong delegation / signs 9.6
 * billion yuan / in agreements on logistics, / biotech and manufacturing): a block of two to five short Latin lines
 * between blank lines, the first a headline line, the others in lower case, opening with a figure, or short and
 * opening with a name, none ending a sentence and none holding an article, is one headline (or deck). Running text
 * keeps its articles and ends its paragraph with a sentence.
 */
function markHeadlineBlocks(raw: string, infos: LineInfo[]): void {
  // Where a deck of up to three Latin headline lines from `from` ends (`from` itself where there is none).
  const deckEnd = (from: number): number => {
    let m = from;
    while (m < infos.length && m - from < 3 && infos[m]!.kind === 'headlike' && isLatinLine(raw, infos[m]!.line)) m++;
    return m;
  };
  // A byline at `from`, or a deck and a blank line before it.
  const creditFollows = (from: number): boolean => {
    const m = deckEnd(from);
    return infos[m]?.kind === 'dateline' || (m > from && infos[m]?.kind === 'blank' && infos[m + 1]?.kind === 'dateline');
  };
  for (let k = 0; k + 1 < infos.length; k++) {
    const top = infos[k]!;
    // (The block may sit right under a kicker in capitals: BUSINESS CLIMATE / City vows / smoother path / for companies.)
    if (top.kind !== 'headlike' || !top.latin || top.continuation || (k > 0 && infos[k - 1]!.kind !== 'blank' && !isKicker(raw, infos, k - 1))) continue;
    if (HAS_ARTICLE.test(raw.slice(top.line.start, top.line.end))) continue;
    let j = k + 1;
    for (; j < infos.length && j - k < MAX_BLOCK_LINES; j++) {
      const x = infos[j]!;
      const { start, end } = x.line;
      const c = raw.charCodeAt(start);
      const text = raw.slice(start, end);
      if (x.kind === 'blank' || x.kind === 'dateline' || x.byline || x.endsSentence || end - start > MAX_HEADLINE_CONTINUED) break;
      // (A short line may open with a name: Young achievers / receive provincial / May Fourth medals.)
      // (… right under a line that ends in a lower-case word, as a headline flows on; not under GLOBAL TIMES.)
      const prevLast = raw.charCodeAt(infos[j - 1]!.line.end - 1);
      const capital = c >= 0x41 && c <= 0x5a && end - start <= SHORT_HEAD_LINE && prevLast >= 0x61 && prevLast <= 0x7a;
      // (A last line may keep an article where the headline's deck and byline follow: … wishes city / a 'galloping'
      // new year / (blank) / Stallholders upbeat as … / (blank) / By …)
      const article = HAS_ARTICLE.test(text) && !(infos[j + 1]?.kind === 'blank' && creditFollows(j + 2));
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || capital) || !isLatinLine(raw, x.line) || /[.;:!?-]$/.test(text) || article) break;
    }
    // (The block may run right into its By-line: Vice-premier urges / steady autumn / … / By CHEN MEILING.)
    // (… or into its deck, a headline-like line that runs on to the By-line: Farmers' interests to be protected as /
    // harvest enters its peak season / By CHEN MEILING.)
    const deckToByline = (from: number): boolean => {
      const m = deckEnd(from);
      return m > from && infos[m]?.kind === 'dateline';
    };
    if (j === k + 1 || (j < infos.length && infos[j]!.kind !== 'blank' && infos[j]!.kind !== 'dateline' && !deckToByline(j))) continue;
    for (let m = k + 1; m < j; m++) {
      infos[m]!.kind = 'headlike';
      infos[m]!.latin = true;
      infos[m]!.continuation = true;
    }
    k = j;
  }
}

/**
 * A deck between an English headline and its byline (14 stations, 26.4 km; trains every / five minutes at rush
 * hours; Two receive Mayor's Award; / 186 projects recognized): one to three short Latin lines between blank lines,
 * ending no sentence, with a headline above them and a line that has a byline's shape below. Such a deck may open
 * with a figure or hold a semicolon, which no headline line does.
 */
function markEnglishDecks(raw: string, infos: LineInfo[]): void {
  for (let k = 2; k < infos.length; k++) {
    const above = infos[k - 2]!;
    if (infos[k - 1]!.kind !== 'blank' || above.kind !== 'headlike' || !above.latin || infos[k]!.kind !== 'body') continue;
    let j = k;
    while (j < infos.length && j - k < 3 && infos[j]!.kind === 'body' && !infos[j]!.byline && !infos[j]!.endsSentence && infos[j]!.line.end - infos[j]!.line.start <= MAX_HEADLINE_CONTINUED && isLatinLine(raw, infos[j]!.line)) j++;
    if (j === k || infos[j]?.kind !== 'blank' || /[,:-]$/.test(raw.slice(infos[j - 1]!.line.end - 1, infos[j - 1]!.line.end)) || !looksLikeCredit(raw, infos, j + 1)) continue;
    for (let m = k; m < j; m++) {
      infos[m]!.kind = 'headlike';
      infos[m]!.latin = true;
      if (m > k) infos[m]!.continuation = true;
    }
    k = j;
  }
}

/**
 * 香港旅遊發展局與西九文 / 化區管理局合辦的「西九 / … / 行，設逾100個本地手作: lines of a narrow column that happen to hold
 * no punctuation look like headline lines, but two or more of them, each as wide as the line of running text right
 * under them (no blank line between; a digit counts half), are that paragraph's first lines. A headline is set in
 * other type: its lines are not all the column's width.
 */
function markRunningColumns(raw: string, infos: LineInfo[]): void {
  // (Printed width: a digit or a Latin letter takes half a Han character's room, 行，設逾100個本地手作.)
  const width = (x: LineInfo): number => {
    let w = 0;
    for (let i = x.line.start; i < x.line.end; i++) if (!/\s/.test(raw[i]!)) w += raw.charCodeAt(i) > 0xff ? 2 : 1;
    return w;
  };
  for (let k = 0; k < infos.length; k++) {
    if (infos[k]!.kind !== 'headlike' || infos[k]!.latin || infos[k]!.dash) continue;
    let j = k;
    while (j < infos.length && infos[j]!.kind === 'headlike' && !infos[j]!.latin && !infos[j]!.dash) j++;
    const below = infos[j];
    if (j - k >= 2 && below && below.kind === 'body' && !below.byline && width(below) >= 16) {
      const w = width(below);
      // (A line may run wider where brackets or figures fill it, 六（21日）及周日（22日）; none runs narrower.)
      let same = 0;
      let narrower = false;
      for (let m = k; m < j; m++) {
        const d = width(infos[m]!) - w;
        if (d < -1) narrower = true;
        else if (d <= 1) same++;
      }
      if (!narrower && same >= 2) for (let m = k; m < j; m++) infos[m]!.kind = 'body';
    }
    k = j - 1;
  }
}

/** True when line `k` is a kicker over an English headline: a short line in capitals alone after a blank line or the page's furniture. */
function isKicker(raw: string, infos: readonly LineInfo[], k: number): boolean {
  const x = infos[k]!;
  const text = raw.slice(x.line.start, x.line.end);
  return x.kind === 'headlike' && text.length <= SHORT_HEAD_LINE && KICKER_CAPS.test(text) && (k === 0 || infos[k - 1]!.kind === 'blank' || infos[k - 1]!.kind === 'furniture');
}

/** An English kicker's words, all in capitals (BUSINESS CLIMATE). */
export const KICKER_CAPS = /^[A-Z][A-Z&' -]*[A-Z]$/;

/** The longest English headline line that a lower-case line may continue (longer ones are running text). */
const MAX_HEADLINE_CONTINUED = 45;

/** True when most letters of a line are Latin. */
function isLatinLine(raw: string, line: Line): boolean {
  let latin = 0;
  let other = 0;
  for (let i = line.start; i < line.end; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c > 0x2e7f) other++;
  }
  return latin > 2 * other && latin >= 3;
}

/**
 * Classifies every line.
 *
 * @example
 * ```ts
 * classifyLines(raw, splitLines(raw), surnameAt).map((l) => l.kind);
 * ```
 */
export function classifyLines(raw: string, lines: readonly Line[], surnameAt: (s: string, i: number) => number): LineInfo[] {
  const folded = foldWidth(raw);
  const infos = lines.map((line): LineInfo => {
    if (line.blank) return { line, kind: 'blank', endsSentence: false };
    const ends = endsSentence(raw, line.start, line.end);
    const dateline = datelineAt(raw, folded, line, surnameAt);
    const byline = bylineAtLineEnd(raw, line.start, line.end, surnameAt) ?? undefined;
    const info: LineInfo = { line, kind: 'body', endsSentence: ends };
    if (/^[A-Z“"]/.test(raw[line.start]!)) info.capital = true;
    if (/[A-Za-z]/.test(raw[line.end - 1]!)) info.endsInWord = true;
    if (info.endsInWord) {
      const words = raw.slice(line.start, line.end).split(/\s+/);
      // Headlines drop the articles running text keeps.
      if (words.some((w) => /^(?:the|a|an)$/i.test(w))) info.article = true;
      const text = raw.slice(line.start, line.end);
      // (A comma between two names opening a headline, China, Kenya pledge …, leaves the phrase closed.)
      if (!/,(?! [A-Z][a-z]+ [a-z])/.test(text) && !/\s(?:the|of|and|a|an|to|in|on|with|for|at|by|from|as|its|their|his|her)$/i.test(text)) {
        info.closedPhrase = true;
        info.words = words.length;
      }
    }
    if (byline) info.byline = byline;
    if (dateline) {
      info.kind = 'dateline';
      info.dateline = dateline;
      if (byline && dateline.credit && byline.start <= dateline.credit.start) delete info.byline;
      return info;
    }
    if (!byline) {
      const text = folded.slice(line.start, line.end);
      for (const rule of FURNITURE_RULES) {
        if (text.length <= (rule.maxLength ?? 48) && (!rule.requires || text.includes(rule.requires)) && rule.re.test(text)) return { line, kind: 'furniture', furnitureRule: rule.id, endsSentence: ends };
      }
      if (isHeadlike(raw, line, surnameAt)) {
        info.kind = 'headlike';
        if (isLatinLine(raw, line)) info.latin = true;
        else if (speakerColon(raw, line, surnameAt) >= 0) info.speaker = true;
        if (DASH_LINE.test(text)) info.dash = true;
      }
    }
    return info;
  });
  // 中大研究：日行六千步减认知障碍风险 alone between blank lines, over a dateline: a headline whose speaker is any short
  // subject (a study, a school), not running text.
  // (… or over a paragraph, where the line ends no sentence and the paragraph above it ended one: 中大：酷熱日長者入院增兩成.)
  for (let k = 0; k + 2 < infos.length; k++) {
    const cur = infos[k]!;
    const { start, end } = cur.line;
    const above = k >= 2 ? infos[k - 2]! : undefined;
    const overParagraph = !cur.endsSentence && (infos[k + 2]!.kind === 'body' || infos[k + 2]!.kind === 'headlike') && (!above || above.kind === 'blank' || above.endsSentence || !!above.byline);
    if (cur.kind !== 'body' || cur.byline || (k > 0 && infos[k - 1]!.kind !== 'blank') || infos[k + 1]!.kind !== 'blank' || (infos[k + 2]!.kind !== 'dateline' && !overParagraph)) continue;
    if (end - start > MAX_HEADLINE_LINE || isLatinLine(raw, cur.line)) continue;
    const colon = colonFrom(raw, start, end, surnameAt, true);
    if (colon < 0 || !onlyColon(raw, cur.line, colon, false)) continue;
    cur.kind = 'headlike';
    cur.speaker = true;
    if (infos[k + 2]!.kind !== 'dateline') cur.colonHead = true;
  }
  // 「後生仔嫌辛苦，冇人肯學」 alone between blank lines, right under a headline: a quotation as the deck, its comma
  // no sentence's.
  for (let k = 2; k + 1 < infos.length; k++) {
    const cur = infos[k]!;
    const { start, end } = cur.line;
    if (cur.kind !== 'body' || cur.byline || cur.endsSentence || infos[k - 1]!.kind !== 'blank' || infos[k + 1]!.kind !== 'blank' || infos[k - 2]!.kind !== 'headlike') continue;
    if (end - start > MAX_HEADLINE_LINE || !QUOTED_LINE.test(raw.slice(start, end))) continue;
    cur.kind = 'headlike';
  }
  // ■天文台：明日最低15度 alone between blank lines: a brief's headline under its mark, a speaker's colon and figures
  // in it too (no sentence's punctuation). ▶周六驟雨　下周二轉涼 / 香港天文台表示，…: under an arrow, with its text on the
  // very next line, after a blank line or a section's label.
  for (let k = 1; k + 1 < infos.length; k++) {
    const cur = infos[k]!;
    const { start, end } = cur.line;
    if ((cur.kind !== 'body' && cur.kind !== 'headlike') || cur.byline || end - start > 20 || /[。，；！？,;!?]/.test(raw.slice(start, end))) continue;
    const opening = raw.slice(start, start + 4);
    const above = infos[k - 1]!.kind;
    const below = infos[k + 1]!.kind;
    const boxed = /^[■●◆]\s{0,2}[\u4e00-\u9fff]/.test(opening) && above === 'blank' && below === 'blank';
    const arrow = /^[▶►]\s{0,2}[\u4e00-\u9fff\d]/.test(opening) && (above === 'blank' || above === 'furniture') && (below === 'body' || below === 'headlike');
    if (!boxed && !arrow) continue;
    cur.kind = 'headlike';
    cur.marked = true;
    if (arrow) cur.briefHead = true;
  }
  // 12 firms, 8 people win / city quality awards: an English headline may open with a figure, on a short line after a
  // blank line (running text cut by the column runs the column's width; a deck's figures follow a line above it).
  for (let k = 0; k < infos.length; k++) {
    const cur = infos[k]!;
    const { start, end } = cur.line;
    if (cur.kind !== 'body' || cur.byline || (k > 0 && infos[k - 1]!.kind !== 'blank') || end - start > 32 || cur.endsSentence || !isLatinLine(raw, cur.line)) continue;
    if (!/^\d[\d,.]{0,6}%? [a-z]/.test(raw.slice(start, start + 12)) || /[.,;:]$/.test(raw[end - 1]!)) continue;
    cur.kind = 'headlike';
    cur.latin = true;
  }
  // A Latin line that ends in a family name whose given name opens the next line (Guangdong Vice-Governor Luo /
  // Xiaoqing presided …, Secretary for Health Pang / Yiu-cheong …), or in a title whose holder opens it with a verb
  // of speech (Undersecretary for Housing / Felix Chow Tak-ming said), or in a company's name whose legal form opens
  // it (Nanning Jinqiao International / Logistics Co Ltd agreed …), is running text: headlines are not cut there.
  for (let k = 0; k + 1 < infos.length; k++) {
    const cur = infos[k]!;
    const next = infos[k + 1]!;
    if (cur.kind === 'headlike' && cur.latin && next.kind !== 'blank' && (nameAcrossLines(raw, cur.line, next.line) || titleAcrossLines(raw, cur.line, next.line) || companyAcrossLines(raw, cur, next))) {
      cur.kind = 'body';
      delete cur.latin;
      delete cur.dash;
    }
  }
  // 葵青民政事務專員周 / (blank) / 浩然表示，…: short lines that end in a post and a family name whose given name and a
  // verb of speech open the next paragraph are running text a column break cut, not a headline.
  for (let k = 0; k + 2 < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind !== 'headlike' || cur.latin) continue;
    const next = infos[k + 1]!.kind === 'blank' ? infos[k + 2]! : infos[k + 1]!;
    if (next.kind === 'blank' || next.kind === 'headlike') continue;
    const { start, end } = cur.line;
    const sl = surnameAt(raw, end - 1) === 1 ? 1 : surnameAt(raw, end - 2) === 2 ? 2 : 0;
    if (!sl || !/^[\u4e00-\u9fff]{1,2}(?:表示|指出|说|称|强调|透露|认为|介绍|坦言)/.test(raw.slice(next.line.start, next.line.start + 6))) continue;
    // (The post may itself be cut by the line break above, 民政 / 事务专员周, where the lexicon knows only the whole
    // 民政事务专员: a bare 专员 then ends the line.)
    let post = false;
    for (let p = Math.max(start, end - sl - 6); p <= end - sl - 2 && !post; p++) post = lexicons().posts.longestAt(raw, p, end - sl)?.[0] === end - sl;
    if (!post && !/专员$/.test(raw.slice(start, end - sl))) continue;
    for (let j = k; j >= 0 && infos[j]!.kind === 'headlike' && !infos[j]!.latin; j--) infos[j]!.kind = 'body';
  }
  // • The 20-year contract would supply / a Tainan chip plant …: an English deck under a headline, over its lines to the
  // blank line (the headline's lower-case line may stand between).
  for (let k = 1; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || raw[cur.line.start] !== '•' || raw[cur.line.start + 1] !== ' ' || !isLatinLine(raw, cur.line)) continue;
    const above = infos[k - 1]!;
    const head = above.kind === 'headlike' ? above : infos[k - 2]?.kind === 'headlike' && lowerHeadLine(raw, above) ? infos[k - 2] : undefined;
    if (!head) continue;
    cur.kind = 'headlike';
    cur.latin = true;
    cur.dash = true;
    for (let j = k + 1; j < infos.length && j - k < 4 && infos[j]!.kind === 'body' && !infos[j]!.endsSentence && isLatinLine(raw, infos[j]!.line); j++) {
      infos[j]!.kind = 'headlike';
      infos[j]!.continuation = true;
    }
  }
  // An English headline on two lines goes on in lower case (Vice-Premier urges closer / trade ties with Africa): a
  // short Latin line right under a headline line, ending no sentence, with a blank line or a dateline after it.
  for (let k = 1; k < infos.length; k++) {
    const cur = infos[k]!;
    const prev = infos[k - 1]!;
    const next = infos[k + 1];
    // (Not a line with an article, or one that ends in a function word, with more text right under it: headlines
    // drop them, running text does not. A deck may keep its article: … / manufacturers in the special area.)
    // (… nor under a line that opens with an article: The Qianhai Authority signed a pact / with Hong Kong-based …)
    const running = (cur.article || prev.article || ENDS_IN_FUNCTION_WORD.test(raw.slice(cur.line.start, cur.line.end))) && !!infos[k + 1] && infos[k + 1]!.kind !== 'blank' && infos[k + 1]!.kind !== 'dateline';
    if (cur.kind !== 'body' || prev.kind !== 'headlike' || cur.byline || cur.endsSentence || running) continue;
    const { start, end } = cur.line;
    const c = raw.charCodeAt(start);
    // Not where the line above is as long as running text, nor where a word breaks at the end (irri-).
    if (!(c >= 0x61 && c <= 0x7a) || end - start > MAX_HEADLINE_LINE_LATIN || !isLatinLine(raw, cur.line) || /[.,;:-]$/.test(raw.slice(end - 1, end))) continue;
    if (prev.line.end - prev.line.start > MAX_HEADLINE_CONTINUED) continue;
    // The line above opens the headline: a third line under two capitalized ones is running text, unless a byline
    // or a dateline follows it (Economy chief urges faster / SME support as visitor / spending cools / By …).
    if (k >= 2 && infos[k - 2]!.kind === 'headlike' && !infos[k - 2]!.continuation && next?.kind !== 'dateline') continue;
    // After it: a blank line, a dateline, another headline line, or a paragraph that opens right under it with a
    // capital (a brief's headline printed without a blank line: County opens rural / logistics hub / A center …).
    const opensParagraph = next?.kind === 'body' && !!next.capital && end - start <= 30;
    // … or a third short line in lower case, then a blank line or a dateline (Guangdong launches / low-altitude /
    // economy alliance).
    const third = !!next && lowerHeadLine(raw, next) && (infos[k + 2]?.kind === 'blank' || infos[k + 2]?.kind === 'dateline');
    if (next && next.kind !== 'blank' && next.kind !== 'dateline' && next.kind !== 'headlike' && !opensParagraph && !third) continue;
    cur.kind = 'headlike';
    cur.continuation = true;
    if (third) {
      next!.kind = 'headlike';
      next!.continuation = true;
      k++;
    }
  }
  // Yichang pushes chemical / firms away from / Yangtze banks: a short lower-case line between two headline lines, in
  // a block that blank lines bound, is the headline's middle line (a headline may break after a preposition).
  for (let k = 1; k + 2 < infos.length; k++) {
    const cur = infos[k]!;
    const above = infos[k - 1]!;
    const below = infos[k + 1]!;
    // (… / housing chief on / light public flats: the last line may be in lower case too, the blank line ending it.)
    if (above.kind !== 'headlike' || (below.kind !== 'headlike' && !lowerHeadLine(raw, below)) || infos[k + 2]!.kind !== 'blank' || !lowerHeadLine(raw, cur)) continue;
    const top = above.continuation ? infos[k - 2] : above;
    // (The block opens the page or follows a blank line.)
    const over = infos[above.continuation ? k - 3 : k - 2];
    if (!top || top.kind !== 'headlike' || (over && over.kind !== 'blank')) continue;
    cur.kind = 'headlike';
    cur.continuation = true;
    below.kind = 'headlike';
    below.continuation = true; // (the headline ends with the line under it, before the blank line)
  }
  markRunningColumns(raw, infos);
  markHeadlineBlocks(raw, infos);
  markMasthead(raw, infos);
  markSectionLabel(raw, infos);
  // GT: Why choose tree or sea burials?: an interviewer's question under its label is the interview's text, no
  // headline.
  // (Only after a paragraph that ended: a headline may ask a question of a speaker too, Experts: Is … a bubble?)
  for (let k = 1; k < infos.length; k++) {
    const x = infos[k]!;
    let j = k - 1;
    while (j > 0 && infos[j]!.kind === 'blank' && k - j < 3) j--;
    if (x.kind === 'headlike' && x.latin && infos[j]!.kind === 'body' && infos[j]!.endsSentence && QUESTION_LINE.test(raw.slice(x.line.start, x.line.end))) {
      x.kind = 'body';
      x.endsSentence = true;
      delete x.continuation;
    }
  }
  markEnglishBylines(raw, infos);
  // Zhejiang honors top scientists, / innovative firms: a headline's first line may end in a comma, between a blank
  // line and a short closed last line with a blank line after it (Metro Line 29 opens, / linking Bao'an / and
  // Longhua: a short lower-case line may stand between).
  for (let k = 0; k + 2 < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind !== 'body' || (k > 0 && infos[k - 1]!.kind !== 'blank')) continue;
    const middle = lowerHeadLine(raw, infos[k + 1]!) && !infos[k + 1]!.article && infos[k + 3]?.kind === 'blank' ? 1 : 0;
    const next = infos[k + 1 + middle]!;
    if ((next.kind !== 'headlike' && next.kind !== 'body') || next.byline || infos[k + 2 + middle]!.kind !== 'blank') continue;
    const text = raw.slice(cur.line.start, cur.line.end);
    if (text.length > 45 || next.line.end - next.line.start > 45 || !/^[A-Z][^.;:!?]*,$/.test(text) || !isLatinLine(raw, cur.line) || !isLatinLine(raw, next.line) || !next.closedPhrase || next.article || / (?:the|a|an) /i.test(text)) continue;
    cur.kind = 'headlike';
    cur.latin = true;
    for (let j = k + 1; j <= k + 1 + middle; j++) {
      infos[j]!.kind = 'headlike';
      infos[j]!.latin = true;
      infos[j]!.continuation = true;
    }
  }
  markTeasers(raw, infos);
  markIndexes(raw, infos);
  markWeather(raw, infos);
  markEnglishDecks(raw, infos);
  markEnglishCredits(raw, infos);
  markClosingCredits(raw, infos);
  markChineseCaptions(raw, infos);
  markTables(raw, infos);
  markRunInBriefs(raw, infos);
  return infos;
}

/** A brief's headline run into its first line: a mark, a short phrase, a full-width space, then the text. */
const RUN_IN_HEAD = /^[◆■●]\s?[^\s\u3000，。；：、！？「」（）]{4,16}\u3000{1,2}(?=[^\s\u3000])/;

/**
 * ◆天文台料周六轉涼　香港天文台表示，…: a brief whose headline, under its mark, runs into the first line of its text,
 * a full-width space between (信報). The line opens a paragraph of a few lines; `runIn` is where the text begins.
 */
function markRunInBriefs(raw: string, infos: LineInfo[]): void {
  for (let k = 0; k + 1 < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || cur.kind === 'furniture' || cur.kind === 'dateline' || cur.byline || (k > 0 && infos[k - 1]!.kind !== 'blank' && infos[k - 1]!.kind !== 'furniture')) continue;
    if (infos[k + 1]!.kind !== 'body' && infos[k + 1]!.kind !== 'headlike') continue;
    const m = RUN_IN_HEAD.exec(raw.slice(cur.line.start, Math.min(cur.line.end, cur.line.start + 24)));
    if (!m || cur.line.start + m[0].length >= cur.line.end) continue;
    cur.kind = 'body';
    cur.runIn = cur.line.start + m[0].length;
    delete cur.marked;
  }
}
