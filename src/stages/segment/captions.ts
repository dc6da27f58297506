/**
 * Photo captions: a picture's caption and its credit are page furniture, no story's text. English captions are told
 * by their credit (classify.ts); a Chinese one by the credit that closes it — （记者某某摄）, （某某摄）.
 *
 * @module
 */
import type { LineInfo } from './classify.js';
import { nonBlankAfter } from './neighbours.js';

/** The rule id of every caption line. */
export const CAPTION_RULE = 'furniture.photo-caption';

/** Marks lines `from`…`to` (inclusive) as a photo's caption and credit (or furniture of another rule): no story's text. */
export function markCaption(infos: LineInfo[], from: number, to: number, rule = CAPTION_RULE): void {
  for (let j = from; j <= to; j++) {
    infos[j]!.kind = 'furniture';
    infos[j]!.furnitureRule = rule;
    delete infos[j]!.byline;
  }
}

/**
 * A photographer's credit closing a Chinese caption: （记者某某摄）, （某某、某某摄）, （某某/摄）, （相片：某某）, （摄影：某某）, （资料图片）,
 * and a body's picture (（马会图片）, （政府新闻处图片）; 提供 only after a caption mark, see GIVEN_CREDIT).
 */
const CN_PHOTO_CREDIT = /[（(](?:(?:本报)?(?:记者|通讯员)?[\u4e00-\u9fff·、]{2,12}[/／]?摄|(?:相片|图片|照片|图|摄影)[：:／/][\u4e00-\u9fff·、]{2,12}|资料图片|[\u4e00-\u9fff]{2,8}图片)[）)]$/;

/**
 * A short paragraph standing alone between blank lines whose text, read across its line breaks, ends in a
 * photographer's credit (副市长某某见证…。（记者某某摄）), or that opens with the caption mark ▲: a caption. At most four
 * lines.
 *
 * @example
 * ```ts
 * markChineseCaptions(raw, infos); // the caption's lines become furniture
 * ```
 */
export function markChineseCaptions(raw: string, infos: LineInfo[]): void {
  for (let k = 0; k < infos.length; k++) {
    if (infos[k]!.kind === 'blank' || (k > 0 && infos[k - 1]!.kind !== 'blank')) continue;
    // (A caption opening with its mark may run a line or two longer: ■某某在某某陪同下，视察… / 记者某某摄.)
    const marked = CAPTION_MARKS.has(raw[infos[k]!.line.start]!);
    const most = marked ? 6 : 4;
    let end = k;
    while (end + 1 < infos.length && infos[end + 1]!.kind !== 'blank' && end - k < most) end++;
    if (end - k >= most || (end + 1 < infos.length && infos[end + 1]!.kind !== 'blank')) continue;
    let tail = '';
    for (let j = Math.max(k, end - 1); j <= end; j++) tail += raw.slice(infos[j]!.line.start, infos[j]!.line.end).replace(/\s+/g, '');
    // (… or a paragraph opening with ▲, the mark of a photo's caption, whose credit may stand unbracketed:
    // ▲某某昨日在峰会上致辞。记者某某摄.)
    // (Not a run of ▲ points, a list some papers print with the same mark.)
    // (… or with ●, closed by an unbracketed credit: ●某某昨日巡视街市。香港文汇报记者某某 摄.)
    const mark = raw[infos[k]!.line.start];
    // (… or with ■, the same way.)
    // (A marked caption may credit who gave the photo: ■… 主持启用仪式。（医院管理局提供）)
    if ((CN_PHOTO_CREDIT.test(tail) && (end - k < 4 || marked)) || (marked && GIVEN_CREDIT.test(tail)) || (mark === '▲' && end - k < 4 && !besideAnotherMark(raw, infos, k, end, '▲')) || ((mark === '●' || mark === '■') && BARE_CREDIT.test(tail) && !besideAnotherMark(raw, infos, k, end, mark))) markCaption(infos, k, end);
    k = end;
  }
}

/** A credit naming who gave the photo, closing a caption: （某某局提供）. */
const GIVEN_CREDIT = /。[（(][\u4e00-\u9fff·]{2,16}提供[）)]$/;

/** Marks that open a photo's caption on some pages. */
const CAPTION_MARKS = new Set(['▲', '●', '■']);

/** An unbracketed photographer's credit closing a caption (记者某某摄, 记者某某 摄 with the spaces taken out). */
const BARE_CREDIT = /记者[\u4e00-\u9fff·]{2,4}摄$/;

/** True when the paragraph [k, end] has another paragraph opening with `mark` right before or after it (a list of points). */
function besideAnotherMark(raw: string, infos: LineInfo[], k: number, end: number, mark: string): boolean {
  let before = k - 1;
  while (before >= 0 && infos[before]!.kind === 'blank') before--;
  let para = before;
  while (para > 0 && infos[para - 1]!.kind !== 'blank') para--;
  const after = nonBlankAfter(infos, end);
  return (para >= 0 && raw[infos[para]!.line.start] === mark) || (after < infos.length && raw[infos[after]!.line.start] === mark);
}

