/**
 * Organizations by their head noun (data/organ-suffixes.tsv: 局, 委员会, 大学, 中心, 协会, 日报 …) and their
 * opening: a place, a national word (国家, 中国, 中共 …), or a level word (省, 市 …) at the left edge. Level organs
 * (市委, 省政府, 区委 …, a level word and an organ abbreviation) are found separately, after titles, so that
 * 市委书记 stays one title.
 *
 * @module
 */
import { repeatedBareNames, type BareName } from './repeated-bodies.js';
import { nestOrgans } from './nested-organs.js';
import { lexicons, wordEndsBefore, type OrganSuffix } from '../../lexicon/index.js';
import { adminDomains, organFalseHeads } from '../../data/lexicons.generated.js';
import { isOrdinaryWord } from '../../lexicon/words.js';
import { isTradeWord, leftEdge } from './boundary.js';
import type { Cand, Doc } from './doc.js';
import { compassDistrictEndingAt, placeAt, placeEndsAt } from './places.js';

const MAX_NAME = 30;
/** The longest name with no opening word (江南大学, 某某协会). */
const MAX_BARE = 8;
/** What an authority named by its field does, before 局 (旅游业 + 监管局, 机场 + 管理局). */
const AUTHORITY_OF = /业?(?:监管|管理|监察)$/;
/** After a single-character head, these characters mean the head is part of a longer word (部长, 局面, 委员). */
const NOT_AFTER_HEAD = new Set([...'长员分门面势署属会级务际内外理法好成学案']);
let falseHeads: Set<string> | undefined;
let fields: Set<string> | undefined;
const adminFields = (): Set<string> => (fields ??= new Set(adminDomains.map((r) => r[0]!)));

/** The length of the longest government field (财政, 交通运输) that ends at `i` and starts at or after `floor`, or 0. */
export function fieldEndingAt(t: string, i: number, floor = 0): number {
  for (let len = Math.min(10, i - floor); len >= 2; len--) if (adminFields().has(t.slice(i - len, i))) return len;
  return 0;
}

/**
 * The length of a run of one to three government fields ending at `i`, written one after another or joined by 及
 * (经济 + 财政, 教育 + 及 + 青年发展: the portfolios of one office), or 0.
 */
export function fieldsEndingAt(t: string, i: number, floor = 0): number {
  let len = fieldEndingAt(t, i, floor);
  for (let k = 0; len && k < 2; k++) {
    const at = i - len;
    const join = t[at - 1] === '及' ? 1 : 0;
    const more = fieldEndingAt(t, at - join, Math.max(floor, at - join - 6));
    if (!more) break;
    // (海关及消防局: a field that is a body on its own, customs, is the first of two bodies, not a portfolio.)
    if (join && lexicons().organSuffixes.endingAt(t, at - join, at - join - more).some(([st]) => st === at - join - more)) break;
    len += join + more;
  }
  return len;
}

const fieldEndsAt = (t: string, i: number): boolean => fieldEndingAt(t, i) > 0;
/** A name that opens with a numeral and classifier or a demonstrative is a generic reference (两所学校, 该中心). */
export const GENERIC_START = /^(?:[一二两三四五六七八九十几多][个家所些名位座种类批间栋]|[各每某该本这那此其我你他][个家所些名位座种类批间栋]?|[个家所些间]|[区市港境校村]内)/; // a numeral only with its classifier: 四川… is a name; 区内学校 is the schools of the district

/** A level word and an organ abbreviation: 市委, 省政府, 区人大常委会, 团市委, 镇党委, 村党支部. */
export const LEVEL_ORGAN = /^(?:团)?(?:街道|[省市县区州旗镇乡村])(?:委|政府|人民政府|人大常委会|人大|政协|纪委|监委|纪委监委|党委|党工委|党支部|党总支|委员会|府(?![上下内外前后里]))/; // 县府, 市府: Taiwan and Hong Kong

/** Kind of a level organ: a party committee (市委, 镇党委, 团市委) and its departments are party organs. */
export function levelOrganKind(name: string): 'party' | 'government' {
  return /^(?:团)?(?:街道|[省市县区州旗镇乡村])(?:委(?!员会)|党委|党工委|党支部|党总支|纪委)/.test(name) || /(?:组织部|宣传部|统战部|政法委|党校)$/.test(name)
    ? 'party'
    : 'government';
}

/** Start of the opening word (place, national or level word) nearest the left edge, or -1. */
/** The numeral of a numbered unit, and two characters of its name (七河川, 三分局), not of a count (二季, 三期). */
const ORDINAL_UNIT = /^[一二三四五六七八九十\d]{1,3}(?![季期届次批轮年天周个名位阶段号条款章节])[\u4e00-\u9fff]{2}/;

/** One-character verbs a body may do to what follows it in a headline (科技局建研发中心, 某局设服务站). */
const BODY_VERBS = new Set([...'建设办推促签助赴访获']);

/** Nouns these verbs open, which go on into a unit's name (住建局 + 建设工程质量监督站, 某局 + 设计院, 办公室). */
const NOUN_OPENERS = /^(?:建设|建筑|设计|设备|设施|办公|推广|促进|签证|助学)/;

