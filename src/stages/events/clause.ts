/**
 * Events whose trigger stands in one clause: meetings held and chaired (主持召开某某会议, 某某大会在某地举行),
 * signings (签署《某某协议》), launches and openings (某某计划正式启动), receptions and talks (会见, 会谈), a
 * delegation's visit, inspections (调研某某工作, 到某地视察) and personnel acts (任命, 免去, 当选).
 *
 * @module
 */
import type { Event } from '../../types.js';
import type { Doc } from '../recognize/index.js';
import { BACKREF, lexicon, partnerBefore, PLAN, PLAN_WINDOW, REFERENCE_BEFORE, scheduledBefore, VISITING } from './cues.js';
import type { NameOf } from './index.js';
import { CLOSE_QUOTES, firstIn, lastIn, QUOTE_PAIRS, type Ranges } from './range.js';
import type { Piece } from './text.js';
import { phraseBefore, placeBefore, venueBefore } from './where.js';

// (开议: a council's session opens, 某某定期会昨日开议.)
const MEETING_TRIGGERS = ['召开', '举行', '举办', '主持', '主礼', '出席', '进行', '开议'];
/** A forum, a summit or a conference named (in quotation marks or not) before 开幕: the name without its marks. */
const OPENING_GATHERING = /^[“「『]?([^“”「」『』]{2,30}(?:峰会|论坛|研讨会|年会|大会|会议))[”」』]?$/;
/** A visiting party (代表团, 访问团, 考察团, 一行). */
const DELEGATION = /代表团|访问团|考察团|交流团|一行/;

/** A name of what an act is of, 的, and the act (某某第二期的动工仪式). */
const OF_ACT = /^([^的，、]{2,20})的((?:颁奖|开幕|启动|揭牌|揭幕|闭幕|开工|动工|奠基|签约|签字)(?:典礼|仪式|礼))$/;

/** Going to a site before an inspection's verb (到某某项目视察, 赴某地调研): the site, as group 1. */
const WENT_TO = /(?<![受得达感看遇提直收想做听见办报迟])(?:到|赴|前往|来到|走进)([^，、。；：到赴]{3,20})$/;

/** 为 and a quoted programme right after it (为「某某大使」计划): what a bare act is performed for. */
const FOR_PROGRAMME = /^为([「“『][^」”』]{2,24}[」”』](?:计划|行动|项目|活动|平台|基金|系统)?)/;

/** A ceremony named by its act alone (启动礼, 颁奖典礼), that a name before it may complete. */
const BARE_NAMED = /^(?:颁奖|开幕|启动|揭牌|揭幕|闭幕|开工|动工|奠基)(?:典礼|仪式|礼|式)$/;
/** A quoted name that opens a clause (「出售居者有其屋单位2026」将以…). */
const QUOTED_FIRST = /^[“「『][^“”「」『』，。]{2,30}[”」』]/;
/** A clause that is a quoted name, after the relative clause that introduces it (由某会主办的「某某计划」). */
const OPENING_QUOTE = /(?:^|的)[“「『]([^“”「」『』，。]{2,30})[”」』]$/;

/** The most characters between a body and 开会 (a day, a time: 前日下午). */
const MEETS_GAP = 8;
/** Verbs of putting a facility or a service to use, and the heads of what is put to use. */
const PUT_TO_USE = new Set(['启用', '投入服务', '投入使用']);
const FACILITY_END = /(?:站|中心|线|路线|系统|平台|设施|大楼|大厦|馆|场|桥|隧道|街市|码头|公园|医院|院舍|学校|服务)$/;
/** A route or a service that a body opens (开办新路线「X69」, 开通直航航线). */
const ROUTE = /^(?:了)?(?:新|一条|多条|两条)?[^，。；]{0,8}?(?:路线|航线|专线|线路|巴士线|航班|班次|直通车|铁路|航运服务|客运服务)/;
/** The end of the name of a show, a fair or a festival (博览, 展览会, 文化节, 嘉年华), which opens when unveiled. */
const SHOW_END = /(?:博览|博览会|展览|展览会|展|展销会|交易会|节|嘉年华|周|月|赛|大赛|论坛|峰会|年会|市集)$/;
/** 宣布商场将于下月18日开幕: an opening announced. */
const OPENING_ANNOUNCED = /^[^。；]{0,4}?[，,]\s*宣布[^。；]{0,24}?(?:开幕|开业|落成启用|启用)/;
/** A sentence that tells what was launched: 推出 or 发布 and the product in quotation marks (推出…「某某」), not 发布会. */
const LAUNCHED = /(?:推出|发布(?!会)|推介)(?:[^，。；]{0,20}[「“『《]|首款|首部|首批|新款|全新|新一代)/;
/** Words of speaking of something, or thanking for it, between a person and a visit they only tell of. */
const SPOKE_OF = /感谢|多谢|表示|指出|认为|希望|鼓励|呼吁|提醒|介绍|[指说称][，：:「]/;

