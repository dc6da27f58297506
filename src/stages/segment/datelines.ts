/**
 * Datelines that open a story and the reporter credits attached to them: 本报讯（记者 王某）, 新华社北京6月29日电（记者
 * 某某）, 记者某某报道：, 〔記者某某／台北報導〕, a credit whose names break across a line.
 *
 * @module
 */
import { isCoreHan } from '../../text/chars.js';
import type { Line } from '../normalize/lines.js';
import { isPlaceName, parseBylineNames, type BylineMatch } from './bylines.js';
import { DATELINE_RULES, type DatelineRule } from './rules.js';

/** A dateline at the start of a line. */
export interface DatelineHit {
  rule: DatelineRule;
  /** Raw offsets of the dateline text. */
  start: number;
  end: number;
  /** A reporter credit in brackets right after it (本报讯（记者 王某）), or names inside the dateline itself. */
  credit?: BylineMatch;
}

/**
 * The dateline that opens a line, if any: a rule of `DATELINE_RULES` (本报讯, 新华社北京6月29日电, 〔記者某某／台北報導〕, …)
 * and the reporter credit that goes with it, in brackets after it or inside it.
 *
 * @param folded - `raw` with full-width forms folded to ASCII, the same length.
 * @param surnameAt - the length of a family name starting at an offset, or 0.
 */
export function datelineAt(raw: string, folded: string, line: Line, surnameAt: (s: string, i: number) => number): DatelineHit | undefined {
  let head = folded.slice(line.start, Math.min(line.end, line.start + 64));
  // 〔記者某某／嘉義報導 / 〕上月底…: a bracketed credit whose closing bracket the column break pushes to the next line
  // reads as if closed on its own line; the dateline then ends after that bracket.
  const close = /^\r?\n[〕】］]/.exec(raw.slice(line.end, line.end + 3));
  const closed = close ? head + raw[line.end + close[0].length - 1] : '';
  const cut = close && BRACKETED_REPORTER.re.exec(closed)?.[0].length === closed.length ? close : null;
  if (cut) head = closed;
  for (const rule of DATELINE_RULES) {
    const m = rule.re.exec(head);
    if (!m) continue;
    // (江門2日｜: only a place the gazetteer knows files a story; 長假首3日｜ opens a headline.)
    if (rule.placeFirst && !isPlaceName(m[1]!)) continue;
    const start = line.start;
    const end = cut && m[0].length === head.length ? line.end + cut[0].length : start + m[0].length;
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
    if (rule.id === 'dateline.bracketed-paper-credit') {
      const hit = paperCreditInside(raw, folded, line, end, surnameAt);
      if (!hit) continue;
      return { rule, start, end: hit.end, credit: { start, end: hit.end, names: hit.names, nameSpans: hit.nameSpans, inside: true } };
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
    if (rule.id === 'dateline.writer-credit-line') {
      // 撰文：记者 某某　摄影：某某: the writers between the colon (and 记者) and the photographer's label.
      const from = start + WRITER_LABEL.exec(folded.slice(start, end))![0].length;
      const photo = PHOTO_LABEL.exec(folded.slice(from, end));
      const parsed = parseBylineNames(raw, from, photo ? from + photo.index : end, surnameAt);
      if (!parsed?.names.length) continue;
      return { rule, start, end, credit: { start, end, ...parsed } };
    }
    if (rule.id === 'dateline.paper-credit-line') {
      // ■某某报记者 某某: the names after 记者 (none: the paper's own credit); not the place reported from after them
      // (记者 某某 东莞报道).
      const at = folded.indexOf('记者', start) + 2;
      const place = placeReportedAt(folded, at, end);
      const to = place >= 0 ? place : end;
      const parsed = to - at >= 2 ? parseBylineNames(raw, at, to, surnameAt) : { names: [], nameSpans: [] };
      if (!parsed) continue;
      return { rule, start, end, credit: { start, end, ...parsed } };
    }
    if (rule.id === 'dateline.en-capitals-byline') {
      return { rule, start, end: line.end, credit: { start, end: line.end, names: [raw.slice(start, end)], nameSpans: [{ start, end }] } };
    }
    if (rule.namesReporters) {
      const label = rule.id === 'dateline.reporter-line' ? /^[^记]{2,3}\s{0,2}[/／|｜:：]\s{0,2}/.exec(head) : null; // 特稿/
      const from = start + (label ? label[0].length : 0);
      const inner = rule.id === 'dateline.reporter-credit' || rule.id === 'dateline.bracketed-credit' ? [start + 1, end - 1] : [from, namesEnd(folded, from, end)];
      // (（本报记者）: the paper's own credit, naming no one.)
      const parsed = rule.id === 'dateline.reporter-credit' && /^(?:本报)?记者$/.test(folded.slice(inner[0]!, inner[1]!)) ? { names: [], nameSpans: [] } : parseBylineNames(raw, inner[0]!, inner[1]!, surnameAt);
      if (!parsed) continue;
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
          // (… or the place reported from opens the next line: 大公报记者 某某 / 广州报道：.)
          const parsed = parseAcross(raw, k, to - m2[1]!.length, surnameAt, nameBreak(raw, line.end, next)) ?? creditWithPlace(raw, folded, k, to, surnameAt);
          if (parsed) credit = { start: k, end: to, ...parsed };
        } else {
          // 本報訊　記者　何某某 / 物流股…: the credit alone fills the rest of the line, the story starts on the next.
          const parsed = parseBylineNames(raw, k, line.end, surnameAt);
          if (parsed?.names.length) credit = { start: k, end: line.end, ...parsed };
        }
      }
    }
    return credit ? { rule, start, end, credit } : { rule, start, end };
  }
  return undefined;
}

