/**
 * Companies, by structure: 区划 + 字号 + 行业 + 组织形式. A legal form (有限公司, 股份有限公司, 集团 … from
 * data/company-forms.tsv) ends the name; its left edge is found by {@link leftEdge}. Short names stand as companies
 * where the context says so: right after 企业/公司 when they end in an industry word (获奖企业某某科技), and when
 * introduced by （以下简称“…”）.
 *
 * @module
 */
import { lexicons } from '../../lexicon/index.js';
import { leftEdge } from './boundary.js';
import type { Cand, Doc } from './doc.js';
import { GENERIC_START, pastCategory } from './organizations.js';
import { placeAt } from './places.js';

const MAX_NAME = 30;
const MIN_CORE = 2;
/** Words that may not be the whole 字号 of a company ('该公司', '子公司'). */
const NOT_A_NAME = new Set(['该', '本', '子', '母', '分', '总', '一家', '这家', '多家', '各家', '该集团', '本公司', '注册', '实缴', '认缴']);

/**
 * Finds full company names by their legal form.
 *
 * @example
 * ```ts
 * const doc = new Doc('并为某某精密机械集团有限公司颁奖');
 * findCompanies(doc); // accepts '某某精密机械集团有限公司'
 * ```
 */
export function findCompanies(doc: Doc): void {
  const lex = lexicons();
  const t = doc.text;
  const found: Cand[] = [];
  for (let e = 2; e <= t.length; e++) {
    const forms = lex.companyForms.endingAt(t, e);
    if (!forms.length) continue;
    const [fs, form] = forms[forms.length - 1]!; // the longest form ending here
    if (form.endsWith('厂') && /[长房区家商里内外方矿主]/.test(t[e] ?? '')) continue; // 厂长, 厂房, 厂主: not the end of a name
    if (form.endsWith('银行') && /[部处科]/.test(t[e] ?? '')) continue; // 企业银行部: a bank's department, not a bank
    // 零售银行业务主管: a line of a bank's business before a post, not a bank (招商银行业务 is the bank's business).
    if (form.endsWith('银行') && /^业务(?:主管|总监|经理|部|处)/.test(t.slice(e, e + 4)) && /(?:零售|私人|企业|商业|投资|个人|环球|交易)$/.test(t.slice(Math.max(0, fs - 2), fs))) continue;
    // 出租银行户口, 出售银行账户: an account or a card at a bank, no bank's name.
    if (form.endsWith('银行') && /^(?:户口|账户|户头|帐户|账号|卡)/.test(t.slice(e, e + 2))) continue;
    // 香港银行公会, 某某银行同业协会: the trade's association, not a company.
    if (/^(?:同业)?(?:公会|协会|商会|学会|工会|联合会)/.test(t.slice(e, e + 5))) continue;
    let start = leftEdge(doc, fs, MAX_NAME - form.length, true);
    // 半导体设备厂宏岳精密工业股份有限公司: a kind of company before the name, in apposition; the name starts after it.
    if (form.length >= 2) {
      // The last 厂, 公司 or 集团 inside, with four characters or more of a name after it.
      for (let k = fs - 5; k > start; k--) {
        const c = t[k]!;
        const end = c === '厂' ? k + 1 : (c === '司' && t[k - 1] === '公') || (c === '团' && t[k - 1] === '集') || (c === '业' && t[k - 1] === '企') ? k + 1 : -1;
        if (end > start && fs - end >= 4 && !/[厂司团]/.test(t.slice(end, fs))) { start = end; break; }
      }
    }
    start = pastCategory(t, start, fs);
    // 港深创新及科技园有限公司: a name joined by 及/与/和 that the text writes whole elsewhere (港深创新及科技园) runs
    // over the conjunction.
    if (start >= 3 && /[及与和]/.test(t[start - 1]!) && start < fs) {
      const left = leftEdge(doc, start - 1, 8, true);
      const whole = t.slice(left, start) + t.slice(start, Math.min(fs, start + 4));
      if (start - 1 - left >= 2 && elsewhere(t, whole, left)) start = left;
    }
    const core = t.slice(start, fs);
    if (core.length < MIN_CORE || NOT_A_NAME.has(core)) continue;
    // 裁判官某某判公司罚款: a name right after a post is a person, and what follows a verb.
    if (postEndsAt(t, start)) continue;
    let han = 0;
    for (let i = start; i < fs; i++) if (doc.isHan(i)) han++;
    if (han < MIN_CORE) continue;
    if (/^\d/.test(core) || GENERIC_START.test(core) || GENERIC_COMPANY.test(core)) continue; // 3家公司, 一家公司, 上市公司
    if (isGenericCore(core)) continue; // 保险公司, 金融证券公司: industry words and no trade name
    if (form === '集团' && CRIME.test(core)) continue; // 跨境洗黑钱集团: a criminal ring, no company
    if (/(?:令|致使|导致|使得)$/.test(core)) continue; // 事件令公司蒙受损失: what a cause does to the company, no name
    // 警方正追查集团主脑: a ring the police pursue, after the verb.
    if (form === '集团' && /(?:追查|追缉|打击|瓦解|捣破|捣毁|拘捕|侦破|破获|调查|取缔)$/.test(core)) continue;
    if (/(?:全资|参股|下属|附属)$/.test(core)) continue; // 集团全资子公司, 集团附属公司: how a company is held, not its name
    // 工厂 is the common word (很多工厂, 目前工厂); 办厂, 建厂 a verb and its object.
    if (form === '厂' && /[工办建开设引新扩]$/.test(core)) continue; // … and 新厂, a new plant; 扩厂, a plant enlarged
    // 在某工业区扩建先进封装厂: a plant someone builds, a verb of building inside, no factory's name.
    if (form === '厂' && /扩建|新建|兴建|筹建|建设|设立|兴办|投资/.test(core)) continue;
    // 数十家煤焦厂, 两个分厂: counted factories are a generic reference.
    if (COUNTED.test(t.slice(Math.max(0, start - 4), start)) || COUNTED_INSIDE.test(core)) continue;
    found.push({ start, end: e, label: 'company', rule: `company.form:${form}`, kind: 'company' });
  }
  // Companies named in English inside Chinese text (英国Harbourline Logistics Limited).
  // (Only where a legal form is written: the pattern is not compiled for pages that have none.)
  if (LATIN_FORMS.some((f) => t.includes(f))) for (const m of t.matchAll(LATIN_COMPANY)) found.push({ start: m.index!, end: m.index! + m[0].length, label: 'company', rule: 'company.latin', kind: 'company' });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const c of found) doc.accept(c);
}

