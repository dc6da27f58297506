/**
 * Word patterns and lexicons both the article-level and the clause-level event readers use: the role verbs and event
 * heads, plans (将, 拟, 计划于), references back to the main event (会上, 现场), cited events (贯彻…考察…精神), and
 * the other side of talks (与, 同).
 *
 * @module
 */
import { eventHeads, roleVerbs } from '../../data/lexicons.generated.js';
import { SuffixTrie, Trie } from '../../lexicon/trie.js';
import type { Event, Role } from '../../types.js';
import type { Doc } from '../recognize/index.js';
import type { MentionRange } from './range.js';

interface Lex {
  roles: Trie<{ role: Role; object: boolean; remark: boolean }>;
  heads: SuffixTrie<Event['type']>;
}
let lex: Lex | undefined;
export function lexicon(): Lex {
  if (lex) return lex;
  const roles = new Trie<{ role: Role; object: boolean; remark: boolean }>();
  for (const [v, role, pos] of roleVerbs) roles.add(v!, { role: role as Role, object: pos === 'object', remark: pos === 'remark' });
  const heads = new SuffixTrie<Event['type']>();
  for (const [h, type] of eventHeads) heads.add(h!, type as Event['type']);
  lex = { roles, heads };
  return lex;
}

/** How far before a verb a plan word is looked for. */
export const PLAN_WINDOW = 40;
/** Words that set an event for a day named right after them (将于, 定于, 拟于). */
const SCHEDULED = /(?:将|定|拟|計劃|计划|將|擬|同意)於?于?$/;

/** True when a day is set for what comes at `i` (将于本月20日, 定于12月1日), within the plan window after `from`. */
export function scheduledBefore(t: string, dates: MentionRange, from: number, i: number): boolean {
  return dates.within(Math.max(from, i - PLAN_WINDOW), i).some((d) => d.date?.day !== undefined && SCHEDULED.test(t.slice(Math.max(0, d.start - 3), d.start)));
}
/** Words that make what follows a plan or a call to action, not something that happened. */
export const PLAN = /(?:(?<![上中少大主名武战干猛老])将(?![军领士])|拟(?!定)|计划[于在将]|准备|力争|即将|预计|争取|希望|建议|促请|敦促|呼吁|(?<![按照应的据合])要求(?![的，,。、；])|同意|稍后|^要|[一二三四五六]要|如遇|一旦|倘若|假如|(?:双方|各方|政府|当局|我们|他们|公司|[署局处方])会(?![议见谈面晤同员长场所展])|(?:下月|下周|下星期|明年|明日|明天|今年内|稍后|日后|将来|届时|年内)会(?![议见谈面晤同员长场所展])|(?<![委大议协商学理董年宴晚舞盛展])会于(?:下周|下月|下星期|明年|明日|明天|稍后|日内|年内|今年内))/;

export const BACKREF = /^(?:会议|会上|大会|现场|活动现场|活动|会后|(?:会谈|会见|会晤|签约|签字|签署|仪式)[前后]|(?:典礼|仪式|开幕礼|开幕式|颁奖礼|启动礼|活动)上)/;
export const REFERENCE_BEFORE = /(?:贯彻|学习|落实|领会|践行|遵循|按照)[^，。]{0,6}$/;

export const PARTIES = new Set(['company', 'government', 'organization', 'person']);

/**
 * Where the other side of talks is introduced before the verb at `i`: 与 anywhere in the clause, or 同, 和 or 跟 right
 * after a person or body (甲同乙举行会谈); -1 when none.
 */
export function partnerBefore(doc: Doc, from: number, i: number): number {
  const t = doc.text;
  for (let k = i - 1; k >= from; k--) {
    if (t[k] === '与') return k;
    if (t[k] !== '同' && t[k] !== '和' && t[k] !== '跟') continue;
    const before = doc.cands[doc.endingAt(k)];
    if (!before) continue;
    // After a party (甲同乙), or after the place where it happens (甲在某地同乙).
    if (PARTIES.has(before.label) || (before.label === 'place' && t[before.start - 1] === '在')) return k;
  }
  return -1;
}


/** A visit to a place by a delegation (率团访问, 访问某地). */
export const VISITING = /率团|率领[^，。]{0,12}代表团|访问|到访/;
