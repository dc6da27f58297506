/**
 * The credits of English stories, each on a line of its own: a reporter's name in capitals closing a story, the rest
 * of a byline on the next line (in Hangzhou), an agency alone (Xinhua), a photo's credit and its caption, a name over
 * an e-mail address spelled from it, a name alone under a headline (with Reporter under it), Staff Reporter, and the
 * writer's contact address. Each becomes a dateline, a byline or caption furniture, so that stories open and close
 * where their credits say.
 *
 * @module
 */
import { markCaption } from './captions.js';
import { lineAbove, nonBlankAfter } from './neighbours.js';
import type { LineInfo } from './classify.js';
import { DATELINE_RULES } from './rules.js';
import { AGENCY_PATTERN, isAgency } from './agencies.js';

/**
 * The credits that open or close a story right at its ends: a name in capitals, an agency, a byline's place line, a
 * photo credit under a short paragraph.
 *
 * @example
 * ```ts
 * markEnglishBylines(raw, infos); // 'HE QINGYU' alone after a sentence's end: the story's byline
 * ```
 */
export function markEnglishBylines(raw: string, infos: LineInfo[]): void {
  // A reporter's name in capitals alone on the last line of an English story (HE QINGYU), after a sentence end.
  for (let k = 1; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || cur.kind === 'dateline' || cur.kind === 'furniture' || cur.byline) continue;
    const { start, end } = cur.line;
    // … with the place it was filed from (HUANG YIMIN in Guangzhou): the name is the byline.
    const place = / in [A-Z][a-z]{2,15}(?: [A-Z][a-z]{2,15})?$/.exec(raw.slice(start, end));
    const nameEnd = place ? end - place[0].length : end;
    // (… or an agency alone after a blank line, XINHUA: right under a sentence, it is read with the captions below.)
    const names = raw.slice(start, nameEnd);
    const agency = isAgency(names);
    if (end - start > 48 || nameEnd - start > 30 || !(/^[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,2}$/.test(names) || (agency && infos[k - 1]!.kind === 'blank'))) continue;
    let p = k - 1;
    while (p > 0 && infos[p]!.kind === 'blank') p--;
    const next = infos[k + 1];
    if (!infos[p]!.endsSentence || infos[p]!.kind === 'headlike' || (next && next.kind !== 'blank')) continue;
    cur.kind = 'body';
    // (A paper or agency in capitals, CHINA DAILY, credits the story but names no one.)
    cur.byline = agency ? { start, end, names: [], nameSpans: [] } : { start, end, names: [names], nameSpans: [{ start, end: nameEnd }] };
  }
  // By ZHANG SAN and LI SI / in Hangzhou: the place of an English byline cut onto the next line is part of the credit.
  for (let k = 0; k + 1 < infos.length; k++) {
    const cur = infos[k]!;
    const next = infos[k + 1]!;
    if (cur.kind !== 'dateline' || cur.dateline!.rule.id !== 'dateline.en-byline' || next.kind === 'blank') continue;
    const nl = next.line;
    // By SUN LI in Nanjing and / HE MING in Beijing: a second reporter after an "and" that ends the line.
    const second = /\b(?:and|,)$/.test(raw.slice(cur.line.start, cur.line.end)) ? SECOND_REPORTER_LINE.exec(raw.slice(nl.start, nl.end)) : null;
    if (second && cur.dateline!.credit) {
      const dl = cur.dateline!;
      dl.end = nl.end;
      dl.credit!.end = nl.end;
      dl.credit!.names.push(second[1]!);
      dl.credit!.nameSpans.push({ start: nl.start, end: nl.start + second[1]!.length });
      next.kind = 'blank'; // inside the credit
      continue;
    }
    // (… / Staff reporter, / with Reuters: the agency the reporter wrote with.)
    const withAgency = /,$/.test(raw.slice(cur.line.start, cur.line.end)) && /^with (?:[A-Z][A-Za-z]{1,15}|AP|AFP)(?: and [A-Z][A-Za-z]{1,15})?$/.test(raw.slice(nl.start, nl.end));
    if (nl.end - nl.start > 60 || !(withAgency || BYLINE_PLACE_LINE.test(raw.slice(nl.start, nl.end)) || BYLINE_DATE_LINE.test(raw.slice(nl.start, nl.end)))) continue;
    const dl = cur.dateline!;
    dl.end = nl.end;
    if (dl.credit) dl.credit.end = nl.end;
    next.kind = 'blank'; // inside the credit
  }
  // Photo: Cui Meng/GT under a short paragraph after a blank line: a photo caption and its credit, no story's text.
  for (let k = 1; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || cur.kind === 'dateline' || !PHOTO_CREDIT.test(raw.slice(cur.line.start, cur.line.end))) continue;
    let p = k - 1;
    while (p >= 0 && k - p <= 5 && infos[p]!.kind !== 'blank') p--;
    // (Only a caption that ends a sentence, standing alone between blank lines.)
    // (A credit the column cuts runs on over a short line in lower case: Photo: courtesy of the Songyang county /
    // government.)
    const end = infos[k + 1] && infos[k + 1]!.kind !== 'blank' && CREDIT_TAIL.test(raw.slice(infos[k + 1]!.line.start, infos[k + 1]!.line.end)) && (!infos[k + 2] || infos[k + 2]!.kind === 'blank') ? k + 1 : k;
    if (p < 0 || infos[p]!.kind !== 'blank' || p === k - 1 || !infos[k - 1]!.endsSentence || (infos[end + 1] && infos[end + 1]!.kind !== 'blank')) continue;
    markCaption(infos, p + 1, end);
  }
  // Xinhua, Global Times: an agency or paper alone on the line after a sentence's end closes the story (its credit).
  for (let k = 1; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || cur.kind === 'dateline' || cur.byline) continue;
    const { start, end } = cur.line;
    if (end - start > 24 || !isAgency(raw.slice(start, end))) continue;
    if (!infos[k - 1]!.endsSentence || infos[k - 1]!.kind === 'blank') continue;
    // (… but a short paragraph printed inside a story, whose sentence goes on in lower case after it, is a photo's
    // caption with its credit: … renovated / / Farmers transplant rice … on Wednesday. / XINHUA / / with support …)
    let top = k - 1;
    while (top > 0 && k - top < 5 && infos[top - 1]!.kind !== 'blank') top--;
    const after = nonBlankAfter(infos, k);
    // (… or the story goes on with a paragraph of running text under a caption of one sentence on one or two lines:
    // Shoppers at the … Free City on Wednesday. / XINHUA / / Vice-Governor Tan Yuqing visited … .)
    // (Its first three lines as wide as running text; the last may be short.)
    // (… the third may be the short last line of a paragraph: Xie Ming, who runs a noodle shop / across the road,
    // said he was woken by / "a bang like firecrackers".)
    const runsOn = (from: number): boolean => {
      let j = from;
      for (; j < from + 3; j++) {
        const x = infos[j];
        if (!x || x.kind === 'blank' || x.kind === 'dateline' || x.byline) break;
        if (x.line.end - x.line.start < RUNNING_LINE && !(j - from >= 2 && x.endsSentence && (!infos[j + 1] || infos[j + 1]!.kind === 'blank'))) return false;
      }
      return j === from + 3;
    };
    const oneSentence = k - top <= 2 && !/[.!?]["”]?\s+[A-Z]/.test(raw.slice(infos[top]!.line.start, infos[k - 1]!.line.end));
    const resumes = after > k + 1 && after < infos.length && (/^[a-z]/.test(raw[infos[after]!.line.start] ?? '') || (oneSentence && runsOn(after)));
    if (resumes && top > 0 && infos[top - 1]!.kind === 'blank' && k - top < 5) {
      markCaption(infos, top, k);
      continue;
    }
    cur.kind = 'body';
    cur.byline = { start, end, names: [], nameSpans: [] };
  }
}

