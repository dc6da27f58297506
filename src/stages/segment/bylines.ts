/**
 * Bylines: the parenthesised reporters' names that close an article (`（张某、李某）`, `（记者 王某 通讯员 李某）`), and
 * the reporter credits inside datelines. Only names are kept, in order.
 *
 * @module
 */
import { endsSentence, isHan, isSpace } from '../../text/chars.js';
import type { Span } from '../../types.js';
import { BYLINE_ROLE_WORDS } from './rules.js';
import { AGENCY_PATTERN } from './agencies.js';
import { getGazetteer } from '../../lexicon/gazetteer.js';
import { lexicons } from '../../lexicon/index.js';

/** A byline found in the input. */
export interface BylineMatch extends Span {
  /** Reporters' names in order. */
  names: string[];
  /** The names stand inside another part (a dateline): no byline part of its own. */
  inside?: boolean;
  /** Where each name stands in the input. */
  nameSpans: Span[];
}

const ROLES = [...BYLINE_ROLE_WORDS].sort((a, b) => b.length - a.length);
/**
 * True for a place the gazetteer or the generic list names (广州, 广州市, 高雄, 华盛顿): where a reporter files from,
 * not a reporter (记者 广州报道).
 */
export const isPlaceName = (s: string): boolean => getGazetteer().byName.has(s) || getGazetteer().byName.has(`${s}市`) || lexicons().world.has(s);
const SEPARATORS = new Set([...'、，,;；/／|｜：:'].map((c) => c.charCodeAt(0)));
/** Role words that credit a photograph: the names after them are no reporters. */
const PHOTO_ROLES = new Set(['摄影', '摄', '图', '供图']);
const MIDDLE_DOT = new Set([0xb7, 0x30fb, 0x2027, 0xff65, 0x2022]);

/**
 * Reads the names in `raw[start, end)` (the inside of a byline's brackets), dropping role words such as 记者 and
 * 通讯员. Returns null when any token is not a plausible name: a byline must be names and role words only.
 *
 * @param surnameAt - length of the surname starting at an index of a string (0 when none); required of every name when
 *   no role word is present.
 * @example
 * ```ts
 * parseBylineNames('（记者 王某某 通讯员 李某）', 1, 14, surnameAt)?.names; // ['王某某', '李某']
 * ```
 */
