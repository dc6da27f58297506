/**
 * Person names: a surname from data/surnames.tsv and one or two given-name characters, scored by how common the
 * surname and the given-name characters are (data/given-name-chars.tsv) and by the context on both sides — a title
 * or punctuation before, a verb of speech, a time word or punctuation after. Ordinary words that look like names
 * (data/name-blockers.tsv) are never names.
 *
 * @module
 */
import { lexicons, wordEndsBefore } from '../../lexicon/index.js';
import { getGazetteer } from '../../lexicon/gazetteer.js';
import { followerAt, givenTier, verbEndsBefore } from '../../lexicon/names.js';
import { surnameAt, surnameClass } from '../../lexicon/surnames.js';
import type { Doc } from './doc.js';
import { placeAt } from './places.js';
import { isOrdinaryWord } from '../../lexicon/words.js';
import { honoursAt } from '../../lexicon/honours.js';
import { isAbbreviationChar } from './abbreviations.js';

/** Characters that never stand in a given name (function words, numerals of dates, units). */
export const NOT_GIVEN = new Set([...'的了在是与及等也都为对向从就并又着过其这那此月日时个们市省县区镇乡部局厅委会说讲称署处']);
/** Given-name parts that are honorifics or kin terms (某先生, 某女士): a surname alone is no name. */
/** Characters that make 月 a month after a surname-like character (月底, 月份, 月薪), not a given name. */
const MONTH_AFTER = new Set([...'底初中份末度内起至里间后前日号薪饼亮光票台报刊季球费息平均租供收产销入']);
const NOT_GIVEN_WORD = new Set(['先生', '女士', '同志', '老师', '师傅', '书记', '大爷', '大妈', '阿姨', '老板', '总', '老', '家', '某', '氏', '姓', '师', '工', '哥', '姐', '嫂', '太', '生', '伯', '婆', '叔',
  '大家', '我们', '他们', '她们', '自己', '这个', '那个', '什么', '一个', '没有', '已经', '可以', '进行', '问题', '工作', '情况', '发展', '普通', '水源', '国家',
  // (Head words of places and bodies: 社康中心 is no 康 + 中心.)
  '中心', '中学', '小学', '大学', '学院', '医院', '公司', '集团', '大厦', '广场', '公园', '商场', '会所']);
/** Words that end in a surname character: the character belongs to the word before it, not to a name (由于, 对于). */
const WORD_BEFORE = new Set(['由于', '对于', '关于', '至于', '属于', '在于', '位于', '处于', '用于', '终于', '过于', '等于', '基于', '鉴于', '易于', '便于', '善于', '敢于', '勇于', '乐于', '急于', '归于', '出于', '来自', '面向', '走向', '转向', '方向', '导向', '倾向', '指向', '朝向', '一向', '同时', '及时', '年代']);
/** Characters after a name that end it. */
const AFTER_NAME = new Set([...'、和与及在等是为的也并对向从到于将就率同一代曾已还又再都则却便正要会能所被把让给了']);
/** Characters before a name that let it start there. */
const BEFORE_NAME = new Set([...'在和与及对向由据请让给同、被把将使令叫是为由经的而但派像了']);

/** Last characters of words for a person's role (专员, 班长, 教师, 选手): a name may follow in apposition. */
const ROLE_END = new Set([...'员长师手']);
/** Kin words, and the parties of a case, a name follows in apposition (夫人某某, 妻子某某, 被告某某). */
const KIN_BEFORE = new Set(['夫人', '妻子', '丈夫', '儿子', '女儿', '母亲', '父亲', '老伴', '女婿', '孙子', '孙女',
  // (… and the parties of a court case: 被告某某, 事主某某.)
  '被告', '原告', '事主', '疑犯', '死者', '伤者']);

/** Scores of the name model. */
const SURNAME_SCORE = [0, 2, 1, 0.3];
const GIVEN_SCORE = [-2, 1.5, 1, 0.4];

