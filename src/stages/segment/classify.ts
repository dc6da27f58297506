/**
 * Classifies each line of a page for the segmenter: dateline, byline, furniture, headline-like or body.
 *
 * @module
 */
import { markEnglishBylines, markEnglishCredits } from './english-credits.js';
import { markClosingCredits } from './closing-credits.js';
import { lexicons } from '../../lexicon/index.js';
import { markChineseCaptions } from './captions.js';
import { endsSentence, foldWidth, isClausePunct } from '../../text/chars.js';
import type { Line } from '../normalize/lines.js';
import { bylineAtLineEnd, parseBylineNames, type BylineMatch } from './bylines.js';
import { getGazetteer } from '../../lexicon/gazetteer.js';
import { isCantoneseSyllable, isPinyin, lexicon } from '../../en/lex.js';
import { DASH_LINE, DATELINE_RULES, FURNITURE_RULES, MAX_HEADLINE_LINE, MAX_HEADLINE_LINE_LATIN, type DatelineRule } from './rules.js';

/** A dateline at the start of a line. */
export interface DatelineHit {
  rule: DatelineRule;
  /** Raw offsets of the dateline text. */
  start: number;
  end: number;
  /** A reporter credit in brackets right after it (本报讯（记者 王某）), or names inside the dateline itself. */
  credit?: BylineMatch;
}

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
  /** Opens with a dash: a subheadline marker. */
  dash?: boolean;
  /** The line ends a sentence. */
  endsSentence: boolean;
  /** An English headline's second line, in lower case: the headline ends with it (a line after it is a deck). */
  continuation?: boolean;
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

