/**
 * Titles and the people who hold them, by a title grammar rather than a title list:
 * `[organ][modifier]post`, where the organ is an organization mention right before (省市场监督管理局|副局长: two
 * mentions), a level organ (市委书记, 市政府秘书长, 区委常委: one mention) or a department (宣传部部长), the
 * modifier is 副, 常务副, 代 …, and the post comes from data/posts.tsv or the pattern 首席…官. A title binds the names
 * that follow it (a 、-list shares it, in order), or for a few posts the name right before it (某某总书记). Titles
 * joined by 、 before one name all go to that name (区委常委、宣传部部长某某). A title that binds no name is not
 * reported: 市长 in 市长质量奖 is no title.
 *
 * @module
 */
import { lexicons, type PostEntry } from '../../lexicon/index.js';
import { postModifiers as postModifierRows } from '../../data/lexicons.generated.js';
import { placeAbbreviation } from './abbreviations.js';
import { surnameAt } from '../../lexicon/surnames.js';
import type { Cand, Doc } from './doc.js';
import { leftScore, nameEndsAt, nameList, nameScore, rightScore } from './names.js';
import { translitTier } from '../../lexicon/names.js';
import { foreignNameAt, japaneseNameAt } from './persons.js';
import { nameBeforePost, namePostUses } from './before-title.js';

import { LEVEL_ORGAN, fieldEndingAt } from './organizations.js';
import { compassDistrictEndingAt, placeAt } from './places.js';

/** An academic department's name ending right before a post (土木及环境工程学系, 生命科学部, 化学系). */
const ACADEMIC_DEPARTMENT = /[\u4e00-\u9fff及与和]{2,12}?(?:学系|学部|学院|系|研究所|研究中心)$/;
/** A development or trade zone right before its committee (南沙开发区管委会): the zone's name and its kind. */
const ZONE_BEFORE = /[\u4e00-\u9fff]{2,6}?(?:经济技术开发区|高新技术产业开发区|开发区|高新区|新区|自贸区|保税区|合作区|产业园区)$/;
/** A portfolio in brackets after a post (副署长（服务）), not a position in a photo (（左二）, （中）, （上图）, （资料图片）). */
const PORTFOLIO_BRACKET = /^[（(](?![左右中前后上下居])(?![^）)]{0,6}[图圖照像])[\u4e00-\u9fff]{2,6}[）)]/;
/** Diplomats' posts, which may follow where the mission sits (驻华大使, 驻港总领事). */
const DIPLOMATIC = /^(?:副?总领事|领事|大使|公使|参赞|代表|首席代表|特派员)$/;
const MODIFIERS = ['常务副', '代理', '执行', '名誉', '副', '代', '原', '前'];
/** Words of rank among the post modifiers (助理署长, 高级主任), as against words of function (销售, 运输). */
const RANKS = new Set(['助理', '高级', '资深', '首席', '总', '执行', '实习', '特约']);
/** Departments that may stand right before a post inside one title (宣传部部长). */
const DEPARTMENT = /^(?:组织部|宣传部|统战部|政法委|纪委|监委|办公室|办公厅|党组|党委|党工委|党支部|管委会|委员会)$/;
/** A firm's department: two to four characters and 部 (研究部, 市场部, 零售银行部). */
const FIRM_DEPARTMENT = /^[\u4e00-\u9fff]{2,4}部$/;

export interface TitleHit {
  /** Part of a chain that opens with a company's post (董事长、党委书记): no office. */
  corporateChain?: boolean;
  start: number;
  end: number;
  post: PostEntry;
  organ: number;
  prefix: string;
  /** A place right before the title that its full text names but its mention leaves out (某国 + 驻华大使). */
  lead?: string;
  /**
   * A ministry written into its post (外交部长, 某国财政部长): the body's span, which becomes a government mention of
   * its own when the title is accepted; the title mention then covers 长 alone.
   */
  ministry?: [number, number];
}

let modifiers: Set<string> | undefined;
const postModifiers = (): Set<string> => (modifiers ??= new Set(postModifierRows.map((r) => r[0]!)));

/** The post starting at `i` (from the lexicon or 首席…官), as [end, entry]. */
function postAt(doc: Doc, i: number): [number, PostEntry] | undefined {
  const t = doc.text;
  const m = lexicons().posts.longestAt(t, i);
  if (t.startsWith('首席', i)) {
    for (let e = i + 3; e <= i + 5 && e <= t.length; e++) {
      if (t[e - 1] === '官' && doc.isHan(e - 2)) return [e, { post: t.slice(i, e), cls: 'corporate' }];
    }
  }
  return m;
}

/** True when a post opens with a government field and goes on (民政事务 + 专员). */
function opensWithField(post: string): boolean {
  for (let len = 2; len < post.length; len++) if (fieldEndingAt(post, len) === len) return true;
  return false;
}

