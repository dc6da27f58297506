/**
 * Credits that close a story on a line of their own, after its last sentence: 记者：某某 (am730), "Fang Lijun in
 * Hangzhou contributed to this story." (China Daily, possibly over two lines), "— Translated by Daniel Ashford"
 * (Taipei Times), "Xinhua contributed to this story." and "— Xinhua" (an agency, naming no one). Each becomes the
 * story's closing byline, so the story ends there.
 *
 * @module
 */
import type { Span } from '../../types.js';
import { lineAbove } from './neighbours.js';
import type { LineInfo } from './classify.js';
import { AGENCY_PATTERN } from './agencies.js';

/** A reporter's credit with a colon: 记者：某某, 撰文：某某、某某, 文、图：某某 (after a sentence's end); a photographer
 * credited after it (文：某某　图：某某, 撰文：某某　摄影：某某) is no reporter. */
const CN_CREDIT_LINE = /^(?:本报)?(?:记者|撰文|采访|文字|文[、／/]图|文)\s{0,2}[：:]\s{0,2}([\u4e00-\u9fff·]{2,4}(?:[、，\s]{1,2}[\u4e00-\u9fff·]{2,4}){0,3}?)(?:\s{1,3}(?:图|摄影|摄)\s{0,2}[：:]\s{0,2}[\u4e00-\u9fff·]{2,4}(?:[、，\s]{1,2}[\u4e00-\u9fff·]{2,4}){0,3})?$/;

/** A translator or an editor credited: — Translated by Daniel Ashford. */
const TRANSLATED = /^(?:—|–|--?)\s?(?:Translated|Compiled|Edited) by ([A-Z][a-z]{1,15}(?:[ -][A-Z][A-Za-z]{1,15}){1,2})$/;

/** A reporter named in a closing credit (Fang Lijun or FANG LIJUN, as group), with the place filed from (in Hangzhou). */
const CREDIT_NAME = String.raw`([A-Z][a-z]{1,12}(?: [A-Z][a-z-]{1,14}){1,2}|[A-Z]{2,12}(?: [A-Z-]{2,14}){1,2})(?: in [A-Z][a-z]{2,15}(?: [A-Z][a-z]{2,15})?)?`;
/** A reporter credited at the end: Fang Lijun (or FANG LIJUN) in Hangzhou contributed to (this) (story.). */
const CONTRIBUTED = new RegExp(String.raw`^${CREDIT_NAME} contributed to( this)?( story\.)?$`);
/** Two reporters credited at the end, each with a place (Chen Siyu in Haikou and Wang Yue in Harbin contributed to
 * this story.), read where the credit's last words run on to the next line too. */
const CONTRIBUTED_TWO = new RegExp(String.raw`^${CREDIT_NAME},? and ${CREDIT_NAME} contributed to this story\.$`);

/** An agency credited at the end, naming no reporter: "Xinhua contributed to this story.", "— Xinhua". */
const AGENCY = `(?:${AGENCY_PATTERN})`;
const AGENCY_CREDIT = new RegExp(String.raw`^(?:(?:—|–|--?)\s?${AGENCY}|${AGENCY}(?: and ${AGENCY})? contributed to this (?:story|report)\.)$`);

/**
 * Marks the lines that hold a closing credit as body lines with a byline (a second line the credit runs on to
 * becomes part of it).
 *
 * @example
 * ```ts
 * markClosingCredits(raw, infos); // '记者：何颖诗' after a sentence's end: a byline naming 何颖诗
 * ```
 */
export function markClosingCredits(raw: string, infos: LineInfo[]): void {
  for (let k = 1; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || cur.kind === 'dateline' || cur.byline) continue;
    const { start, end } = cur.line;
    if (end - start > 80) continue;
    const text = raw.slice(start, end);
    const names: string[] = [];
    const nameSpans: Span[] = [];
    let to = end;
    // (A blank line may stand between the last sentence and the credit.)
    const above = lineAbove(infos, k)!;
    const cn = above.endsSentence && (above.kind === 'body' || above.kind === 'dateline') ? CN_CREDIT_LINE.exec(text) : null;
    // (An agency's credit names no one: the story ends there, its byline empty. China News Service contributed …
    // has the shape of a reporter's credit, so the agency is tried first.)
    const agency = cn || !above.endsSentence ? null : AGENCY_CREDIT.exec(text);
    const contributed = cn || agency ? null : CONTRIBUTED.exec(text);
    // (Two reporters, the credit on one line or running on to "contributed to this story." on the next.)
    const nextLine = infos[k + 1] && infos[k + 1]!.kind !== 'blank' ? raw.slice(infos[k + 1]!.line.start, infos[k + 1]!.line.end) : '';
    const two = cn || agency || contributed ? null : CONTRIBUTED_TWO.exec(text) ?? (/^contributed to this story\.$/.test(nextLine) ? CONTRIBUTED_TWO.exec(`${text} ${nextLine}`) : null);
    const translated = cn || contributed || agency || two ? null : TRANSLATED.exec(text);
    if (two) {
      let from = 0;
      for (const n of [two[1]!, two[2]!]) {
        // (The second name searched after the first: Wang Yue after Wang Yuehua.)
        const at = text.indexOf(n, from);
        if (at < 0) continue;
        from = at + n.length;
        names.push(n);
        nameSpans.push({ start: start + at, end: start + at + n.length });
      }
      if (two[0].length > text.length) {
        to = infos[k + 1]!.line.end;
        infos[k + 1]!.kind = 'blank'; // inside the credit
      }
    } else if (cn) {
      const at = start + cn[0].indexOf(cn[1]!);
      for (const n of cn[1]!.matchAll(/[\u4e00-\u9fff·]{2,4}/g)) {
        names.push(n[0]);
        nameSpans.push({ start: at + n.index!, end: at + n.index! + n[0].length });
      }
    } else if (contributed) {
      const next = infos[k + 1];
      // (The line may break before "this story." or before "story.".)
      if (!contributed[3]) {
        if (!next || !(contributed[2] ? /^story\.$/ : /^this story\.$/).test(raw.slice(next.line.start, next.line.end))) continue;
        to = next.line.end;
        next.kind = 'blank'; // inside the credit
      }
      names.push(contributed[1]!);
      nameSpans.push({ start, end: start + contributed[1]!.length });
    } else if (translated) {
      names.push(translated[1]!);
      nameSpans.push({ start: end - translated[1]!.length, end });
    } else if (!agency) continue;
    cur.kind = 'body';
    cur.byline = { start, end: to, names, nameSpans };
  }
}