/**
 * 【某报讯（记者 某某 深圳报道）】: the credit in round brackets from `k`, closed by the square bracket right after; it
 * may run over the line break (（记者 欧阳 / 颖彤）】), which then joins a name's halves. The place reported from before
 * 报道 is no name. Returns the end past 】 and the names, or undefined.
 */
function paperCreditInside(raw: string, folded: string, line: Line, k: number, surnameAt: (s: string, i: number) => number): { end: number; names: string[]; nameSpans: { start: number; end: number }[] } | undefined {
  let close = findClose(raw, k + 1, Math.min(line.end, k + 40));
  let join: { start: number; end: number } | undefined;
  if (close < 0) {
    const next = nextLineStart(raw, line.end);
    if (next - line.end > 2) return undefined;
    close = findClose(raw, next, Math.min(raw.length, next + 24));
    join = nameBreak(raw, line.end, next);
  }
  if (close < 0 || raw[close + 1] !== '】') return undefined;
  let to = close;
  const report = /(?:报道|报导)$/.exec(folded.slice(k + 1, close));
  if (report) {
    to = close - 2;
    // (The place reported from before 报道, set apart by a space or not: 某某 深圳报道, 某某深圳报道.)
    for (const len of [4, 3, 2]) {
      const place = folded.slice(to - len, to);
      if (/^[\u4e00-\u9fff]+$/.test(place) && isPlaceName(place) && (/\s/.test(folded[to - len - 1] ?? '') || parseAcross(raw, k + 1, to - len, surnameAt, join))) {
        to -= len;
        break;
      }
    }
  }
  const parsed = parseAcross(raw, k + 1, to, surnameAt, join);
  return parsed ? { end: close + 2, ...parsed } : undefined;
}

/** Where the names of a reporter's line (from its 记者 on) end: at the slash before the place filed from, or at 报道. */
function namesEnd(folded: string, start: number, end: number): number {
  // (Searched within the line only: a page of many such lines is read in linear time.)
  const line = folded.slice(start, end + 2);
  const slash = Math.max(line.lastIndexOf('／', end - start), line.lastIndexOf('/', end - start));
  if (slash > 0) return start + slash;
  const report = Math.max(line.lastIndexOf('报道', end - start), line.lastIndexOf('报导', end - start));
  if (report <= 0) return end;
  // (… or at the place set apart before 报道: 记者 某某 东莞报道.)
  const place = placeReportedAt(folded, start, start + report + 2);
  return place >= 0 ? place : start + report;
}