/**
 * True when the line at `k` has the shape of an English byline under a headline: one read as a dateline already, a
 * name and the address spelled from it (on one line or two), or reporters' names alone with a blank line after.
 *
 * @example
 * ```ts
 * looksLikeCredit(raw, infos, k); // 'Zhou Wei zhouwei_sd@163.com'
 * ```
 */
export function looksLikeCredit(raw: string, infos: readonly LineInfo[], k: number): boolean {
  const x = infos[k];
  if (!x || x.kind === 'blank') return false;
  if (x.kind === 'dateline') return true;
  const text = raw.slice(x.line.start, x.line.end);
  const one = NAME_AND_EMAIL.exec(text);
  if (one) return spelledFrom(one[2]!, one[1]!);
  if (!NAMES_ALONE.test(text)) return false;
  const next = infos[k + 1];
  if (!next || next.kind === 'blank') return true;
  const email = EMAIL_ALONE.exec(raw.slice(next.line.start, next.line.end));
  return !!email && spelledFrom(email[1]!, text);
}

/**
 * The credits that stand under a headline or close a story over more than a line: name and e-mail address, a name
 * alone, Staff Reporter, a photographer's credit and its caption, Contact the writer at ….
 *
 * @example
 * ```ts
 * markEnglishCredits(raw, infos); // 'Qiu Yanan' over 'qiuyanan@szdaily.com': the story's byline
 * ```
 */