/** True when an organ's head ends inside `t[start, end)` right before a one-character verb that opens no noun. */
function actingBodyWithin(t: string, start: number, end: number): boolean {
  const { organSuffixes } = lexicons();
  for (let k = start + 2; k < end; k++) {
    if (!BODY_VERBS.has(t[k]!) || NOUN_OPENERS.test(t.slice(k, k + 2))) continue;
    if (k < end - 1 && organSuffixes.endingAt(t, k, start).some(([st]) => st > start)) return true;
    // (… or a firm, a university, a government, the verb right before the head too: 城大夥江门政府企业建研究院.)
    if (/(?:企业|公司|集团|大学|政府)$/.test(t.slice(start, k))) return true;
  }
  return false;
}

function opening(doc: Doc, from: number, to: number, minCore?: number, knownOpens = false): number {
  const lex = lexicons();
  const t = doc.text;
  for (let i = from; i < to; i++) {
    const lw = lex.levelWords.longestAt(t, i, to);
    if (lw) {
      const [e, kind] = lw;
      if (t[e] === '级') continue; // 国家级, 省级: an adjective, not a body
      if (kind !== 'level' || (i === from && to - e >= (minCore ?? 2))) return i; // 市农业农村局, 市教委, but not 村史馆
    }
    // (… or a Hong Kong district named by a compass point before its own office: 北区 + 区议会.)
    if (placeAt(doc, i, to) || compassDistrictEndingAt(doc, i + 2) === i) return i;
    // A numbered unit (第七河川局, 第三分局): the ordinal stands where a place would.
    // (Not a count of time or of turns: 第二季移交房屋署, 第三期工程处.)
    if (t[i] === '第' && ORDINAL_UNIT.test(t.slice(i + 1, to))) return i;
    if (i === from && t[i - 1] === '第' && ORDINAL_UNIT.test(t.slice(i, to))) return i - 1;
    // A body the lists know, whose committee or office this is (立法会 + 房屋事务委员会).
    const known = knownOpens ? lex.known.longestAt(t, i, to) : undefined;
    if (known && i === from && to - known[0] >= (minCore ?? 2)) return i;
  }
  return -1;
}

/**
 * Where a name really starts when it opens with a place followed by the region that place lies in (灣仔 + 香港會議展覽中心,
 * 新吴区 + 无锡某某中心): names run from the larger place to the smaller, so the first place only says where the body
 * is, and the name starts after it.
 */
function pastOuterPlace(doc: Doc, start: number, hs: number): number {
  const p1 = placeAt(doc, start, hs);
  if (!p1) return start;
  const p2 = placeAt(doc, p1.end, hs);
  if (!p2) return start;
  const t = doc.text;
  const inner = p1.data;
  const outer = p2.data;
  const region = inner.within;
  const inRegion = region !== undefined && (t.slice(p1.end, p2.end) === region || outer.canonical === region || (outer.level === 'region' && outer.within === region));
  const inArea = !!inner.codes && !!outer.codes && inner.codes.every((c) => outer.codes!.some((d) => c.length > d.length && c.startsWith(d)));
  return inRegion || inArea ? p1.end : start;
}

/** A category word set before a name (慈善团体仁联社区服务协会, 本地建筑商嘉峰建筑工程…, 瑞士药企某某集团, 网约车平台某某有限公司): the name follows it. */
const CATEGORY = /(?:慈善团体|社会团体|团体|机构|组织|建筑商|发展商|承建商|营运商|供应商|开发商|制造商|生产商|运营商|服务商|经销商|零售商|药企|车企|房企|险企|国企|民企|外企|央企|港企|台企|科企|初创企业|初创|上市公司|运营方|营运方|投资方|主办方|承办方|合作方|网约车平台|电商平台|外卖平台|网购平台)(?=[\u4e00-\u9fff]{2})/g;

/**
 * Where a name starts when a category word stands inside what precedes its head: after the last such word.
 *
 * @example
 * ```ts
 * pastCategory('由慈善团体仁联社区服务协会营运', 1, 11); // 5
 * ```
 */
export function pastCategory(t: string, start: number, hs: number): number {
  const part = t.slice(start, hs);
  let at = -1;
  CATEGORY.lastIndex = 0;
  for (let m = CATEGORY.exec(part); m; m = CATEGORY.exec(part)) at = m.index + m[0].length;
  return at > 0 && hs - (start + at) >= 2 ? start + at : start;
}

/** The names of convention and exhibition venues (会议展览中心, 展贸中心, 会展中心, 博览中心). */
const VENUE = /(?:会议展览|展览|展贸|会展|博览|国际会议)中心$/;

/** Words that open a kind of facility rather than a name: a temporary one, a new one (临时避寒中心, 新仓储中心). */
const KIND_OPENER = /^(?:临时|新|大型|小型|流动)/;

/**
 * True when [start, e) names a temporary or a new one of a kind of facility (临时避寒中心, 为新仓储中心), whose kind
 * (避寒中心) it adds to `kinds`. 新 opens many names (新华社, 新界, 新加坡): only after a preposition, and not a place
 * or a body the lists know.
 */