function datelineAt(raw: string, folded: string, line: Line, surnameAt: (s: string, i: number) => number): DatelineHit | undefined {
  const head = folded.slice(line.start, Math.min(line.end, line.start + 64));
  for (const rule of DATELINE_RULES) {
    const m = rule.re.exec(head);
    if (!m) continue;
    const start = line.start;
    const end = start + m[0].length;
    let credit: BylineMatch | undefined;
    if (rule.id === 'dateline.agency-reporter') {
      // （某社记者某某某地20日电）: the reporter's name right after 记者.
      const at = raw.indexOf('记者', start) >= 0 && raw.indexOf('记者', start) < end ? raw.indexOf('记者', start) + 2 : folded.indexOf('记者', start) + 2;
      for (const len of [3, 2]) {
        if (surnameAt(raw, at) && at + len < end) {
          return { rule, start, end, credit: { start, end, names: [raw.slice(at, at + len)], nameSpans: [{ start: at, end: at + len }], inside: true } };
        }
      }
      return { rule, start, end };
    }
    if (rule.id === 'dateline.bracketed-reporter') {
      // 【记者某某／台北报道】: the reporters before the slash, inside the dateline.
      let slash = start;
      while (slash < end && folded[slash] !== '／' && folded[slash] !== '/') slash++;
      const parsed = parseBylineNames(raw, start + 1, slash, surnameAt);
      return parsed ? { rule, start, end, credit: { start, end, ...parsed, inside: true } } : { rule, start, end };
    }
    if (rule.id === 'dateline.paper-reporter') {
      // 大公报记者某某报道：: the reporters between 记者 and 报道, inside the dateline.
      const at = folded.indexOf('记者', start);
      const to = folded.lastIndexOf('报道', end);
      const parsed = at >= 0 && to > at ? parseBylineNames(raw, at, to, surnameAt) : undefined;
      if (!parsed) continue;
      return { rule, start, end, credit: { start, end, ...parsed, inside: true } };
    }
    if (rule.id === 'dateline.en-byline') {
      // By ZHANG SAN and LI SI in Beijing | China Daily | Updated: …: the names after By; the whole line is the credit.
      const names: string[] = [];
      const nameSpans: { start: number; end: number }[] = [];
      const re = /[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)*/g;
      const from = start + 3;
      const text = raw.slice(from, end);
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0] === 'By') continue;
        names.push(m[0]);
        nameSpans.push({ start: from + m.index, end: from + m.index + m[0].length });
      }
      if (!names.length) continue;
      return { rule, start, end: line.end, credit: { start, end: line.end, names, nameSpans } };
    }
    if (rule.id === 'dateline.paper-credit-line') {
      // ■某某报记者 某某: the names after 记者 (none: the paper's own credit).
      const at = folded.indexOf('记者', start) + 2;
      const parsed = end - at >= 2 ? parseBylineNames(raw, at, end, surnameAt) : { names: [], nameSpans: [] };
      if (!parsed) continue;
      return { rule, start, end, credit: { start, end, ...parsed } };
    }
    if (rule.id === 'dateline.en-capitals-byline') {
      return { rule, start, end: line.end, credit: { start, end: line.end, names: [raw.slice(start, end)], nameSpans: [{ start, end }] } };
    }
    if (rule.namesReporters) {
      const label = rule.id === 'dateline.reporter-line' ? /^[^记]{2,3}\s{0,2}[/／|｜:：]\s{0,2}/.exec(head) : null; // 特稿/
      const inner = rule.id === 'dateline.reporter-credit' ? [start + 1, end - 1] : [start + (label ? label[0].length : 0), end - 2];
      const parsed = parseBylineNames(raw, inner[0]!, inner[1]!, surnameAt);
      if (!parsed) continue;
      if (rule.id === 'dateline.reporter-credit') return { rule, start, end, credit: { start, end, ...parsed } };
      return { rule, start, end, credit: { start, end, ...parsed } };
    }
    // A reporter credit in brackets right after the dateline.
    let k = end;
    while (k < line.end && (raw[k] === ' ' || raw[k] === '\u3000' || raw[k] === '\t')) k++;
    const c = raw.charCodeAt(k);
    if (c === 0xff08 || c === 0x28) {
      let close = findClose(raw, k + 1, Math.min(line.end, k + 64));
      // A credit the column break cuts (（记者 某某、 / 某某）): it closes early on the next line. Cut inside a name
      // (（记者 某某、岑 / 慧芝）), the break joins the name's halves.
      let join: { start: number; end: number } | undefined;
      if (close < 0 && /[、，\s]$/.test(raw.slice(Math.max(k, line.end - 1), line.end)) || (close < 0 && line.end - k <= 16)) {
        const next = nextLineStart(raw, line.end);
        if (next - line.end <= 2) close = findClose(raw, next, Math.min(raw.length, next + 16));
        if (close > 0) join = nameBreak(raw, line.end, next);
      }
      if (close > 0) {
        const parsed = parseAcross(raw, k + 1, close, surnameAt, join);
        if (parsed) credit = { start: k, end: close + 1, ...parsed };
      }
    } else {
      // 【本报讯】记者某某报道：: the credit runs on after the dateline, unbracketed, up to its colon.
      const m = CREDIT_AFTER.exec(folded.slice(k, Math.min(line.end, k + 40)));
      if (m) {
        const parsed = parseBylineNames(raw, k, k + m[0].length - m[1]!.length, surnameAt) ?? creditWithPlace(raw, folded, k, k + m[0].length, surnameAt);
        if (parsed) credit = { start: k, end: k + m[0].length, ...parsed };
      } else if (CREDIT_OPEN.test(folded.slice(k, line.end))) {
        // 记者某某、许浩 / 然报道：: a credit the column break cuts runs on to its colon on the next line; cut inside a
        // name, the break joins the halves.
        const next = nextLineStart(raw, line.end);
        const head = folded.slice(k, line.end);
        const m2 = next - line.end <= 2 ? CREDIT_AFTER.exec(head + folded.slice(next, Math.min(raw.length, next + 16))) : null;
        if (m2 && m2[0].length > head.length) {
          const to = next + (m2[0].length - head.length);
          const parsed = parseAcross(raw, k, to - m2[1]!.length, surnameAt, nameBreak(raw, line.end, next));
          if (parsed) credit = { start: k, end: to, ...parsed };
        }
      }
    }
    return credit ? { rule, start, end, credit } : { rule, start, end };
  }
  return undefined;
}

/** Where the line after the one ending at `end` starts (past its line break). */
function nextLineStart(raw: string, end: number): number {
  let next = end;
  while (next < raw.length && (raw[next] === '\n' || raw[next] === '\r')) next++;
  return next;
}

/** The line break between `end` and `next` when it cuts a run of Han characters (a name: 岑 / 慧芝), else undefined. */
function nameBreak(raw: string, end: number, next: number): { start: number; end: number } | undefined {
  return isHan(raw.charCodeAt(end - 1)) && isHan(raw.charCodeAt(next)) ? { start: end, end: next } : undefined;
}

/** The names of a credit that runs across a line break: read with the break joining a name's halves, else without. */
function parseAcross(raw: string, from: number, to: number, surnameAt: (s: string, i: number) => number, join: { start: number; end: number } | undefined): ReturnType<typeof parseBylineNames> {
  return parseBylineNames(raw, from, to, surnameAt, join) ?? (join ? parseBylineNames(raw, from, to, surnameAt) : null);
}