export function markEnglishCredits(raw: string, infos: LineInfo[]): void {
  // Qiu Yanan / qiuyanan@szdaily.com, or Cao Yuqing caoyuqing@126.com on one line (Shenzhen Daily): a reporter's name
  // with the address spelled from it is a byline, under a headline as By … is.
  for (let k = 0; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || cur.kind === 'dateline' || cur.kind === 'furniture' || cur.byline) continue;
    const text = raw.slice(cur.line.start, cur.line.end);
    if (text.length > 60) continue;
    const one = NAME_AND_EMAIL.exec(text);
    const next = infos[k + 1];
    const alone = !one && NAME_ALONE.test(text) && next && next.kind !== 'blank' ? EMAIL_ALONE.exec(raw.slice(next.line.start, next.line.end)) : null;
    const name = one ? one[1]! : alone ? text : undefined;
    const local = one ? one[2]! : alone ? alone[1]! : undefined;
    if (!name || !local || !spelledFrom(local, name)) continue;
    const end = alone ? next!.line.end : cur.line.end;
    const start = cur.line.start;
    if (alone) next!.kind = 'blank'; // inside the credit
    const credit = { start, end, names: [name], nameSpans: [{ start, end: start + name.length }] };
    // (… or closes the story above, after its last sentence, when no story's text follows: Lu Hai  luhai@szdaily.cn
    // printed at the end.)
    const above = lineAbove(infos, k);
    const after = nonBlankAfter(infos, alone ? k + 1 : k);
    if (above && above.kind === 'body' && above.endsSentence && (after >= infos.length || infos[after]!.kind !== 'body')) {
      cur.kind = 'body';
      cur.byline = credit;
      continue;
    }
    cur.kind = 'dateline';
    cur.dateline = { rule: EN_BYLINE_RULE, start, end, credit };
  }
  // Kelly Sze alone between blank lines under a headline, maybe with her role on the next line (Reporter): the byline
  // of the story under it (The Standard).
  for (let k = 2; k + 1 < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || cur.kind === 'dateline' || cur.byline || infos[k - 1]!.kind !== 'blank' || infos[k - 2]!.kind !== 'headlike') continue;
    const text = raw.slice(cur.line.start, cur.line.end);
    if (!NAMES_ALONE.test(text)) continue;
    const role = infos[k + 1]!.kind !== 'blank' && REPORTER_ROLE.test(raw.slice(infos[k + 1]!.line.start, infos[k + 1]!.line.end)) ? infos[k + 1]! : undefined;
    const after = infos[k + (role ? 2 : 1)];
    if (after && after.kind !== 'blank') continue;
    const end = role ? role.line.end : cur.line.end;
    cur.kind = 'dateline';
    // (Xu Ming and Tan Yu, Lin Hai, Zhou Yi and Ma Li: each reporter of a shared credit.)
    const names: string[] = [];
    const nameSpans: { start: number; end: number }[] = [];
    for (const m of text.matchAll(new RegExp(REPORTER_NAME, 'g'))) {
      names.push(m[0]);
      nameSpans.push({ start: cur.line.start + m.index, end: cur.line.start + m.index + m[0].length });
    }
    cur.dateline = { rule: EN_BYLINE_RULE, start: cur.line.start, end, credit: { start: cur.line.start, end, names, nameSpans } };
    if (role) role.kind = 'blank'; // inside the credit
  }
  // Staff Reporter, MDT Reporter, Staff writer, with CNA alone under a headline: the story's credit, naming no one.
  for (let k = 1; k < infos.length; k++) {
    const cur = infos[k]!;
    // (… a blank line may stand between.)
    const above = lineAbove(infos, k)!;
    if (cur.kind === 'blank' || cur.kind === 'dateline' || above.kind !== 'headlike') continue;
    const { start, end } = cur.line;
    if (end - start > 40 || !STAFF_CREDIT.test(raw.slice(start, end))) continue;
    cur.kind = 'dateline';
    cur.dateline = { rule: EN_BYLINE_RULE, start, end, credit: { start, end, names: [], nameSpans: [] } };
  }
  // A photographer's credit alone on a line (CALVIN NG / CHINA DAILY) ends a photo's caption: the credit and the
  // caption above it, back to a blank line, are no story's text.
  for (let k = 0; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || cur.kind === 'dateline') continue;
    const lineText = raw.slice(cur.line.start, cur.line.end);
    // (… or a credit closing the caption's last line: District yesterday.  Photos by Ma Jiarui.)
    // (… or one the column break cuts after its label: … on Wednesday. Photo: / Handout, then a blank line.)
    const next = infos[k + 1];
    const cut = PHOTO_LABEL_END.test(lineText) && !!next && next.kind !== 'blank' && (!infos[k + 2] || infos[k + 2]!.kind === 'blank')
      && CREDIT_NAME_LINE.test(raw.slice(next.line.start, next.line.end));
    // (… or one a line break cuts: … on Thursday. GAO XINRUI / CHINA / DAILY, a blank line after it.)
    const above = infos[k - 1];
    // (Not an agency alone on its line after a story's last sentence: … highest among them. / XINHUA closes a dispatch.)
    // (… but an agency or paper under a credit the line above leaves open is its end: … HU JIANHUA / FOR / CHINA DAILY.)
    const split = !!above && above.kind !== 'blank' && (!next || next.kind === 'blank') && (!isAgency(lineText) || !above.endsSentence)
      && PHOTO_CREDIT_END.test(`${raw.slice(above.line.start, above.line.end)} ${lineText}`);
    // (… or a photographer named after a dash, as Shanghai papers print it: … on Wednesday. — Ti Gong. Not an agency,
    // which may credit a story's last paragraph so.)
    const dashed = DASH_CREDIT_END.test(lineText) && !DASH_AGENCY_END.test(lineText) && (!next || next.kind === 'blank');
    const closing = cut || dashed || (!PHOTO_CREDIT_LINE.test(lineText) && (PHOTO_CREDIT_END.test(lineText) || split));
    if (!closing && !PHOTO_CREDIT_LINE.test(lineText)) continue;
    let top = k;
    while (top > 0 && k - top < 6 && infos[top - 1]!.kind !== 'blank' && infos[top - 1]!.kind !== 'dateline' && !infos[top - 1]!.byline) top--;
    const bounded = top === 0 || infos[top - 1]!.kind === 'blank';
    if (closing && !bounded) continue;
    const caption = bounded && (closing || split || top === k || infos[k - 1]!.endsSentence);
    markCaption(infos, caption ? top : k, cut ? k + 1 : k);
    if (cut) k++;
  }
  // A pull quote: a quotation alone between blank lines, its speaker in capitals on the line under it (“Kelp used
  // to …” / LIN SHUIFA, KELP FARMER IN DONGBI VILLAGE), or after a dash (— Mayor Kang Zhenyu). Page furniture: the
  // story tells the quotation itself.
  for (let k = 1; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank') continue;
    // (The speaker's post may run on to one or two more lines in capitals: YAN SHOUCHENG, CHAIRMAN OF / THE CSRC;
    // BAO YULING, PARTY / SECRETARY OF HANGGIN / BANNER; or stand wholly under the name: GAO LIANFENG, / PREMIER.)
    const caps = (j: number): boolean => j < infos.length && infos[j]!.kind !== 'blank' && CAPS_MORE.test(raw.slice(infos[j]!.line.start, infos[j]!.line.end));
    const speaker = raw.slice(cur.line.start, cur.line.end);
    const nameOnly = SPEAKER_NAME_COMMA.test(speaker) && caps(k + 1);
    if (!nameOnly && !PULL_QUOTE_SPEAKER.test(speaker)) continue;
    const ends = (j: number): boolean => j === infos.length || infos[j]!.kind === 'blank';
    const more = caps(k + 1) && ends(k + 2) ? 1 : caps(k + 1) && caps(k + 2) && ends(k + 3) ? 2 : 0;
    if (nameOnly && !more) continue;
    if (k + 1 + more < infos.length && infos[k + 1 + more]!.kind !== 'blank') continue;
    let top = k - 1;
    while (top > 0 && k - top < 6 && infos[top - 1]!.kind !== 'blank') top--;
    if (top > 0 && infos[top - 1]!.kind !== 'blank') continue;
    if (!/^[“"]/.test(raw.slice(infos[top]!.line.start, infos[top]!.line.start + 1)) || !/[”"]$/.test(raw.slice(infos[k - 1]!.line.end - 1, infos[k - 1]!.line.end))) continue;
    markCaption(infos, top, k + more);
  }
  // A pull quote whose speaker is set in lower case on a line of their own, their post on the next (“Treat every /
  // company's problem … homework.” / Lu Hanqing / Party Secretary of Shanghai).
  for (let k = 1; k + 1 < infos.length; k++) {
    const line = (j: number): string => raw.slice(infos[j]!.line.start, infos[j]!.line.end);
    if (infos[k - 1]!.kind !== 'blank' || infos[k]!.kind === 'furniture' || !/^[“"]/.test(line(k))) continue;
    let close = k;
    while (close < infos.length && close - k < 6 && infos[close]!.kind !== 'blank' && !/[”"]$/.test(line(close))) close++;
    if (close >= infos.length || infos[close]!.kind === 'blank' || close - k >= 6) continue;
    const name = close + 1;
    if (name >= infos.length || infos[name]!.kind === 'blank' || !NAME_ALONE.test(line(name))) continue;
    const post = name + 1 < infos.length && infos[name + 1]!.kind !== 'blank' && PULL_QUOTE_POST.test(line(name + 1)) ? name + 1 : name;
    if (post + 1 < infos.length && infos[post + 1]!.kind !== 'blank') continue;
    markCaption(infos, k, post);
    k = post;
  }
  // Contact the writer at someone@paper.com.cn (the address on the same line or the next): the story's closing credit.
  for (let k = 0; k < infos.length; k++) {
    const cur = infos[k]!;
    if (cur.kind === 'blank' || cur.kind === 'dateline' || cur.byline) continue;
    const { start, end } = cur.line;
    const text = raw.slice(start, end);
    // zhoumin@chinadaily.com.cn alone on the line after a sentence's end (a blank line between or not): the
    // writer's address closes the story.
    const above = lineAbove(infos, k);
    if (end - start <= 80 && above && above.endsSentence && above.kind === 'body' && EMAIL_LINE.test(text)) {
      cur.kind = 'body';
      cur.byline = { start, end, names: [], nameSpans: [] };
      continue;
    }
    if (end - start > 80 || !CONTACT.test(text)) continue;
    let to = end;
    const next = infos[k + 1];
    if (!/@/.test(text) && next && next.kind !== 'blank' && EMAIL_LINE.test(raw.slice(next.line.start, next.line.end))) {
      to = next.line.end;
      next.kind = 'blank'; // inside the credit
    }
    cur.kind = 'body';
    cur.byline = { start, end: to, names: [], nameSpans: [] };
  }
}

/** A second reporter in capitals on the line after a byline that ends in "and" (HE MING in Beijing). */
const SECOND_REPORTER_LINE = /^([A-Z][A-Z'-]{1,15}(?: [A-Z][A-Z'-]{1,15}){1,2})(?: in [A-Z][A-Za-z'-]{1,20}(?: [A-Z][A-Za-z'-]{1,20}){0,2})?$/;
/** The rest of an English byline on a line of its own: in Hangzhou, in Beijing | China Daily. */
const BYLINE_PLACE_LINE = /^(?:and [A-Z][A-Za-z' -]{2,40} )?in [A-Z][A-Za-z'-]{1,20}(?: [A-Z][A-Za-z'-]{1,20}){0,2}(?:, [A-Z][A-Za-z'-]{1,20}(?: [A-Z][A-Za-z'-]{1,20})?)?(?:\s{0,3}\|[A-Za-z :,\d-]{2,60})?$/; // (in Yuanyang, Yunnan)
/** The rest of an English byline on a line of its own: its time of publication (Updated: 2024-03-14 07:31). */
const BYLINE_DATE_LINE = /^(?:(?:China Daily|chinadaily\.com\.cn|Global Times|Xinhua)\s{0,3}\|\s{0,3})?(?:Updated|Published):?\s{0,3}(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2}\s\d{1,2},\s\d{4})(?:\s{1,3}\d{1,2}:\d{2}(?:\s?[AP]M)?)?$/;
/** A photo's credit on a line of its own (Photo: Cui Ming/GT, Photos: Xinhua). */
const PHOTO_CREDIT = /^(?:Photos?|PHOTOS?|Photo by|Photographed by)\s?:?\s?(?:[Cc]ourtesy of (?:the )?)?[A-Z][\w .'-]{1,40}(?:\s?[/,]\s?[A-Za-z .]{2,24})?$/; // (Photo: Chen Yu-ting, Taipei Times; Photo: courtesy of …)
/** The end of a photo's credit the column cut, on a short line in lower case (government). */
const CREDIT_TAIL = /^[a-z][a-z .'-]{1,23}$/;
/** A reporter's name as bylines write it: two or three capitalized words (Cao Yuqing, Kelly Sze Wing). */
const REPORTER_NAME = String.raw`[A-Z][a-z]{1,12}(?: [A-Z][a-z-]{1,14}){1,2}`;
/** A reporter's name and e-mail address on one line (Cao Yuqing caoyuqing@126.com). */
const NAME_AND_EMAIL = new RegExp(String.raw`^(${REPORTER_NAME})\s{1,4}([\w.+-]{2,40})@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$`);
/** A reporter's name alone on a line: two or three capitalized words. */
const NAME_ALONE = new RegExp(`^${REPORTER_NAME}$`);
/** Reporters' names alone on a line: one, or two to four joined by commas and a last "and". */
const NAMES_ALONE = new RegExp(`^${REPORTER_NAME}(?:(?:, ${REPORTER_NAME}){0,2} (?:and|&) ${REPORTER_NAME})?$`);
/** A reporter's role on the line under the name (Reporter, Senior Reporter). */
const REPORTER_ROLE = /^(?:(?:Senior|Staff|Chief|Political|Business|Court|Education|Health) )?(?:Reporter|Correspondent|Writer)$/;
/** A credit that names no one (Staff Reporter, MDT Reporter, Staff writer, with CNA). */
const STAFF_CREDIT = /^(?:Staff|Our|[A-Z]{2,5}) (?:[Rr]eporter|[Cc]orrespondent|[Ww]riter)s?(?:, with (?:[A-Z][A-Za-z]{1,15}|AP|AFP)(?: and [A-Z][A-Za-z]{1,15})?)?$/;
/** An e-mail address alone on a line: its local part. */
const EMAIL_ALONE = /^([\w.+-]{2,40})@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$/;
/** The rule a name-and-address byline is read by (the same as By …). */
const EN_BYLINE_RULE = DATELINE_RULES.find((r) => r.id === 'dateline.en-byline')!;

/**
 * True when an e-mail address's local part spells the name (qiuyanan for Qiu Yanan, yanan.qiu, qyn is not enough).
 *
 * @example
 * ```ts
 * spelledFrom('qiuyanan', 'Qiu Yanan'); // true
 * spelledFrom('qiuyanan_sd', 'Qiu Yanan'); // true
 * spelledFrom('yanan', 'Qiu Yanan'); // true
 * ```
 */
export function spelledFrom(local: string, name: string): boolean {
  const parts = name.toLowerCase().split(/[\s-]+/);
  const spells = (l: string): boolean => {
    const letters = l.toLowerCase().replace(/[^a-z]/g, '');
    // (… or the given name alone, lanting for Zhou Lanting, as Shenzhen Daily's addresses have it.)
    return letters.length >= 4 && (letters === parts.join('') || letters === [...parts.slice(1), parts[0]].join('') || (parts.length >= 2 && letters === parts.slice(1).join('')));
  };
  // (zhouweiqi_sd: the paper's short tag after the name, as Shenzhen Daily's addresses have it.)
  const tagged = /^(.{4,}?)[._-][a-z\d]{1,4}$/i.exec(local);
  return spells(local) || (!!tagged && spells(tagged[1]!));
}


/** A photographer's credit closing a caption's line after its sentence: … yesterday.  Photos by Ma Jiarui; … on Tuesday. XINHUA; … in Beijing. GAO XINRUI / CHINA DAILY; … on
 * Thursday. PHOTO: XINHUA. */
const PHOTO_CREDIT_END = /[.!?]["”]?\s{1,4}(?:(?:Photos?|PHOTOS?) by [A-Z][a-z]{1,12}(?: [A-Z][a-z-]{1,14}){1,2}\.?|(?:Photos?|PHOTOS?):\s?[A-Z][A-Za-z'-]{1,15}(?:[ /][A-Z][A-Za-z'-]{1,15}){0,3}|(?:(?:[A-Z][A-Z'-]{1,15}\s){1,3}\/\s?)?(?:FOR\s)?(?:XINHUA|CHINA DAILY|CNSPHOTO|VCG|AFP|REUTERS|IC)|(?:IC|VCG|CFP|CNS) Photos?|(?:PHOTO\s)?PROVIDED TO CHINA DAILY|\[(?:Photos?|PHOTOS?)(?:\s(?:by|provided to)\s[\w .'-]{2,30})?(?:\s?\/\s?[\w .'-]{2,30})?\])$/; // (… on Wednesday. [Photo/Xinhua])
/** A photographer named after a dash closing a caption's last sentence (… on Wednesday. — Ti Gong). */
const DASH_CREDIT_END = /[.!?)]["”]?\s{1,4}[—–]\s?[A-Z][a-z]{1,12}(?: [A-Z][a-z-]{1,14}){0,2}$/;
/** The width of a line of running text in an English column (a headline's lines are shorter). */
const RUNNING_LINE = 34;
/** … and an agency so, which credits a story rather than a photo (— Xinhua). */
const DASH_AGENCY_END = new RegExp(`[—–]\\s?(?:${AGENCY_PATTERN})$`);
/** Capitals that run a pull quote's speaker on to a second line (THE CSRC). */
const CAPS_MORE = /^[A-Z][A-Z'&.-]*(?: [A-Z][A-Z'&.-]*){0,6}$/;
/** The speaker of a pull quote, in capitals: a name, a comma and who they are (LIN SHUIFA, KELP FARMER). */
const PULL_QUOTE_SPEAKER = /^(?:[—–-]?\s?[A-Z][A-Z'-]{1,15}(?: [A-Z][A-Z'-]{1,15}){1,3}, [A-Z][A-Z'-]*(?: [A-Z][A-Z'-]*){0,10}|[—–]\s?[A-Z][a-z’'-]{1,15}(?: [A-Z][a-z’'-]{1,15}){1,4}(?:, [A-Za-z’' -]{2,60})?)$/; // (— Mayor Kang Zhenyu)
/** A pull quote's speaker in capitals alone with a comma, the post on the line under it (GAO LIANFENG, / PREMIER). */
const SPEAKER_NAME_COMMA = /^[A-Z][A-Z'-]{1,15}(?: [A-Z][A-Z'-]{1,15}){1,3},$/;
/** A pull quote's speaker's post on the line under the name, in title case (Party Secretary of Shanghai). */
const PULL_QUOTE_POST = /^[A-Z][A-Za-z'-]{1,20}(?: (?:[A-Z][A-Za-z'-]{1,20}|of|the|and|for|at|in)){0,8}$/;
/** A photographer's credit alone on a line: NAME / CHINA DAILY, PROVIDED TO CHINA DAILY. */
const PHOTO_CREDIT_LINE = /^(?:(?:[A-Z][A-Z'-]{1,15}\s){1,3}\/\s?(?:XINHUA|CHINA DAILY|FOR CHINA DAILY|CNSPHOTO|VCG|AFP|REUTERS|AP|IC|GLOBAL TIMES)|(?:PHOTO )?PROVIDED TO CHINA DAILY)$/;
/** A caption's last sentence and the label of its credit, the credit itself cut to the next line (… Wednesday. Photo:). */
const PHOTO_LABEL_END = /[.!?)]["”]?\s{1,4}(?:Photos?|PHOTOS?):$/;
/** A photo's credit alone on a line after its label: Handout, Wilfred Poon, Xinhua / AFP. */
const CREDIT_NAME_LINE = /^[A-Z][A-Za-z'-]{1,15}(?:\s?[ /,]\s?[A-Z][A-Za-z'-]{1,15}){0,3}$/;
/** The line that gives a writer's address at the end of an English story. */
const CONTACT = /^Contact (?:the )?(?:writers?|reporters?|authors?) (?:at|via|by email)\b/;
/** An e-mail address alone on its line (with a separator or two). */
const EMAIL_LINE = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}(?:\s{0,3}(?:and|,|;)\s{0,3}[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?$/;