function kindOf(doc: Doc, start: number, hs: number, e: number, suffix: string, kinds: Set<string>): boolean {
  const t = doc.text;
  const kind = KIND_OPENER.exec(t.slice(start, hs));
  if (!kind || hs - start - kind[0].length < 2 || !/^(?:中心|站|点)$/.test(suffix) || placeAt(doc, start + kind[0].length)) return false;
  // (新 opens a kind after a preposition, a conjunction or 的: 位于某地的新物流中心 — after 的 only before a trade word, not a
  // name that opens with 新: 位于尖沙咀的新世界中心.)
  if (kind[0] === '新' && (placeAt(doc, start) || lexicons().known.longestAt(t, start) || !/[为在与和及、将把到对向从给让的]/.test(t[start - 1] ?? '')
    || (t[start - 1] === '的' && !isTradeWord(t, start + 1, start + 3)))) return false;
  kinds.add(t.slice(start + kind[0].length, e));
  return true;
}

/** Words that say a committee named next belongs to the body before: 辖下的, 属下的, 下设的. */
const UNDER_BODY = /(?:辖下|属下|下设|下属|旗下)的?$/;

/**
 * Finds named organizations (not level organs).
 *
 * @example
 * ```ts
 * findOrganizations(new Doc('同步揭牌的某某省食品检验中心也是')); // '某某省食品检验中心'
 * ```
 */
