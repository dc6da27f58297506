/**
 * Where a name found by its head noun (有限公司, 局, 大学 …) begins: walking left from the head over name characters
 * until punctuation, another mention, or a word that never begins a name (的, 和, 联合, 签署 … from
 * data/boundary-words.tsv).
 *
 * @module
 */
import { lexicons } from '../../lexicon/index.js';
import type { Doc } from './doc.js';
import { placeAt, placeEndsAt } from './places.js';

/** Measure words that count bodies and facilities (一家公司, 11处中心, 两所学校, 一座中心), and people and teams (二百名关爱队队员, 一支队伍). */
const MEASURE = new Set([...'处座所家个间名支位']);
/** Words that end in a boundary character and stand inside names (共和 of 伊朗伊斯兰共和国通讯社). */
const INSIDE_NAME_WORDS = new Set(['共和']);
/** A digit or a numeral character. */
const NUMERAL = /[\d０-９一二两三四五六七八九十百千万几多]/;

/**
 * True when `t[from, end)` is one trade word of data/industry-words.tsv (物流, 研发).
 *
 * @example
 * ```ts
 * isTradeWord('物流中心', 0, 2); // true
 * ```
 */
export function isTradeWord(t: string, from: number, end: number): boolean {
  return lexicons().industry.endingAt(t, end, from).some(([st]) => st === from);
}

/**
 * True when a trade word (data/industry-words.tsv) or an organ's head (data/organ-suffixes.tsv) starts at `from` and
 * ends by `end`: 发展 in 建设发展中心, 部 in 城乡建设部政策研究中心.
 */
function tradeWordAt(t: string, from: number, end: number): boolean {
  const { organSuffixes } = lexicons();
  for (let e = from + 1; e <= Math.min(end, from + 6); e++) {
    if (isTradeWord(t, from, e) || organSuffixes.endingAt(t, e, from).some(([st]) => st === from)) return true;
  }
  return false;
}

/** The last index in [from, to) where a widely known body's name (国务院, 香港中文大学) ends, or -1. */
function knownEndWithin(t: string, from: number, to: number): number {
  const { known } = lexicons();
  for (let j = to - 1; j >= from; j--) {
    for (let x = Math.max(0, j - 16); x <= j - 2; x++) if (known.longestAt(t, x, j)?.[0] === j) return j;
  }
  return -1;
}

/**
 * The leftmost index a name ending at `end` may start at, scanning at most `max` characters.
 *
 * @param brackets - let the name include a bracketed insertion such as （中国） (company names).
 * @param digits - let the name include digits and Latin letters (company names: 第二建设, 3M).
 * @example
 * ```ts
 * leftEdge(doc, doc.text.indexOf('集团有限公司'), 24); // start of 某某 in '并为某某集团有限公司'
 * ```
 */
export function leftEdge(doc: Doc, end: number, max: number, brackets = false, digits = brackets): number {
  const lex = lexicons();
  const t = doc.text;
  let p = end; // the name is t[p, end)
  while (p > 0 && end - p < max) {
    const i = p - 1;
    if (doc.owner[i] !== -1) break;
    const c = t[i]!;
    if (brackets && (c === '）' || c === ')')) {
      const want = c === '）' ? '（' : '(';
      let open = -1;
      for (let k = i - 1; k >= 0 && i - k <= 6; k--) if (t[k] === want) { open = k; break; }
      if (open >= 0 && i - open <= 6 && i - open >= 2) {
        p = open;
        continue;
      }
      break;
    }
    if (!doc.isWordChar(i)) break;
    if (!digits && !doc.isHan(i)) break; // organization names hold no digits (新华社某地6月7日电国务院)
    // A boundary word ending here: the name starts after it.
    let stop = false;
    for (let len = 4; len >= 2 && !stop; len--) {
      // (Not a word that runs into a mention before: 学生 of 香港中文大学 + 生物医学学院.)
      if (i - len + 1 < 0 || !doc.isFree(i - len + 1, i + 1)) continue;
      const w = t.slice(i - len + 1, i + 1);
      // 联合 right before the head, after a name, is part of it (某某联合总商会, 某某联合会, 基督教联合医院); elsewhere a verb.
      const modifier = w === '联合' && /[会商协总医]/.test(t[end] ?? '') && (i + 1 === end || (t[i + 1] === '总' && i + 2 === end)) && i >= 2 && doc.isHan(i - 2) && !lex.boundary1.has(t[i - 2]!);
      // (Nor the first word of a widely known body the name grows from: 联合 of 联合国禁毒署.)
      const known = lex.known.longestAt(t, i - len + 1, end);
      if (known && known[0] > i + 1) continue;
      if (!modifier && (lex.boundaryMulti.has(w) || (lex.verbs.has(w) && !lex.industry.endingAt(t, i + 1, i - len + 1).length))) stop = true;
      // 建设 is a trade (城乡建设局, 建设银行) right before the head or before another trade word (建设发展中心), but
      // the verb before a name of its own (在某地建设第二研发中心, 高水平建设某某实验室).
      if (w === '建设' && end - (i + 1) >= 2 && !tradeWordAt(t, i + 1, end)) stop = true;
      const post = lex.posts.longestAt(t, i - len + 1, i + 1);
      // 书记 in 县委副书记某某带队 — but not 委员 in 委员会, nor a trade right before the head (律师事务所, 作家协会),
      // nor a kin term or a role in the news (游客 in 游客服务中心, 女儿 in 妇女儿童活动中心), nor 区长 of 东区长者.
      if (post && post[0] === i + 1 && i + 1 !== end && post[1].cls !== 'group' && post[1].cls !== 'relation' && t[i + 1] !== '会' && t[i + 1] !== '者') stop = true;
      // A word that runs out of a widely known body, found or not yet (学生 of 香港中文大学 + 生物医学学院): the
      // name starts where that body ends, a part of it named on its own.
      const after = stop ? knownEndWithin(t, i - len + 2, i + 1) : -1;
      if (after >= 0) return after;
    }
    if (stop) break;
    // A measure word after a number (11处公共托婴中心, 一座公共托育中心): the name starts after it.
    // (处 after a Chinese numeral is a division of a body, 十四局三处: only after digits does it count.)
    if (MEASURE.has(c) && i > 0 && (c === '处' ? /[\d０-９]/ : NUMERAL).test(t[i - 1]!)) break;
    // A one-character boundary word, unless it begins an ordinary word here (和平, 经济) — but not when a place
    // follows it (向北京) — or ends a place (成都).
    // (… nor ends a word inside a name: 和 of 共和国.)
    const word = lex.blockers.has(t.slice(i, i + 2)) && !placeAt(doc, i + 1, end)
      || (i > 0 && INSIDE_NAME_WORDS.has(t.slice(i - 1, i + 1)))
      || lex.industry.endingAt(t, i + 2, i).length > 0
      || lex.industry.endingAt(t, i + 1, Math.max(0, i - 4)).some(([st]) => st < i); // 光电: 电 ends a trade word
    // … nor one that begins a place inside the name (将军澳 in 将军澳医院: 将 is no future marker here; 以色列 in
    // 以色列工党: a name never starts inside a place).
    const opens = placeAt(doc, i, end);
    if (lex.boundary1.has(c) && !word && !placeEndsAt(doc, i + 1) && !(opens && opens.end > i + 1)) break;
    p = i;
  }
  return p;
}