const LATIN_FORMS = ['Limited', 'Ltd', 'Inc', 'Corporation', 'Holdings', 'PLC', 'LLC', 'Company'];
/** An English company name: capitalized words and a legal form. */
const LATIN_COMPANY = /(?<![A-Za-z])[A-Z][A-Za-z&'.-]{1,30}(?: [A-Z][A-Za-z&'.-]{0,30}){0,5} (?:Limited|Ltd\.?|Inc\.?|Corporation|Holdings|PLC|LLC|Company|Co\., Ltd\.?)(?![A-Za-z])/g;

/** True when `s` occurs in `t` at a position other than `at`. */
function elsewhere(t: string, s: string, at: number): boolean {
  const first = t.indexOf(s);
  return first >= 0 && (first !== at || t.indexOf(s, first + 1) >= 0);
}

/** True when a post of the lexicon ends at `i` (裁判官, 董事长 …); a status noun (业主, 车主) is no post here. */
function postEndsAt(t: string, i: number): boolean {
  const posts = lexicons().posts;
  for (let k = Math.max(0, i - 5); k < i; k++) {
    const post = posts.longestAt(t, k);
    if (post?.[0] === i && post[1].cls !== 'relation') return true;
  }
  return false;
}

/** A numeral and a classifier right before a name, or inside what was taken for one: 数十家, 两个, 3座. */
const COUNTED = /(?:[\d一二两三四五六七八九十百千几数多]+)[家个座所间](?:小|大)?$/;
const COUNTED_INSIDE = /[\d一二两三四五六七八九十百千几数多][家个座所间]/;