/** A reporter credit after a dateline, without brackets, ending in 报道 and a colon (记者某某、某某报道：). */
const CREDIT_AFTER = /^(?:本报)?(?:特约|见习|实习)?记者[^，。；：:！？（）()\n]{2,24}?报道([：:])/;
/** The start of such a credit that the line ends before its 报道 (记者某某、许浩). */
const CREDIT_OPEN = /^(?:本报)?(?:特约|见习|实习)?记者[\u4e00-\u9fff、\s]{1,16}$/;

/**
 * 记者某某广州报道：: the reporter, then the place reported from, then 报道 — the names of a credit whose last token
 * ends in a place the gazetteer knows (checked for the last two to four characters).
 */
function creditWithPlace(raw: string, folded: string, from: number, to: number, surnameAt: (s: string, i: number) => number): { names: string[]; nameSpans: { start: number; end: number }[] } | null {
  const bao = folded.lastIndexOf('报道', to);
  if (bao <= from) return null;
  const gaz = getGazetteer();
  for (const len of [2, 3, 4]) {
    const place = folded.slice(bao - len, bao);
    if (!/^[\u4e00-\u9fff]+$/.test(place) || !(gaz.byName.has(place) || gaz.byName.has(place + '市'))) continue;
    const parsed = parseBylineNames(raw, from, bao - len, surnameAt);
    if (parsed) return parsed;
  }
  return null;
}

function findClose(raw: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0xff09 || c === 0x29) return i;
    if (c === 0xff08 || c === 0x28) return -1;
  }
  return -1;
}

/** Last characters of a speech verb: 某某说： opens a quotation in running text, not a headline. */
const SPEECH_END = new Set([...'说說道称稱问問答曰']);

/** The offset of a speaker's colon in a headline (梁志恒：港綠債發行), or -1: a surname and one to three more Han. */
function speakerColon(raw: string, line: Line, surnameAt: (s: string, i: number) => number): number {
  for (let i = line.start + 2; i <= line.start + 4 && i < line.end - 2; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 0xff1a && c !== 0x3a) continue;
    if (surnameAt(raw, line.start) === 0 || SPEECH_END.has(raw[i - 1]!)) return -1;
    for (let k = line.start; k < i; k++) if (!isHan(raw.charCodeAt(k))) return -1;
    return i;
  }
  return -1;
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