/** How strongly the context after `k` ends a name: 2 a verb of speech or a post, 1.5 a follower word, 1 punctuation … */
export function rightScore(doc: Doc, k: number): number {
  const t = doc.text;
  if (doc.isBreak(k)) return 1;
  const lex = lexicons();
  if (lex.verbs.longestAt(t, k) || lex.posts.longestAt(t, k) || t.startsWith('同志', k)) return 2;
  if (followerAt(t, k)) return 1.5;
  if (doc.owner[k] !== -1) return 1;
  if (AFTER_NAME.has(t[k]!)) return 0.8;
  // A place name of its own (记者某某广州报道): the name ends before it.
  if (placeAt(doc, k)?.rule.startsWith('place.gazetteer')) return 0.8;
  return -2;
}

/** How strongly the context before `s` starts a name. */
export function leftScore(doc: Doc, s: number): number {
  if (s === 0 || doc.isBreak(s - 1)) return 1;
  const t = doc.text;
  // 中方, 乌方: the side of a country, not the surname 方.
  if (t[s] === '方' && isAbbreviationChar(t[s - 1]!)) return -3;
  if (doc.owner[s - 1] !== -1) return 1.2;
  if (BEFORE_NAME.has(t[s - 1]!)) return 0.8;
  if (wordEndsBefore(t, s)) return 0.8;
  // A word for someone's role or kin stands in apposition before the name (专员某某, 班长某某, 夫人某某).
  if (s >= 2 && doc.isHan(s - 2) && (ROLE_END.has(t[s - 1]!) || KIN_BEFORE.has(t.slice(s - 2, s)))) return 0.8;
  // The character before and the first of the name make an ordinary word (非常 before 常…): no name starts here.
  if (isOrdinaryWord(t, s - 1, 2)) return -3;
  return -1.5;
}

/** True when a name may end at `k`. */
export function nameEndsAt(doc: Doc, k: number): boolean {
  return rightScore(doc, k) > 0;
}

/**
 * The score of `t[s, e)` as a name, or -Infinity when it cannot be one: a surname, one or two given-name Han
 * characters, not an ordinary word. Unless `strong` (a title right before), a three-character name may not begin
 * with an ordinary word either (强调要 is no name).
 */