/** Reads the title whose post starts at `i`: modifiers and organ to its left. */
export function titleAt(doc: Doc, i: number): TitleHit | undefined {
  const t = doc.text;
  const p = postAt(doc, i);
  if (!p) return undefined;
  const [end, post] = p;
  if (!doc.isFree(i, end)) return undefined;
  if (t[end] === '会' && post.post.endsWith('委')) return undefined; // 常委 in 人大常委会 is the committee, not a post
  if ((t[end] === '会' || t[end] === '局') && /^(?:董事|理事|监事)$/.test(post.post)) return undefined; // 董事会, 董事局: the board, not a director
  if (t[end] === '者' && post.post.endsWith('长')) return undefined; // 东区长者: 长者 (the elderly), not a district head
  if (t[end] === '傅' && post.post.endsWith('师')) return undefined; // 老师傅相继退休: 师傅 (a master craftsman), not a teacher
  // 主管部门, 主管单位, 曾主管旗下业务: the competent authority, or a verb (to be in charge of), not a head of a unit.
  if (post.post === '主管' && (/^(?:部门|单位|机关|机构|当局|领导|工作|旗下|业务|范围)/.test(t.slice(end, end + 2)) || /[曾负所]$/.test(t.slice(i - 1, i)))) return undefined;
  // 某某市长兴县: the level word ends a place and 长 begins the next one, a county the gazetteer names in full.
  if (/^[省市县区州旗镇乡]长$/.test(post.post) && (placeAt(doc, i + 1)?.end ?? 0) > end && placeAt(doc, i + 1)!.rule === 'place.gazetteer') return undefined;
  let start = i;
  for (const m of MODIFIERS) if (t.endsWith(m, start) && doc.isFree(start - m.length, start)) { start -= m.length; break; }
  // Words of function or rank inside the title (销售总监, 相关负责人, 联网服务总监: two at most), from
  // data/post-modifiers.tsv.
  // (Before the head of a unit written with its unit's word, 交通局长, 财务处长, a word of function is the unit's
  // name; only a word of rank stands inside the title: 助理署长.)
  const unitHead = /^[局处署厅科部司室组股所]长$/.test(post.post);
  for (let round = 0; round < 2; round++) {
    let took = false;
    for (let len = 5; len >= 1; len--) {
      const w = t.slice(start - len, start);
      // (… or a government field, after a rank, right after a government body: 环境保护署 + 高级 + 环境保护 + 主任.)
      const field = !unitHead && round === 0 && len >= 2 && fieldEndingAt(t, start, start - len) === len && RANKS.has(t.slice(start - len - 2, start - len))
        && doc.cands[doc.endingAt(start - len - 2)]?.label === 'government';
      if (start - len >= 0 && (postModifiers().has(w) || field) && (!unitHead || RANKS.has(w)) && doc.isFree(start - len, start)) {
        start -= len;
        took = true;
        break;
      }
    }
    if (!took) break;
  }
  let organ = doc.endingAt(start);
  if (organ >= 0 && !['government', 'organization', 'company'].includes(doc.cands[organ]!.label)) organ = -1;
  // A region an office serves between the body and the post (渠务署 + 新界北区 + 总工程师), or a police district
  // (警务处 + 油尖警区 + 指挥官): inside the title.
  if (organ < 0) {
    for (let k = Math.max(0, start - 6); k <= start - 2 && organ < 0; k++) {
      const hit = placeAt(doc, k, start);
      const district = /^[\u4e00-\u9fff]{1,4}(?:警区|分区)$/.test(t.slice(k, start));
      // (… a place and a compass point of it, 九龙 + 西区, the same way.)
      const compass = hit?.end === start - 2 && /^[东南西北中]区$/.test(t.slice(start - 2, start));
      const end = district || compass || (hit && (hit.end === start || (hit.end === start - 1 && t[start - 1] === '区'))) ? start : -1;
      const body = end > 0 && doc.isFree(k, start) ? doc.endingAt(k) : -1;
      if (body >= 0 && doc.cands[body]!.label === 'government') {
        organ = body;
        start = k;
      }
    }
  }
  let prefix = '';
  let lead = '';
  if (organ < 0) {
    // A level organ or a department right before, inside the title mention (市委书记, 市政府秘书长, 宣传部部长).
    const before = t.slice(Math.max(0, start - 10), start);
    let firm = -1;
    for (let k = 0; k < before.length && !prefix; k++) {
      const tail = before.slice(k);
      const lo = LEVEL_ORGAN.exec(tail);
      // (… or a firm's department right after the firm, before a post of the firm's: 某某有限公司 + 研究部 + 主管.)
      const owner = post.cls === 'corporate' && FIRM_DEPARTMENT.test(tail) ? doc.endingAt(start - tail.length) : -1;
      const firmDepartment = owner >= 0 && (doc.cands[owner]!.label === 'company' || doc.cands[owner]!.label === 'organization');
      if (((lo && lo[0] === tail) || DEPARTMENT.test(tail) || firmDepartment || (doc.unitStems.has(tail) && /^[署局]/.test(post.post))) && doc.isFree(start - tail.length, start)) {
        prefix = tail;
        // (The firm whose department it is: the post's organ, the department inside the title.)
        if (firmDepartment) firm = owner;
      }
    }
    // A level word before a post that opens with its organ (镇 + 党委书记, 街道 + 党工委书记).
    if (!prefix && /^(?:党委|党组|党工委|党支部|党总支|纪委|政法委)/.test(post.post)) {
      const lw = /(?:街道|[省市县区州旗镇乡村])$/.exec(before);
      if (lw && doc.isFree(start - lw[0].length, start)) prefix = lw[0];
    }
    // A Taiwan village (里) named before its own head (春社里 + 里长).
    if (!prefix && post.post === '里长') {
      const li = /(?:(?![的和及与])[\u4e00-\u9fff]){2,3}里$/.exec(before);
      if (li && doc.isFree(start - li[0].length, start)) prefix = li[0];
    }
    // A bare level word before a group title or a 长 post (市领导, 省领导, 中央领导).
    if (!prefix && post.cls === 'group') {
      const lw = /(?:中央|国家|省|市|县|区|镇|乡|村)$/.exec(before);
      if (lw && doc.isFree(start - lw[0].length, start)) prefix = lw[0];
    }
    // A government field before a head post that shares its organ's last character (公安局长, 经济部长, 市教育局长).
    if (!prefix && /^[部局厅署处]长$/.test(post.post)) {
      const f = fieldEndingAt(t, start);
      // A ministry or a bureau (外交部长, 财政部长, 水利署长, 农业处长) is a named body, so it is a mention of its own
      // and the post is 长, as for 公安部|副部长; the country before it, if any, is part of its name (某国财政部长).
      // After a level word or a 府 the field belongs to a level organ (市教育局长, 县府水利处长): read below.
      if (f && start === i && doc.isFree(start - f, start) && !/[省市县区府]/.test(t[start - f - 1] ?? '')) {
        let from = start - f;
        for (let k = Math.max(0, from - 6); k < from; k++) {
          const hit = placeAt(doc, k, from);
          if (hit?.end === from && hit.data.level === 'country' && doc.isFree(k, from)) {
            from = k;
            break;
          }
        }
        return { start: i + 1, end, post, organ: -1, prefix: '', ministry: [from, i + 1] };
      }
      if (f && doc.isFree(start - f, start)) {
        prefix = t.slice(start - f, start);
        if (/[省市县区]/.test(t[start - f - 1] ?? '') && doc.isFree(start - f - 1, start - f)) prefix = t[start - f - 1]! + prefix;
        // 县府水利处长, 市府教育局长: the body the office belongs to, right before, is the title's organ.
        const up = doc.endingAt(start - prefix.length);
        if (up >= 0 && (doc.cands[up]!.label === 'government' || doc.cands[up]!.label === 'organization')) organ = up;
        else {
          const gov = /(?:[省市县区]政?府)$/.exec(t.slice(Math.max(0, start - prefix.length - 3), start - prefix.length));
          if (gov && doc.isFree(start - prefix.length - gov[0].length, start - prefix.length)) prefix = gov[0] + prefix;
        }
      }
    }
    // A place right before a level-organ title (某某市委书记, 某某街道党工委书记): part of the title. The place may
    // share its level word with the organ (某某市 + 市委).
    if (prefix) {
      const s0 = start - prefix.length;
      for (let k = Math.max(0, s0 - 8); k < s0; k++) {
        const hit = placeAt(doc, k, s0 + 2);
        if (hit && hit.end >= s0 && hit.end <= s0 + 2 && prefix.startsWith(t.slice(s0, hit.end)) && doc.isFree(k, s0)) {
          prefix = t.slice(k, s0) + prefix;
          break;
        }
      }
      // … or a zone whose committee it is (南沙开发区 + 管委会常务副主任).
      const zone = prefix.startsWith('管委会') ? ZONE_BEFORE.exec(t.slice(Math.max(0, s0 - 12), s0)) : null;
      if (zone && doc.isFree(s0 - zone[0].length, s0)) prefix = zone[0] + prefix;
    }
    // A post that opens with its level word, after a place of that level (观塘区议员, 无锡市长, 江阴市市长): the
    // place is part of the title; it may share the level word with the post.
    if (!prefix && /^[省市县区州旗镇乡]/.test(post.post)) {
      for (let k = Math.max(0, start - 8); k < start - 1; k++) {
        const hit = placeAt(doc, k, start + 1);
        const shared = hit?.end === start + 1 && t[start] === post.post[0];
        const whole = hit?.end === start && t[start - 1] === post.post[0];
        if (hit && (shared || whole) && doc.isFree(k, start)) {
          prefix = t.slice(k, start);
          break;
        }
      }
      // 北区 + 区议员: a Hong Kong district named by a compass point.
      const compass = prefix ? -1 : compassDistrictEndingAt(doc, start);
      if (compass >= 0 && doc.isFree(compass, start)) prefix = t.slice(compass, start);
    }
    // An office named by its government field, after the district it serves (观塘民政事务专员): one title.
    if (!prefix && post.cls === 'official' && opensWithField(post.post)) {
      for (let k = Math.max(0, start - 8); k < start - 1; k++) {
        const hit = placeAt(doc, k, start);
        const local = hit?.data.level === 'county' || hit?.data.level === 'city' || hit?.data.level === 'town';
        if (hit && local && hit.end === start && doc.isFree(k, start)) {
          prefix = t.slice(k, start);
          break;
        }
      }
      const compass = prefix ? -1 : compassDistrictEndingAt(doc, start);
      if (compass >= 0 && doc.isFree(compass, start)) prefix = t.slice(compass, start);
    }
    // An academic department before a teaching or research post (某某大学 + 土木工程学系 + 教授): inside the title; the
    // university before it, if named, is the title's organ.
    if (!prefix && post.cls === 'academic') {
      // (A department's name may run longer than the ten characters read before: 建筑环境及能源工程学系.)
      const dept = ACADEMIC_DEPARTMENT.exec(t.slice(Math.max(0, start - 16), start));
      if (dept) {
        // The department's name starts after the body before it (a mention already found), or where the match does.
        let from = start - dept[0].length;
        while (from < start && !doc.isFree(from, start)) from++;
        if (start - from >= 3) {
          prefix = t.slice(from, start);
          const up = doc.endingAt(from);
          if (up >= 0 && (doc.cands[up]!.label === 'organization' || doc.cands[up]!.label === 'government')) organ = up;
        }
      }
    }
    // A diplomat's post after where the mission sits (驻港总领事, 驻华大使), and the country that sends it (某国驻华大使):
    // one title.
    if (!prefix && DIPLOMATIC.test(post.post)) {
      const at = before.lastIndexOf('驻');
      const s0 = at >= 0 ? start - (before.length - at) : -1;
      const where = s0 >= 0 && s0 + 1 < start ? placeAt(doc, s0 + 1, start) : undefined;
      const abbr = s0 >= 0 && s0 + 2 === start && !!placeAbbreviation(t[s0 + 1]!);
      if (s0 >= 0 && (where?.end === start || abbr) && doc.isFree(s0, start)) {
        prefix = t.slice(s0, start);
        // The sending country stays a place mention of its own, but the title as written names it.
        for (let k = Math.max(0, s0 - 8); k < s0; k++) {
          const hit = placeAt(doc, k, s0);
          if (hit?.end === s0 && doc.isFree(k, s0)) {
            lead = t.slice(k, s0);
            break;
          }
        }
      }
    }
    start -= prefix.length;
    if (firm >= 0) organ = firm;
  }
  if (post.cls === 'group' && !prefix) return undefined; // 领导 alone is no title
  return lead ? { start, end, post, organ, prefix, lead } : { start, end, post, organ, prefix };
}