function isHeadlike(raw: string, line: Line, surnameAt: (s: string, i: number) => number): boolean {
  if (isLatinLine(raw, line)) {
    // An English headline: short enough, capitalized, not ending a sentence (nor holding the full-width clause marks
    // of a Chinese sentence that names a company in English: Holdings Limited，股份代號：).
    const last = raw.charCodeAt(line.end - 1);
    return line.end - line.start <= MAX_HEADLINE_LINE_LATIN && /[A-Z"“‘']/.test(raw[line.start]!) && last !== 0x2e && last !== 0x2c && last !== 0x3b && !/[，。；：]/.test(raw.slice(line.start, line.end));
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
  const colon = speakerColon(raw, line, surnameAt);
  for (let i = line.start; i < line.end; i++) {
    const c = raw.charCodeAt(i);
    if (isClausePunct(c) && i !== colon && !(i === line.end - 1 && (c === 0xff01 || c === 0xff1f) && line.end - line.start <= 20)) return false;
  }
  return true;
}

/** A Latin line that ends in a function word, as running text cut by a line break does (… links A with). */
const ENDS_IN_FUNCTION_WORD = /\s(?:the|of|and|a|an|to|in|on|with|for|at|by|from|as|its|their|his|her|that|which)$/i;
/** A short Latin line of running text in lower case that ends no sentence nor word (a headline's last line may be so). */
function lowerHeadLine(raw: string, info: LineInfo): boolean {
  const { start, end } = info.line;
  const c = raw.charCodeAt(start);
  return info.kind === 'body' && !info.byline && !info.endsSentence && c >= 0x61 && c <= 0x7a && end - start <= MAX_HEADLINE_CONTINUED && isLatinLine(raw, info.line) && !/[.,;:-]$/.test(raw.slice(end - 1, end));
}

/** A Cantonese given name, hyphenated (Yiu-cheong, Man-kit), opening a line. */
const CANTONESE_GIVEN = /^[A-Z][a-z]{1,5}-[a-z]{2,6}(?![A-Za-z-])/;
/** A capitalized word ending a line. */
const LAST_WORD = /(?:^|\s)([A-Z][a-z]{1,6})$/;

/**
 * True when `line` ends in a Chinese family name and `next` opens with its given name: pinyin (Luo / Xiaoqing) or a
 * hyphenated Cantonese one (Pang / Yiu-cheong).
 *
 * @example
 * ```ts
 * nameAcrossLines('Vice-Governor Luo\nXiaoqing presided', { start: 0, end: 17 }, { start: 18, end: 35 }); // true
 * ```
 */
export function nameAcrossLines(raw: string, line: Pick<Line, 'start' | 'end'>, next: Pick<Line, 'start' | 'end'>): boolean {
  const last = LAST_WORD.exec(raw.slice(Math.max(line.start, line.end - 8), line.end));
  if (!last) return false;
  const family = last[1]!;
  const head = raw.slice(next.start, Math.min(next.end, next.start + 16));
  const lex = lexicon();
  if (lex.common.has(family.toLowerCase()) && !lex.surnames.has(family.toLowerCase())) return false;
  if (CANTONESE_GIVEN.test(head)) return isPinyin(family, 1) || isCantoneseSyllable(family);
  const given = /^([A-Z][a-z]{2,11})(?![A-Za-z-])/.exec(head)?.[1];
  return !!given && lex.surnames.has(family.toLowerCase()) && isPinyin(given) && !lex.common.has(given.toLowerCase()) && !lex.names.has(given.toLowerCase());
}


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
      if (!/,|\s(?:the|of|and|a|an|to|in|on|with|for|at|by|from|as|its|their|his|her)$/i.test(raw.slice(line.start, line.end))) {
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
        if (DASH_LINE.test(text)) info.dash = true;
      }
    }
    return info;
  });
  // A Latin line that ends in a family name whose given name opens the next line (Guangdong Vice-Governor Luo /
  // Xiaoqing presided …, Secretary for Health Pang / Yiu-cheong …) is running text: headlines are not cut in a name.
  for (let k = 0; k + 1 < infos.length; k++) {
    const cur = infos[k]!;
    const next = infos[k + 1]!;
    if (cur.kind === 'headlike' && cur.latin && next.kind !== 'blank' && nameAcrossLines(raw, cur.line, next.line)) {
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
    // (The post may itself be cut by the line break above: 民政 / 事务专员周.)
    let post = false;
    for (let p = Math.max(start, end - sl - 6); p <= end - sl - 2 && !post; p++) post = lexicons().posts.longestAt(raw, p, end - sl)?.[0] === end - sl;
    if (!post && !/(?:专员|主席|局长|署长|处长|司长|议员|会长|主任|总裁|经理)$/.test(raw.slice(start, end - sl))) continue;
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
    if (above.kind !== 'headlike' || below.kind !== 'headlike' || infos[k + 2]!.kind !== 'blank' || !lowerHeadLine(raw, cur)) continue;
    const top = above.continuation ? infos[k - 2] : above;
    // (The block opens the page or follows a blank line.)
    const over = infos[above.continuation ? k - 3 : k - 2];
    if (!top || top.kind !== 'headlike' || (over && over.kind !== 'blank')) continue;
    cur.kind = 'headlike';
    cur.continuation = true;
    below.continuation = true; // (the headline ends with the line under it, before the blank line)
  }
  markEnglishBylines(raw, infos);
  // Zhejiang honors top scientists, / innovative firms: a headline's first line may end in a comma, between a blank
  // line and a short closed last line with a blank line after it.
  for (let k = 1; k + 2 < infos.length; k++) {
    const cur = infos[k]!;
    const next = infos[k + 1]!;
    if (cur.kind !== 'body' || infos[k - 1]!.kind !== 'blank' || (next.kind !== 'headlike' && next.kind !== 'body') || next.byline || infos[k + 2]!.kind !== 'blank') continue;
    const text = raw.slice(cur.line.start, cur.line.end);
    if (text.length > 45 || next.line.end - next.line.start > 45 || !/^[A-Z][^.;:!?]*,$/.test(text) || !isLatinLine(raw, cur.line) || !isLatinLine(raw, next.line) || !next.closedPhrase || next.article || / (?:the|a|an) /i.test(text)) continue;
    cur.kind = 'headlike';
    cur.latin = true;
    next.kind = 'headlike';
    next.latin = true;
    next.continuation = true;
  }
  markEnglishCredits(raw, infos);
  markClosingCredits(raw, infos);
  markChineseCaptions(raw, infos);
  return infos;
}
