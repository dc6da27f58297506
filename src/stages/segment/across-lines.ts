/**
 * Latin lines cut inside a name by the column: a family name and its given name (Vice-Governor Luo / Xiaoqing), a
 * title and its holder (Undersecretary for Housing / Felix Chow Tak-ming said), a company and its legal form
 * (Nanning Jinqiao International / Logistics Co Ltd agreed). Such a line is running text, never a headline: headlines
 * are not cut there.
 *
 * @module
 */
import { isCantoneseSyllable, isPinyin, lexicon } from '../../en/lex.js';
import type { Line } from '../normalize/lines.js';
import type { LineInfo } from './classify.js';

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


/** A company's name going on from the line above to its legal form (… International / Logistics Co Ltd agreed …). */
const COMPANY_TAIL = /^(?:[A-Z][A-Za-z&-]{1,20} ){0,2}(?:Co\.?,? Ltd\.?|Co\.?|Ltd\.?|Limited|Corp\.?|Corporation|Inc\.?|Holdings|Group)(?![A-Za-z])/;

/**
 * True when a Latin line ends in a word and the next opens with the rest of a company's name, its legal form within
 * three words, not with a place that would open a name of its own (… chipmaker wins top provincial prize / Shenzhen
 * Lianxin Technology Co Ltd is a headline over its story).
 */
export function companyAcrossLines(raw: string, cur: LineInfo, next: LineInfo): boolean {
  if (!cur.endsInWord) return false;
  const text = raw.slice(next.line.start, next.line.end);
  if (!COMPANY_TAIL.test(text)) return false;
  const first = /^[A-Za-z&-]+/.exec(text)![0].toLowerCase();
  return !lexicon().names.has(first);
}

/** A full name and a verb of speech opening a line (Felix Chow Tak-ming said …). */
const NAME_SAID = /^((?:[A-Z][a-z]{1,11} ){1,2}[A-Z][a-z]{1,11}(?:-[a-z]{2,6})?) (?:said|says|told|added|noted|stressed|explained|insisted|argued|warned)\b/;

/**
 * True when `line` ends in a capitalized word and `next` opens with a Chinese full name (a pinyin family name or a
 * hyphenated Cantonese given name in it) and a verb of speech: a title cut by the column (Undersecretary for Housing / Felix Chow Tak-ming said …),
 * running text under a paragraph break, not a headline over it.
 *
 * @example
 * ```ts
 * titleAcrossLines('Undersecretary for Housing\nFelix Chow said', { start: 0, end: 26 }, { start: 27, end: 42 }); // true
 * ```
 */
export function titleAcrossLines(raw: string, line: Pick<Line, 'start' | 'end'>, next: Pick<Line, 'start' | 'end'>): boolean {
  if (!LAST_WORD.test(raw.slice(Math.max(line.start, line.end - 8), line.end))) return false;
  const m = NAME_SAID.exec(raw.slice(next.start, Math.min(next.end, next.start + 48)));
  if (!m) return false;
  const lex = lexicon();
  // Felix Chow Tak-ming (a hyphenated Cantonese given name), Zhang Wei (a pinyin family name).
  return m[1]!.split(' ').some((w) => CANTONESE_GIVEN.test(w) || lex.surnames.has(w.toLowerCase()));
}
