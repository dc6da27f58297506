/**
 * The event stage: who did what, where and when. Roles come from the verbs around people (主持 → chair, 讲话/指出/强调
 * → speaker, 出席/参加 → attendee, 颁发 → presenter, 为…颁奖 and 被授予 → awardee, 会见 → host, 调研 → inspector …,
 * data/role-verbs.tsv); events from a trigger verb and the noun phrase it governs, typed by the most specific head
 * noun (data/event-heads.tsv); awards from the patterns 某某被授予X, X获奖企业Y, 为某某等X颁奖. Plans and calls to
 * action (将…举办, 要…, 计划…) are not events; 会议, 会上 and 现场 refer back to the article's main event.
 *
 * @module
 */
import { eventHeads, roleVerbs } from '../../data/lexicons.generated.js';
import { SuffixTrie, Trie } from '../../lexicon/trie.js';
import type { Award, DateValue, Event, Role } from '../../types.js';
import type { Cand, Doc } from '../recognize/index.js';
import { findAwards } from './awards.js';
import { sentencesOf, type Piece } from './text.js';

interface Lex {
  roles: Trie<{ role: Role; object: boolean }>;
  heads: SuffixTrie<Event['type']>;
}
let lex: Lex | undefined;
function lexicon(): Lex {
  if (lex) return lex;
  const roles = new Trie<{ role: Role; object: boolean }>();
  for (const [v, role, pos] of roleVerbs) roles.add(v!, { role: role as Role, object: pos === 'object' });
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

/** Words that make what follows a plan or a call to action, not something that happened. */
const PLAN = /(?:将(?!军)|拟(?!定)|计划[于在将]|准备|力争|即将|预计|争取|希望|^要|[一二三四五六]要)/;
const MEETING_TRIGGERS = ['召开', '举行', '举办'];
const BACKREF = /^(?:会议|会上|大会|现场|活动现场|活动|会后)/;
const REFERENCE_BEFORE = /(?:贯彻|学习|落实|领会|践行|遵循|按照)[^，。]{0,6}$/;

function personsIn(doc: Doc, from: number, to: number): Cand[] {
  const out: Cand[] = [];
  for (const c of doc.cands) if (c.label === 'person' && c.start >= from && c.end <= to) out.push(c);
  return out.sort((a, b) => a.start - b.start);
}

function roleVerbAt(doc: Doc, i: number): [number, { role: Role; object: boolean }] | undefined {
  if (doc.owner[i] !== -1 && doc.cands[doc.owner[i]!]!.label !== 'title') return undefined;
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
  const roles = new Map<string, Role[]>();
  const addRole = (name: string, role: Role): void => {
    const rs = roles.get(name) ?? roles.set(name, []).get(name)!;
    if (!rs.includes(role)) rs.push(role);
  };
  const events: (Event & { at: number; sentence: number })[] = [];
  const participants: { name: string; role: Role; sentence: number }[] = [];
  const sents = sentencesOf(doc, t);
  const dates = doc.cands.filter((c) => c.label === 'date').map((c) => c.date!);

  sents.forEach((s, si) => {
    const clauseOf = (i: number): number => s.clauses.findIndex((c) => i >= c.start && i < c.end);
    // Roles.
    const subjectOf = (ci: number, at: number): Cand[] => {
      const own = personsIn(doc, s.clauses[ci]!.start, at);
      const out = [...own];
      // Earlier clauses of bare names continue the subject; a clause with a verb gives its subject when ours has none.
      for (let k = ci - 1; k >= 0; k--) {
        const c = s.clauses[k]!;
        const ps = personsIn(doc, c.start, c.end);
        let verbAt = -1;
        for (let i = c.start; i < c.end && verbAt < 0; i++) if (roleVerbAt(doc, i) || t.startsWith('召开', i)) verbAt = i;
        if (verbAt < 0 && ps.length) { out.unshift(...ps); continue; }
        if (!out.length && verbAt >= 0) out.push(...personsIn(doc, c.start, verbAt));
        break;
      }
      return out;
    };
    for (let i = s.start; i < s.end; i++) {
      const v = roleVerbAt(doc, i);
      if (!v) continue;
      const [end, { role }] = v;
      const ci = clauseOf(i);
      if (ci < 0) continue;
      const clause = s.clauses[ci]!;
      if (PLAN.test(t.slice(clause.start, i)) && role !== 'awardee') { i = end - 1; continue; }
      let who: Cand[];
      let r = role;
      if (t.slice(i, end) === '颁奖' && t.lastIndexOf('为', i) >= clause.start) {
        // 为某某颁奖: the people between 为 and 颁奖 receive the award.
        who = personsIn(doc, t.lastIndexOf('为', i), i);
        r = 'awardee';
      } else if (role === 'host' && /会见|接见|会谈/.test(t.slice(i, end))) {
        who = subjectOf(ci, i);
        for (const g of personsIn(doc, end, clause.end)) { addRole(nameOf(g), 'guest'); participants.push({ name: nameOf(g), role: 'guest', sentence: si }); }
      } else who = subjectOf(ci, i);
      for (const p of who) {
        if (REFERENCE_BEFORE.test(t.slice(clause.start, p.start))) continue;
        addRole(nameOf(p), r);
        participants.push({ name: nameOf(p), role: r, sentence: si });
      }
      i = end - 1;
    }
    // People only cited (贯彻…某某总书记…重要讲话): referenced.
    for (const c of s.clauses) {
      for (const p of personsIn(doc, c.start, c.end)) {
        const name = nameOf(p);
        if (!roles.has(name) && REFERENCE_BEFORE.test(t.slice(c.start, p.start)) && /(?:讲话|指示|论述|思想|精神|要求)/.test(t.slice(p.end, c.end))) addRole(name, 'referenced');
      }
    }
    // Events.
    for (const c of s.clauses) findEventsInClause(doc, c, si, s, events, nameOf);
  });

  // The main event: the first meeting-like one; 会议/会上/现场 sentences and unplaced roles attach to it.
  const main = events.find((e) => e.type === 'meeting' || e.type === 'ceremony' || e.type === 'launch') ?? events[0];
  for (const e of events) {
    const s = sents[e.sentence]!;
    const lead = t.slice(s.start, s.end);
    if (e !== main && main && BACKREF.test(lead)) {
      if (!e.date && main.date) e.date = main.date;
      if (!e.location && main.location) e.location = main.location;
    }
    if (!e.date) {
      const d = doc.cands.find((c) => c.label === 'date' && c.start >= s.start && c.start < e.at);
      if (d) e.date = d.date!;
      else if (e === main) {
        const first = doc.cands.filter((c) => c.label === 'date').sort((a, b) => a.start - b.start)[0];
        if (first && first.start < e.at) e.date = first.date!;
      }
    }
  }
  if (main) {
    for (const p of participants) {
      const own = events.find((e) => e.sentence === p.sentence && e.type !== 'signing' && e.type !== 'release' && e.type !== 'unveiling');
      const target = own ?? main;
      if (!target.participants.some((x) => x.name === p.name && x.role === p.role)) target.participants.push({ name: p.name, role: p.role });
    }
  }
  const awards = findAwards(doc, nameOf);
  return { events: events.map(({ at: _a, sentence: _s, ...e }) => e), awards, dates, roles };
}

/** Events whose trigger stands in one clause. */
function findEventsInClause(doc: Doc, c: Piece, si: number, s: Piece, events: (Event & { at: number; sentence: number })[], nameOf: NameOf): void {
  const t = doc.text;
  const L = lexicon();
  const text = t.slice(c.start, c.end);
  const push = (type: Event['type'], start: number, end: number, trigger: string, at: number, extra: Partial<Event> = {}): void => {
    let name = t.slice(start, end);
    if (t[start] === '《' && t[end - 1] === '》') name = t.slice(start + 1, end - 1);
    if (name.length < 2 || events.some((e) => e.name === name)) return;
    const mention = { start, end, text: t.slice(start, end), label: 'event' as const, rule: `event.${type}` };
    const e: Event & { at: number; sentence: number } = { type, name, trigger, participants: [], mentions: [mention], at, sentence: si, ...extra };
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
  const planned = (i: number): boolean => PLAN.test(t.slice(s.start, i));
  // Trigger + event name: 主持召开全市某某会议, 举行某某仪式.
  for (const trig of MEETING_TRIGGERS) {
    const k = text.indexOf(trig);
    if (k < 0) continue;
    const i = c.start + k;
    if (planned(i)) break;
    const after = i + trig.length;
    const h = headEnd(after, c.end);
    if (h && h[0] - after >= 2 && !/^(?:了|过)?(?:会议|活动)$/.test(t.slice(after, h[0]))) {
      push(h[1], after, h[0], trig, i);
      break;
    }
    // Event name + trigger: 某某颁奖大会举行, 某某启动仪式在某地举办.
    let nameEnd = i;
    let location: string | undefined;
    const at = t.lastIndexOf('在', i);
    if (at >= c.start) {
      const places = doc.cands.filter((x) => x.label === 'place' && x.start > at && x.end <= i);
      if (places.length) {
        location = t.slice(places[0]!.start, places[places.length - 1]!.end);
        nameEnd = at;
      }
    }
    let start = c.start;
    while (start < nameEnd && doc.owner[start] !== -1 && doc.cands[doc.owner[start]!]!.label === 'date') start = doc.cands[doc.owner[start]!]!.end;
    const h2 = headEnd(start, nameEnd);
    if (h2 && h2[0] === nameEnd && nameEnd - start >= 3) {
      push(h2[1], start, nameEnd, trig, i, location ? { location } : {});
      break;
    }
  }
  // Signing: 签署《某某协议》, 签署合作协议.
  for (const trig of ['签署', '签订', '签约']) {
    const k = text.indexOf(trig);
    if (k < 0) continue;
    const i = c.start + k;
    if (planned(i)) break;
    const after = i + trig.length + (t[i + trig.length] === '了' ? 1 : 0);
    let end = -1;
    if (t[after] === '《') end = t.indexOf('》', after) + 1;
    else {
      const h = headEnd(after, c.end);
      if (h && (h[1] === 'signing')) end = h[0];
    }
    if (end > after) {
      const parties = doc.cands.filter((x) => (x.label === 'company' || x.label === 'government' || x.label === 'organization' || x.label === 'person') && x.start >= c.start && x.end <= i);
      const ps: Event['participants'] = [];
      for (const p of parties) if (!ps.some((x) => x.name === nameOf(p))) ps.push({ name: nameOf(p), role: 'party' });
      push('signing', after, end, trig, i, { participants: ps });
    }
    break;
  }
  // Release: 发布了某某名单, 某某行动计划正式发布.
  const rel = text.indexOf('发布');
  if (rel >= 0 && !planned(c.start + rel) && !text.includes('发布会')) {
    const i = c.start + rel;
    const after = i + 2 + (t[i + 2] === '了' ? 1 : 0);
    if (c.end - after >= 4) push('release', after, c.end, '发布', i);
    else {
      let start = c.start;
      const de = t.lastIndexOf('的', i);
      if (de >= c.start) start = de + 1;
      const end = i - (/(?:也|正式|同时|还|已)+$/.exec(t.slice(start, i))?.[0].length ?? 0);
      if (end - start >= 4) push('release', start, end, '发布', i);
    }
  }
  // Unveiling: 揭牌成立的某某, 同步揭牌的某某.
  const jp = text.indexOf('揭牌');
  if (jp >= 0 && !planned(c.start + jp)) {
    const i = c.start + jp;
    const org = doc.cands.find((x) => (x.label === 'government' || x.label === 'organization') && x.start > i && x.start - i <= 6);
    if (org) push('unveiling', org.start, org.end, '揭牌', i);
  }
  // Launch: 某某在会上启动建设, 启动某某.
  const qd = text.indexOf('启动');
  if (qd >= 0 && !planned(c.start + qd) && !/启动仪式/.test(text)) {
    const i = c.start + qd;
    const subj = doc.cands.find((x) => (x.label === 'government' || x.label === 'organization' || x.label === 'company') && x.start >= c.start && x.end <= i);
    if (subj) push('launch', subj.start, subj.end, t.slice(i, i + (t.startsWith('启动建设', i) ? 4 : 2)), i);
  }
}
