/**
 * Administrative units the gazetteer does not list — a town renamed or merged since, a county become a district, a
 * foreign province or state — found by their level word (乡, 镇, 县, 市, 省, 州, 邦) where the context on both sides
 * marks a name: the unit comes right after a place (某某县某某镇), or after a preposition of place (在, 到, 赴) or a
 * verb (离开) and before a word that ends a name (的, 境内, 一带, punctuation).
 *
 * @module
 */
import { lexicons } from '../../lexicon/index.js';
import { translitTier, verbEndsBefore } from '../../lexicon/names.js';
import { isOrdinaryWord } from '../../lexicon/words.js';
import type { PlaceLevel } from '../../types.js';
import type { Doc } from './doc.js';
import { rightScore } from './names.js';

/** The level each unit word gives. */
const LEVEL: Readonly<Record<string, PlaceLevel>> = { 乡: 'town', 镇: 'town', 县: 'county', 市: 'city', 省: 'province', 州: 'province', 邦: 'province' };

/** Characters before the name that let it start there: prepositions and verbs of place, 的. */
const LEFT = /[在到赴于至从往经的]/;
/** Words right after the unit that end its name. */
const RIGHT = /^(?:[的、，。；：,;！？!?）)”」等和与及]|一带|境内|附近|地区|以[东南西北]|[东南西北]部|城区|农民|村民|居民|群众|人民|籍)/;
/** Words the unit character begins instead (市场, 乡亲, 省钱, 镇静): no unit ends there. */
const WORD_AFTER = /^(?:场|亲|力|钱|心|略|事|得|去|压|静|守|痛|交|官|厅|府|立)/;
/** Characters that stand in no unit's name (function words, numerals, pronouns). */
const NOT_IN_NAME = /[乡镇县省州邦市区村之的了在是和与及对向从等个们这那其此该本各全每某一二三四五六七八九十两几多百千万亿我你他她它\d]/;
/** Endings of the part before the unit word that make a common noun, not a name (贫困县, 重点镇, 大城市, 股市). */
const NOT_NAME_END = /(?:贫困|重点|示范|试点|先进|模范|特色|百强|强|大|小|老|新|邻|外|城|农|乡|镇|县|省|州|市|区|山区|边境|沿海|产粮|经济|工业|农业|旅游|文明|卫生|历史|文化|名|古|重|集|股|夜|菜|超|楼|黑|花|鸟|灯|早|晚|上|开|门|街|都|兄弟|友好|姊妹|姐妹|周边|毗邻|相邻|所在|当地|本地|外地|全|每)$/;

/**
 * Accepts administrative units named by their level word that no other rule found, with the rule
 * `place.unit-suffix`.
 *
 * @example
 * ```ts
 * const doc = new Doc('他回到某某县某某乡的老家。');
 * findUnitsBySuffix(doc); // place 某某乡 (after the county, the town's name is vouched for)
 * ```
 */
export function findUnitsBySuffix(doc: Doc): void {
  const t = doc.text;
  // (One search jumps from unit word to unit word: most characters are none.)
  const units = /[乡镇县省州邦市]/g;
  for (let m = units.exec(t); m; m = units.exec(t)) {
    const i = m.index;
    const level = LEVEL[m[0]]!;
    if (i < 2 || doc.owner[i] !== -1) continue;
    const e = i + 1;
    if (!doc.isHan(i - 1) || doc.owner[i - 1] !== -1 || NOT_IN_NAME.test(t[i - 1]!) || WORD_AFTER.test(t[e] ?? '')) continue;
    // (A village named right after the unit, 某某乡某某村, is found later: its suffix is enough here.)
    const rightOf = (): boolean => doc.isBreak(e) || e === t.length || RIGHT.test(t.slice(e, e + 2)) || rightScore(doc, e) >= 0.8 ||
      doc.cands[doc.startingAt(e)]?.label === 'place' || /^[\u4e00-\u9fff]{1,3}村/.test(t.slice(e, e + 4));
    // The shortest name of two to five characters whose left side opens one.
    for (let s = i - 2; s >= i - 5 && s >= 0; s--) {
      if (!doc.isHan(s) || doc.owner[s] !== -1 || NOT_IN_NAME.test(t[s]!)) break;
      const stem = t.slice(s, i);
      const afterPlace = doc.cands[doc.endingAt(s)]?.label === 'place';
      // (After 、 or 和 only where a place stands before it: 某县、某县.)
      const listed = /[、和与及]/.test(t[s - 1] ?? '') && doc.cands[doc.endingAt(s - 1)]?.label === 'place';
      const opens = afterPlace || listed || s === 0 || (doc.isBreak(s - 1) && t[s - 1] !== '、') || LEFT.test(t[s - 1]!) || verbEndsBefore(t, s);
      if (!opens) continue;
      const foreign = [...stem].every((c) => translitTier(c) > 0);
      // Longer than three characters only as a transliteration (拉贾斯坦邦).
      if (stem.length > 3 && !foreign) break;
      if (NOT_NAME_END.test(stem) || lexicons().blockers.has(stem)) break;
      // A city (市) is too often the tail of a common word (城市, 股市): only a transliteration or after a place. So is
      // a province (省, 可节省), and every Chinese province is in the gazetteer: only a transliteration (某某省 abroad).
      if ((level === 'city' || m[0] === '省') && !foreign && !afterPlace) break;
      // An ordinary word before the unit word needs the place before it (某县温泉镇), not a preposition.
      if (isOrdinaryWord(t, s, stem.length) && !afterPlace) break;
      if (!((foreign && stem.length >= 3) || rightOf())) break;
      doc.accept({ start: s, end: e, label: 'place', rule: 'place.unit-suffix', place: { level } });
      break;
    }
  }
}