function isOfficial(doc: Doc, h: TitleHit): boolean {
  if (h.corporateChain) return false;
  const cls = h.post.cls;
  if (cls === 'official' || cls === 'group') return true;
  if (cls === 'ambiguous' && h.organ < 0 && !h.prefix && sharesOrgan(doc, h)) return true;
  // A corporate post of a government body is an office (中国人民银行行长).
  if (cls === 'corporate') return h.organ >= 0 && doc.cands[h.organ]!.label === 'government';
  // … and so is a senior rank of a profession in a government office (建筑署总建筑师, 某署高级工程师).
  // (The rank stands before the post word, not in it: 旅发局总干事 is the head of an agency, no civil servant's rank.)
  if ((cls === 'other' || cls === 'academic') && h.organ >= 0 && doc.cands[h.organ]!.label === 'government' && /^(?:总|高级|首席)/.test(doc.text.slice(h.start, h.end)) && !/^(?:总|高级|首席)/.test(h.post.post)) return true;
  if (cls !== 'ambiguous') return false;
  if (h.prefix) return true;
  if (h.organ >= 0) {
    const o = doc.cands[h.organ]!;
    return o.label === 'government' && !chairsAdvisoryBody(doc, h, o);
  }
  return chairsGovernmentBody(doc, h);
}