export function nameScore(doc: Doc, s: number, e: number, strong = false): number {
  const t = doc.text;
  const sl = surnameAt(t, s);
  const given = e - s - sl;
  if (!sl || given < 1 || given > 2 || e > t.length) return -Infinity;
  const cls = sl === 2 ? 1 : surnameClass(t.slice(s, s + sl));
  let score = (SURNAME_SCORE[cls] ?? 0) - ((cls === 3 || (sl === 1 && PREPOSITION_SURNAMES.has(t[s]!))) && !strong ? RARE_SURNAME_PENALTY : 0);
  for (let k = s + sl; k < e; k++) {
    // 月 opens a given name (月娥, 月华) but ends none (同月, 上月), and not before a word of the calendar (月底).
    // After a title it may end one too (里长吴秋月), where no numeral or word of time stands before it (同月, 上月).
    const moon = t[k] === '月' && given === 2 && !MONTH_AFTER.has(t[k + 1]!) && (k === s + sl || (strong && !/[\d０-９一二三四五六七八九十同上下本当次每前去今明隔数个]/.test(t[k - 1]!)));
    if (!doc.isHan(k) || (NOT_GIVEN.has(t[k]!) && !moon)) return -Infinity;
    score += GIVEN_SCORE[givenTier(t[k]!)]!;
  }
  if (NOT_GIVEN_WORD.has(t.slice(s + sl, e))) return -Infinity;
  // A surname and a form of address (邓太, 侯伯, 陈生) before an adverb (亦, 也, 则) is how the text calls someone
  // unnamed: 邓太亦说 is Mrs Deng also said.
  if (!strong && given === 2 && ADDRESS.has(t[s + sl]!) && ADVERB_AFTER_ADDRESS.has(t[e - 1]!)) return -Infinity;
  // A surname that is also a preposition before an ordinary word (向家庭医生, 向长者介绍) is the preposition.
  if (!strong && sl === 1 && PREPOSITION_SURNAMES.has(t[s]!) && isOrdinaryWord(t, s + 1, 2)) return -Infinity;
  // A verb of speech is no given name (时直言, 李表示): the surname character belongs to the word before.
  if (e - s - sl === 2 && lexicons().verbs.has(t.slice(s + sl, e)) && !strong) return -Infinity;
  if (s > 0 && WORD_BEFORE.has(t.slice(s - 1, s + 1))) return -Infinity;
  // A place whose unit begins the post after it (某某里 + 里长, 某某村 + 村长) is no name.
  if (/[里村镇乡区县市州]/.test(t[e - 1]!) && t[e] === '长' ) return -Infinity;
  if (/[里村镇乡区县市州]/.test(t[e - 1]!) && t[e] === t[e - 1] && t[e + 1] === '长') return -Infinity;
  // (吉峰 + 里长: the village whose head the post after it names, not a name.)
  if (!strong && /[里村]/.test(t[e] ?? '') && t[e + 1] === '长') return -Infinity;
  const lex = lexicons();
  if (lex.blockers.has(t.slice(s, e))) return -Infinity;
  // An ordinary word is no name unless a title vouches for it (市长高峰 is a name; 高峰 alone is a peak).
  if (!strong && isOrdinaryWord(t, s, e - s)) return -Infinity;
  // Nor is a word ending in the suffix of a place unit (某某村, 某某镇) unless a title vouches for it.
  if (!strong && /[村镇乡县省市区州]/.test(t[e - 1]!)) return -Infinity;
  if (e - s === 3 && sl === 1 && lex.blockers.has(t.slice(s, s + 2)) && !strong) return -Infinity;
  return score;
}

/** True when `t[s, e)` has the shape of a name (see {@link nameScore}). */
export function isNameShape(doc: Doc, s: number, e: number, strong = true): boolean {
  return nameScore(doc, s, e, strong) > -Infinity;
}

/** Forms of address after a surname in Hong Kong and Macao news (陈太, 黄伯, 李生, 张婆). */
const ADDRESS = new Set([...'太伯婆生嫂叔婶姨']);
/** Adverbs that open the predicate right after a subject (亦, 也, 则, 都). */
const ADVERB_AFTER_ADDRESS = new Set([...'亦也则都又便就还仍均']);

/** Surnames that are far more often prepositions or conjunctions. */
const PREPOSITION_SURNAMES = new Set([...'向于和与从对将把被给在同跟由为应']); // (应: should, 应立即)

/** Minimum total score of a name with a title before it, and with no such help. */
export const MIN_AFTER_TITLE = 2;
export const MIN_FREE = 4;
/** A rare surname (class 3) needs this much more on its own: many are also function words (于, 但, 向). */
export const RARE_SURNAME_PENALTY = 2;

/**
 * The best reading of a name starting at `s`: its length and score (length 0 when none reaches `min`).
 *
 * @example
 * ```ts
 * bestNameAt(new Doc('王某某主持会议'), 0, 2, true); // { len: 3, score: … }
 * ```
 */
export function bestNameAt(doc: Doc, s: number, min: number, strong: boolean, left = leftScore(doc, s)): { len: number; score: number } {
  const sl = surnameAt(doc.text, s);
  let best = { len: 0, score: -Infinity };
  if (!sl) return best;
  for (const len of [sl + 2, sl + 1]) {
    if (s + len > doc.text.length || !doc.isFree(s, s + len)) continue;
    const base = nameScore(doc, s, s + len, strong);
    if (base === -Infinity) continue;
    const score = base + left + rightScore(doc, s + len) - (len === sl + 1 ? 0.3 : 0);
    if (score > best.score) best = { len, score };
  }
  return best.score >= min ? best : { len: 0, score: best.score };
}