/** Crimes that name a ring of criminals, 集团 in the police's sense (洗黑钱集团, 诈骗集团). */
const CRIME = /(?:洗黑钱|洗钱|诈骗|骗案|电骗|犯罪|走私|贩毒|毒品|偷渡|黑社会|赌博|非法|传销|盗窃|抢劫|卖淫|假币|伪钞)/;

/** Words that make a company reference generic when they open it (上市公司, 国有企业, 空壳公司). */
const GENERIC_COMPANY = /^(?:空壳|皮包|影子|目标|全资|附属|上市|国有|民营|外资|合资|合营|联营|独资|跨国|大型|中型|小型|中小|微型|龙头|骨干|重点|相关|有关|本地|当地|国内|国外|外国|境外|境内|地方|其他|其它|下属|所属|旗下|母|子|分)/;

/** True when a company name's core is industry words only, with no trade name (保险公司, 电子科技公司). */
function isGenericCore(core: string): boolean {
  const lex = lexicons();
  let e = core.length;
  while (e > 0) {
    const ind = lex.industry.endingAt(core, e);
    if (!ind.length) break;
    e = ind[0]![0];
  }
  return e === 0;
}

const SHORT_AFTER = ['获奖企业', '龙头企业', '企业', '公司'];

/**
 * Finds short company names that the context marks: a name ending in an industry word right after 企业 or 公司
 * (获奖企业某某科技作为…), and a name introduced by （以下简称“…”） after a full company name; later uses of an
 * introduced short name are mentions of the company too.
 *
 * @example
 * ```ts
 * findShortCompanies(doc); // '某某科技' in '获奖企业某某科技作为先进典型'
 * ```
 */
/** The legal form at the end of a company's full name, with a bracketed region before it. */
const LEGAL_TAIL = /(?:[（(][\u4e00-\u9fff]{1,6}[）)])?(?:集团)?(?:股份)?有限(?:责任)?公司$/;