/** The rule id of a teaser's lines. */
export const TEASER_RULE = 'furniture.teaser';
/** A teaser's last line: a pointer to the page the story is on (… school >> P3, See Page 5). */
const JUMP_POINTER = /(?:(?:>{1,2}|»|►|▶|→)\s?(?:P|Page|PAGE|p\.)\s?[A-Z]?\d{1,2}|\b(?:See|SEE|Turn to|More on|Story on|Full story on) (?:P|[Pp]age|PAGE) ?[A-Z]?\d{1,2}\.?)$/;
/** … or the page in capitals after the teaser's last sentence (… suppliers say. PAGE 14), under a section's label. */
const BARE_PAGE = /[.!?]["”]? PAGE ?[A-Z]?\d{1,2}$/;

/** A section's label in capitals over a teaser (BUSINESS, SPORTS, WORLD NEWS). */
const SECTION_LABEL = /^[A-Z][A-Z&' -]{2,24}$/;

/**
 * A teaser: a block of up to five lines between blank lines whose last line points to another page (INSIDE /
 * Longgang opens first / low-altitude flight / school >> P3) — page furniture, neither a story nor a headline.
 *
 * @example
 * ```ts
 * markTeasers(raw, infos); // the block's lines become furniture
 * ```
 */
export function markTeasers(raw: string, infos: LineInfo[]): void {
  for (let k = 0; k < infos.length; k++) {
    const x = infos[k]!;
    if (x.kind === 'blank' || x.kind === 'dateline' || x.kind === 'furniture') continue;
    const last = raw.slice(x.line.start, x.line.end);
    const jump = JUMP_POINTER.test(last);
    if (!jump && !BARE_PAGE.test(last)) continue;
    if (k + 1 < infos.length && infos[k + 1]!.kind !== 'blank') continue;
    let top = k;
    while (top > 0 && k - top < 4 && infos[top - 1]!.kind !== 'blank' && infos[top - 1]!.kind !== 'furniture') top--;
    if (top > 0 && infos[top - 1]!.kind !== 'blank') continue;
    // (Not a story's last paragraph ending in a jump line, … See Page 5: a teaser's lines are short and end no sentence.)
    let teaser = true;
    for (let j = top; j <= k && teaser; j++) teaser = infos[j]!.line.end - infos[j]!.line.start <= 40 && (j === k || !infos[j]!.endsSentence);
    // (A page in capitals after the last sentence, … suppliers say. PAGE 14, closes a teaser only under its section's
    // label in capitals, BUSINESS: a narrow column's last paragraph may end in a jump line so.)
    if (teaser && !jump && !(top < k && SECTION_LABEL.test(raw.slice(infos[top]!.line.start, infos[top]!.line.end)))) teaser = false;
    if (teaser) markCaption(infos, top, k, TEASER_RULE);
  }
}

/** The rule id of an index of the paper's sections and their pages. */
export const INDEX_RULE = 'furniture.en-index';
/** A line of an index: sections and their pages, parted by bars (China 2-6 | Opinion 8-9). */
const INDEX_LINE = /^[A-Z][A-Za-z&' ]{1,20} [A-Z]?\d{1,3}(?: ?[-–] ?[A-Z]?\d{1,3})?(?: {0,4}[|·•] {0,4}[A-Z][A-Za-z&' ]{1,20} [A-Z]?\d{1,3}(?: ?[-–] ?[A-Z]?\d{1,3})?){1,5}$/;
/** The label over an index (INSIDE, IN THIS ISSUE, CONTENTS). */
const INDEX_LABEL = /^(?:INSIDE|IN THIS ISSUE|CONTENTS|INDEX|Inside|In this issue|Contents|Index)$/;

/**
 * An index of the paper's sections and their pages (INSIDE / China 2-6 | Opinion 8-9 / World 10-11 | Business
 * 12-15), with its label: one piece of furniture.
 *
 * @example
 * ```ts
 * markIndexes(raw, infos); // 'INSIDE' and the lines of sections and pages under it become furniture
 * ```
 */
export function markIndexes(raw: string, infos: LineInfo[]): void {
  const text = (j: number): string => raw.slice(infos[j]!.line.start, infos[j]!.line.end).trim();
  for (let k = 0; k < infos.length; k++) {
    if (infos[k]!.kind === 'blank' || !INDEX_LINE.test(text(k))) continue;
    let top = k;
    while (top > 0 && infos[top - 1]!.kind !== 'blank' && (INDEX_LINE.test(text(top - 1)) || INDEX_LABEL.test(text(top - 1)))) top--;
    let end = k;
    while (end + 1 < infos.length && infos[end + 1]!.kind !== 'blank' && INDEX_LINE.test(text(end + 1))) end++;
    markCaption(infos, top, end, INDEX_RULE);
    k = end;
  }
}

/** A weather box's label in capitals (BEIJING WEATHER, WEATHER). */
const WEATHER_LABEL = /^(?:[A-Z]{2,15} ){0,2}WEATHER$/;

/**
 * A weather box: the label in capitals right over its forecast (BEIJING WEATHER / Sunny, 4-17 C) is furniture with
 * it, one piece.
 *
 * @example
 * ```ts
 * markWeather(raw, infos); // 'BEIJING WEATHER' over a forecast line becomes furniture
 * ```
 */
export function markWeather(raw: string, infos: LineInfo[]): void {
  for (let k = 0; k + 1 < infos.length; k++) {
    if (infos[k + 1]!.furnitureRule !== WEATHER_RULE || !WEATHER_LABEL.test(raw.slice(infos[k]!.line.start, infos[k]!.line.end).trim())) continue;
    markCaption(infos, k, k, WEATHER_RULE);
  }
}

/** The rule id of a weather box's lines. */
export const WEATHER_RULE = 'furniture.en-weather';
