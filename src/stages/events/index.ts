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
import { eventHeads, roleVerbs } from '../../data/lexicons.generated.js';
import { SuffixTrie, Trie } from '../../lexicon/trie.js';
import type { Award, DateValue, Event, Role } from '../../types.js';
import type { Cand, Doc } from '../recognize/index.js';
import { findAwards } from './awards.js';
import { listEnd, sentencesOf, type Piece } from './text.js';
import { firstIn, lastIn, MentionRange } from './range.js';

interface Lex {
  roles: Trie<{ role: Role; object: boolean; remark: boolean }>;
  heads: SuffixTrie<Event['type']>;
}
let lex: Lex | undefined;
function lexicon(): Lex {
  if (lex) return lex;
  const roles = new Trie<{ role: Role; object: boolean; remark: boolean }>();
  for (const [v, role, pos] of roleVerbs) roles.add(v!, { role: role as Role, object: pos === 'object', remark: pos === 'remark' });
  const heads = new SuffixTrie<Event['type']>();
  for (const [h, type] of eventHeads) heads.add(h!, type as Event['type']);
  lex = { roles, heads };
  return lex;
}

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

/** How far before a verb a plan word is looked for. */
const PLAN_WINDOW = 40;
/** A clause whose subject is the last clause's, acting with those named after 与 (其后与乙一同颁发). */
const WITH_PARTNER = /^(?:其后|随后|之后|并|再|又|还|亦|也)?与[^，。；]{1,40}?(?:一同|一起|共同|一道|一并)$/;
/** Words that set an event for a day named right after them (将于, 定于, 拟于). */
const SCHEDULED = /(?:将|定|拟|計劃|计划|將|擬)於?于?$/;

/** True when a day is set for what comes at `i` (将于本月20日, 定于12月1日), within the plan window after `from`. */
function scheduledBefore(t: string, dates: MentionRange, from: number, i: number): boolean {
  return dates.within(Math.max(from, i - PLAN_WINDOW), i).some((d) => d.date?.day !== undefined && SCHEDULED.test(t.slice(Math.max(0, d.start - 3), d.start)));
}
/** Words that make what follows a plan or a call to action, not something that happened. */
const PLAN = /(?:(?<![上中少大主名武战干猛老])将(?![军领士])|拟(?!定)|计划[于在将]|准备|力争|即将|预计|争取|希望|稍后|^要|[一二三四五六]要)/;
// (开议: a council's session opens, 某某定期会昨日开议.)
const MEETING_TRIGGERS = ['召开', '举行', '举办', '主持', '主礼', '出席', '进行', '开议'];
const BACKREF = /^(?:会议|会上|大会|现场|活动现场|活动|会后|(?:会谈|会见|会晤|签约|签字|签署|仪式)[前后]|(?:典礼|仪式|开幕礼|开幕式|颁奖礼|启动礼|活动)上)/;
/** A sentence opening with the head noun of the main event's name (论坛同日举行… after 某某论坛2023) is about it. */
const HEAD_LEAD = /^(?:此外，)?(论坛|峰会|博览会|展会|研讨会|年会|交流会|推介会|洽谈会|开幕式|典礼|大会)/;
function namesMain(lead: string, mainName: string): boolean {
  const m = HEAD_LEAD.exec(lead);
  return !!m && mainName.includes(m[1]!);
}
/** A forum, a summit or a conference named (in quotation marks or not) before 开幕: the name without its marks. */
const OPENING_GATHERING = /^[“「『]?([^“”「」『』]{2,30}(?:峰会|论坛|研讨会|年会|大会|会议))[”」』]?$/;
const REFERENCE_BEFORE = /(?:贯彻|学习|落实|领会|践行|遵循|按照)[^，。]{0,6}$/;

const PARTIES = new Set(['company', 'government', 'organization', 'person']);
/** Subjects that are no named person (负责同志, 有关部门, 代表, 群众). */
const GENERIC_SUBJECT = /负责同志|负责人|有关部门|相关部门|有关方面|代表|嘉宾|群众|干部|同志/;
/** Those who come along are named after these (随团访港的还有甲). */
/** Those who came along are named after these, in the same clause (陪同视察的某某). */
const ACCOMPANYING_SUBJECT = /陪同(?:视察|考察|调研|参观|访问|巡视)?的/;
const ACCOMPANYING_BEFORE = /随团[^，。]{0,6}的(?:还有|有|包括)?|(?:代表团|访问团|考察团|交流团)成员(?:包括|有|为)/;
/** The attendees are named after these (出席会议的甲、乙; 出席嘉宾包括甲、乙; 与会嘉宾有甲). */
const ATTENDED_BEFORE = /(?:出席|参加|列席)(?:会议|活动|仪式|典礼|开幕式|[^，。、的]{2,12}?[会礼式])?的|(?:出席|与会|到场)(?:嘉宾|贵宾|来宾)(?:包括|有|为)/;

/** Words before a list of the guests who officiate (主礼嘉宾包括甲、乙). */
const OFFICIATING_BEFORE = /主礼嘉宾(?:包括|有|为|是|计有)/;

/** A visiting party (代表团, 访问团, 考察团, 一行). */
const DELEGATION = /代表团|访问团|考察团|交流团|一行/;
/** Verbs of urging or inviting others, before a verb of attending that is theirs (呼吁市民参加). */
const URGED = /呼吁|鼓励|号召|吁请|邀请|欢迎|动员/;