export function findOrganizations(doc: Doc): void {
  const lex = lexicons();
  falseHeads ??= new Set(organFalseHeads.map((r) => r[0]!));
  const t = doc.text;
  const found: Cand[] = [];
  const bare: BareName[] = [];
  // Kinds of facility named with an opener that says so (临时避寒中心 → 避寒中心): no body wherever they stand.
  const kinds = new Set<string>();
  for (let e = 1; e <= t.length; e++) {
    const heads = lex.organSuffixes.endingAt(t, e);
    if (!heads.length) continue;
    const [hs, head] = heads[heads.length - 1]! as [number, OrganSuffix];
    // 部署, 局长 …: a head that runs on into a word is none; but 某某署 + 署长 is the body before its own post.
    const ownPostAfter = t[e] === head.suffix && lex.posts.longestAt(t, e)?.[0] === e + 2;
    // 某某局会同…, 某某处会联同…, 运输署会为他们安排…: 会 opens the verb (with) or is the modal (will), not a longer
    // word (局会议, 署会商).
    const verbAfter = t[e] === '会' && /[同联为向在于就对与将再继尽即按先另亦也已不适]/.test(t[e + 1] ?? '') && '局厅委办署处部'.includes(head.suffix);
    if (head.suffix.length === 1 && e < t.length && NOT_AFTER_HEAD.has(t[e]!) && !ownPostAfter && !verbAfter) continue;
    // 调查科目: 科 opens a word (科目, 科技, 科学), not the end of a section's name.
    if (head.suffix.endsWith('科') && /[目技学研普室]/.test(t[e] ?? '')) continue;
    // 与在莞港商会面: 会 opens a verb of meeting (会面, 会见), not a longer head.
    if (head.suffix.endsWith('会') && head.suffix.length >= 2 && (/[面晤]/.test(t[e] ?? '') || (t[e] === '见' && t[e + 1] !== '证'))) continue;
    // 社会福利会议: 会 opens a meeting (会议), not a longer head; but 某某会议员, 某某会议长 are the body and a post.
    if (head.suffix.endsWith('会') && head.suffix.length >= 2 && t[e] === '议' && !/[员长]/.test(t[e + 1] ?? '')) continue;
    // The head's last character begins a post (大学校长: 学校 + 长 is 大学 + 校长): the shorter head wins.
    const post = lex.posts.longestAt(t, e - 1);
    if (post && post[0] > e && e - 1 > hs && post[1].cls !== 'relation') continue;
    // 干部, 格局, 举办 — but not when a government field ends right before the head (财政局: 政局 is a word too).
    if (hs >= 1 && falseHeads.has(t.slice(hs - 1, e)) && !fieldEndsAt(t, hs)) continue;
    // (… and two characters before: 数据中心, a kind of facility.)
    if (hs >= 2 && falseHeads.has(t.slice(hs - 2, e)) && !fieldEndsAt(t, hs)) continue;
    // 大学生, 中心城区 — but 某某处 + 处长 is the office before its own post, not 处处 (everywhere).
    if (!ownPostAfter && (falseHeads.has(t.slice(hs, e + 1)) || falseHeads.has(t.slice(hs, e + 2)))) continue;
    if (!doc.isFree(hs, e)) continue;
    let edge = pastCategory(t, leftEdge(doc, hs, MAX_NAME - head.suffix.length), hs);
    // 将军澳新中心: a place and 新 before the head is a new one of its kind there, no name.
    if (t[hs - 1] === '新' && hs - 1 > edge && placeEndsAt(doc, hs - 1)) continue;
    let joined = false;
    // 警务处网络安全及科技罪案调查科: a unit whose fields 及 joins, under a body named first (its head inside the part
    // before 及), runs over 及 to that body.
    // (… and a council's committee the same way: 沙田区议会 + 交通及运输委员会.)
    if ((!head.anchor || head.suffix === '委员会') && head.suffix.length >= 3 && edge > 2 && t[edge - 1] === '及' && hs - edge >= 2) {
      const edge2 = leftEdge(doc, edge - 1, 10);
      // (The body is one the text names: its head ends inside the part before 及, not 处理 or 部分 there.)
      const bodyInside = head.suffix === '委员会' ? /议会/.test(t.slice(edge2 + 2, edge - 3)) : !!recentFound(found, (f) => f.label === 'government' && f.start === edge2 && f.end < edge - 2);
      if (edge - 1 - edge2 >= 4 && bodyInside) {
        edge = edge2;
        joined = true;
      }
    }
    // A bureau's field is one word even where it opens with a boundary character (经信厅: 经 is no preposition here).
    if (head.anchor && head.suffix.length === 1) {
      const fe = fieldEndingAt(t, hs, Math.max(0, hs - 10));
      if (fe && hs - fe < edge) edge = leftEdge(doc, hs - fe, MAX_NAME - head.suffix.length - fe);
    }
    // 市教委 (one character between level and head), 市中级人民法院 (a long head needs none), 市农业农村局 (two).
    // A committee of a known body opens with that body (立法会 + 房屋事务委员会); a bureau does not (特区政府 + 某某局).
    let open = opening(doc, edge, hs, head.suffix.length >= 4 || head.bare ? 0 : /^[委办]$/.test(head.suffix) ? 1 : 2, head.suffix === '委员会');
    // A name joined by 与/和 inside it (某某省材料与器件工程研究中心): look past the conjunction for an opening.
    if (open < 0 && edge > 1 && hs - edge >= 2 && /[与和]/.test(t[edge - 1]!) && !lex.organSuffixes.endingAt(t, edge - 1).length) {
      const edge2 = leftEdge(doc, edge - 1, MAX_NAME - (hs - edge + 1));
      const open2 = opening(doc, edge2, edge - 1);
      if (open2 >= 0) open = open2;
    }
    // 特区政府驻粤经济贸易办事处: an office a known body keeps somewhere (驻…) opens with that body.
    // (Where the place after 驻 opened the name, the body before 驻 still heads it: 外交部驻澳门特别行政区特派员公署.)
    if ((open < 0 || (open > 1 && t[open - 1] === '驻')) && /(?:办事处|代表处|办公室|联络处|公署)$/.test(head.suffix)) {
      let zhu = open < 0 ? hs - 1 : open - 1;
      while (zhu > Math.max(0, hs - 14) && t[zhu] !== '驻') zhu--;
      if (zhu > 1 && t[zhu] === '驻' && !/[，。；、]/.test(t.slice(zhu, hs))) {
        let by = knownEndingAt(t, zhu - 8, zhu, (k) => doc.isFree(k, hs));
        // (… or a body found just before: 外交部 + 驻澳门特别行政区特派员公署.)
        const before = by < 0 ? recentFound(found, (f) => f.end === zhu && f.label === 'government') : undefined;
        if (before && doc.isFree(before.start, hs)) {
          found.splice(found.indexOf(before), 1);
          by = before.start;
        }
        if (by >= 0) open = by;
      }
    }
    // A team needs a place or a national word before it, not a bare level word (县委…带队).
    if (head.suffix === '队' && open >= 0 && lex.levelWords.longestAt(t, open)?.[1] === 'level') continue;
    // A body named without its place, right before its own head's post (某某局局长, 某某署署长): the post says it.
    const ownPost = open < 0 && head.anchor && head.suffix.length === 1 && ownPostAfter;
    // A bureau named by its field alone (教育局, 统计局): a government organ even without its place.
    let field = -1;
    // A head that is itself a field and its office (税务局 = 税务 + 局): a government organ on its own.
    if (open < 0 && head.anchor && head.suffix.length >= 3 && '局厅委办署处'.includes(head.suffix[head.suffix.length - 1]!) && fieldEndingAt(head.suffix, head.suffix.length - 1) === head.suffix.length - 1) field = hs;
    // (… and a general administration, 地政总署, the same way.)
    if (open < 0 && head.anchor && (head.suffix.length === 1 ? '局厅委办署处部'.includes(head.suffix) || head.portfolios : head.suffix === '总署' || (head.suffix === '管理局' && t[hs - 1] === '业'))) {
      // (Portfolios joined in one office: 经济财政司, 教育及青年发展局.)
      let f = fieldsEndingAt(t, hs, head.portfolios || t[edge - 1] === '及' ? Math.max(0, hs - 12) : edge);
      // A 司 only after two portfolios (经济财政司, 社会文化司): one alone is Hong Kong's 财政司 of 财政司司长, and 警司,
      // 司徒 are no offices.
      if (head.portfolios && f <= fieldEndingAt(t, hs, Math.max(0, hs - 10))) f = 0;
      // A field joined by 及 (运输及物流局): the whole compound, when the list names it.
      if (edge > 1 && /[及与和]/.test(t[edge - 1]!)) f = Math.max(f, fieldEndingAt(t, hs, Math.max(0, hs - 10)));
      if (f) field = hs - f;
      // A field's authority (旅游业监管局, 保险业监管局, 机场管理局): the field, its trade word, and the word of what
      // the authority does before 局.
      // (… or a trade's 管理局, 旅游业管理局: the trade word before the head.)
      const does = f ? null : head.suffix === '局' ? AUTHORITY_OF.exec(t.slice(Math.max(edge, hs - 4), hs)) : /业$/.exec(t.slice(hs - 1, hs));
      const f3 = does ? fieldEndingAt(t, hs - does[0].length, edge) : 0;
      if (f3) field = hs - does![0].length - f3;
    }
    let underBody: 'organization' | undefined;
    // 卫生事务委员会 (a Hong Kong panel): a committee named by its field and 事务.
    if (open < 0 && field < 0 && head.suffix === '委员会') {
      const at = t.startsWith('事务', hs - 2) ? hs - 2 : hs;
      // (The field is one word even where it opens with a boundary character: 财经 + 事务委员会.)
      let f = fieldEndingAt(t, at, edge);
      if (!f && at < hs) {
        const f2 = fieldEndingAt(t, at, Math.max(0, at - 10));
        if (f2 && doc.isFree(at - f2, at)) {
          f = f2;
          // … after the body the lists know whose panel it is (立法会 + 财经事务委员会).
          const by = knownEndingAt(t, at - f2 - 8, at - f2, (k) => doc.isFree(k, at - f2));
          if (by >= 0) open = by;
        }
      }
      if (f && at < hs && open < 0) field = at - f;
      // (… or by a short name of its own after a clear left edge: 与 + 海滨 + 事务委员会.)
      else if (!f && at < hs && open < 0 && at - edge >= 2 && at - edge <= 4 && doc.isFree(edge, at)) field = edge;
      // (… or after the body it belongs to: 区议会辖下的 + 食物及环境卫生委员会, 下设的 + 财务委员会.)
      // (The fields may be joined by 及: 食物及 + 环境卫生.)
      let from = edge;
      if (from > 3 && /[及与和]/.test(t[from - 1]!)) {
        const before = leftEdge(doc, from - 1, 6);
        if (from - 1 - before >= 2 && UNDER_BODY.test(t.slice(Math.max(0, before - 3), before))) from = before;
      }
      const under = field < 0 && open < 0 && hs - from >= 2 && hs - from <= 10 && doc.isFree(from, hs) ? UNDER_BODY.exec(t.slice(Math.max(0, from - 3), from)) : null;
      if (under) {
        field = from;
        // (A committee of a company or an association is no government body: the body before says which; a body not
        // recognized is taken for no government.)
        const at = from - under[0].length;
        const parent = recentFound(found, (c) => c.end === at) ?? endingHere(doc, at);
        if (parent?.label !== 'government') underBody = 'organization';
      }
    }
    // (A 司 is an office only by its portfolios, whatever stands before: 九龙总区总警司 is a rank.)
    if (head.portfolios && field < 0) continue;
    let start: number;
    // (The body told before that a bare head names again: 某某研究院 … 研究院首席科学家, 油尖旺区议会 … 区议会主席.)
    let namedBefore: Cand | undefined;
    if (head.portfolios) start = field;
    else if (open >= 0) start = open;
    else if (ownPost && hs - edge >= 2 && hs - edge <= 8) {
      start = edge;
      // 创新科技及工业局局长: the name runs on over 及/与/和 when the whole is a field the list names (not over a
      // person before it: 某某及渠务署署长).
      if (edge > 2 && /[及与和]/.test(t[edge - 1]!)) {
        const f = fieldsEndingAt(t, hs, Math.max(0, hs - 12));
        if (f > hs - edge && doc.isFree(hs - f, hs)) start = hs - f;
      }
    }
    else if (field >= 0) start = field;
    // 区议会主席 after 油尖旺区议会: a head that must open at a place stands bare where it names again a body told before.
    else if (head.anchor && head.suffix.length >= 3 && (namedBefore = toldBefore(found, t, head.suffix, hs)) !== undefined) start = hs;
    else if (head.anchor) {
      // (… but a committee named twice by the same words after a clear edge is a body of its own: 华人庙宇委员会.)
      if (head.suffix === '委员会' && doc.isFree(edge, hs) && !GENERIC_START.test(t.slice(edge, hs)) && /^[\u4e00-\u9fff]+$/.test(t.slice(edge, hs))) bare.push({ start: edge, hs, end: e, suffix: head.suffix, label: head.label, kind: head.kind });
      continue;
    }
    else {
      start = edge;
      // (财团法人 + 某某社会福利基金会: a Taiwan foundation's legal form opens its name and counts for nothing.)
      const legal = /^(?:财团|社团)法人/.test(t.slice(start, start + 4)) ? 4 : 0;
      if (hs - start - legal > MAX_BARE + (joined ? 6 : 0) || /(?:国家|省|市|县|区)级/.test(t.slice(start, hs))) continue;
      // A name of its own has a word before its head, not one character (说中心, 进中心: a verb and the head).
      if (hs - start === 1 && head.suffix.length <= 2) continue;
      // 设立研发中心, 对方的共享实验室: two characters alone before a centre or a laboratory, after a verb of setting
      // up or after 的 (not a place's: 长沙湾的明爱中心), name a kind, not a body.
      if (hs - start === 2 && /^(?:中心|实验室|工作室)$/.test(head.suffix) && /(?:的|设立|成立|建立|兴建|开设|增设)$/.test(t.slice(Math.max(0, start - 2), start))
        && !(t[start - 1] === '的' && placeEndsAt(doc, start - 1, 6) && !isTradeWord(t, start, hs))) continue;
      // 兴建一座智能物流中心: one of a kind counted, not a body named.
      if (/[一二两三四五六七八九十几多数][个家所座间栋]$/.test(t.slice(Math.max(0, start - 2), start))) {
        kindOf(doc, start, hs, e, head.suffix, kinds);
        continue;
      }
    }
    start = pastOuterPlace(doc, start, hs);
    if (/[科组队课]$/.test(head.suffix)) start = pastJoinedField(doc, start, e, found);
    // 科技局建研发中心: a body's head, then a verb of one character (建, 设, 办) opening no word, is a body that acts on
    // what follows, not the start of one name.
    if (actingBodyWithin(t, start, hs)) continue;
    // 增二百病床 设日间手术中心: a verb of one character opening a headline's phrase does the setting up.
    // (Only at a phrase's start, after a space or a line's start: 建滔… after a comma in running text is a name.)
    if (BODY_VERBS.has(t[start]!) && (start === 0 || /[\s\u3000]/.test(t[start - 1]!)) && hs - start >= 4 && !NOUN_OPENERS.test(t.slice(start, start + 2))) start++;
    // A bare head noun is no name (中心, 实验室), unless it names again a body told before (某某研究院 … 研究院首席科学家).
    // (… nor a fund's kind alone, 设立慈善基金: a fund set up, no body named.)
    if (start === hs && (head.suffix.length < 3 || /基金$/.test(head.suffix))) continue; // a bare head noun is no name (实验室, 中心)
    // (A head that is its own field, 税务局, is a name alone.)
    if (start === hs && head.suffix.length >= 3 && field < 0) {
      namedBefore ??= toldBefore(found, t, head.suffix, hs);
      if (!namedBefore) continue;
    }
    // 在区内增设长者日间护理中心: more of a kind added, not a body named (not one that opens with a place or a known
    // body: 新设深圳某某研究院).
    if (/(?:增设|加设|新设|增建|加建)$/.test(t.slice(Math.max(0, start - 2), start)) && !placeAt(doc, start) && !lex.known.longestAt(t, start)) continue;
    // 发展成为国际创新科技中心, 打造某某中心: an aim, not a body.
    if (/(?:成为|打造|打造成|建成|建设|建设成|发展成|发展为|作为|巩固|提升)$/.test(t.slice(Math.max(0, start - 3), start))) continue;
    // 为香港建设国际创新科技中心: the same aim after the place it is for.
    if (/(?:建设|打造|建成|发展成为|成为|发展)(?:国际|区域|全球|亚洲)/.test(t.slice(start, hs))) continue;
    // 看重本地大学, 当地企业: a generic reference, not a name.
    if (/(?:本地|当地|外地|各地|本港|本国|国内|海外|境外|内地)$/.test(t.slice(start, hs))) continue;
    // 国际贸易中心地位, 国际科技创新中心建设: the standing or the building of a hub, not a body.
    if (/^(?:地位|建设|定位)/.test(t.slice(e, e + 2)) && head.suffix.endsWith('中心')) continue;
    if (GENERIC_START.test(t.slice(start, hs))) continue; // 两所学校, 这些学校, 该中心
    if (/(?:新的|新建的|新设的|全新的)$/.test(t.slice(Math.max(0, start - 3), start))) continue; // 设立新的研发中心: a kind, not a body
    // 临时避寒中心, 新仓储中心: a temporary or a new one of a kind, not a body; the kind named bare elsewhere
    // (通知居民避寒中心及暖身站) is none either.
    if (kindOf(doc, start, hs, e, head.suffix, kinds)) continue;
    if (/[\d一二两三四五六七八九十百千几数多][个家所座间宗]/.test(t.slice(start, hs))) continue; // 增设三间护理中心, 二十八宗学校: counted, not named
    // 约三成实验室, 提供两年免租实验室: a share or a term of a kind, not a name (九成宫博物馆, 十年树木研究中心 are).
    if (/(?:^|[约近逾超])[\d一二两三四五六七八九十几数]成(?![宫都功])|[\d一二两三四五六七八九十几数](?:年|个月)(?:免|期)/.test(t.slice(start, hs))) continue;
    if (head.suffix === '日报' && /[\d月]/.test(t[hs - 1] ?? '')) continue; // 6月2日报名
    // 在屯门某某大学校园: a body named before in full, after the place where it stands, is that body (the place apart).
    const placed = placeAt(doc, start);
    if (placed && placed.end < hs) {
      const bare = t.slice(placed.end, e);
      if (recentFound(found, (f) => f.end <= start && f.end - f.start === bare.length && t.startsWith(bare, f.start))) start = placed.end;
    }
    const name = t.slice(start, e);
    const lo = LEVEL_ORGAN.exec(name);
    if (lo && (lo[0] === name || LEVEL_ORGAN.test(name.slice(lo[0].length)))) continue; // 市政府, 市委市政府: level organs
    let han = 0;
    for (let i = start; i < e; i++) if (doc.isHan(i)) han++;
    if (han < 3) continue;
    // 香港会议展览中心, 九龙湾国际展贸中心: a convention or exhibition venue is a place, where events are held.
    if (VENUE.test(name)) {
      found.push({ start, end: e, label: 'place', rule: 'place.venue', place: {} });
      continue;
    }
    // 卫生署卫生防护中心: a centre of a government department (its field and office open the name) is a government body.
    const underOrgan = head.label !== 'government' && opensWithOffice(t, start, hs);
    const label = underOrgan ? 'government' : underBody ?? head.label;
    // 香港科技大学（广州）: a university's campus in another city, its place in brackets, is a university of its own.
    const campus = head.kind === 'education' ? CAMPUS.exec(t.slice(e, e + 7)) : null;
    const end = campus && placeAt(doc, e + 1, e + campus[0].length - 1)?.end === e + campus[0].length - 1 ? e + campus[0].length : e;
    // (The bare head is that body named again: 香港品牌发展促进会 … 促进会会长.)
    found.push({ start, end, label, rule: `org.head:${head.suffix}`, kind: underOrgan ? 'government' : underBody ? 'other' : head.kind, ...(namedBefore ? { canonical: namedBefore.canonical ?? t.slice(namedBefore.start, namedBefore.end) } : {}) });
  }
  for (const c of repeatedBareNames(t, bare)) found.push(c);
  if (kinds.size) for (let k = found.length - 1; k >= 0; k--) if (kinds.has(t.slice(found[k]!.start, found[k]!.end))) found.splice(k, 1);
  for (const c of knownOrganizations(doc)) found.push(c); // a loop: spreading a huge array into a call throws
  nestOrgans(t, found);
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const c of found) doc.accept(c);
}