/**
 * Length of the name after a title starting at `s` (0 when none).
 *
 * @example
 * ```ts
 * nameAt(new Doc('王某某主持会议'), 0); // 3
 * ```
 */
export function nameAt(doc: Doc, s: number): number {
  return bestNameAt(doc, s, MIN_AFTER_TITLE, true, 1.5).len;
}

/**
 * The names of a list starting at `s` (王某、李某某、张某 or 王某和李某), each as [start, end]. An item between two
 * 、 is taken whole when it has the shape of a name.
 *
 * @example
 * ```ts
 * nameList(new Doc('王某、李某某、张某出席'), 0); // [[0, 2], [3, 6], [7, 9]]
 * ```
 */
export function nameList(doc: Doc, s: number): [number, number][] {
  const t = doc.text;
  const out: [number, number][] = [];
  let i = s;
  while (i < t.length && out.length < 40) {
    // An item that opens with a post (…、区长某某) begins a title of its own, which binds its own name.
    if (out.length && lexicons().posts.longestAt(t, i)) break;
    let len = 0;
    let j = i;
    while (j < t.length && j - i <= 4 && doc.isHan(j)) j++;
    if (t[j] === '、' && j - i >= 2 && j - i <= 4 && doc.isFree(i, j) && isNameShape(doc, i, j)) len = j - i;
    else len = nameAt(doc, i);
    if (!len) break;
    // (…、南屯区长某某: an item right before a post is the place or body of that post, not a name.)
    // (… but an honour after the last name is no post: 甲、乙及丙太平绅士.)
    const postAfter = out.length ? lexicons().posts.longestAt(t, i + len) : undefined;
    if (postAfter && postAfter[1].cls !== 'honour') break;
    out.push([i, i + len]);
    let k = i + len;
    // 某某（民建联）、某某（工联会）: a short note in brackets after each name (a party, an age) is passed over.
    if ((t[k] === '（' || t[k] === '(') && /^[（(][^（）()、，。]{1,8}[）)][、和及]/.test(t.slice(k, k + 11))) k = t.indexOf(t[k] === '（' ? '）' : ')', k) + 1;
    // 甲 MH及乙, 甲 SBS, JP、乙: honours after a name are passed over too.
    const honours = honoursAt(t, k);
    if (honours && /[、和及]/.test(t[k + honours] ?? '')) k += honours;
    if (t[k] === '、') i = k + 1;
    // (Not over 及 to someone named before with titles of their own: 局长甲及乙签署, 乙 told before as 副主任乙.)
    else if ((t[k] === '和' || t[k] === '及') && nameAt(doc, k + 1) && !titledBefore(doc, k + 1, k + 1 + nameAt(doc, k + 1))) i = k + 1;
    else break;
  }
  return out;
}

/** True when the name at [s, e) stands earlier in the text as a person bound to titles of their own. */
function titledBefore(doc: Doc, s: number, e: number): boolean {
  const name = doc.text.slice(s, e);
  return doc.cands.some((c) => c.label === 'person' && c.end <= s && (c.titles?.length ?? 0) > 0 && doc.text.slice(c.start, c.end) === name);
}

/** After a list of names: 等 and a count of people (等20名志工, 等三位委员, 等人). */
const COUNTED_PEOPLE = /^等(?:(?:[\d０-９]{1,4}|[一二两三四五六七八九十百]{1,4})(?:名|位|人)|人(?!口))/;

const QUOTE_OPEN = new Set(['“', '「', '『', '"', '‘']);
const QUOTE_CLOSE = new Set(['”', '」', '』', '"', '’']);

/**
 * Names standing on their own, found by the name model alone where the score is high: a common surname, common
 * given-name characters, and context that opens and closes a name.
 *
 * @example
 * ```ts
 * findFreeNames(new Doc('会上，王晓明介绍了情况。')); // 王晓明
 * ```
 */