export function parseBylineNames(
  raw: string,
  start: number,
  end: number,
  surnameAt: (s: string, i: number) => number,
  joinAt?: Span,
): { names: string[]; nameSpans: Span[] } | null {
  const names: string[] = [];
  const nameSpans: Span[] = [];
  let sawRole = false;
  let paperCredit = false;
  const tokens: Span[] = [];
  let i = start;
  // A line break the byline runs across (梁 / 浩然）) joins the halves of a name.
  const joined = (k: number): boolean => joinAt !== undefined && k >= joinAt.start && k < joinAt.end;
  while (i < end) {
    while (i < end && (isSpace(raw.charCodeAt(i)) || SEPARATORS.has(raw.charCodeAt(i)))) i++;
    let j = i;
    while (j < end && (joined(j) || (!isSpace(raw.charCodeAt(j)) && !SEPARATORS.has(raw.charCodeAt(j))))) j++;
    if (j > i) tokens.push({ start: i, end: j });
    i = j;
  }
  // (The token before was role words alone: 记者 | 某某报道.)
  let roleOnly = false;
  // (After 摄影 or 图 the names are photographers', no reporters': 记者 甲 摄影 乙.)
  let photo = false;
  for (const t of tokens) {
    let s = t.start;
    let roleHere = false;
    // Strip role words at the front, repeatedly (本报记者王某 → 王某); a token that is only role words is dropped.
    // (A role word the line breaks, 记 / 者某某, is read across the break.)
    const clean = (a: number, b: number): string => {
      let x = '';
      for (let k = a; k < b; k++) if (!joined(k)) x += raw[k];
      return x;
    };
    const skip = (a: number, n: number): number => {
      let k = a;
      for (let left = n; k < t.end && left > 0; k++) if (!joined(k)) left--;
      while (k < t.end && joined(k)) k++;
      return k;
    };
    // (A paper's name before its reporter's role, glued to the name: 〔信报记者某某〕.)
    const paper = joinAt ? null : PAPER_REPORTER.exec(raw.slice(s, Math.min(t.end, s + 12)));
    if (paper && s + paper[0].length < t.end) {
      s += paper[0].length;
      sawRole = true;
      roleHere = true;
    }
    for (let stripped = true; stripped && s < t.end; ) {
      stripped = false;
      const here = joinAt && s < joinAt.end && t.end > joinAt.start ? clean(s, t.end) : undefined;
      for (const r of ROLES) {
        if (here !== undefined ? here.startsWith(r) && (here.length === r.length || r.length >= 2) : raw.startsWith(r, s) && (s + r.length === t.end || r.length >= 2)) {
          s = here !== undefined ? skip(s, r.length) : s + r.length;
          // (摄影记者 stays a photographer; 文/图 credits one who writes.)
          if (PHOTO_ROLES.has(r)) photo = true;
          else if (!(photo && roleHere)) photo = false;
          sawRole = true;
          roleHere = true;
          stripped = true;
          break;
        }
      }
    }
    const afterRole = roleOnly;
    roleOnly = s >= t.end;
    if (s >= t.end) continue;
    // A place of reporting, not a name (某地报道, 某地报导).
    // …but a name glued to 报道 after a role word (in the same token, in the token before it, 记者 某某报道, or before
    // it in a 、-list: 记者甲、乙报道) is the reporter (after a slash it is the place: 记者甲／高雄报导).
    // (报道 the line breaks, 某某报 / 道, is read across the break.)
    const whole = clean(s, t.end);
    // (… and so is a name alone before 报道, the only token of its brackets, with no role word: （某某报道）.)
    // (… not an agency's: （彭博報道）, （路透報道）.)
    const alone = tokens.length === 1 && !sawRole && !isPlaceName(whole.slice(0, -2)) && !/[报報社台网網]..$/.test(whole) && !AGENCY_SHORT.test(whole);
    const glued = (roleHere || alone || (afterRole && !isPlaceName(whole.slice(0, -2))) || (sawRole && raw[t.start - 1] === '、')) && /(?:报道|报导)$/.test(whole) && whole.length - 2 >= 2 && whole.length - 2 <= 4 && surnameAt(raw, s) > 0;
    if (!glued && /(?:报道|报导|电)$/.test(whole)) { sawRole = true; continue; }
    // (A name glued to a 报道 the line breaks ends at its 报.)
    let e = glued && !/(?:报道|报导)$/.test(raw.slice(s, t.end)) ? raw.lastIndexOf('报', t.end - 1) : t.end;
    let roleAfter = false;
    for (const r of ROLES) if (r.length >= 2 && e - r.length > s && raw.endsWith(r, e)) { e -= r.length; sawRole = true; roleAfter = true; break; }
    // （明报记者）, （新华社记者）: the paper's own credit, naming no one.
    if (roleAfter && e - s >= 2 && e - s <= 6 && /(?:报|報|社|台|网|網)$/.test(raw.slice(s, e))) { paperCredit = true; continue; }
    const len = e - s;
    let dots = 0;
    let ok = len >= 2 && len <= 10;
    for (let k = s; ok && k < e; k++) {
      const c = raw.charCodeAt(k);
      if (joined(k)) continue;
      if (MIDDLE_DOT.has(c)) dots++;
      else if (!isHan(c)) ok = false;
    }
    const brk = joinAt && s < joinAt.start && joinAt.end < e ? joinAt.end - joinAt.start : 0;
    // 东方日报记者 甲及乙: two names 及 (or 和) joins, each from a surname.
    const pair = ok && !brk && dots === 0 && len >= 5 && len <= 9 ? pairAt(raw, s, e, surnameAt) : -1;
    if (pair > 0) {
      if (photo) continue;
      names.push(raw.slice(s, pair), raw.slice(pair + 1, e));
      nameSpans.push({ start: s, end: pair }, { start: pair + 1, end: e });
      continue;
    }
    if (!ok || (dots === 0 && len - brk > 4)) return null;
    if (photo) continue;
    names.push(brk ? raw.slice(s, joinAt!.start) + raw.slice(joinAt!.end, e) : raw.slice(s, e));
    nameSpans.push({ start: s, end: e });
  }
  if (!names.length) return paperCredit && tokens.length === 1 ? { names, nameSpans } : null;
  if (!sawRole) {
    for (const sp of nameSpans) {
      const n = surnameAt(raw, sp.start);
      if (n === 0 || sp.end - sp.start - n < 1) return null;
    }
  }
  return { names, nameSpans };
}

/** The short names of news agencies, which report as a paper's reporter does (彭博報道, 路透報道). */
const AGENCY_SHORT = /^(?:彭博|路透|美联|美聯|法新|共同|韩联|韓聯|塔斯|德新|安莎|埃菲|新华|新華|中新|中通|中央|综合|綜合|外电|外電)/;

/** A paper's name and its reporter's role at the front of a byline's token (信报记者, 某某日报特派记者). */
const PAPER_REPORTER = /^[\u4e00-\u9fff]{1,6}?报(?:特约|特派|见习|实习)?记者/;

/** Where 及 or 和 parts two names of two to four characters in `[s, e)`, each opening with a surname, or -1. */
function pairAt(raw: string, s: number, e: number, surnameAt: (s: string, i: number) => number): number {
  for (let k = s + 2; k <= s + 4 && k < e; k++) {
    if ((raw[k] === '及' || raw[k] === '和') && e - k - 1 >= 2 && e - k - 1 <= 4 && surnameAt(raw, s) > 0 && surnameAt(raw, k + 1) > 0) return k;
  }
  return -1;
}

/**
 * A byline that a column break cuts (（记者：黄某、梁 / 浩然）): a short line closing a bracket opened at the end of
 * the line before, right after a sentence end there.
 */