/** How many of the bodies found last a body told before is looked for among (a page's bodies lie near each other). */
const RECENT_BODIES = 64;

/**
 * The last of the bodies found most recently that `ok` accepts: a bounded look back, so that a page of many bodies is
 * read in linear time.
 */
function recentFound(found: readonly Cand[], ok: (c: Cand) => boolean): Cand | undefined {
  for (let k = found.length - 1; k >= Math.max(0, found.length - RECENT_BODIES); k--) if (ok(found[k]!)) return found[k];
  return undefined;
}

/** A mention found by an earlier recognizer that ends at `at`, other than a person. */
function endingHere(doc: Doc, at: number): Cand | undefined {
  const k = doc.endingAt(at);
  const c = k >= 0 ? doc.cands[k] : undefined;
  return c && c.label !== 'person' ? c : undefined;
}

/**
 * The start of a widely known body (data/known-organizations.tsv) that ends exactly at `end` and starts at `from` or
 * after, the longest first, that `ok` accepts; -1 when none (立法会 before 财经事务委员会, 外交部 before 驻…公署).
 */
function knownEndingAt(t: string, from: number, end: number, ok: (k: number) => boolean = () => true): number {
  for (let k = Math.max(0, from); k <= end - 2; k++) {
    const known = lexicons().known.longestAt(t, k, end);
    if (known && known[0] === end && ok(k)) return k;
  }
  return -1;
}