/**
 * 安老事务委员会主席甲, 某某小组委员会主席乙: the chair of a committee found by its head word alone, where neither its
 * name nor the text before it names a legislature, is the chair of an advisory or statutory body (a non-official
 * appointee), no office holder; a legislature's committee (立法会教育事务委员会主席, a panel the story named after
 * 立法会) is one, and so is a government department's (市政署管理委员会主席).
 */
function chairsAdvisoryBody(doc: Doc, h: TitleHit, o: Cand): boolean {
  if (h.post.post !== '主席' && h.post.post !== '副主席') return false;
  if (!o.rule.startsWith('org.head') || !doc.text.endsWith('委员会', o.end)) return false;
  const name = doc.text.slice(o.start, o.end);
  // (A policy area's 事务委员会, 卫生事务委员会, is a legislature's panel; one of a group of people it advises on,
  // 安老事务委员会 or 妇女事务委员会, an advisory commission.)
  if (/事务委员会$/.test(name) && !GROUP_AFFAIRS.test(name)) return false;
  // (A state body's chair holds office: 中国人民政治协商会议全国委员会主席, 中央军事委员会主席, 中国证券监督管理委员会主席.)
  if (STATE_COMMITTEE.test(name)) return false;
  return !LEGISLATURE.test(name) && !DEPARTMENT_COMMITTEE.test(name) && !(firstLegislature(doc) < o.start);
}