export function findShortCompanies(doc: Doc): void {
  const lex = lexicons();
  const t = doc.text;
  const shorts: { text: string; of: number }[] = [];
  // （以下简称“X”） after a company.
  for (let i = t.indexOf('简称'); i >= 0; i = t.indexOf('简称', i + 2)) {
    const open = i + 2;
    const q = t[open];
    if (q !== '“' && q !== '"' && q !== '「') continue;
    const closer = q === '“' ? '”' : q === '「' ? '」' : '"';
    let close = -1;
    for (let k = open + 1; k < t.length && k - open <= 12; k++) if (t[k] === closer) { close = k; break; }
    if (close < 0 || close - open < 3) continue;
    let k = -1;
    for (let j = i - 1; j >= 0 && i - j <= 4; j--) if (t[j] === '（' || t[j] === '(') { k = j; break; }
    if (k < 0) continue;
    const company = doc.endingAt(k);
    if (company < 0 || doc.cands[company]!.label !== 'company') continue;
    const idx = doc.accept({ start: open + 1, end: close, label: 'company', rule: 'company.short:yixia-jiancheng', kind: 'company', aliasOf: company });
    if (idx >= 0) shorts.push({ text: t.slice(open + 1, close), of: company });
  }
  // 企业 + short name ending in an industry word.
  for (const key of SHORT_AFTER) {
    for (let i = t.indexOf(key); i >= 0; i = t.indexOf(key, i + key.length)) {
      if (doc.owner[i] !== -1) continue; // the tail of a name (某某有限公司负责…), not the word 企业/公司
      const s = i + key.length;
      if (!doc.isFree(s, s + 3)) continue;
      // 企业的最新发展, 企业在新能源…, 企业拓展…: a function word or a verb right after is no name.
      // (… nor a count or a pointer, 公司一名前财务经理: 一名 opens no name.)
      if (lex.boundary1.has(t[s]!) || lex.boundaryMulti.has(t.slice(s, s + 2)) || lex.verbs.longestAt(t, s) || /^[拓开建推做搞办抢争\d一二两三四五六七八九十几多每某该此这那各]/.test(t[s]!) || /^(?:注册|实缴|认缴)/.test(t.slice(s, s + 2))) continue;
      for (let e = s + 3; e <= Math.min(t.length, s + 8); e++) {
        const ind = lex.industry.endingAt(t, e, s + 2).filter(([st]) => st - s >= 2 && st - s <= 4);
        if (!ind.length || !doc.isFree(s, e)) continue;
        // 企业最重要的资产: a phrase with 的 in it describes, it names no one.
        if (t.slice(s, ind[0]![0]).includes('的')) break;
        // The name must end where the phrase does: punctuation, a boundary word or a verb follows.
        const next2 = t.slice(e, e + 2);
        if (!(doc.isBreak(e) || lex.boundaryMulti.has(next2) || lex.boundary1.has(t[e]!) || lex.verbs.longestAt(t, e))) continue;
        const idx = doc.accept({ start: s, end: e, label: 'company', rule: `company.short:after-${key}`, kind: 'company' });
        if (idx >= 0) shorts.push({ text: t.slice(s, e), of: idx });
        break;
      }
    }
  }
  // A company named in full, then by its name without the legal form (港兴电讯有限公司 … 港兴电讯行政总裁).
  const full = doc.cands.map((c, k) => ({ c, k })).filter(({ c }) => c.label === 'company' && !c.aliasOf);
  for (const { c, k } of full) {
    const core = LEGAL_TAIL.exec(t.slice(c.start, c.end));
    if (!core || core.index < 4) continue;
    const text = t.slice(c.start, c.start + core.index);
    if (!/^[\u4e00-\u9fff]+$/.test(text) || shorts.some((x) => x.text === text)) continue;
    shorts.push({ text, of: k });
    // … and by its trade name alone, its industry words left off (绿程智运科技控股有限公司 … 绿程智运), where that is no
    // place (中国建筑: 中国 is no short name).
    // (Each industry word left off gives one: 澄峰环保科技有限公司 … 澄峰环保, where 澄峰 alone is too short.)
    // Each form also stands without the place it opens with (深圳翼航智能科技有限公司 … 翼航智能), four characters at
    // least; those come after the forms with the place, which claim their words first.
    const lead = placeAt(doc, c.start, c.start + text.length);
    const from = lead && lead.end > c.start ? lead.end - c.start : 0;
    const bare: string[] = [];
    const withoutPlace = (end: number): void => { if (from && end - from >= 4) bare.push(text.slice(from, end)); };
    withoutPlace(text.length);
    let e = text.length;
    for (;;) {
      const ind = lex.industry.endingAt(text, e);
      if (!ind.length || ind[0]![0] < 2) break;
      e = ind[0]![0];
      const trade = text.slice(0, e);
      const place = placeAt(doc, c.start, c.start + e);
      if (e >= 3 && !(place && place.end >= c.start + e - 1) && !shorts.some((x) => x.text === trade)) shorts.push({ text: trade, of: k });
      withoutPlace(e);
    }
    for (const b of bare) if (!shorts.some((x) => x.text === b)) shorts.push({ text: b, of: k });
  }
  // Later uses of an introduced short name.
  for (const { text, of } of shorts) {
    for (let i = t.indexOf(text); i >= 0; i = t.indexOf(text, i + text.length)) {
      doc.accept({ start: i, end: i + text.length, label: 'company', rule: 'company.short:repeat', kind: 'company', aliasOf: of });
    }
  }
}