/**
 * Where a unit's name (a section, a team) starts when two fields joined by 及 name it right after the known body it
 * belongs to (警方 + 网络安全及科技罪案调查科), or as the text named it before: at the first field, not after 及.
 */
function pastJoinedField(doc: Doc, start: number, end: number, found: readonly Cand[]): number {
  const t = doc.text;
  if (t[start - 1] !== '及') return start;
  for (let r = start - 3; r >= Math.max(0, start - 7); r--) {
    // (Fields only: not a member and a name, 立法会 + 议员某某 + 及 + 北区区议会.)
    if (!doc.isFree(r, start - 1) || lexicons().posts.longestAt(t, r, start - 1)) break;
    // (… or where the text has named the whole unit so before: 网络安全及科技罪案调查科高级警司 after it.)
    const whole = t.slice(r, end);
    if (recentFound(found, (f) => f.end - f.start === whole.length && t.startsWith(whole, f.start))) return r;
    if (knownEndingAt(t, r - 6, r) >= 0) return r;
  }
  return start;
}

/** True when `t[start, hs)` opens with a government office named by its field (卫生署 of 卫生署卫生防护中心). */
function opensWithOffice(t: string, start: number, hs: number): boolean {
  for (let k = start + 2; k < hs - 1; k++) if ('署局厅部'.includes(t[k]!) && fieldEndingAt(t, k, start) === k - start) return true;
  return false;
}