/** Commissions named by the group of people they advise on (安老, 妇女, 青年 …事务委员会). */
const GROUP_AFFAIRS = /(?:安老|长者|老人|妇女|青年|儿童|家庭|少数族裔|复康|残疾人士|扶贫|禁毒|退休人员)事务委员会$/;
/** Committees of the state and its organs (national, central, the CPPCC, the people's congresses, regulators). */
const STATE_COMMITTEE = /^(?:中国|中华人民共和国|全国|国家|中央|国务院)|政治协商|人民代表大会|监督管理|军事委员会/;

/** Names of legislatures and councils whose committees' chairs hold office (立法会, 区议会, 人大, 政协). */
const LEGISLATURE = /立法会|立法院|[区市]议会|(?<![私个])人大(?!厦)|政协|议员/;

/** Where the text first names a legislature or its members (read once per text), or Infinity. */
const legislatureAt = new WeakMap<Doc, number>();
function firstLegislature(doc: Doc): number {
  let at = legislatureAt.get(doc);
  if (at === undefined) {
    const m = LEGISLATURE.exec(doc.text);
    at = m ? m.index : Infinity;
    legislatureAt.set(doc, at);
  }
  return at;
}
/** A government department's own committee (市政署管理委员会): its chair holds office. */
const DEPARTMENT_COMMITTEE = /(?:署|局|厅|部|政府)[\u4e00-\u9fff]{0,8}委员会$/;

/**
 * 某某委员会昨日举行会议，由主席甲主持: a bare 主席 or 主任 who chairs the meeting of a government committee named
 * earlier in the sentence, with no other body or person between, holds that committee's chair. Looks back at most 40
 * characters, within the sentence.
 */
function chairsGovernmentBody(doc: Doc, h: TitleHit): boolean {
  const post = h.post.post;
  if (post !== '主席' && post !== '副主席' && post !== '主任' && post !== '副主任') return false;
  const t = doc.text;
  if (t[h.start - 1] !== '由' || !t.slice(h.end, h.end + 6).includes('主持')) return false;
  for (let j = h.start - 1; j > 0 && j >= h.start - 40 && t[j - 1] !== '。'; j--) {
    const k = doc.endingAt(j);
    if (k < 0) continue;
    const label = doc.cands[k]!.label;
    if (label === 'government') return /(?:委员|常委)会$/.test(t.slice(doc.cands[k]!.start, j)); // (the text is Simplified here)
    if (label === 'company' || label === 'organization' || label === 'person') return false;
  }
  return false;
}

/**
 * 某某局局长甲、副局长乙: a bare post in a list right after a name whose title is a government organ's post of the same
 * kind (局长 after 某某局) holds office in that organ too.
 */
function sharesOrgan(doc: Doc, h: TitleHit): boolean {
  const t = doc.text;
  if (t[h.start - 1] !== '、' && t[h.start - 1] !== '，') return false;
  const p = doc.endingAt(h.start - 1);
  if (p < 0 || doc.cands[p]!.label !== 'person') return false;
  const ti = doc.endingAt(doc.cands[p]!.start);
  const title = ti >= 0 ? doc.cands[ti] : undefined;
  const organ = title?.title?.organ !== undefined ? doc.cands[title.title.organ] : undefined;
  if (!title || title.label !== 'title' || !organ || organ.label !== 'government') return false;
  return t[organ.end - 1] === h.post.post.replace(/^副/, '')[0];
}

/**
 * The title whose mention, its organ included, starts at `k` (the post may stand up to 16 characters further on,
 * after the organ), read but not accepted; undefined when none does.
 */
export function titleFrom(doc: Doc, k: number): TitleHit | undefined {
  for (let j = k; j <= k + 16 && j < doc.text.length; j++) {
    const h = titleAt(doc, j);
    const from = h && h.organ >= 0 ? doc.cands[h.organ]!.start : h?.start;
    if (h && from === k) return h;
    if (!doc.isHan(j) && doc.owner[j] === -1) break;
  }
  return undefined;
}

export function acceptTitle(doc: Doc, h: TitleHit): number {
  const t = doc.text;
  if (h.ministry && h.organ < 0 && doc.isFree(h.ministry[0], h.ministry[1])) {
    h.organ = doc.accept({ start: h.ministry[0], end: h.ministry[1], label: 'government', rule: 'org.ministry-of-post', kind: 'government' });
  }
  let organText = h.organ >= 0 ? t.slice(doc.cands[h.organ]!.start, doc.cands[h.organ]!.end) : '';
  // A bureau written into its post right after its ministry (经济部|水利署|长): the full title names both.
  const up = h.ministry && h.organ >= 0 ? doc.endingAt(doc.cands[h.organ]!.start) : -1;
  if (up >= 0 && doc.cands[up]!.label === 'government') organText = t.slice(doc.cands[up]!.start, doc.cands[up]!.end) + organText;
  const c: Cand = {
    start: h.start,
    end: h.end,
    label: 'title',
    rule: h.organ >= 0 ? 'title.organ-post' : h.prefix ? 'title.level-organ-post' : 'title.post',
    title: { post: h.post.post, full: organText + (h.lead ?? '') + t.slice(h.start, h.end), official: isOfficial(doc, h) },
  };
  if (h.organ >= 0) c.title!.organ = h.organ;
  return doc.accept(c);
}

