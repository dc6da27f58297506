/**
 * Tables printed beside a story that are no part of its text: a table of figures (a title, rows whose columns wide
 * spaces part, a source line), a chart's rows over their source, a box of practical facts under its label (INFO /
 * Hours: … / Hotline: …). Its lines become page furniture. (Pull quotes are read with the English credits.)
 *
 * @module
 */
import { markCaption } from './captions.js';
import type { LineInfo } from './classify.js';

/** A row of a table: three or more columns parted by runs of three or more spaces, one of them a figure. */
const TABLE_ROW = /^\S[^\n]{0,40}? {3,}\S[^\n]{0,30}? {3,}\S/;
/** The source of a table's figures under its last row (Source: company report). */
const SOURCE = /^(?:Source|Sources|SOURCE|Data|资料来源|来源|數據來源|数据来源)\s?[:：]/;

/** The rule id of a table's lines. */
export const TABLE_RULE = 'furniture.table';

/**
 * Marks tables as furniture (see the module).
 *
 * @example
 * ```ts
 * markTables(raw, infos); // 'Revenue     86.4 bn yuan    +22.1%' and the rows around it become furniture
 * ```
 */
export function markTables(raw: string, infos: LineInfo[]): void {
  const text = (k: number): string => raw.slice(infos[k]!.line.start, infos[k]!.line.end);
  // Tables: two rows or more in a run, with a figure among them.
  for (let k = 0; k < infos.length; k++) {
    if (infos[k]!.kind === 'blank' || !isRow(text(k))) continue;
    let end = k;
    while (end + 1 < infos.length && infos[end + 1]!.kind !== 'blank' && isRow(text(end + 1))) end++;
    if (end === k) continue;
    let from = k;
    // (The table's title right above its rows, a short line that ends no sentence: HUANYU AT A GLANCE (2025).)
    if (from > 0 && infos[from - 1]!.kind !== 'blank' && text(from - 1).length <= 48 && !infos[from - 1]!.endsSentence && (from < 2 || infos[from - 2]!.kind === 'blank')) from--;
    if (end + 1 < infos.length && infos[end + 1]!.kind !== 'blank' && SOURCE.test(text(end + 1))) end++;
    markCaption(infos, from, end, TABLE_RULE);
    k = end;
  }
  // Charts: rows of a label and a figure that two spaces or more part (2025  783), over their source line, under a
  // title of a line or two (QINGMING TRAVEL / Cross-regional trips, million).
  for (let k = 0; k < infos.length; k++) {
    if (infos[k]!.kind === 'blank' || infos[k]!.kind === 'furniture' || !CHART_ROW.test(text(k))) continue;
    let end = k;
    while (end + 1 < infos.length && infos[end + 1]!.kind !== 'blank' && CHART_ROW.test(text(end + 1))) end++;
    if (end === k || end + 1 >= infos.length || !SOURCE.test(text(end + 1))) { k = end; continue; }
    let from = k;
    while (from > 0 && k - from < 2 && infos[from - 1]!.kind !== 'blank' && text(from - 1).length <= 48 && !infos[from - 1]!.endsSentence) from--;
    if (from > 0 && infos[from - 1]!.kind !== 'blank') { k = end; continue; }
    markCaption(infos, from, end + 1, TABLE_RULE);
    k = end + 1;
  }
  // Info boxes: a label alone after a blank line (INFO), over short lines to the next blank line of which two or
  // more give a field and its value (Hours: …, Pickup: …, Hotline: …): the box's title and address lines with them.
  for (let k = 0; k + 2 < infos.length; k++) {
    if (infos[k]!.kind === 'blank' || (k > 0 && infos[k - 1]!.kind !== 'blank') || !INFO_LABEL.test(text(k))) continue;
    let end = k;
    let fields = 0;
    while (end + 1 < infos.length && end - k < INFO_LINES && infos[end + 1]!.kind !== 'blank' && text(end + 1).length <= 48) {
      end++;
      if (INFO_FIELD.test(text(end))) fields++;
    }
    if (fields < 2 || (end + 1 < infos.length && infos[end + 1]!.kind !== 'blank')) continue;
    markCaption(infos, k, end, TABLE_RULE);
    k = end;
  }
}

/** The label of a box of practical facts, alone on its line (INFO, TIPS, IF YOU GO, FACT FILE). */
const INFO_LABEL = /^(?:INFO(?:RMATION)?(?: BOX)?|Info|TIPS?|Tips?|IF YOU GO|If you go|FACT ?FILE|Fact ?file|GETTING THERE|Getting there|USEFUL INFO|KEY FACTS|Key facts)$/;
/** A line of such a box: a field's name and a colon, then its value (Hours: 10 am-6 pm, Hotline: 0755-…). */
const INFO_FIELD = /^[A-Z][A-Za-z]{1,15}(?: [a-z]{1,10}){0,2}\s?:\s?\S/;
/** The most lines an info box holds under its label. */
const INFO_LINES = 12;

/** A chart's row: a label, two spaces or more, a figure (and a note in brackets). */
const CHART_ROW = /^\S[^\n]{0,30}?\S {2,}[\d.,]+%?(?: \([^()\n]{1,20}\))?$/;

/** True when the line is a table row with a figure in it. */
function isRow(line: string): boolean {
  return line.length <= 120 && TABLE_ROW.test(line) && /\d/.test(line);
}
