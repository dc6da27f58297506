/**
 * The event stage: who did what, where and when. Roles come from the verbs around people (主持 → chair, 讲话/指出/强调
 * → speaker, 出席/参加 → attendee, 颁发 → presenter, 为…颁奖 and 被授予 → awardee, 会见 → host, 调研 → inspector …,
 * data/role-verbs.tsv); events from a trigger verb and the noun phrase it governs, typed by the most specific head
 * noun (data/event-heads.tsv); awards from the patterns 某某被授予X, X获奖企业Y, 为某某等X颁奖. Plans and calls to
 * action (将…举办, 要…, 计划…) are not events; 会议, 会上 and 现场 refer back to the article's main event.
 *
 * @module
 */
import { RoleBook, takePart } from './roles.js';
import type { Award, DateValue, Event, Role } from '../../types.js';
import type { Cand, Doc } from '../recognize/index.js';
import { findAwards } from './awards.js';
import { listEnd, sentencesOf, type Piece } from './text.js';
import { firstIn, lastIn, MentionRange, quotedSpans, type Ranges } from './range.js';
import { BACKREF, lexicon, partnerBefore, PARTIES, PLAN, PLAN_WINDOW, REFERENCE_BEFORE, scheduledBefore, VISITING } from './cues.js';
import { findEventsInClause } from './clause.js';
import { findIncident } from './incidents.js';

/** What the event stage found in one article. */
export interface EventAnalysis {
  events: Event[];
  awards: Award[];
  dates: DateValue[];
  /** Person name → roles in order. */
  roles: Map<string, Role[]>;
}

/** Where a name of an entity mention comes from. */
export type NameOf = (c: Cand) => string;

/** A clause whose subject is the last clause's, acting with those named after 与 (其后与乙一同颁发) or 联同 (甲担任主礼嘉宾，联同乙颁发奖项). */
const WITH_PARTNER = /^(?:其后|随后|之后|并|再|又|还|亦|也)?(?:与[^，。；]{1,40}?(?:一同|一起|共同|一道|一并)|(?:联同|连同|偕同)[^，。；]{1,40})$/;
/** A sentence opening with the head noun of the main event's name (论坛同日举行… after 某某论坛2023) is about it. */
const HEAD_LEAD = /^(?:此外，)?(论坛|峰会|博览会|展会|研讨会|年会|交流会|推介会|洽谈会|开幕式|典礼|大会)/;
function namesMain(lead: string, mainName: string): boolean {
  const m = HEAD_LEAD.exec(lead);
  return !!m && mainName.includes(m[1]!);
}

/** Subjects that are no named person (负责同志, 有关部门, 代表, 群众). */
const GENERIC_SUBJECT = /负责同志|负责人|有关部门|相关部门|有关方面|代表|嘉宾|群众|干部|同志/;
/** Those who came along are named after these, in the same clause (陪同视察的某某). */
const ACCOMPANYING_SUBJECT = /陪同(?:视察|考察|调研|参观|访问|巡视)?的/;
const ACCOMPANYING_BEFORE = /随团[^，。]{0,6}的(?:还有|有|包括)?|(?:代表团|访问团|考察团|交流团)成员(?:包括|有|为)/;
/** The attendees are named after these (出席会议的甲、乙; 出席嘉宾包括甲、乙; 与会嘉宾有甲). */
const ATTENDED_BEFORE = /(?:出席|参加|列席)(?:会议|活动|仪式|典礼|开幕式|[^，。、的]{2,12}?[会礼式])?的|(?:出席|与会|到场)(?:嘉宾|贵宾|来宾)(?:包括|有|为)/;

/** Words before a list of the guests who officiate (主礼嘉宾包括甲、乙). */
const OFFICIATING_BEFORE = /主礼嘉宾(?:包括|有|为|是|计有)/;

/** Verbs of urging or inviting others, before a verb of attending that is theirs (呼吁市民参加). */
const URGED = /呼吁|鼓励|号召|吁请|邀请|欢迎|动员/;

/** A ceremony named by its act alone (签约仪式, 揭牌活动): an act of a larger event when it has no day of its own. */
const BARE_ACT = /^(?:签约|签字|签署|揭牌|启动|颁奖|授牌|开工|开幕)(?:仪式|活动|环节)$/;
/** The rites of an opening named bare (亮灯仪式, 剪彩礼): part of the ceremony they open. */
const RITE = /^(?:亮灯|剪彩|揭幕|点睛|鸣锣|按钮)(?:仪式|礼)$/;

/** 由甲与乙合办的: the bodies that organize the event the sentence tells, before the verb. */
const HOSTED_BY = /由[^，。；由]{2,60}?(?:联合|共同)?(?:主办|合办|举办|筹办|主催)的/;