/**
 * Finds titles and the names they bind, accepting both.
 *
 * @example
 * ```ts
 * const doc = new Doc('市领导王某、李某某出席。');
 * findTitles(doc); // title 市领导; persons 王某, 李某某, each bound to it
 * ```
 */
export function findTitles(doc: Doc): void {
  const t = doc.text;
  for (let i = 0; i < t.length; i++) {
    if (doc.owner[i] !== -1) continue;
    let first = titleAt(doc, i);
    if (!first) continue;
    // A chain of titles joined by 、 (区委常委、宣传部部长) before one name.
    const chain: TitleHit[] = [first];
    let end = first.end;
    while ((t[end] === '、' || t[end] === '兼') && chain.length < 4) {
      let next = titleFrom(doc, end + 1);
      // 商务部副部长兼国际贸易谈判副代表: after 兼, a post whose words before it name no body we know.
      if (!next && t[end] === '兼') {
        for (let j = end + 2; j <= end + 12 && j < t.length && doc.isHan(j - 1) && doc.owner[j - 1] === -1; j++) {
          const h = titleAt(doc, j);
          if (h && h.organ < 0 && !h.prefix) {
            next = { ...h, start: end + 1 };
            break;
          }
        }
      }
      if (!next) break;
      chain.push(next);
      end = next.end;
    }
    // 社会福利署副署长（服务）某某: a portfolio in brackets right after the post is part of the title (not a place in
    // a photo, 局长（左二）).
    const portfolio = PORTFOLIO_BRACKET.exec(t.slice(end, end + 9));
    if (portfolio && doc.isHan(end + portfolio[0].length) && doc.owner[end + portfolio[0].length] === -1) {
      chain[chain.length - 1] = { ...chain[chain.length - 1]!, end: end + portfolio[0].length };
      if (chain.length === 1) first = chain[0]!;
      end += portfolio[0].length;
    }
    // A chain that opens with a corporate post (董事长、党委书记 of a company) is a company's: none of it is an office.
    if (chain.length > 1 && (chain[0]!.post.cls === 'corporate' || (chain[0]!.organ >= 0 && doc.cands[chain[0]!.organ]!.label === 'company'))) {
      for (const h of chain) h.corporateChain = true;
    }
    // A name already found right after the title (a foreign name with a middle dot) takes it.
    const already = doc.startingAt(end);
    if (already >= 0 && doc.cands[already]!.label === 'person') {
      const ids = chain.map((h) => acceptTitle(doc, h)).filter((k) => k >= 0);
      doc.cands[already]!.titles = ids;
      i = end - 1;
      continue;
    }
    // A Japanese family name right after the title reads first as a Japanese name (首相山本健一郎), which the Han
    // name model would cut (山本健 …).
    // Three characters or fewer may as well be a Han name (田中华): the Han reading wins where it finds one.
    const japanese = japaneseNameAt(doc, end, 0.8);
    if (japanese >= 4 || (japanese && !nameList(doc, end).length)) {
      const ids = chain.map((h) => acceptTitle(doc, h)).filter((k) => k >= 0);
      doc.accept({ start: end, end: end + japanese, label: 'person', rule: 'person.japanese-after-title', titles: ids });
      i = end - 1;
      continue;
    }
    const names = nameList(doc, end);
    if (!names.length) {
      const foreign = foreignNameAt(doc, end) || (countryBefore(doc, chain[0]!) ? foreignNameAfterCountry(doc, end) : 0) || typicalRunAfterPost(doc, chain[chain.length - 1]!, end);
      if (foreign) names.push([end, end + foreign]);
    }
    // A name in Latin letters after the title (董事总经理Andrew Lam, 亚太区总裁Michael Turner); with the Chinese name
    // in brackets after it (Andrew Lam（林德鸿）) that one is the person.
    if (!names.length && chain.every((h) => h.post.cls === 'corporate' || h.post.cls === 'other' || h.post.cls === 'academic')) {
      const latin = latinNameAt(t, end);
      if (latin > end && doc.isFree(end, latin)) {
        const br = /^[（(]([\u4e00-\u9fff]{2,4})[）)]/.exec(t.slice(latin, latin + 8));
        const bs = latin + 1;
        const known = br ? doc.startingAt(bs) : -1;
        if (known >= 0 && doc.cands[known]!.label === 'person' && doc.cands[known]!.end === bs + br![1]!.length) {
          const ids = chain.map((h) => acceptTitle(doc, h)).filter((k) => k >= 0);
          doc.cands[known]!.titles = ids;
          i = end - 1;
          continue;
        }
        names.push(br && nameScore(doc, bs, bs + br[1]!.length, true) > -Infinity ? [bs, bs + br[1]!.length] : [end, latin]);
      }
    }
    // A status (居民, 市民, 村民, 妻子, 男子) names the person after it without being a title of theirs. It is a
    // common noun, so it vouches for less than a post: it must stand as a word of its own (not 女儿 of 妇女儿童),
    // and each name must read as one without the post's help and end where a name ends.
    const status = chain.every((h) => namesOnly(h.post));
    if (status && names.length && !statusStands(doc, first.start, names)) names.length = 0;
    if (names.length) {
      const ids = status ? [] : chain.filter((h) => !isNoTitle(doc, h)).map((h) => acceptTitle(doc, h)).filter((k) => k >= 0);
      for (const [s, e] of names) doc.accept({ start: s, end: e, label: 'person', rule: status ? 'person.after-status' : names.length > 1 ? 'person.title-list' : 'person.after-title', titles: ids });
      i = end - 1;
      continue;
    }
    // A name right before the title (某某总书记, 李老师, 某某某总统), or a surname before a deputy's (钱副局长).
    const uses = namePostUses(first.post.post);
    const deputy = first.start < i && /^(?:常务)?副$/.test(doc.text.slice(first.start, i));
    if (chain.length === 1 && uses && !first.prefix && first.organ < 0 && (first.start === i || (deputy && uses.surname))) {
      // A name found already, right before a post written after it (某某总书记): one more title of that person. An
      // honour written after a name (某某太平绅士) is no title: it only tells the name.
      const known = doc.endingAt(first.start);
      if (uses.full && known >= 0 && doc.cands[known]!.label === 'person') {
        const id = isNoTitle(doc, first) ? -1 : acceptTitle(doc, first);
        if (id >= 0) doc.cands[known]!.titles = [...(doc.cands[known]!.titles ?? []), id];
        continue;
      }
      const before = nameBeforePost(doc, first.start, deputy ? { full: false, surname: true, foreign: false } : uses);
      if (before) {
        if (namesOnly(first.post)) {
          doc.accept({ start: before.start, end: first.start, label: 'person', rule: 'person.before-honour' });
          continue;
        }
        const id = acceptTitle(doc, first);
        if (id >= 0) doc.accept({ start: before.start, end: first.start, label: 'person', rule: before.rule, titles: [id] });
        continue;
      }
    }
    // A title that binds no name is still a title where it stands as one (记者了解到, 董事长表示), but not inside a
    // longer noun (市长质量奖).
    // An occupation (记者, 专家, 教授) is a title wherever it stands; an office only where it stands as one.
    const occupation = first.post.cls === 'other' || first.post.cls === 'academic' || first.post.cls === 'corporate';
    // An occupation standing alone that opens an organization's name (律师 in 律师事务所) is part of that name.
    const loose = occupation && first.organ < 0 && !first.prefix && organAfter(doc, first.end);
    if (chain.length === 1 && !loose && first.post.cls !== 'group' && !isNoTitle(doc, first) && (first.post.cls !== 'ambiguous' || first.prefix || first.organ >= 0 || first.ministry) && (occupation || nameEndsAt(doc, first.end))) {
      const id = acceptTitle(doc, first);
      if (id >= 0) doc.cands[id]!.rule = 'title.unbound';
    }
  }
}