function roleVerbAt(doc: Doc, i: number): [number, { role: Role; object: boolean; remark: boolean }] | undefined {
  if (doc.owner[i] !== -1) return undefined; // a verb inside a mention is no verb (发言 in 发言人)
  return lexicon().roles.longestAt(doc.text, i);
}

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
  const events: (Event & { at: number; sentence: number })[] = [];
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
    const subjectOf = (ci: number, at: number, lists = true): Cand[] => {
      let out = personsIn(doc, s.clauses[ci]!.start, at);
      // 其后与乙一同颁发: 乙 acts with the subject of the clause before, who acts too.
      const partners = WITH_PARTNER.test(t.slice(s.clauses[ci]!.start, at)) ? out : [];
      if (partners.length) out = [];
      // 有关部门负责同志参加: a subject that is no named person borrows none from a clause with a verb of its own.
      const generic = !out.length && GENERIC_SUBJECT.test(t.slice(s.clauses[ci]!.start, at));
      // Earlier clauses of bare names continue the subject; a clause with a verb gives its subject when ours has none.
      for (let k = ci - 1; k >= 0; k--) {
        const c = s.clauses[k]!;
        const ps = personsIn(doc, c.start, c.end);
        let verbAt = -1;
        // 在甲及乙见证下: witnesses, not signatories of the clause after.
        for (let i = c.start; i < c.end && verbAt < 0; i++) if (roleVerbAt(doc, i) || t.startsWith('召开', i) || t.startsWith('见证', i)) verbAt = i;
        // Only attending, signing and receiving take a list of names over commas (甲、乙，丙参加); speaking is one's own.
        if (verbAt < 0 && ps.length && (lists || !out.length)) { out = ps.concat(out); if (!lists) break; continue; }
        // (在甲及乙的见证下，某方与某方签署: those who witness are no signatories; they attend, below.)
        if (verbAt >= 0 && t.startsWith('见证', verbAt)) break;
        if (!out.length && verbAt >= 0 && !generic) {
          // 甲在乙陪同下，到某地视察: the subject stands before 在, not among those who accompany.
          const zai = t.startsWith('陪同下', verbAt) ? lastIn(t, '在', c.start, verbAt) : -1;
          out = personsIn(doc, c.start, zai >= 0 ? zai : verbAt);
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
      const speaking = role === 'speaker' && t[end] === '时' && /^(?:致辞|讲话|发言)$/.test(t.slice(i, end));
      if (!speaking && /^(?:前|后|时|中|期间)/.test(t.slice(end, end + 2)) && !/^(?:中心|中国)/.test(t.slice(end, end + 2))) { i = end - 1; continue; }
      // A verb right after 陪同, 参加 or 出席 names what they joined, not a second role (陪同调研, 参加会见).
      if (/(?:陪同|参加|出席)$/.test(t.slice(Math.max(s.start, i - 2), i))) { i = end - 1; continue; }
      // 到场会勘: going to the site to inspect it, no attending.
      if (role === 'attendee' && /^(?:到场|到现场)$/.test(t.slice(i, end)) && /^(?:会勘|视察|勘查|勘察|察看|查看|调研|考察|检查)/.test(t.slice(end, end + 2))) { i = end - 1; continue; }
      const ci = clauseOf(i);
      if (ci < 0) continue;
      const clause = s.clauses[ci]!;
      // (Those expected to attend an event set for a day, 将于10日举行…，甲预计出席, will attend it.)
      if (PLAN.test(t.slice(Math.max(clause.start, i - PLAN_WINDOW), i)) && role !== 'awardee' && !(role === 'attendee' && scheduledBefore(t, dateRange, s.start, i))) { i = end - 1; continue; }
      // 甲呼吁长者踊跃参加: those urged would attend, not the one who urges them.
      if (role === 'attendee' && URGED.test(t.slice(Math.max(clause.start, i - 12), i))) { i = end - 1; continue; }
      let who: Cand[];
      let r = role;
      let led: RegExpExecArray | null = null;
      const wei = lastIn(t, '为', clause.start, i);
      if (object) {
        // 随行的还有甲、乙等: the people named after the verb take the role.
        who = personsIn(doc, end, clause.end);
      } else if (t.slice(i, end) === '颁奖' && wei >= 0) {
        // 甲为乙颁奖: the people between 为 and 颁奖 receive the award, those before 为 present it.
        for (const p of subjectOf(ci, wei)) { addRole(nameOf(p), 'presenter'); participants.push({ name: nameOf(p), role: 'presenter', sentence: si }); }
        who = personsIn(doc, wei, i);
        r = 'awardee';
      } else if (/^颁[发授]$/.test(t.slice(i, end)) && firstIn(t, '获', clause.start, i) >= 0) {
        // 甲获乙颁发某奖: 甲 receives it; a person between 获 and the verb presents it.
        const huo = firstIn(t, '获', clause.start, i);
        for (const p of personsIn(doc, huo, i)) { addRole(nameOf(p), 'presenter'); participants.push({ name: nameOf(p), role: 'presenter', sentence: si }); }
        who = subjectOf(ci, huo, true);
        r = 'awardee';
      } else if (role === 'leader' && lastIn(t, '由', clause.start, i) >= 0) {
        // 会见由甲率领的代表团: 甲 leads; the one who meets them does not.
        who = personsIn(doc, lastIn(t, '由', clause.start, i), i);
      } else if (role === 'host' && /会见|接见|会谈|会晤/.test(t.slice(i, end))) {
        // 甲会见乙: 乙 is the guest; 甲与乙举行会谈: 乙 (after 与) is the guest.
        const yu = partnerBefore(doc, clause.start, i);
        const guests = yu >= clause.start ? personsIn(doc, yu, i) : personsIn(doc, end, clause.end);
        who = subjectOf(ci, yu >= clause.start ? yu : i);
        for (const g of guests) { addRole(nameOf(g), 'guest'); participants.push({ name: nameOf(g), role: 'guest', sentence: si }); }
      } else if (t.startsWith('陪同下', i) && lastIn(t, '在', clause.start, i) >= 0) {
        // 在乙（的）陪同下: 乙 accompanies.
        who = personsIn(doc, lastIn(t, '在', clause.start, i), i);
      } else if (role === 'inspector' && (led = LED_ALONG.exec(t.slice(clause.start, i))) !== null) {
        // 甲率水利局长乙、建设局长丙等人到场会勘: those 甲 leads come along; 甲 inspects.
        const at = clause.start + led.index;
        for (const p of personsIn(doc, at, i)) { addRole(nameOf(p), 'accompanying'); participants.push({ name: nameOf(p), role: 'accompanying', sentence: si, clause: ci }); }
        who = subjectOf(ci, at);
      } else who = subjectOf(ci, i, role === 'attendee' || role === 'party' || role === 'awardee' || role === 'accompanying');
      // 他说，… / 她表示，…: the person last named as a subject before (one who opens a clause, not an object).
      if (!who.length && /^[他她](?:还|又|也|再次|进一步)?$/.test(t.slice(clause.start, i))) {
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

  // 签署仪式在某地举行 after 某某签署某协议: the ceremony of that signing, not an event of its own. Its place and
  // date go to the signing, and the roles of its sentence too.
  const redirect = new Map<number, Event & { at: number; sentence: number }>();
  const signing = events.find((e) => e.type === 'signing');
  if (signing) {
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k]!;
      if (e === signing || e.at < signing.at || !/^(?:签署|签约|签字)(?:仪式|活动)$/.test(e.name)) continue;
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
  const main = now.find((e) => (e.type === 'meeting' && !(/^(?:记者会|简报会|发布会)$/.test(e.name) && e.sentence > opening)) || e.type === 'ceremony' || e.type === 'launch') ?? now[0] ?? events[0];
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
      const own = p.role === 'speaker' && !bySentence.has(p.sentence) ? events.find((e) => e !== main && e.sentence < p.sentence && e.participants.some((x) => x.name === p.name && (x.role === 'host' || x.role === 'chair'))) : undefined;
      // One who chairs a signing their own clause names goes to it (乙主持签约仪式), not to the gathering it is part
      // of. (A 启动仪式 or 揭幕仪式 chaired after the 启动礼 told is that event again: the sentence's own.)
      const named = p.role === 'chair' && p.clause !== undefined ? events.find((e) => e.sentence === p.sentence && e.type === 'signing' && !otherClause(e)) : undefined;
      const target = signed ?? named ?? bySentence.get(p.sentence) ?? own ?? (p.role === 'speaker' && main?.type === 'signing' ? nearest(p.sentence) ?? main : main)!;
      // (What one says in a story of a signing is no part of the signing: a signing has its parties, and those who
      // witness or attend it.)
      if (p.role === 'speaker' && target?.type === 'signing') continue;
      // (Nor is what one says now said at an event set for a day to come.)
      if (p.role === 'speaker' && target && ranges.ahead.has(target)) continue;
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
  // A role an event gives in its own reading (the host of 甲与某某代表团会面, of 甲为乙举行欢迎仪式) is the person's too.
  for (const e of events) for (const p of e.participants) if (p.role === 'host' || p.role === 'guest') addRole(p.name, p.role);
  return { events: events.map(({ at: _a, sentence: _s, ...e }) => e), awards, dates, roles };
}

/**
 * Where the other side of talks is introduced before the verb at `i`: 与 anywhere in the clause, or 同, 和 or 跟 right
 * after a person or body (甲同乙举行会谈); -1 when none.
 */
function partnerBefore(doc: Doc, from: number, i: number): number {
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

/** Verbs of going somewhere, before the place of an inspection (到某地视察, 赴某地调研). */
const GO = /(?:到|赴|在|来到|前往|深入|走进)$/;

/** The place written right before an inspection's verb (到某地视察, 赴某地一带调研), or undefined. */
function placeBefore(doc: Doc, ranges: Ranges, from: number, i: number): string | undefined {
  const t = doc.text;
  const ps = ranges.places.within(from, i);
  const p = ps[ps.length - 1];
  if (!p || !/^(?:一带|等地|各地)?$/.test(t.slice(p.end, i)) || !GO.test(t.slice(Math.max(from, p.start - 2), p.start))) return undefined;
  return t.slice(p.start, p.end);
}

/**
 * The venue written between 在 and the verb at `i` (在政府总部主持, 在某某大学校园签署), or undefined: a few words
 * naming no person, no list, and no time (在会上, 在…见证下, 在…期间).
 */
function venueBefore(doc: Doc, ranges: Ranges, from: number, i: number): string | undefined {
  const t = doc.text;
  const zai = lastIn(t, '在', Math.max(from, i - 25), i - 1);
  if (zai < 0 || i - zai <= 2 || t[zai - 1] === '正' || t[zai - 1] === '现') return undefined;
  const where = t.slice(zai + 1, i);
  if (/[、，；与和及]/.test(where) || /(?:下|中|时|后|前|间|上)$/.test(where) || LEADS.test(where)) return undefined;
  return ranges.parties.within(zai, i).some((x) => x.label === 'person') ? undefined : where;
}

/** A name of what an act is of, 的, and the act (某某第二期的动工仪式). */
const OF_ACT = /^([^的，、]{2,20})的((?:颁奖|开幕|启动|揭牌|揭幕|闭幕|开工|动工|奠基|签约|签字)(?:典礼|仪式|礼))$/;

/** Going to a site before an inspection's verb (到某某项目视察, 赴某地调研): the site, as group 1. */
const WENT_TO = /(?<![受得达感看遇提直收想做听见办报迟])(?:到|赴|前往|来到|走进)([^，、。；：到赴]{3,20})$/;

/** A ceremony named by its act alone (签约仪式, 揭牌活动): an act of a larger event when it has no day of its own. */
const BARE_ACT = /^(?:签约|签字|签署|揭牌|启动|颁奖|授牌|开工|开幕)(?:仪式|活动|环节)$/;

/** 由甲与乙合办的: the bodies that organize the event the sentence tells, before the verb. */
const HOSTED_BY = /由[^，。；由]{2,60}?(?:联合|共同)?(?:主办|合办|举办|筹办|主催)的/;

/** A ceremony named by its act alone (启动礼, 颁奖典礼), that a name before it may complete. */
const BARE_NAMED = /^(?:颁奖|开幕|启动|揭牌|揭幕|闭幕|开工|动工|奠基)(?:典礼|仪式|礼|式)$/;
/** A clause that is a quoted name, after the relative clause that introduces it (由某会主办的「某某计划」). */
const OPENING_QUOTE = /(?:^|的)[“「『]([^“”「」『』，。]{2,30})[”」』]$/;

/** Adverbs that may stand between an event's name and its verb (某某计划正式启动). */
const ADVERBS = /(?:正式|也|已|还|同时|顺利|隆重|在此|将|同步)+$/;
const LEADS = /^(?:会上|现场|活动现场|当天|当日|会后|仪式上|随后|此外|同时)/;
/** A visit (参观) in a sentence, and the people met on it (与甲及乙会面), who host it. */
const VISIT = /参观/;
/** 率 or 带领 before those an inspector leads along (甲率某局长乙等人到场会勘), not a delegation or team (率团, 率队). */
const LED_ALONG = /(?:率领|带领|(?<![效比利频概汇税费功速坦直草轻表])率)(?![团队领])/;

/** A visit to a place by a delegation (率团访问, 访问某地). */
const VISITING = /率团|率领[^，。]{0,12}代表团|访问|到访/;
const MET_WITH = /与[^，。；]{2,60}?(?:会面|座谈|交流)/;
const INSPECTION = ['看望慰问', '调研', '视察', '考察', '督查', '走访', '看望', '慰问', '检查', '参观', '会勘', '巡视'];
const RECEPTION = ['会见', '接见', '会谈', '会晤', '会面', '宴请', '款待'];

/** The noun phrase of a clause before `i`: its start and end, and a place written 在… before the verb. */
function phraseBefore(doc: Doc, c: Piece, i: number): { start: number; end: number; location?: string } {
  const t = doc.text;
  let end = i;
  const adv = ADVERBS.exec(t.slice(Math.max(c.start, end - 12), end));
  if (adv) end -= adv[0].length;
  let location: string | undefined;
  // 在某地, or in Hong Kong usage 假某地 (颁奖典礼本月18日假某某中心举行: at a venue), two characters or more.
  let at = lastIn(t, '在', Math.max(c.start, end - 17), end - 1);
  if (at < 0) {
    const jia = lastIn(t, '假', Math.max(c.start, end - 17), end - 2);
    if (jia >= 0 && !/[期日冒装设如使若借托]/.test(t[jia + 1]!)) at = jia;
  }
  if (at > c.start && end - at > 1 && end - at <= 16) {
    location = t.slice(at + 1, end);
    end = at;
    if (LEADS.test(location)) location = undefined; // 在会上: the main event's place
  }
  // A date between the name and 在 (某某开幕式昨（29）日在某地举行).
  for (let k = doc.endingAt(end); k >= 0 && doc.cands[k]!.label === 'date'; k = doc.endingAt(end)) end = doc.cands[k]!.start;
  // … and the words that set it for that day (某某论坛将于12月1日在某地举行).
  const set = /(?:将|定|拟|计划|將|擬|計劃)[于於]$/.exec(t.slice(Math.max(c.start, end - 3), end));
  if (set) end -= set[0].length;
  let start = c.start;
  // (Not a year of account, which belongs to the name: 2024年度某某奖励大会.)
  for (let k = doc.startingAt(start); k >= 0 && doc.cands[k]!.label === 'date' && !t.startsWith('年度', doc.cands[k]!.end - 2); k = doc.startingAt(start)) start = doc.cands[k]!.end;
  const lead = LEADS.exec(t.slice(start, end));
  if (lead) start += lead[0].length;
  return location ? { start, end, location } : { start, end };
}

/** Events whose trigger stands in one clause. */
/** Range queries shared by every clause of a text. */
interface Ranges {
  parties: MentionRange;
  dates: MentionRange;
  /** Events set for a day to come (将于本月20日举行): what the article's people say and do now is not done there. */
  ahead: Set<Event>;
  places: MentionRange;
  bodies: MentionRange;
  /** Names of the events found so far. */
  names: Set<string>;
  /** Sentences that already have an inspection. */
  inspected: Set<number>;
  /** For each position, whether it stands inside quotation marks (a quote reports words, not events). */
  quoted: Uint8Array;
  /** The text announces appointments and removals together (任免), as one event. */
  announced: boolean;
}

const OPEN_QUOTES = new Set([...'“「『']);
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』' };
const CLOSE_QUOTES = new Set([...'”」』']);

/** Marks every position inside quotation marks, in one pass; an unclosed quote ends with its paragraph. */
function quotedSpans(t: string): Uint8Array {
  const out = new Uint8Array(t.length);
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (OPEN_QUOTES.has(c)) depth++;
    else if (CLOSE_QUOTES.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '\n') depth = 0;
    if (depth > 0) out[i] = 1;
  }
  return out;
}

function findEventsInClause(doc: Doc, c: Piece, si: number, s: Piece & { clauses: Piece[] }, events: (Event & { at: number; sentence: number })[], nameOf: NameOf, ranges: Ranges): void {
  const t = doc.text;
  const L = lexicon();
  const text = t.slice(c.start, c.end);
  /** A plan word in the sentence before `i` (将, 拟, 计划于 …), within the plan window. */
  const planWordBefore = (i: number): boolean => PLAN.test(t.slice(Math.max(s.start, i - PLAN_WINDOW), i));
  const push = (kind: Event['type'], start: number, end: number, trigger: string, at: number, extra: Partial<Event> = {}): void => {
    let type = kind;
    if (ranges.quoted[at]) return; // words quoted are not events the article reports
    // 举行的「某某论坛2023」: the name is what the quotation marks hold, all of it.
    if (t[start] === '的' && end - start > 3) start++;
    const close = QUOTE_PAIRS[t[start]!];
    if (close) {
      const q = firstIn(t, close, start + 1, c.end);
      if (q >= end - 1 && q - start > 2) {
        start++;
        end = q;
      }
    }
    let name = t.slice(start, end);
    if (t[start] === '《' && t[end - 1] === '》') name = t.slice(start + 1, end - 1);
    // 某某工程第二期的动工仪式: the act of what is named before 的, one name.
    const ofAct = OF_ACT.exec(name);
    if (ofAct) name = ofAct[1]! + ofAct[2]!;
    // 某中心揭牌暨某某签约仪式: one ceremony of several acts.
    if (name.includes('暨') && /(?:仪式|典礼|大会)$/.test(name)) type = 'ceremony';
    if (name.length < 2 || ranges.names.has(name)) return;
    // 主持典礼 after 举行「某某嘉许礼」: the bare head names the event told before, not one of its own.
    // So too 出席大会 after 某某奖励大会, a ceremony whose name ends in that head.
    if (/^(?:典礼|仪式|开幕式|开幕礼|会议|活动|大会|论坛|峰会|记者会|发布会|简报会)$/.test(name) && events.some((e) => e.type === type || e.name.endsWith(name))) return;
    ranges.names.add(name);
    const mention = { start, end, text: t.slice(start, end), label: 'event' as const, rule: `event.${type}` };
    const e: Event & { at: number; sentence: number } = { type, name, trigger, participants: [], mentions: [mention], at, sentence: si, ...extra };
    if (planWordBefore(at)) ranges.ahead.add(e);
    events.push(e);
  };
  const headEnd = (from: number, to: number): [number, Event['type']] | undefined => {
    // The last event head ending in [from, to], longest head first.
    for (let e = to; e > from; e--) {
      const hs = L.heads.endingAt(t, e, from);
      if (hs.length) return [e, hs[hs.length - 1]![1]];
    }
    return undefined;
  };
  // (Not one set for a day: 将于本月20日举行, 定于12月1日召开 tell an event to come on that day.)
  const planned = (i: number): boolean => planWordBefore(i) && !scheduledBefore(t, ranges.dates, s.start, i);
  const isPerson = (from: number, to: number): boolean => ranges.parties.within(from, to).some((x) => x.label === 'person');
  // Trigger then event name (主持召开某某会议), or event name then trigger (某某大会在某地举行).
  for (const trig of MEETING_TRIGGERS) {
    const k = text.indexOf(trig);
    if (k < 0) continue;
    const i = c.start + k;
    if (planned(i)) break;
    const after = i + trig.length;
    // (主礼嘉宾: the officiating guests, a noun, not the verb 主礼 before what they officiate.)
    if (trig === '主礼' && t.startsWith('嘉宾', after)) continue;
    const h = headEnd(after, c.end);
    // 出席记者会: attending names an event only where its name follows at once and ends the clause's object.
    let attending = trig === '出席' && h !== undefined && (h[0] - after > 14 || /[，、和与及的]/.test(t.slice(after, h[0])) || /[员长]/.test(t[h[0]] ?? ''));
    // 出席由某会主办的「某某论坛2023」: the quoted name after the relative clause's 的.
    let nameFrom = after;
    if (attending && h) {
      const de = lastIn(t, '的', after, h[0]);
      if (de >= 0 && QUOTE_PAIRS[t[de + 1]!] && !/[，。]/.test(t.slice(de, h[0]))) {
        attending = false;
        nameFrom = de;
      }
    }
    // 举行了八次会议: meetings counted, not one named.
    const counted = /^(?:了|过)?[\d一二三四五六七八九十两几多数]+[次场个轮]/.test(t.slice(after, after + 6));
    // 某某委员会昨日举行会议, 召开会议: a body that opens the clause holds a meeting, named by the body.
    if (h && (trig === '举行' || trig === '召开') && /^(?:了)?会议$/.test(t.slice(after, h[0]))) {
      const body = ranges.bodies.within(c.start, i)[0];
      if (body && body.start === c.start && (body.label === 'government' || body.label === 'organization')) {
        push('meeting', body.start, h[0], trig, i, { name: `${t.slice(body.start, body.end)}会议` });
        break;
      }
    }
    if (h && !attending && !counted && h[0] - after >= 2 && !/^(?:了|过)?(?:会议|活动)$/.test(t.slice(after, h[0]))) {
      // 甲在某地为乙举行欢迎仪式: the place after 在, 乙 the guest, 甲 the host.
      const extra: Partial<Event> = {};
      // 在某某中心举行的某某论坛, 在政府总部主持某某会议: the place is all that stands between 在 and the verb; else the
      // place named after 在 (在某地为乙举行欢迎仪式).
      const where = venueBefore(doc, ranges, c.start, i);
      const at = where ? undefined : ranges.places.within(c.start, i).find((p) => t[p.start - 1] === '在');
      if (where) extra.location = where;
      else if (at) extra.location = t.slice(at.start, at.end);
      const wei = lastIn(t, '为', c.start, i);
      if (wei >= 0) {
        const guests = ranges.parties.within(wei, i).filter((x) => x.label === 'person');
        const hosts = ranges.parties.within(c.start, wei).filter((x) => x.label === 'person');
        if (guests.length) extra.participants = [...hosts.map((x) => ({ name: nameOf(x), role: 'host' as const })), ...guests.map((x) => ({ name: nameOf(x), role: 'guest' as const }))];
      }
      // 甲局与乙局举行签约仪式: the bodies joined by 与 before the verb are the signing's parties.
      if (h[1] === 'signing' && !extra.participants) {
        const sides = ranges.bodies.within(c.start, i);
        if (sides.length >= 2 && sides.slice(1).every((b, k) => /^[与和同及、]$/.test(t.slice(sides[k]!.end, b.start)))) extra.participants = sides.map((b) => ({ name: nameOf(b), role: 'party' as const }));
      }
      // 「某某计划」，11月26日在某地举行启动礼: a bare act, in a clause with no name of its own, is the act of what the
      // sentence opens with in quotation marks.
      const act = t.slice(nameFrom, h[0]);
      if (BARE_NAMED.test(act) && c.start > s.start) {
        const np = phraseBefore(doc, c, i);
        const first = s.clauses[0]!;
        const opened = np.end - np.start < 2 ? OPENING_QUOTE.exec(t.slice(first.start, first.end)) : null;
        if (opened) extra.name = opened[1]! + act;
      }
      push(h[1], nameFrom, h[0], trig, i, extra);
      break;
    }
    const np = phraseBefore(doc, c, i);
    // 某某启动礼，前日下午在某地举行: a clause of only when and where; the name ends the clause before.
    if (np.end - np.start < 2 && c.start - 1 > s.start) {
      let p0 = c.start - 1;
      while (p0 > s.start && !'，；：'.includes(t[p0 - 1]!)) p0--;
      const hp = headEnd(p0, c.start - 1);
      if (hp && hp[0] === c.start - 1) {
        const de = lastIn(t, '的', p0, c.start - 1);
        np.start = de >= 0 && c.start - 1 - de > 3 ? de + 1 : p0;
        np.end = c.start - 1;
      }
    }
    // 由某某主办的第十届某某嘉许礼: the name starts after the relative clause's 的.
    const de = lastIn(t, '的', np.start, np.end);
    if (de >= 0 && np.end - de > 4 && (t[np.start] === '由' || /(?:主办|举办|承办|合办|协办|主催)$/.test(t.slice(np.start, de)))) np.start = de + 1;
    // (「2024某某论坛」昨日在某地举行: the head may stand inside the quotation marks that close the name.)
    const quoteEnd = CLOSE_QUOTES.has(t[np.end - 1] ?? '') ? 1 : 0;
    const h2 = headEnd(np.start, np.end - quoteEnd);
    if (h2 && h2[0] === np.end - quoteEnd && np.end - np.start >= 3 && !BACKREF.test(t.slice(np.start, np.end))) {
      const extra: Partial<Event> = np.location ? { location: np.location } : {};
      // 甲与乙某某协议签约仪式在某地举行: the bodies named in a signing's name are its parties.
      if (h2[1] === 'signing') {
        const ps = ranges.bodies.within(np.start, np.end);
        if (ps.length) extra.participants = ps.map((b) => ({ name: nameOf(b), role: 'party' as const }));
      }
      push(h2[1], np.start, np.end, trig, i, extra);
      break;
    }
  }
  // 在昨日的立法会会议上, 在某某论坛上: a meeting the clause takes place at.
  // (A press conference needs no name before it: 在记者会上表示.)
  const at = /在([^，。]{0,12}的)?([^，。的]{2,12}(?:会议|大会|论坛|座谈会|研讨会)|[^，。的]{0,12}(?:记者会|发布会|简报会))上/.exec(text);
  if (at && !BACKREF.test(at[2]!) && !/^(?:同一|该|此|是次|本次|这次|上述|有关)/.test(at[2]!) && (at.index === 0 || ranges.parties.within(c.start, c.start + at.index).some((x) => x.label === 'person'))) {
    const s0 = c.start + at.index + at[0].indexOf(at[2]!);
    // 在中环举行的业绩记者会上: the place is what stands between 在 and 举行.
    const held = at[1] ? /^(.{2,10}?)(?:举行|召开)的$/.exec(at[1]) : null;
    push(L.heads.endingAt(t, s0 + at[2]!.length, s0).at(-1)?.[1] ?? 'meeting', s0, s0 + at[2]!.length, '上', s0, held ? { location: held[1]! } : {});
  }
  // Signing: 签署《某某协议》, 签署合作协议.
  for (const trig of ['签署', '签订', '签约']) {
    const k = text.indexOf(trig);
    if (k < 0) continue;
    const i = c.start + k;
    if (planned(i)) break;
    const after = i + trig.length + (t[i + trig.length] === '了' ? 1 : 0);
    let end = -1;
    if (t[after] === '《') end = firstIn(t, '》', after, c.end) + 1;
    else {
      const h = headEnd(after, c.end);
      if (h && h[1] === 'signing') end = h[0];
    }
    if (end > after) {
      const parties = ranges.parties.within(c.start, i);
      // 某局昨日在某地举行活动，并与乙签署…: a clause that opens with 并与 (and with) shares the subject that opens the
      // sentence, a body or person named first in it.
      let where: string | undefined;
      if (c.start > s.start && /^(?:并|还|亦|同时|另)?(?:与|同|和)/.test(text)) {
        const subject = ranges.parties.within(s.start, c.start)[0];
        if (subject && subject.start === s.start && subject.label !== 'place') {
          parties.unshift(subject);
          // … and where that subject was (在泰国曼谷举行…，并与乙签署): the place after the sentence's 在.
          const at = ranges.places.within(s.start, c.start).filter((p) => t[p.start - 1] === '在' || t[p.start - 1] === '于');
          const last = at[0] ? ranges.places.within(at[0].start, c.start).filter((p) => p.start <= at[0]!.end + 1) : [];
          if (last.length) where = t.slice(last[last.length - 1]!.start, last[last.length - 1]!.end);
        }
      }
      const ps: Event['participants'] = [];
      // 甲局与乙局举行签约仪式，由丙与丁代表双方签署《…》: the two sides are the parties, those who sign for them too.
      if (/代表(?:双方|两地|两方|各自)|分别代表/.test(text)) {
        const before = events.filter((e) => e.sentence === si && e.type === 'signing').pop();
        for (const x of before?.participants ?? []) if (x.role === 'party' && ranges.bodies.within(s.start, c.start).some((b) => nameOf(b) === x.name)) ps.push({ name: x.name, role: 'party' });
      }
      for (const p of parties) if (!ps.some((x) => x.name === nameOf(p))) ps.push({ name: nameOf(p), role: 'party' });
      where ??= venueBefore(doc, ranges, c.start, i);
      push('signing', after, end, trig, i, where ? { participants: ps, location: where } : { participants: ps });
    }
    break;
  }
  // Verb after its object: 某某计划正式启动, 某某项目在某地开工, 某某研究院在某地揭牌, 某某指南发布.
  // 发表任内第二份《施政报告》: a document delivered, named by its title marks.
  const deliver = text.indexOf('发表');
  if (deliver >= 0 && !planned(c.start + deliver)) {
    const q = firstIn(t, '《', c.start + deliver + 2, Math.min(c.end, c.start + deliver + 12));
    const qe = q >= 0 ? firstIn(t, '》', q, c.end) : -1;
    if (qe > q + 2) push('release', q, qe + 1, '发表', c.start + deliver);
  }
  for (const [trig, type] of [['启动建设', 'launch'], ['启动', 'launch'], ['开工', 'launch'], ['揭牌', 'unveiling'], ['发布', 'release'], ['公布', 'release'], ['开幕', 'ceremony'], ['开业', 'ceremony']] as const) {
    const k = text.indexOf(trig);
    if (k < 0 || text.includes(`${trig}仪式`) || text.includes(`${trig}会`) || text.includes(`${trig}礼`) || (trig === '启动' && text.includes('启动建设'))) continue;
    const i = c.start + k;
    if (planned(i)) continue;
    const after = i + trig.length + (t[i + trig.length] === '了' ? 1 : 0);
    const np = phraseBefore(doc, c, i);
    // A relative clause before the name (由某某推出的 + name): the name starts after its 的.
    const de = lastIn(t, '的', np.start, np.end);
    if (de >= 0 && np.end - de > 3) np.start = de + 1;
    const subjectIsName = np.end - np.start >= 3 && !isPerson(np.start, np.end) && !BACKREF.test(t.slice(np.start, np.end));
    // 某某中心昨日在某地开幕: a place or a gathering that opens ends its clause; the opening is a ceremony, named with
    // its verb (某某中心开幕).
    if (trig === '开幕' || trig === '开业') {
      const subject = t.slice(np.start, np.end);
      // (「2025亚洲绿色金融峰会」开幕: a forum or a summit that opens is the gathering itself, a meeting; an expo that
      // opens, a ceremony.)
      const gathering = trig === '开幕' ? OPENING_GATHERING.exec(subject) : null;
      if (subjectIsName && after >= c.end && gathering) {
        push('meeting', np.start, np.end, trig, i, { name: gathering[1]!, ...(np.location ? { location: np.location } : {}) });
      } else if (subjectIsName && after >= c.end && !/[会礼式]$/.test(subject)) {
        push(type, np.start, np.end, trig, i, { name: subject + trig, ...(np.location ? { location: np.location } : {}) });
      }
      continue;
    }
    if (trig === '揭牌' && /(?:的|成立)$/.test(t.slice(c.start, i)) === false && subjectIsName && !/揭牌成立的|揭牌的/.test(t.slice(i, i + 6))) {
      push(type, np.start, np.end, trig, i, np.location ? { location: np.location } : {});
    } else if (trig === '揭牌' && /^(?:成立)?的/.test(t.slice(i + 2, i + 5))) {
      const org = ranges.bodies.within(i + 1, i + 6).find((x) => x.label !== 'company');
      if (org) push(type, org.start, org.end, trig, i);
    } else if (trig !== '揭牌' && c.end - after >= 4 && !doc.isHan(after - 1) === false && (t[after] === '《' || t[after - 1] === '了' || trig === '启动') && !isPerson(after, c.end)) {
      push(type, after, c.end, trig, i);
    } else if (subjectIsName && after >= c.end) {
      push(type, np.start, np.end, trig, i, np.location ? { location: np.location } : {});
    } else if ((trig === '发布' || trig === '公布') && c.end - after >= 4 && !isPerson(after, c.end)) {
      push(type, after, c.end, trig, i);
    }
  }
  // Receptions: 会见了某某一行, 与某某举行会谈.
  for (const trig of RECEPTION) {
    const k = text.indexOf(trig);
    if (k < 0) continue;
    const i = c.start + k;
    if (planned(i) || t.slice(i - 2, i) === '参加' || t.slice(i - 2, i) === '陪同') break;
    if (/^[后前时中间]/.test(t.slice(i + trig.length, i + trig.length + 1))) break; // 会见后: a time, not an event
    if (/^(?:了)?(?:传媒|记者|媒体)/.test(t.slice(i + trig.length, i + trig.length + 3))) break; // 会见传媒: a press encounter
    // Talks (会谈, 会晤) are a meeting of two sides; 会见 and 接见 receive a visitor.
    const type = trig === '会谈' || trig === '会晤' ? 'meeting' : 'reception';
    const yu = partnerBefore(doc, c.start, i);
    // 在某地同某某举行会谈: the place after 在.
    const places = ranges.places.within(c.start, yu >= c.start ? yu : i);
    const at = places.find((p) => t[p.start - 1] === '在');
    const where = at ? { location: t.slice(at.start, at.end) } : {};
    // 甲与某某代表团会面: one who meets a visiting delegation receives it, as its host.
    if (trig === '会面' && yu >= c.start && DELEGATION.test(t.slice(yu, i)) && !VISITING.test(t.slice(s.start, s.end))) {
      const hosts = ranges.parties.within(c.start, yu).filter((x) => x.label === 'person');
      push(type, yu, i + 2, trig, i, { ...where, participants: hosts.map((x) => ({ name: nameOf(x), role: 'host' as const })) });
      break;
    }
    // 与甲会面 only on a visit (率团访问某地，与甲会面): the visit's place.
    if (trig === '会面' && !(yu >= c.start && VISITING.test(t.slice(s.start, s.end)))) break;
    if (trig === '会面') {
      const visit = events.find((e) => e.sentence === si && e.trigger === '访问');
      push(type, yu, i + 2, trig, i, visit?.location ? { location: visit.location } : where);
      break;
    }
    if ((trig === '会谈' || trig === '会晤') && yu >= c.start) push(type, yu, i + 2, trig, i, where);
    else if (c.end - i > 2) push(type, i, c.end, trig, i, where);
    else if (type === 'reception') {
      // 并获甲在某地接见: received by 甲, named between 获 and the verb; the place after 在 (a mention or not).
      const huo = lastIn(t, '获', c.start, i);
      if (huo >= 0 && ranges.parties.within(huo, i).some((x) => x.label === 'person')) {
        const zai = lastIn(t, '在', huo, i);
        const place = at ? where : zai >= 0 && i - zai > 2 && i - zai <= 12 ? { location: t.slice(zai + 1, i) } : {};
        push(type, huo + 1, i + trig.length, trig, i, place);
      }
    }
    break;
  }
  // A delegation's visit: 率领某某代表团访问某地 (an event of its own, led by the one who leads the delegation).
  const visit = /(?:率领|率)([^，。]{0,12}代表团)?(访问|到访)([^，。]{2,8})$/.exec(text.slice(0, Math.min(text.length, 40)));
  if (visit && !planned(c.start + visit.index)) {
    const place = ranges.places.within(c.start + visit.index, c.end).find((p) => p.start === c.start + visit.index + visit[0].length - visit[3]!.length);
    if (place && place.end === c.start + visit.index + visit[0].length) {
      const from = visit[1] ? c.start + visit.index + visit[0].indexOf(visit[1]) : c.start + visit.index + visit[0].indexOf(visit[2]!);
      push('other', from, place.end, visit[2]!, c.start + visit.index + visit[0].indexOf(visit[2]!), { location: t.slice(place.start, place.end) });
    }
  }
  // Inspections: 调研某某工作, 视察某某, 看望慰问某某 — one a sentence.
  if (!ranges.inspected.has(si)) {
    for (const trig of INSPECTION) {
      const k = text.indexOf(trig);
      if (k < 0) continue;
      const i = c.start + k;
      if (planned(i) || /陪同|参加$/.test(t.slice(i - 2, i))) break;
      // 参观 inside a visit already told is part of it; only a visit of its own (代表团其后参观…) is one.
      if (trig === '参观' && events.some((e) => e.type === 'inspection')) break;
      if (/^[后前时期]/.test(t[i + trig.length] ?? '')) break; // 视察后, 视察期间: a time, not an event
      if (t[i + trig.length] === '的' && trig === '检查') break; // 影像检查的十分之一: a check as a noun
      // 健康检查摊位, 协助长者检查家居安全: a check as a noun, or help with one, is no inspection.
      if (trig === '检查' && (/(?:健康|身体|体格|安全|质量|例行|定期)$/.test(t.slice(Math.max(c.start, i - 2), i)) || /(?:协助|帮助|帮忙|教)[^，。]{0,8}$/.test(t.slice(c.start, i)))) break;
      // 贯彻…总书记考察某地重要讲话精神: an inspection cited, not one reported.
      if (REFERENCE_BEFORE.test(t.slice(Math.max(c.start, i - 14), i)) || /^[^，。]{0,10}(?:讲话|指示|精神)/.test(t.slice(i, i + 14))) break;
      // 围绕某某开展调研, 前往某地工区视察: the verb ends the clause; the clause names the inspection.
      // (… 邀集各单位现场会勘: an inspection on the spot, Taiwan usage.)
      if (c.end - i === trig.length && (/(?:开展|进行|展开|现场)$/.test(t.slice(c.start, i)) || /(?:前往|到|赴|来到|深入)/.test(t.slice(c.start, i))) && i - c.start >= 4) {
        push('inspection', c.start, c.end, trig, i);
        ranges.inspected.add(si);
        break;
      }
      if (c.end - i > trig.length) {
        // 到某区某道某某项目视察工程进度: the site gone to is named with what is inspected there, and its places are
        // where.
        const go = WENT_TO.exec(t.slice(c.start, i));
        const from = go ? c.start + go.index + go[0].length - go[1]!.length : i;
        if (go && !isPerson(from, i)) {
          const ps = ranges.places.within(from, i);
          let k = 0;
          while (ps[k + 1] && ps[k + 1]!.start === ps[k]!.end) k++;
          push('inspection', from, c.end, trig, i, ps.length ? { location: t.slice(ps[0]!.start, ps[k]!.end) } : {});
          ranges.inspected.add(si);
          break;
        }
        const where = placeBefore(doc, ranges, c.start, i);
        push('inspection', i, c.end, trig, i, where ? { location: where } : {});
        ranges.inspected.add(si);
      }
      break;
    }
  }
  // Personnel: an announcement of appointments and removals (某某任免国家工作人员) is one event; else 任命某某为某职,
  // 免去某某的某职务, 某某当选为某职, one each.
  if (ranges.announced) {
    const k = text.indexOf('任免');
    if (k >= 0 && !planned(c.start + k)) push('personnel', c.start + k, c.end, '任免', c.start + k);
    return;
  }
  for (const [trig, re] of [['任命', /^任命(.{2,4}?)为(.+)$/], ['委任', /^委任(.{2,12}?)为(.+)$/], ['免去', /^免去(.{2,4}?)(?:同志)?的(.+)$/], ['当选', /^当选为?(.+)$/]] as const) {
    let k = text.indexOf(trig);
    while (k >= 0) {
      const i = c.start + k;
      const m = re.exec(t.slice(i, c.end));
      if (m && !planned(i)) {
        const post = m[m.length - 1]!;
        const from = c.end - post.length;
        push('personnel', from, c.end, trig, i);
      }
      k = text.indexOf(trig, k + 2);
    }
  }
}