/** A visit (参观) in a sentence, and the people met on it (与甲及乙会面), who host it. */
const VISIT = /参观/;
/** 率 or 带领 before those an inspector leads along (甲率某局长乙等人到场会勘), not a delegation or team (率团, 率队). */
const LED_ALONG = /(?:率领|带领|(?<![效比利频概汇税费功速坦直草轻表])率)(?![团队领])/;
/** Talks with others on a visit (与甲会面, 与乙座谈). */
const MET_WITH = /与[^，。；]{2,60}?(?:会面|座谈|交流)/;

function roleVerbAt(doc: Doc, i: number): [number, { role: Role; object: boolean; remark: boolean }] | undefined {
  if (doc.owner[i] !== -1) return undefined; // a verb inside a mention is no verb (发言 in 发言人)
  const hit = lexicon().roles.longestAt(doc.text, i);
  // (会见传媒, 会见记者: one who meets the press speaks to it, and hosts no one.)
  if (hit && hit[1].role === 'host' && PRESS.test(doc.text.slice(hit[0], hit[0] + 3))) return undefined;
  return hit;
}

/** A verb's object and 的 after it, opening a relative clause over the one who acts (主持会议的 + 甲). */
const REL_ACT = /^(?:会议|会|典礼|仪式|活动)?的/;

/**
 * The person named right after `from` (a title or a body between, no clause mark nor verb), within the clause: the
 * one a relative clause describes (主持会议的 + 财委会主席 + 甲).
 */
function namedRightAfter(doc: Doc, from: number, end: number): Cand | undefined {
  for (let k = from; k < end && k < from + 16; k++) {
    const c = doc.cands[doc.startingAt(k)];
    if (c?.label === 'person') return /[，。；、由是将和与及]/.test(doc.text.slice(from, k)) ? undefined : c;
  }
  return undefined;
}

/** How far before a verb its clause is read for the words that shape its roles (为, 由, 在…陪同下, 见证). */
const VERB_WINDOW = 80;

/** Nouns of the public that introduce a name (市民某某, 居民某某): no official, no participant of a meeting. */
const RESIDENT = /(?:市民|居民|街坊|住客|住户|旅客|乘客|家长|游客|途人|事主)$/;

/** The press, met after 会见 (会见传媒时表示). */
const PRESS = /^(?:传媒|记者|媒体|新闻界)/;

/**
 * Analyzes the events of an article's body.
 *
 * @example
 * ```ts
 * const e = analyzeEvents(bodyDoc, nameOf);
 * e.roles.get('王某'); // ['chair', 'speaker']
 * ```
 */