/** True for a status or relation noun (村民, 妻子) or an honour (太平绅士): it tells a name but is no title of it. */
const namesOnly = (post: PostEntry): boolean => post.cls === 'status' || post.cls === 'relation' || post.cls === 'honour';

/**
 * True when a post binds the name after it but is no title of theirs where it stands: an occupation one has retired
 * from (退休护士某某), an owner of no business named (凉茶铺东主某某, not 某某有限公司东主).
 */
const describesOnly = (doc: Doc, h: TitleHit): boolean =>
  (h.post.cls === 'other' && !h.prefix && doc.text.slice(h.start - 2, h.start) === '退休') || (h.post.post === '东主' && h.organ < 0 && !h.prefix);

/** True when the post gives the person after it no title: a status, a kin term, an honour, or a description. */
const isNoTitle = (doc: Doc, h: TitleHit): boolean => namesOnly(h.post) || describesOnly(doc, h);

/** Characters before a status noun that leave it a word of its own (其妻子, 一名男子, 该患者, 的女儿). */
const BEFORE_STATUS = new Set([...'的其该名位个，。、：；“（在和与及对向由据让给被将是为']);

/**
 * True when a status noun at `s` stands as a word of its own and every name after it reads as a name on the name
 * model alone (no 女儿 inside 妇女儿童, no 赵文 cut out of 赵文陶).
 */
function statusStands(doc: Doc, s: number, names: [number, number][]): boolean {
  const t = doc.text;
  // (… or the level word that ends a place written before it: 上水 + 乡 + 居民, 某某 + 村 + 村民; looked up last.)
  if (s > 0 && doc.isHan(s - 1) && doc.owner[s - 1] === -1 && !BEFORE_STATUS.has(t[s - 1]!) && !placeLevelEndsAt(doc, s)) return false;
  return names.every(([a, b]) => nameScore(doc, a, b) + rightScore(doc, b) >= 2);
}