/** A place in brackets after a school's name (（广州）, （深圳）): at the start of what follows, and at a name's end. */
const CAMPUS_PART = String.raw`[（(][\u4e00-\u9fff]{2,4}[）)]`;
const CAMPUS = new RegExp(`^${CAMPUS_PART}`);
export const CAMPUS_AFTER = new RegExp(`${CAMPUS_PART}$`);

/** The last body found before `at` that ends in `suffix` and is longer: the suffix alone names it again. */
function toldBefore(found: readonly Cand[], t: string, suffix: string, at: number): Cand | undefined {
  for (let k = found.length - 1; k >= 0; k--) if (found[k]!.end <= at && found[k]!.end - found[k]!.start > suffix.length && t.endsWith(suffix, found[k]!.end)) return found[k];
  return undefined;
}

/**
 * Accepts widely known bodies before companies are looked for, so that 中国人民银行 is the central bank and not a
 * company ending in 银行.
 *
 * @example
 * ```ts
 * findKnownOrganizations(new Doc('中国人民银行宣布降息'));
 * ```
 */
export function findKnownOrganizations(doc: Doc): void {
  // Only those a company rule would misread (a name ending in 银行, 公司, 集团); the rest compete with other
  // organization names, longest first, so that 共青团 does not cut 共青团某某市委.
  for (const c of knownOrganizations(doc)) if (/(?:银行|公司|集团)$/.test(doc.text.slice(c.start, c.end))) doc.accept(c);
}