export function analyzeEvents(doc: Doc, nameOf: NameOf): EventAnalysis {
  const t = doc.text;
  const book = new RoleBook();
  const roles = book.roles;
  const addRole = (name: string, role: Role): void => book.add(name, role);
  type Placed = Event & { at: number; sentence: number };
  const events: Placed[] = [];
  // `clause`: where the verb that gave the role stands (its sentence's clause), when a verb gave it.
  const participants: { name: string; role: Role; sentence: number; clause?: number }[] = [];
  const sents = sentencesOf(doc, t);
  const dates = doc.cands.filter((c) => c.label === 'date').map((c) => c.date!);
  const people = new MentionRange(doc.cands, (c) => c.label === 'person');
  const dateRange = new MentionRange(doc.cands, (c) => c.label === 'date');
  const personsIn = (_doc: Doc, from: number, to: number): Cand[] => people.within(from, to);
  const ranges: Ranges = { parties: new MentionRange(doc.cands, (c) => PARTIES.has(c.label)), dates: dateRange, ahead: new Set(), places: new MentionRange(doc.cands, (c) => c.label === 'place'), bodies: new MentionRange(doc.cands, (c) => c.label === 'government' || c.label === 'organization' || c.label === 'company'), names: new Set(), inspected: new Set(), quoted: quotedSpans(t), announced: /任免[^，。]{0,12}(?:工作人员|干部|职务)/.test(t) };

  sents.forEach((s, si) => {
    let cursor = 0;
    const clauseOf = (i: number): number => {
      // Verbs come in text order: the clause pointer only moves forward.
      while (cursor < s.clauses.length && s.clauses[cursor]!.end <= i) cursor++;
      const c = s.clauses[cursor];
      return c && i >= c.start ? cursor : -1;
    };
    // Roles.
    /** Where the first verb of a clause stands (a role verb, 召开 or 见证), or -1. */
    const clauseVerbAt = (c: Piece): number => {
      for (let i = c.start; i < c.end; i++) if (roleVerbAt(doc, i) || t.startsWith('召开', i) || t.startsWith('见证', i)) return i;
      return -1;
    };
    const subjectOf = (ci: number, at: number, lists = true): Cand[] => {
      const near = Math.max(s.clauses[ci]!.start, at - VERB_WINDOW);
      // (甲在乙陪同下到某地视察: those between 在 and 陪同下 come along; the subject stands before 在.)
      let along = -1;
      for (let k = at - 3; k >= near && along < 0; k--) if (t.startsWith('陪同下', k)) along = k;
      const zaiHere = along >= near ? lastIn(t, '在', near, along) : -1;
      let out = personsIn(doc, s.clauses[ci]!.start, zaiHere >= 0 ? zaiHere : at);
      // 其后与乙一同颁发: 乙 acts with the subject of the clause before, who acts too.
      const partners = WITH_PARTNER.test(t.slice(near, at)) ? out : [];
      if (partners.length) out = [];
      // 有关部门负责同志参加: a subject that is no named person borrows none from a clause with a verb of its own.
      const generic = !out.length && GENERIC_SUBJECT.test(t.slice(near, at));
      // Earlier clauses of bare names continue the subject; a clause with a verb gives its subject when ours has none.
      for (let k = ci - 1; k >= 0; k--) {
        const c = s.clauses[k]!;
        const ps = personsIn(doc, c.start, c.end);
        // 在甲及乙见证下: witnesses, not signatories of the clause after.
        const verbAt = clauseVerbAt(c);
        // Only attending, signing and receiving take a list of names over commas (甲、乙，丙参加); speaking is one's own.
        if (verbAt < 0 && ps.length && (lists || !out.length)) { out = ps.concat(out); if (!lists) break; continue; }
        // (在甲及乙的见证下，某方与某方签署: those who witness are no signatories; they attend, below.)
        if (verbAt >= 0 && t.startsWith('见证', verbAt)) break;
        if (!out.length && verbAt >= 0 && !generic) {
          // 甲在乙陪同下，到某地视察: the subject stands before 在, not among those who accompany.
          const zai = t.startsWith('陪同下', verbAt) ? lastIn(t, '在', c.start, verbAt) : -1;
          out = personsIn(doc, c.start, zai >= 0 ? zai : verbAt);
          // 甲，乙，丙等出席典礼，并为得奖者颁奖: the subject borrowed is the whole list, over the commas before it.
          for (let j = k - 1; lists && out.length && zai < 0 && j >= 0; j--) {
            const b = s.clauses[j]!;
            const more = personsIn(doc, b.start, b.end);
            if (clauseVerbAt(b) >= 0 || !more.length) break;
            out = more.concat(out);
          }
        }
        break;
      }
      return partners.length ? [...out.filter((p) => !partners.includes(p)), ...partners] : out;
    };
    for (let i = s.start; i < s.end; i++) {
      const v = roleVerbAt(doc, i);
      if (!v) continue;
      const [end, { role, remark, object }] = v;
      // 会谈前, 会见后, 调研期间: a time phrase, not an act.
      // (But 致辞时指, 讲话时表示: one who speaks while giving a speech gives it.)
      // (… and so does one who officiates: 出席主礼时表示.)
      const speaking = t[end] === '时' && ((role === 'speaker' && /^(?:致辞|讲话|发言)$/.test(t.slice(i, end))) || /^(?:主礼|担任主礼嘉宾)$/.test(t.slice(i, end)));
      if (!speaking && /^(?:前|后|时|中|期间)/.test(t.slice(end, end + 2)) && !/^(?:中心|中国)/.test(t.slice(end, end + 2))) { i = end - 1; continue; }
      // 甲及乙见证。, 甲见证签署: those who witness at the clause's end, or witness the signing, attend it; not 在甲见证下
      // (read with the act after it) nor 见证街道由工厂区变成住宅区 (seeing a change, no event).
      // (… and only as one's act: a person named right before it, or 出席, 一同, 亦 — not 历史的见证, 这些照片见证.)
      if (/见证$/.test(t.slice(i, end)) && (!/^(?:[。，；！]|签[约署字订])/.test(t.slice(end, end + 2) || '。') || !(doc.cands[doc.endingAt(i)]?.label === 'person' || /(?:出席|一同|一起|共同|亦|并|及)$/.test(t.slice(Math.max(0, i - 2), i))))) { i = end - 1; continue; }
      // 出席主礼: attending to officiate is officiating (the guest), not attending.
      if (t.slice(i, end) === '出席' && t.startsWith('主礼', end) && !t.startsWith('嘉宾', end + 2)) continue;
      // A verb right after 陪同, 参加 or 出席 names what they joined, not a second role (陪同调研, 参加会见).
      if (/(?:陪同|参加|出席)$/.test(t.slice(Math.max(s.start, i - 2), i)) && !(t.slice(i, end) === '主礼' && t[i - 1] === '席')) { i = end - 1; continue; }
      // 到场会勘: going to the site to inspect it, no attending.
      if (role === 'attendee' && /^(?:到场|到现场)$/.test(t.slice(i, end)) && /^(?:会勘|视察|勘查|勘察|察看|查看|调研|考察|检查)/.test(t.slice(end, end + 2))) { i = end - 1; continue; }
      const ci = clauseOf(i);
      if (ci < 0) continue;
      const clause = s.clauses[ci]!;
      // (Those expected to attend an event set for a day, 将于10日举行…，甲预计出席, will attend it.)
      if (PLAN.test(t.slice(Math.max(clause.start, i - PLAN_WINDOW), i)) && role !== 'awardee' && !(role === 'attendee' && scheduledBefore(t, dateRange, s.start, i))) { i = end - 1; continue; }
      // 向…被评为「严重缺损」的长者发信: a relative clause describes those after 的; its subject is no one named.
      if (role === 'awardee' && /^[「“『][^」”』]{1,20}[」”』]的/.test(t.slice(end, end + 24))) { i = end - 1; continue; }
      // 甲呼吁长者踊跃参加: those urged would attend, not the one who urges them.
      if (role === 'attendee' && URGED.test(t.slice(Math.max(clause.start, i - 12), i))) { i = end - 1; continue; }
      let who: Cand[];
      let r = role;
      let led: RegExpExecArray | null = null;
      let rel: RegExpExecArray | null = null;
      let named: Cand | undefined;
      // (Words before the verb are looked for within a window: a long clause of many verbs is read in linear time.)
      const near = Math.max(clause.start, i - VERB_WINDOW);
      const wei = lastIn(t, '为', near, i);
      if (object) {
        // 随行的还有甲、乙等: the people named after the verb take the role.
        who = personsIn(doc, end, clause.end);
      } else if (t.slice(i, end) === '颁奖' && wei >= 0) {
        // 甲为乙颁奖: the people between 为 and 颁奖 receive the award, those before 为 present it.
        for (const p of subjectOf(ci, wei)) { addRole(nameOf(p), 'presenter'); participants.push({ name: nameOf(p), role: 'presenter', sentence: si }); }
        who = personsIn(doc, wei, i);
        r = 'awardee';
      } else if (/^颁[发授]$/.test(t.slice(i, end)) && firstIn(t, '获', near, i) >= 0) {
        // 甲获乙颁发某奖: 甲 receives it; a person between 获 and the verb presents it.
        const huo = firstIn(t, '获', near, i);
        for (const p of personsIn(doc, huo, i)) { addRole(nameOf(p), 'presenter'); participants.push({ name: nameOf(p), role: 'presenter', sentence: si }); }
        who = subjectOf(ci, huo, true);
        r = 'awardee';
      } else if (role === 'leader' && lastIn(t, '由', near, i) >= 0) {
        // 会见由甲率领的代表团: 甲 leads; the one who meets them does not.
        who = personsIn(doc, lastIn(t, '由', near, i), i);
      } else if (role === 'host' && /会见|接见|会谈|会晤/.test(t.slice(i, end))) {
        // 甲会见乙: 乙 is the guest; 甲与乙举行会谈: 乙 (after 与) is the guest.
        const yu = partnerBefore(doc, near, i);
        const guests = yu >= clause.start ? personsIn(doc, yu, i) : personsIn(doc, end, clause.end);
        who = subjectOf(ci, yu >= clause.start ? yu : i);
        for (const g of guests) { addRole(nameOf(g), 'guest'); participants.push({ name: nameOf(g), role: 'guest', sentence: si }); }
      } else if (t.startsWith('陪同下', i) && lastIn(t, '在', near, i) >= 0) {
        // 在乙（的）陪同下: 乙 accompanies.
        who = personsIn(doc, lastIn(t, '在', near, i), i);
      } else if (role === 'inspector' && (led = LED_ALONG.exec(t.slice(near, i))) !== null) {
        // 甲率水利局长乙、建设局长丙等人到场会勘: those 甲 leads come along; 甲 inspects.
        const at = near + led.index;
        for (const p of personsIn(doc, at, i)) { addRole(nameOf(p), 'accompanying'); participants.push({ name: nameOf(p), role: 'accompanying', sentence: si, clause: ci }); }
        who = subjectOf(ci, at);
      } else if (role === 'party' && (led = /见证/.exec(t.slice(near, i))) !== null) {
        // 甲见证乙与丙签署: 乙 and 丙 sign; 甲 witnesses (told below).
        who = personsIn(doc, near + led.index + 2, i);
      } else if (!remark && (rel = REL_ACT.exec(t.slice(end, end + 3))) !== null && (named = namedRightAfter(doc, end + rel[0].length, clause.end)) !== undefined) {
        // 主持会议的财委会主席甲提醒…: the verb in a relative clause is the act of the one it describes.
        who = [named];
      } else who = subjectOf(ci, i, role === 'attendee' || role === 'party' || role === 'awardee' || role === 'accompanying');
      // 他说，… / 她表示，…: the person last named as a subject before (one who opens a clause, not an object).
      if (!who.length && i - clause.start <= 5 && /^[他她](?:还|又|也|再次|进一步)?$/.test(t.slice(clause.start, i))) {
        const last = people.lastBefore(clause.start, (p) => p.start === 0 || /[，。；：、\s]/.test(t[p.start - 1]!) || doc.owner[p.start - 1] !== -1);
        if (last) who = [last];
      }
      for (const p of who) {
        if (REFERENCE_BEFORE.test(t.slice(Math.max(clause.start, p.start - 12), p.start))) continue;
        addRole(nameOf(p), r);
        // A remark reported (某某指，…) makes a speaker, but no participant of the event told.
        if (!remark) participants.push({ name: nameOf(p), role: r, sentence: si, clause: ci });
      }
      i = end - 1;
    }
    // 在甲及乙（的）见证下, 签署仪式由甲见证: those who witness attend.
    for (const m of s.clauses) {
      const w = /^(?:会见后|会谈后|随后|其后)?[，,]?在(.{2,40}?)的?见证下/.exec(t.slice(m.start, m.end)) ?? /由([^，。；]{2,40}?)(?:共同|一同)?见证/.exec(t.slice(m.start, m.end));
      if (!w) continue;
      const from = m.start + w.index;
      for (const p of personsIn(doc, from, from + w[0].length)) { addRole(nameOf(p), 'attendee'); participants.push({ name: nameOf(p), role: 'attendee', sentence: si }); }
    }
    // Those who attended, named after the verb: 出席会议的甲、乙; 出席嘉宾包括甲、乙.
    // 主礼嘉宾包括甲、乙，以及丙: the officiating guests.
    for (const [before, role] of [[ATTENDED_BEFORE, 'attendee'], [OFFICIATING_BEFORE, 'guest']] as const) {
      for (const m of s.clauses) {
        const clause = t.slice(m.start, m.end);
        const k = clause.search(before);
        if (k < 0) continue;
        // The list runs on over a comma before 以及 (…、某某，以及某某), and over clauses that only name someone with
        // their office (…、乙，某某议员丙，以及丁).
        let to = listEnd(t, s.clauses, s.clauses.indexOf(m));
        for (let n = s.clauses.findIndex((x) => x.end === to) + 1; n > 0 && n < s.clauses.length; n++) {
          const next = s.clauses[n]!;
          if (next.end - next.start > 24) break;
          const named = personsIn(doc, next.start, next.end);
          let verb = false;
          for (let i = next.start; i < next.end && !verb; i++) if (roleVerbAt(doc, i)) verb = true;
          if (!named.length || verb || named[named.length - 1]!.end < next.end - 6) break;
          to = listEnd(t, s.clauses, n);
          n = s.clauses.findIndex((x) => x.end === to);
        }
        for (const p of personsIn(doc, m.start + k, to)) { addRole(nameOf(p), role); participants.push({ name: nameOf(p), role, sentence: si }); }
      }
    }
    for (const m of s.clauses) {
      const k = t.slice(m.start, m.end).search(ACCOMPANYING_BEFORE);
      if (k < 0) continue;
      // The list runs on over commas (，以及某某).
      for (const p of personsIn(doc, m.start + k, s.end)) { addRole(nameOf(p), 'accompanying'); participants.push({ name: nameOf(p), role: 'accompanying', sentence: si }); }
    }
    // 陪同视察的某某市长甲表示: the one who came along, named in the clause that says so.
    for (const m of s.clauses) {
      const k = t.slice(m.start, m.end).search(ACCOMPANYING_SUBJECT);
      if (k < 0) continue;
      for (const p of personsIn(doc, m.start + k, m.end)) { addRole(nameOf(p), 'accompanying'); participants.push({ name: nameOf(p), role: 'accompanying', sentence: si }); }
    }
    // 甲率团访问某地，与乙及丙会面: the visitor is the guest of those met.
    if (VISITING.test(t.slice(s.start, s.end))) {
      for (const m of s.clauses) {
        const mm = MET_WITH.exec(t.slice(m.start, m.end));
        if (!mm || !mm[0].endsWith('会面')) continue;
        const hosts = personsIn(doc, m.start + mm.index, m.start + mm.index + mm[0].length);
        if (!hosts.length) continue;
        for (const p of hosts) { addRole(nameOf(p), 'host'); participants.push({ name: nameOf(p), role: 'host', sentence: si }); }
        const visitor = personsIn(doc, s.start, m.start + mm.index)[0];
        if (visitor) { addRole(nameOf(visitor), 'guest'); participants.push({ name: nameOf(visitor), role: 'guest', sentence: si }); }
      }
    }
    // A visit, then 与甲及乙会面: those met there host it.
    if (VISIT.test(t.slice(s.start, s.end))) {
      for (const m of s.clauses) {
        const mm = MET_WITH.exec(t.slice(m.start, m.end));
        if (!mm) continue;
        for (const p of personsIn(doc, m.start + mm.index, m.start + mm.index + mm[0].length)) { addRole(nameOf(p), 'host'); participants.push({ name: nameOf(p), role: 'host', sentence: si }); }
      }
    }
    // People only cited (贯彻…某某总书记…重要讲话): referenced.
    for (const c of s.clauses) {
      for (const p of personsIn(doc, c.start, c.end)) {
        const name = nameOf(p);
        if (!roles.has(name) && REFERENCE_BEFORE.test(t.slice(Math.max(c.start, p.start - 12), p.start)) && /(?:讲话|指示|论述|思想|精神|要求)/.test(t.slice(p.end, Math.min(c.end, p.end + 24)))) addRole(name, 'referenced');
      }
    }
    // Events.
    for (const c of s.clauses) findEventsInClause(doc, c, si, s, events, nameOf, ranges);
  });
  // An incident the story reports (a fire, a sentence passed, a police operation), where no event told names it.
  const incident = findIncident(doc, sents, ranges);
  if (incident && !events.some((e) => e.type === 'other' && e.sentence === incident.sentence)) {
    if (PLAN.test(t.slice(Math.max(sents[incident.sentence]!.start, incident.at - PLAN_WINDOW), incident.at))) ranges.ahead.add(incident);
    // (In text order among the events told.)
    const k = events.findIndex((e) => e.sentence > incident.sentence || (e.sentence === incident.sentence && e.at > incident.at));
    events.splice(k < 0 ? events.length : k, 0, incident);
  }

  // 签署仪式在某地举行 after 某某签署某协议: the ceremony of that signing, not an event of its own. Its place and
  // date go to the signing, and the roles of its sentence too.
  const redirect = new Map<number, Event & { at: number; sentence: number }>();
  const signing = events.find((e) => e.type === 'signing');
  if (signing) {
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k]!;
      // (… and the document signed named again by its head noun, 签署备忘录 after 签署《某某合作备忘录》, or the ceremony
      // named bare, 出席仪式的还有….)
      const again = e.type === 'signing' && e.name.length >= 2 && signing.name.length > e.name.length && signing.name.endsWith(e.name);
      if (e === signing || e.at < signing.at || !(/^(?:(?:签署|签约|签字)(?:仪式|活动)|仪式)$/.test(e.name) || again)) continue;
      if (!signing.location && e.location) signing.location = e.location;
      if (!signing.date && e.date) signing.date = e.date;
      redirect.set(e.sentence, signing);
      events.splice(k, 1);
    }
  }
  // The main event: the first meeting-like one; 会议/会上/现场 sentences and unplaced roles attach to it.
  // (Not an event set for a day to come, while the article tells one that took place.)
  const now = events.filter((e) => !ranges.ahead.has(e));
  // (Nor a press conference the text does not name after the story has opened with another event: it tells of that
  // event rather than being it.)
  const opening = now[0]?.sentence ?? 0;
  // (Nor those met on a visit, 率团访问某地，与甲会面: the visit is the story, the meeting a part of it.)
  const metOnVisit = (e: Placed): boolean => e.trigger === '会面' && VISITING.test(t.slice(sents[e.sentence]!.start, sents[e.sentence]!.end));
  const main = now.find((e) => (e.type === 'meeting' && !(/^(?:记者会|简报会|发布会)$/.test(e.name) && e.sentence > opening) && !metOnVisit(e)) || e.type === 'ceremony' || e.type === 'launch') ?? now[0] ?? events[0];
  // 亮灯仪式, 剪彩仪式 named bare after the opening ceremony told, with no day between: a rite of that ceremony, not an
  // event of its own; those who perform it take part in the ceremony.
  if (main?.type === 'ceremony') {
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k]!;
      if (e === main || e.type !== 'ceremony' || e.at < main.at || !RITE.test(e.name) || dateRange.first(main.at, e.at)) continue;
      redirect.set(e.sentence, main);
      events.splice(k, 1);
    }
  }
  for (const e of events) {
    const s = sents[e.sentence]!;
    const lead = t.slice(s.start, s.end);
    // 由甲与乙合办的「某某计划」…举行启动礼: the bodies that organize it host it.
    const by = HOSTED_BY.exec(t.slice(s.start, e.at));
    if (by) for (const b of ranges.bodies.within(s.start + by.index, s.start + by.index + by[0].length)) takePart(e, nameOf(b), 'host');
    // 代表团其后参观…, 随后…: later the same day as the main event.
    const later = e !== main && main && !e.date && main.date && /(?:其后|随后|之后|会后)[^，。]{0,12}$/.test(t.slice(Math.max(s.start, e.at - 16), e.at));
    if (later) e.date = main.date;
    // 签约仪式, 揭牌仪式 named bare after the main event with no day between: an act of the main event, its day and place.
    const act = e !== main && main && !e.date && main.date && main.at < e.at && BARE_ACT.test(e.name) && !dateRange.first(main.at, e.at);
    if (e !== main && main && (act || BACKREF.test(lead) || namesMain(lead, main.name))) {
      if (!e.date && main.date) e.date = main.date;
      if (!e.location && main.location) e.location = main.location;
    }
    if (!e.date) {
      // A day named in the event's own clause (颁奖典礼今日在某地举行) before the sentence's first date (a year in
      // the name of an award is no day of the event).
      const clause = s.clauses.find((c) => c.start <= e.at && e.at < c.end);
      const own = clause ? dateRange.within(clause.start, clause.end).find((x) => x.date?.iso) : undefined;
      const d = own ?? dateRange.first(s.start, e.at);
      if (d) e.date = d.date!;
      else if (e === main) {
        const first = dateRange.first(0, e.at);
        if (first) e.date = first.date!;
      }
    }
  }
  if (main) {
    const bySentence = new Map<number, Event>();
    for (const e of events) if (!bySentence.has(e.sentence) && e.type !== 'signing' && e.type !== 'release' && e.type !== 'unveiling' && !ranges.ahead.has(e)) bySentence.set(e.sentence, e);
    for (const [sentence, e] of redirect) bySentence.set(sentence, e);
    const seen = new Set<string>();
    // Roles of a sentence without an event go to the main event; where that is a signing, those who speak spoke at
    // the nearest gathering before them (the reception before the signing).
    const gatherings = events.filter((e) => e.type === 'meeting' || e.type === 'reception' || e.type === 'ceremony' || e.type === 'inspection');
    const nearest = (sentence: number): (Event & { at: number; sentence: number }) | undefined => {
      let best: (Event & { at: number; sentence: number }) | undefined;
      for (const e of gatherings) if (e.sentence <= sentence && (!best || e.sentence > best.sentence)) best = e;
      return best;
    };
    const mainSentence: number = main.sentence;
    /** True when the sentence introduces the person as one of the public (市民某某, 街坊某某, 某某（68岁）). */
    const residentIn = (si: number, name: string): boolean => {
      const sent = sents[si]!;
      const c = people.within(sent.start, sent.end).find((x) => nameOf(x) === name);
      // (… or by an age in brackets after the name, as a story introduces one of the public: 某某（68岁）.)
      return !!c && (RESIDENT.test(t.slice(Math.max(sent.start, c.start - 3), c.start)) || /^[（(]\d{1,3}岁[）)]/.test(t.slice(c.end, c.end + 6)));
    };
    for (const p of participants) {
      // Those who sign go to the signing of their sentence.
      // (Not to a bare 签署协议 after a named signing: that is the signing already told.)
      // (Those who witness a signing, 在甲的见证下…签署, attend that signing.)
      // (Not one who attends by a verb of a clause of their own: 甲出席并致辞，乙主持签约仪式 — 甲 attends the gathering.)
      const otherClause = (e: Event & { at: number; sentence: number }): boolean => {
        if ((p.role !== 'attendee' && p.role !== 'chair') || p.clause === undefined) return false;
        const cl = sents[p.sentence]!.clauses[p.clause]!;
        return e.at < cl.start || e.at >= cl.end;
      };
      const signed = p.role === 'party' || p.role === 'attendee' ? events.find((e) => e.sentence === p.sentence && e.type === 'signing' && !/^(?:合作|框架)?(?:协议|备忘录)$/.test(e.name) && !otherClause(e)) : p.role === 'host' || p.role === 'guest' ? events.find((e) => e.sentence === p.sentence && (e.type === 'reception' || e.type === 'meeting')) : undefined;
      // (One who hosts or chairs a gathering speaks at it, in a sentence of their own: 甲表示 after 甲会见….)
      const own: Placed | undefined = p.role === 'speaker' && !bySentence.has(p.sentence) ? events.find((e) => e !== main && e.sentence < p.sentence && e.participants.some((x) => x.name === p.name && (x.role === 'host' || x.role === 'chair'))) : undefined;
      // One who chairs a signing their own clause names goes to it (乙主持签约仪式), not to the gathering it is part
      // of. (A 启动仪式 or 揭幕仪式 chaired after the 启动礼 told is that event again: the sentence's own.)
      const named = p.role === 'chair' && p.clause !== undefined ? events.find((e) => e.sentence === p.sentence && e.type === 'signing' && !otherClause(e)) : undefined;
      const target: Event = signed ?? named ?? bySentence.get(p.sentence) ?? own ?? (p.role === 'speaker' && main?.type === 'signing' ? nearest(p.sentence) ?? main : main)!;
      // (What one says in a story of a signing is no part of the signing: a signing has its parties, and those who
      // witness or attend it.)
      if (p.role === 'speaker' && target?.type === 'signing') continue;
      // (Nor is what one says now said at an event set for a day to come.)
      if (p.role === 'speaker' && target && ranges.ahead.has(target)) continue;
      // (Nor is what one said before the story comes to its event: 甲解签时表示… paragraphs above 专员乙到庙外视察.)
      if (p.role === 'speaker' && target === main && p.sentence < mainSentence) continue;
      // (Nor does a resident quoted in a story of a meeting or an announcement speak at it: 市民某某昨日在大楼外表示.)
      if (p.role === 'speaker' && (target.type === 'meeting' || target.type === 'release') && p.sentence !== (target as Placed).sentence && residentIn(p.sentence, p.name)) continue;
      const key = `${events.indexOf(target as Event & { at: number; sentence: number })}\u0000${p.name}\u0000${p.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      takePart(target, p.name, p.role);
    }
  }
  const awards = findAwards(doc, nameOf);
  const personNames = new Set(doc.cands.filter((c) => c.label === 'person').map(nameOf));
  // Conferring an award is an event of its own (被授予, 为…颁奖, 为…授牌), at the main event's date.
  for (const w of awards) {
    const m = w.mentions[0];
    if (!m || !w.trigger) continue;
    const e: Event & { at: number; sentence: number } = { type: 'award', name: w.name, trigger: w.trigger, participants: [], mentions: [...w.mentions], at: m.start, sentence: -1 };
    if (main?.date) e.date = main.date;
    for (const r of w.recipients) {
      if (!roles.has(r) && !personNames.has(r)) continue;
      addRole(r, 'awardee'); // a recipient named after 得奖者为 has no verb of their own
      e.participants.push({ name: r, role: 'awardee' });
    }
    events.push(e);
  }
  // The people an award went to receive it at the award ceremony the article tells (「某某奖」颁奖典礼).
  for (const w of awards) {
    const ceremony = events.find((e) => e.type === 'ceremony' && (e.name.includes(w.name) || /颁奖|嘉许/.test(e.name)));
    for (const r of w.recipients) {
      if (!personNames.has(r)) continue;
      addRole(r, 'awardee');
      takePart(ceremony, r, 'awardee');
    }
  }
  for (const w of awards) delete w.trigger;
  // 会见后，…签署: what follows a reception or a meeting happens on its day.
  for (const e of events) {
    const s = sents[e.sentence];
    if (!s || !/^(?:会见|会谈|会晤|会议|座谈|会)后/.test(t.slice(s.start, s.end))) continue;
    const before = events.filter((x) => (x.type === 'reception' || x.type === 'meeting') && x.sentence < e.sentence && x.date).pop();
    if (before?.date) e.date = before.date;
  }
  // 以甲为团长的代表团: 甲 leads the delegation, and stands for it where it inspects (代表团…考察) or is received
  // (会见代表团).
  const head = /以(.{2,40}?)为团长的/.exec(t);
  const leaders = head ? people.within(head.index, head.index + head[0].length).map(nameOf) : [];
  for (const n of leaders) addRole(n, 'leader');
  if (leaders.length) {
    for (const e of events) {
      const s = sents[e.sentence];
      if (!s) continue;
      const text = t.slice(s.start, s.end);
      if (e.type === 'inspection' && /^(?:代表团|考察团|访问团)/.test(text) && !e.participants.some((p) => p.role === 'inspector')) {
        for (const n of leaders) { addRole(n, 'inspector'); takePart(e, n, 'inspector'); }
      }
      if (e.type === 'reception' && /代表团|考察团|访问团/.test(e.name) && !e.participants.some((p) => p.role === 'guest')) {
        for (const n of leaders) { addRole(n, 'guest'); takePart(e, n, 'guest'); }
      }
    }
  }
  // 其后前往某地，视察旅客轮候情况, after 甲视察某地: a stop of the visit told, with no one and no day of its own, is
  // part of the inspection told before.
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (e.type === 'inspection' && !e.participants.length && !e.date && events.some((x) => x !== e && x.type === 'inspection' && x.at < e.at && x.participants.some((p) => p.role === 'inspector'))) events.splice(k, 1);
  }
  // A role an event gives in its own reading (the host of 甲与某某代表团会面, of 甲为乙举行欢迎仪式) is the person's too.
  for (const e of events) for (const p of e.participants) if (p.role === 'host' || p.role === 'guest' || (p.role === 'party' && e.type === 'personnel')) addRole(p.name, p.role);
  return { events: events.map(({ at: _a, sentence: _s, ...e }) => e), awards, dates, roles };
}