/** Level words that end a place's name (乡, 村, 围, 墟): a place and one of them stand before a status as a word. */
const PLACE_LEVEL_END = new Set([...'乡村邨围墟镇街区岛城']);

/** True when a place and one of its level words end right before `s` (上水 + 乡). */
function placeLevelEndsAt(doc: Doc, s: number): boolean {
  if (!PLACE_LEVEL_END.has(doc.text[s - 1] ?? '')) return false;
  for (let k = Math.max(0, s - 6); k <= s - 3; k++) if (placeAt(doc, k)?.end === s - 1) return true;
  return false;
}

/** True when an organization head noun starts at `k` (事务所, 协会 after 律师, 作家). */
function organAfter(doc: Doc, k: number): boolean {
  const lex = lexicons();
  for (let len = 2; len <= 4 && k + len <= doc.text.length; len++) {
    if (lex.organSuffixes.endingAt(doc.text, k + len, k).some(([s]) => s === k)) return true;
  }
  return false;
}

/**
 * The length of a run of three to five typical transliteration characters right after a bare post (总统拉莫斯竞选,
 * 内务部长斯捷帕申为): the post vouches for a name that ends where the run ends. 0 when there is none, or when the post
 * has a Chinese organ or level before it (a Chinese official's name is read by the Han name model).
 */
function typicalRunAfterPost(doc: Doc, h: TitleHit, s: number): number {
  if (!['official', 'ambiguous'].includes(h.post.cls) || h.organ >= 0 || h.prefix) return 0;
  const t = doc.text;
  let e = s;
  while (e < t.length && e - s < 6 && doc.isHan(e) && translitTier(t[e]!) === 1 && doc.owner[e] === -1) e++;
  const run = e - s;
  return run >= 3 && run <= 5 && translitTier(t[e] ?? '') === 0 && !lexicons().world.longestAt(t, s) ? run : 0;
}

/** True when a country's name stands right before the title (法国总理, 英国外交大臣). */
function countryBefore(doc: Doc, h: TitleHit): boolean {
  if (!['official', 'ambiguous'].includes(h.post.cls)) return false;
  const s = h.organ >= 0 ? doc.cands[h.organ]!.start : h.start;
  for (let k = Math.max(0, s - 8); k <= s - 2; k++) {
    const hit = placeAt(doc, k, s);
    if (hit?.end === s && hit.data.level === 'country') return true;
  }
  // A country's one-character abbreviation opening the clause (俄国防部长, 美防长).
  const c = doc.text[s - 1] ?? '';
  return placeAbbreviation(c)?.level === 'country' && (s - 1 === 0 || !doc.isHan(s - 2) || doc.owner[s - 2] !== -1);
}

/**
 * The length of a transliterated name after a country's official (法国总理若斯潘在): the title and the country vouch for
 * it, so any transliteration character may stand in it; it ends where a name may end. 0 when there is none.
 */
function foreignNameAfterCountry(doc: Doc, s: number): number {
  const t = doc.text;
  let e = s;
  let typical = 0;
  while (e < t.length && e - s < 6 && doc.isHan(e) && translitTier(t[e]!) > 0 && doc.owner[e] === -1) {
    if (translitTier(t[e]!) === 1) typical++;
    e++;
  }
  const run = e - s;
  for (; e - s >= 2; e--) if (rightScore(doc, e) > 0) return e - s;
  // The run of transliteration characters ends by itself (奥巴马最初): the whole run, when it is mostly typical.
  if (run >= 2 && run <= 5 && typical >= run - 1 && translitTier(t[s + run] ?? '') === 0) return run;
  return 0;
}

/** True when a place name covers part of [s, e) or runs into it from the left (法国总理: 法国 is no name). */

/** Words that end or make up no person's name in Latin letters (Hang Fung Cold Chain Limited is a company). */
const NOT_LATIN_NAME = /\b(?:Limited|Ltd|Company|Co|Group|Holdings|Bank|University|College|Institute|Association|Council|Centre|Center|Foundation|Trust|Capital|Partners|Technology|Technologies|International|Hong|Kong|China|Asia|Pacific)\b/;

/** Where a personal name in Latin letters starting at `i` ends (two or three capitalized words), or `i`. */
function latinNameAt(t: string, i: number): number {
  const m = /^[A-Z][a-z]{1,14}(?:[ -][A-Z][a-z]{1,14}){1,2}(?![A-Za-z])/.exec(t.slice(i, i + 48));
  if (m && !NOT_LATIN_NAME.test(m[0])) return i + m[0].length;
  // Peter 陈表示: an English given name and a Chinese surname, then a verb or punctuation.
  const given = /^[A-Z][a-z]{1,14} ?/.exec(t.slice(i, i + 16));
  if (given && !NOT_LATIN_NAME.test(given[0])) {
    const k = i + given[0].length;
    const sl = surnameAt(t, k);
    if (sl && (/^[，。、：；,]/.test(t.slice(k + sl, k + sl + 1)) || lexicons().verbs.longestAt(t, k + sl))) return k + sl;
  }
  return i;
}