/**
 * Where the place a credit reports from, set apart by a space before 报道 that ends `folded[from, to)` (记者 某某
 * 东莞报道), begins its space: that index, or -1 where no place stands there.
 */
function placeReportedAt(folded: string, from: number, to: number): number {
  const m = PLACE_REPORTED.exec(folded.slice(from, to));
  return m && isPlaceName(m[1]!) ? from + m.index : -1;
}

/** Where the line after the one ending at `end` starts (past its line break). */
function nextLineStart(raw: string, end: number): number {
  let next = end;
  while (next < raw.length && (raw[next] === '\n' || raw[next] === '\r')) next++;
  return next;
}

/** The line break between `end` and `next` when it cuts a run of Han characters (a name: 岑 / 慧芝), else undefined. */
function nameBreak(raw: string, end: number, next: number): { start: number; end: number } | undefined {
  return isCoreHan(raw.charCodeAt(end - 1)) && isCoreHan(raw.charCodeAt(next)) ? { start: end, end: next } : undefined;
}

/** The rule of a bracketed reporter's credit (〔記者某某／嘉義報導〕), which a column break may cut before its bracket. */
const BRACKETED_REPORTER = DATELINE_RULES.find((r) => r.id === 'dateline.bracketed-reporter')!;

/** The names of a credit that runs across a line break: read with the break joining a name's halves, else without. */
function parseAcross(raw: string, from: number, to: number, surnameAt: (s: string, i: number) => number, join: { start: number; end: number } | undefined): ReturnType<typeof parseBylineNames> {
  return parseBylineNames(raw, from, to, surnameAt, join) ?? (join ? parseBylineNames(raw, from, to, surnameAt) : null);
}

/** The label of a writer's credit, up to the first name (撰文：记者 ). */
const WRITER_LABEL = /^(?:撰文|文字|采访|文(?:[、/／]图)?)\s{0,2}[：:／/]\s{0,2}(?:(?:本报)?记者\s{0,3})?/;
/** The photographer's label after the writers (　摄影：). */
const PHOTO_LABEL = /\s{1,3}(?:摄影|图|摄)\s{0,2}[：:／/]/;
/** The place a credit line reports from, set apart after the names, to the line's end (　东莞报道). */
const PLACE_REPORTED = /\s{1,3}([\u4e00-\u9fff]{2,8})(?:报道|报导)\s{0,3}$/;
/** A reporter credit after a dateline, without brackets, ending in 报道 and a colon (记者某某、某某报道：). */
// (… or the paper's own reporter: 【大公报讯】大公报记者 某某 / 广州报道：.)
const CREDIT_AFTER = /^(?:本报|[\u4e00-\u9fff]{1,4}报)?(?:特约|特派|见习|实习)?记者[^，。；：:！？（）()\n]{2,24}?报道([：:])/;
/** The start of such a credit that the line ends before its 报道 (记者某某、许浩). */
const CREDIT_OPEN = /^(?:本报|[\u4e00-\u9fff]{1,4}报)?(?:特约|特派|见习|实习)?记者[\u4e00-\u9fff、\s]{1,16}$/;

/**
 * 记者某某广州报道：: the reporter, then the place reported from, then 报道 — the names of a credit whose last token
 * ends in a place the gazetteer knows (checked for the last two to four characters).
 */
function creditWithPlace(raw: string, folded: string, from: number, to: number, surnameAt: (s: string, i: number) => number): { names: string[]; nameSpans: { start: number; end: number }[] } | null {
  // (Searched within the credit only: a page of many credits is read in linear time.)
  const rel = folded.slice(from, to).lastIndexOf('报道');
  if (rel <= 0) return null;
  const bao = from + rel;
  for (const len of [2, 3, 4]) {
    const place = folded.slice(bao - len, bao);
    if (!/^[\u4e00-\u9fff]+$/.test(place) || !isPlaceName(place)) continue;
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