/** 由明日（7日）起生效, 即日起生效: when an appointment takes effect (its day inside). */
const EFFECTIVE = /^[^。；]{0,4}?由[^，。；]{1,12}?起(?:生效|上任|履新)/;

const INSPECTION = ['看望慰问', '调研', '视察', '考察', '督查', '走访', '探访', '看望', '慰问', '检查', '参观', '会勘', '巡视'];
const RECEPTION = ['会见', '接见', '会谈', '会晤', '会面', '宴请', '款待'];


export function findEventsInClause(doc: Doc, c: Piece, si: number, s: Piece & { clauses: Piece[] }, events: (Event & { at: number; sentence: number })[], nameOf: NameOf, ranges: Ranges): void {
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
    // 举行发布会，推出「某某」: a launch held at a press event, where the sentence tells what it launched.
    // (… or 举行发布会，宣布商场将于下月开幕: a press event announcing an opening launches what opens.)
    if (type === 'release' && /发布会$/.test(name) && (LAUNCHED.test(t.slice(s.start, s.end)) || OPENING_ANNOUNCED.test(t.slice(end, s.end)))) type = 'launch';
    // 举行记者会，宣布由下月起增加某某: a press conference held to announce a measure is the announcement (not one that
    // publishes a titled work, 公布最新一期《某某》月刊…, a release of its own).
    if (type === 'meeting' && /^记者会$/.test(name) && /^[^。；]{0,4}?[，,]\s*(?:宣布|公布(?![^，。；]{0,10}《))/.test(t.slice(end, s.end))) type = 'release';
    if (name.length < 2 || ranges.names.has(name)) return;
    // 主持典礼 after 举行「某某嘉许礼」: the bare head names the event told before, not one of its own.
    // So too 出席大会 after 某某奖励大会, a ceremony whose name ends in that head.
    // (… and 出席启动礼 after 举行「某某」服务启动礼, 主持开幕仪式 after 某某开幕: the act told again.)
    if (/^(?:典礼|仪式|开幕式|开幕礼|开幕仪式|启动礼|启动仪式|揭幕礼|揭幕仪式|剪彩仪式|颁奖礼|颁奖典礼|会议|活动|大会|论坛|峰会|记者会|发布会|简报会)$/.test(name) && events.some((e) => e.type === type || e.name.endsWith(name))) return;
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
  // 某某区议会辖下的某某委员会前日开会: a body that opens the clause meets, the meeting named by the body.
  // (Not the 开会 inside 召开会议, 展开会谈, 公开会见.)
  const meets = text.indexOf('开会');
  if (meets >= 0 && !/[召展公]/.test(text[meets - 1] ?? '') && !/[议谈见晤]/.test(text[meets + 2] ?? '') && !planned(c.start + meets)) {
    const i = c.start + meets;
    const bodies = ranges.bodies.within(c.start, i).filter((b) => b.label === 'government' || b.label === 'organization');
    const last = bodies[bodies.length - 1];
    if (last && bodies[0]!.start === c.start && i - last.end <= MEETS_GAP) push('meeting', c.start, i + 2, '开会', i, { name: `${t.slice(c.start, last.end)}会议` });
  }
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
        // (… in the place written between 在 and the verb: 昨日在立法会综合大楼举行会议.)
        const where = venueBefore(doc, ranges, body.end, i);
        push('meeting', body.start, h[0], trig, i, { name: `${t.slice(body.start, body.end)}会议`, ...(where ? { location: where } : {}) });
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
      // 为「某某大使」计划主持启动仪式: a bare act performed for a quoted programme is that programme's.
      const forWhat = wei >= 0 && BARE_NAMED.test(act) ? FOR_PROGRAMME.exec(t.slice(wei, i)) : null;
      if (forWhat) extra.name = forWhat[1]!;
      push(h[1], nameFrom, h[0], trig, i, extra);
      break;
    }
    // 甲在某地为「某某计划」启动礼主礼: what 为 names, right before the verb, is the event officiated at, the place
    // between 在 and 为 its venue.
    const forAct = lastIn(t, '为', c.start, i);
    const officiated = forAct >= 0 && i - forAct > 3 ? headEnd(forAct + 1, i) : undefined;
    if (officiated?.[0] === i) {
      const extra: Partial<Event> = {};
      // (The venue as a place or a venue's name after 在, not any words there: 在会见传媒后为…主礼.)
      const where = venueBefore(doc, ranges, c.start, forAct);
      const place = where ? undefined : ranges.places.within(c.start, forAct).find((p) => t[p.start - 1] === '在');
      if (where) extra.location = where;
      else if (place) extra.location = t.slice(place.start, place.end);
      push(officiated[1], forAct + 1, i, trig, i, extra);
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
    // 「某某大奖」颁奖典礼暨新春晚宴: two events told as one, the first named by its head.
    const ji = lastIn(t, '暨', np.start, np.end);
    if (ji > np.start + 2 && headEnd(np.start, np.end)?.[0] !== np.end && headEnd(np.start, ji)?.[0] === ji) np.end = ji;
    // (「2024某某论坛」昨日在某地举行: the head may stand inside the quotation marks that close the name.)
    // (「北区乡村文化节2026」: … and a year may follow the head inside them.)
    let quoteEnd = CLOSE_QUOTES.has(t[np.end - 1] ?? '') ? 1 : 0;
    if (quoteEnd && /(?:19|20)\d\d$/.test(t.slice(np.end - 5, np.end - 1))) quoteEnd += 4;
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
      // 甲在某地见证乙与丙签署…: those after 见证 sign; 甲 witnesses, and the place is where 甲 was.
      const witnessed = lastIn(t, '见', c.start, i - 1);
      const seen = witnessed >= 0 && t[witnessed + 1] === '证' ? witnessed + 2 : -1;
      const parties = ranges.parties.within(seen >= 0 ? seen : c.start, i);
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
      // 另有三家企业签署入驻协议，包括甲、乙及丙: the signers are listed in the clause after, when none is named before.
      const next = s.clauses[s.clauses.indexOf(c) + 1];
      if (!ps.length && next && t.startsWith('包括', next.start)) {
        for (const b of ranges.bodies.within(next.start, next.end)) if (b.label === 'company' || b.label === 'organization' || b.label === 'government') ps.push({ name: nameOf(b), role: 'party' });
      }
      if (seen >= 0) where ??= venueBefore(doc, ranges, c.start, seen - 2);
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
  // (启用, 投入服务: a facility or a service put to use, 某某借书站将于本周日启用.)
  for (const [trig, type] of [['启动建设', 'launch'], ['启动', 'launch'], ['开工', 'launch'], ['揭牌', 'unveiling'], ['发布', 'release'], ['公布', 'release'], ['开幕', 'ceremony'], ['开业', 'ceremony'], ['揭幕', 'unveiling'], ['开办', 'launch'], ['开通', 'launch'], ['启用', 'launch'], ['投入服务', 'launch'], ['投入使用', 'launch']] as const) {
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
    // (Not a start delayed or stopped: 以各种藉口拖延开工.)
    if (/(?:拖延|延迟|延误|未能|无法|停止|暂停|推迟|延后)$/.test(t.slice(Math.max(c.start, i - 2), i))) continue;
    // (What is put to use is a facility or a service named right before the verb: 自助借书站启用, not 关爱队已全面投入服务.)
    // (… on a day set for it, 将于本周日（3月1日）启用: one put to use already is told by its opening ceremony.)
    if (PUT_TO_USE.has(trig) && !(subjectIsName && FACILITY_END.test(t.slice(np.start, np.end)) && scheduledBefore(t, ranges.dates, s.start, i))) continue;
    // 某某中心昨日在某地开幕: a place or a gathering that opens ends its clause; the opening is a ceremony, named with
    // its verb (某某中心开幕).
    // (A show or a fair unveiled, 「某某博览」昨日在某地揭幕, opens as 开幕 does; a plaque or a statue unveiled is an
    // unveiling, named with its verb: 某某石碑揭幕.)
    if (trig === '揭幕') {
      const subject = t.slice(np.start, np.end);
      if (!subjectIsName || after < c.end) continue;
      const show = SHOW_END.test(subject.replace(/[」』”]$/, ''));
      push(show ? 'ceremony' : type, np.start, np.end, trig, i, { name: subject.replace(/^[「『“]|[」』”]$/g, '') + (show ? '开幕' : trig), ...(np.location ? { location: np.location } : {}) });
      continue;
    }
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
    } else if ((trig === '开办' || trig === '开通') && (!ROUTE.test(t.slice(after, c.end)) || /[公打展敞拉召]/.test(t[i - 1] ?? '') || /[报道往]/.test(t[i + 2] ?? ''))) {
      continue; // (开办课程, 开通账户: only a route or a service opened is launched here; 公开通报, 打开通道 hold no 开通)
    } else if (trig !== '揭牌' && c.end - after >= 4 && !doc.isHan(after - 1) === false && (t[after] === '《' || t[after - 1] === '了' || trig === '启动' || trig === '开办' || trig === '开通') && !isPerson(after, c.end)) {
      push(type, after, c.end, trig, i);
    } else if (subjectIsName && after >= c.end) {
      // 香港房屋委员会昨日公布，「某某计划2026」将以…: a body that announces at the clause's end is no name of what it
      // announces; the release is the body's announcement, of the quoted name that opens the next clause if there is one.
      const body = (trig === '公布' || trig === '发布') && ranges.bodies.within(np.start, np.end).some((b) => b.start === np.start && b.end === np.end);
      const quoted = body ? QUOTED_FIRST.exec(t.slice(c.end + 1, Math.min(s.end, c.end + 40))) : null;
      const extra: Partial<Event> = np.location ? { location: np.location } : {};
      if (body) extra.name = t.slice(np.start, np.end) + trig + (quoted ? quoted[0] : '');
      push(type, np.start, np.end, trig, i, extra);
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
    // Talks (会谈, 会晤) and sides that meet (会面, on a visit too: the visitor the guest of those met) are a meeting;
    // 会见 and 接见 receive a visitor.
    const type = trig === '会谈' || trig === '会晤' || trig === '会面' ? 'meeting' : 'reception';
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
    // 甲在某地与乙会面: two sides that meet, both attending the meeting.
    // (Not those met on a visit to a place, 其后参观某地，与甲会面: they host the visit.)
    if (trig === '会面' && yu >= c.start && !VISITING.test(t.slice(s.start, s.end)) && !/参观|考察|视察|探访|走访/.test(t.slice(s.start, s.end))) {
      const sides = ranges.parties.within(c.start, i).filter((x) => x.label === 'person');
      if (sides.length) push(type, yu, i + 2, trig, i, { ...where, participants: sides.map((x) => ({ name: nameOf(x), role: 'attendee' as const })) });
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
      // 探访 is a visit of someone named in the sentence before it (某副主任…到观塘区探访基层家庭), not the visits a
      // team or a scheme makes (关爱队探访区内长者, 探访工作).
      // (… the one who visits, not one who speaks of the visits: 又指…关爱队的探访工作, 感谢他们…探访区内长者.)
      // (… once: the homes visited after are that visit's stops.)
      if (trig === '探访') {
        const who = ranges.parties.lastBefore(i, (x) => x.label === 'person' && x.start >= s.start);
        if (!who || t[i - 1] === '的' || events.some((e) => e.type === 'inspection') || SPOKE_OF.test(t.slice(Math.max(who.end, i - 60), i))) break;
      }
      if (/^[后前时期]/.test(t[i + trig.length] ?? '')) break; // 视察后, 视察期间: a time, not an event
      if (t[i + trig.length] === '的' && trig === '检查') break; // 影像检查的十分之一: a check as a noun
      // 出入境检查系统, 自助检查通道: a check naming a system or a lane, no inspection.
      if (trig === '检查' && /^(?:系统|通道|站|设备|仪器|结果|报告|项目|程序|机制|服务|费用|流程|标准)/.test(t.slice(i + 2, i + 4))) break;
      // 健康检查摊位, 协助长者检查家居安全: a check as a noun, or help with one, is no inspection.
      // (… or one done for someone: 为长者检查家中暖炉.)
      if (trig === '检查' && (/(?:健康|身体|体格|安全|质量|例行|定期)$/.test(t.slice(Math.max(c.start, i - 2), i)) || /(?:协助|帮助|帮忙|教)[^，。]{0,8}$/.test(t.slice(c.start, i)) || /为[^，。]{1,6}$/.test(t.slice(c.start, i)))) break;
      // 分初审、实地考察及决选三轮评分: a stage in a list of nouns, no inspection.
      const dun = lastIn(t, '、', Math.max(c.start, i - 6), i);
      if (dun >= 0 && !isPerson(c.start, i) && !ranges.places.within(dun, i).length) break;
      // 逾二百名街坊到场参观: a crowd counted that visits, no inspection.
      if (/[\d一二两三四五六七八九十百千万]+(?:多|余)?[名位人个](?:[一-鿿]{0,4})?(?:到场|前来|入场)?$/.test(t.slice(Math.max(c.start, i - 12), i)) && trig === '参观') break;
      // 贯彻…总书记考察某地重要讲话精神: an inspection cited, not one reported.
      if (REFERENCE_BEFORE.test(t.slice(Math.max(c.start, i - 14), i)) || /^[^，。]{0,10}(?:讲话|指示|精神)/.test(t.slice(i, i + 14))) break;
      // 围绕某某开展调研, 前往某地工区视察: the verb ends the clause; the clause names the inspection.
      // (… 邀集各单位现场会勘: an inspection on the spot, Taiwan usage.)
      if (c.end - i === trig.length && (/(?:开展|进行|展开|现场)$/.test(t.slice(c.start, i)) || /(?:前往|到|赴|来到|深入)/.test(t.slice(c.start, i))) && i - c.start >= 4) {
        push('inspection', c.start, c.end, trig, i);
        ranges.inspected.add(si);
        break;
      }
      // 展开为期两日的大湾区考察: what is inspected stands between the last 的 and the verb.
      const begun = c.end - i === trig.length ? /(?:开展|进行|展开)了?[^，。；]{0,14}的([^，。；的]{2,10})$/.exec(t.slice(c.start, i)) : null;
      if (begun) {
        push('inspection', i - begun[1]!.length, c.end, trig, i);
        ranges.inspected.add(si);
        break;
      }
      // 是次考察亦有…随行, 整理此次考察所得: the inspection told before, named again.
      if (/(?:是次|此次|这次|本次|该次|上述)$/.test(t.slice(Math.max(c.start, i - 2), i))) break;
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
  // 某某获委任为某职, 免去某某的某职务, 某某当选为某职, one each.
  if (ranges.announced) {
    const k = text.indexOf('任免');
    if (k >= 0 && !planned(c.start + k)) push('personnel', c.start + k, c.end, '任免', c.start + k);
    return;
  }
  // (获委任为某职, 获任命为某职: the subject before 获 is appointed.)
  for (const [trig, re] of [['获委任', /^获委任为(.+)$/], ['获任命', /^获任命为(.+)$/], ['任命', /^任命(.{2,4}?)为(.+)$/], ['委任', /^委任(.{2,12}?)为(.+)$/], ['免去', /^免去(.{2,4}?)(?:同志)?的(.+)$/], ['当选', /^当选为?(.+)$/]] as const) {
    let k = text.indexOf(trig);
    while (k >= 0) {
      const i = c.start + k;
      const m = t[i - 1] === '获' && trig.length === 2 ? null : re.exec(t.slice(i, c.end));
      if (m && !planned(i)) {
        const post = m[m.length - 1]!;
        const from = c.end - post.length;
        // (… ，由明日（7日）起生效: an appointment takes its day from when it takes effect.)
        const eff = EFFECTIVE.exec(t.slice(c.end, s.end));
        const day = eff ? ranges.dates.within(c.end + eff.index, c.end + eff.index + eff[0].length).find((x) => x.date?.day !== undefined) : undefined;
        const n = events.length;
        push('personnel', from, c.end, trig, i, day ? { date: day.date! } : {});
        // 某某获委任为某职: the one named right before 获 is the party appointed.
        const who = trig.startsWith('获') && events.length > n ? ranges.parties.lastBefore(i, (x) => x.label === 'person' && x.start >= c.start) : undefined;
        if (who && who.end === i) events[events.length - 1]!.participants.push({ name: nameOf(who), role: 'party' });
      }
      k = text.indexOf(trig, k + 2);
    }
  }
}