/** Widely known bodies (data/known-organizations.tsv), where they stand as words: a two-character short form only
 * after punctuation, a boundary word or another mention (北大 is not the tail of 湖北大学). */
function knownOrganizations(doc: Doc): Cand[] {
  const lex = lexicons();
  const t = doc.text;
  const out: Cand[] = [];
  for (let i = 0; i < t.length; i++) {
    const m = lex.known.longestAt(t, i);
    if (!m) continue;
    const [e, org] = m;
    if (!doc.isFree(i, e)) continue;
    // A country's own national body (美国国会, 俄罗斯国家杜马, 日本内阁): the country is part of its name.
    const country = org.label === 'government' ? countryEndingAt(doc, i) : -1;
    if (e - i <= 2 && country < 0) {
      // (… or after a verb or boundary word of two or three characters: 配合警方, 建议警方.)
      const leftOk = i === 0 || doc.isBreak(i - 1) || doc.owner[i - 1] !== -1 || lex.boundary1.has(t[i - 1]!) || wordEndsBefore(t, i);
      if (!leftOk || placeAt(doc, Math.max(0, i - 2), e)?.end === i + 1) continue;
    }
    // 国会 + 议 …: a one-character head right after runs the name on; not where a post begins there (商务部 + 部长).
    if (doc.isHan(e) && lex.organSuffixes.endingAt(t, e + 1, e).length && !lex.known.longestAt(t, e) && !lex.posts.longestAt(t, e)) continue;
    // A head that runs on into a longer word (商务部 + 长, 司法部 + 门, 最高法 + 官) names no body here.
    // … but a post of its own after it (区域法院 + 法官) leaves the name whole.
    const postAfter = (lex.posts.longestAt(t, e)?.[0] ?? e) >= e + 2;
    if (/[部局厅委院法]$/.test(t.slice(i, e)) && ((NOT_AFTER_HEAD.has(t[e] ?? '') && !postAfter) || t[e] === '官')) continue;
    // (行政会 + 议: a meeting, 召开行政会议, where no 议员, 议长, 议席, 议案, 议程, 议事 or 议题 follows.)
    if (t[e - 1] === '会' && t[e] === '议' && !/[员长席案程事题]/.test(t[e + 1] ?? '')) continue;
    if (country >= 0) out.push({ start: country, end: e, label: org.label, rule: 'org.known:country', kind: org.kind, canonical: t.slice(country, i) + org.name });
    else out.push({ start: i, end: e, label: org.label, rule: 'org.known', kind: org.kind, canonical: org.name });
    i = e - 1;
  }
  return out;
}

/** Start of a foreign country's name ending right at `i` (a free one; China too when `china`), or -1. */
export function countryEndingAt(doc: Doc, i: number, china = false): number {
  for (let k = Math.max(0, i - 6); k <= i - 2; k++) {
    const hit = placeAt(doc, k, i);
    if (hit?.end === i && hit.data.level === 'country' && (china || (hit.data.canonical !== '中国' && doc.text.slice(k, i) !== '中国')) && doc.isFree(k, i)) return k;
  }
  return -1;
}

const LEVEL_PREFIX = /(?:共青团|中共)$/;

/**
 * Finds level organs left free by titles: 市委, 省政府, 市委市政府 (two), 团市委, and with a place before them
 * (某某市委). 共青团 or 中共 right before is part of the name.
 *
 * @example
 * ```ts
 * findLevelOrgans(new Doc('按照中央和省委省政府部署')); // '省委', '省政府'
 * ```
 */
export function findLevelOrgans(doc: Doc): void {
  const t = doc.text;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c !== '团' && !'省市县区州旗镇乡村'.includes(c)) continue;
    const m = LEVEL_ORGAN.exec(t.slice(i, i + 10));
    if (!m) continue;
    // 地区委员会, 社区委员: the level character ends a word before it, and 委 begins 委员.
    if (m[0].endsWith('委') && t[i + m[0].length] === '员' && i > 0 && isOrdinaryWord(t, i - 1, 2)) continue;
    let start = i;
    let end = i + m[0].length;
    // A department right after belongs to it (市委组织部), but not a second level organ (市委市政府).
    const dept = /^(?:组织部|宣传部|统战部|政法委|办公室|办公厅|党校|秘书长)/.exec(t.slice(end, end + 4));
    if (dept && dept[0] !== '秘书长') end += dept[0].length;
    // A place before it, possibly sharing the level word (某某县 + 县委 → 某某县委, 某某省 + 省委 → 某某省委).
    let rule = 'org.level-organ';
    for (let k = Math.max(0, start - 8); k < start; k++) {
      const hit = placeAt(doc, k, start + 1);
      if (hit && (hit.end === start + 1 || hit.end === start) && doc.isFree(k, start)) {
        start = k;
        rule = 'org.place-level-organ';
        break;
      }
    }
    const pre = LEVEL_PREFIX.exec(t.slice(Math.max(0, start - 3), start));
    if (pre) start -= pre[0].length;
    if (!doc.isFree(start, end)) continue;
    const name = t.slice(start, end);
    doc.accept({ start, end, label: 'government', rule, kind: levelOrganKind(name.replace(/^(?:共青团|中共)/, '')) === 'party' || pre ? 'party' : 'government' });
    i = end - 1;
  }
}