function bylineAcrossLines(raw: string, lineStart: number, lineEnd: number, surnameAt: (s: string, i: number) => number): BylineMatch | null {
  if (lineEnd - lineStart > 18 || lineStart < 2) return null;
  let nl = lineStart;
  // (The line may open with spaces: （记者 / 　某某）.)
  while (nl > 0 && raw[nl - 1] !== '\n' && isSpace(raw.charCodeAt(nl - 1))) nl--;
  const indent = lineStart - nl;
  while (nl > 0 && (raw[nl - 1] === '\n' || raw[nl - 1] === '\r')) nl--;
  if (nl === lineStart - indent || lineStart - indent - nl > 2) return null; // a blank line between: no byline runs across it
  let prevStart = nl;
  while (prevStart > 0 && raw[prevStart - 1] !== '\n') prevStart--;
  let open = -1;
  for (let i = nl - 1; i >= prevStart && i >= nl - 24; i--) {
    const c = raw.charCodeAt(i);
    if (CLOSE.has(c)) return null;
    if (OPEN.has(c)) { open = i; break; }
  }
  if (open < 0) return null;
  let before = open;
  while (before > prevStart && isSpace(raw.charCodeAt(before - 1))) before--;
  if (before > prevStart && !endsSentence(raw, prevStart, before)) return null;
  const parsed = parseBylineNames(raw, open + 1, lineEnd - 1, surnameAt, { start: nl, end: lineStart });
  return parsed ? { start: open, end: lineEnd, ...parsed } : null;
}

// (… and tortoise-shell brackets, as some Hong Kong papers close a story: 〔信報記者某某〕.)
const OPEN = new Set([0xff08, 0x28, 0x3014]);
const CLOSE = new Set([0xff09, 0x29, 0x3015]);

/**
 * Finds a byline closing the line `[lineStart, lineEnd)`: a bracketed list of names that is the last thing on the line
 * and stands alone or right after a sentence end.
 *
 * @example
 * ```ts
 * const raw = '营造安全环境。 （张某、李某）';
 * bylineAtLineEnd(raw, 0, raw.length, surnameAt)?.names; // ['张某', '李某']
 * ```
 */
export function bylineAtLineEnd(
  raw: string,
  lineStart: number,
  lineEnd: number,
  surnameAt: (s: string, i: number) => number,
): BylineMatch | null {
  if (lineEnd - lineStart < 2 || !CLOSE.has(raw.charCodeAt(lineEnd - 1))) return null;
  let open = -1;
  for (let i = lineEnd - 2; i >= lineStart && i >= lineEnd - 64; i--) {
    const c = raw.charCodeAt(i);
    if (CLOSE.has(c)) return null;
    if (OPEN.has(c)) { open = i; break; }
  }
  if (open < 0) return bylineAcrossLines(raw, lineStart, lineEnd, surnameAt);
  if (lineEnd - lineStart < 4) return null;
  let before = open;
  while (before > lineStart && isSpace(raw.charCodeAt(before - 1))) before--;
  if (before > lineStart && !endsSentence(raw, lineStart, before)) return null;
  const parsed = parseBylineNames(raw, open + 1, lineEnd - 1, surnameAt) ?? parseLatinCredit(raw, open + 1, lineEnd - 1);
  return parsed ? { start: open, end: lineEnd, ...parsed } : null;
}

/** An agency or paper credited in brackets at the end of an English story: (Xinhua), (China Daily). */
const LATIN_AGENCY = new RegExp(`^(?:${AGENCY_PATTERN}|[A-Z]{2,4}-Agencies)$`); // SD-Agencies: a paper's own pool
/** One reporter's name in Latin letters: two or three capitalized words (Yao Renjie, Chan Ka-fai). */
const LATIN_NAME = /^[A-Z][a-z']{1,14}(?:[ -][A-Z][a-z']{1,14}){1,2}$/;

/**
 * The credit in brackets closing an English story: an agency, naming no one, or reporters' names joined by commas
 * and "and". Null when the brackets hold anything else.
 *
 * @example
 * ```ts
 * parseLatinCredit('said. (Ma Lin and Sun Qi)', 7, 24)?.names; // ['Ma Lin', 'Sun Qi']
 * ```
 */
export function parseLatinCredit(raw: string, start: number, end: number): { names: string[]; nameSpans: Span[] } | null {
  if (end - start > 60) return null;
  const inner = raw.slice(start, end);
  if (LATIN_AGENCY.test(inner)) return { names: [], nameSpans: [] };
  const names: string[] = [];
  const nameSpans: Span[] = [];
  const re = /,\s|\sand\s|$/g;
  let from = 0;
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    const name = inner.slice(from, m.index);
    if (!LATIN_NAME.test(name)) return null;
    names.push(name);
    nameSpans.push({ start: start + from, end: start + m.index });
    if (m.index >= inner.length) break;
    from = m.index + m[0].length;
  }
  return names.length ? { names, nameSpans } : null;
}