export function findFreeNames(doc: Doc): void {
  const t = doc.text;
  findNameLists(doc);
  // The name of a street the text gives whole (高士德 of 高士德大马路) is that neighbourhood where it stands alone.
  const streets = doc.cands.filter((c) => c.rule === 'place.street').map((c) => t.slice(c.start, c.end));
  for (let i = 0; i < t.length; i++) {
    if (doc.owner[i] !== -1 || !surnameAt(t, i)) continue;
    const { len } = bestNameAt(doc, i, MIN_FREE, false);
    if (!len) continue;
    const name = t.slice(i, i + len);
    if (streets.some((s) => s.length > len + 1 && s.startsWith(name))) continue;
    // A district's short name in a list of places (罗湖、落马洲支线; 罗湖及深圳湾管制站) is that district, not a person.
    if (/[、及和与]/.test(t[i + len] ?? '') && doc.cands[doc.startingAt(i + len + 1)]?.label === 'place' && getGazetteer().byName.get(name)?.some((h) => h.short && h.entry.level !== 'town')) continue;
    // A quoted word that only looks like a name (“金叶子”, a nickname for tea) is a term, not a person.
    if (QUOTE_OPEN.has(t[i - 1] ?? '') && QUOTE_CLOSE.has(t[i + len] ?? '')) continue;
    // … nor the first word of a quoted title joined to the next (「乐龄及康复创科应用基金」).
    if (QUOTE_OPEN.has(t[i - 1] ?? '') && /[及和与]/.test(t[i + len] ?? '')) continue;
    doc.accept({ start: i, end: i + len, label: 'person', rule: 'person.name-model' });
    i += len - 1;
  }
}

/**
 * A 、-list whose items all have the shape of names, two or more of them scoring well, is a list of people (甲、乙、丙
 * 出席): each item counts as a name though the context around it is only the list.
 */
function findNameLists(doc: Doc): void {
  const t = doc.text;
  for (let i = t.indexOf('、'); i >= 0; i = t.indexOf('、', i + 1)) {
    // The item before this 、 starts after punctuation or a mention; walk the list forward from there.
    let s = i;
    while (s > 0 && i - s < 4 && doc.isHan(s - 1) && doc.owner[s - 1] === -1) s--;
    const opens = (k: number): boolean => !(k > 0 && doc.isHan(k - 1) && doc.owner[k - 1] === -1 && !BEFORE_NAME.has(t[k - 1]!) && t[k - 1] !== '有' && !(leftScore(doc, k) > 0) && !verbEndsBefore(t, k));
    // (另有林某某、…: a shorter first item where the longest opens no name, after 有 too.)
    while (!opens(s) && i - s > 2) s++;
    if (!opens(s)) continue;
    const items: [number, number][] = [];
    let k = s;
    let good = 0;
    while (k < t.length && items.length < 20) {
      let e = k;
      while (e < t.length && e - k < 4 && doc.isHan(e) && doc.owner[e] === -1) e++;
      let end = e;
      if (t[e] !== '、') {
        // The last item: the best name reading.
        const last = bestNameAt(doc, k, 1, false, 1);
        if (!last.len) break;
        end = k + last.len;
      }
      const score = nameScore(doc, k, end);
      if (score === -Infinity || end - k < 2) break;
      if (score >= 3.5) good++;
      items.push([k, end]);
      if (t[end] !== '、') break;
      k = end + 1;
    }
    // (林某某、陈阿水等20名志工: a list closed by 等 and a count of people names people, though one name scores low.)
    const last = items[items.length - 1];
    const counted = !!last && COUNTED_PEOPLE.test(t.slice(last[1], last[1] + 10));
    if (items.length >= 2 && ((good >= 2 && good >= items.length - 1) || (counted && good >= 1))) {
      for (const [a, b] of items) doc.accept({ start: a, end: b, label: 'person', rule: 'person.name-list' });
    }
    i = Math.max(i, items.length ? items[items.length - 1]![1] : i);
  }
}
