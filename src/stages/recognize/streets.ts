/**
 * Streets and roads (安达臣道, 福华街, 西洋菜南街, 广东道): a name of two to four characters and a street word (道, 路,
 * 街, 大道, 大街), where the context marks a name — right after the district it runs through (观塘 + 安达臣道), or
 * after a preposition of place (在, 沿, 位于). A street is a place of no level, and the places in its name (广东 in
 * 广东道) are no mentions of their own.
 *
 * @module
 */
import { isOrdinaryWord } from '../../lexicon/words.js';
import type { Doc } from './doc.js';

/** The street words, longest first (大马路, an avenue, and 前地, a square, as Macao names them; 广场 and 公园). */
const STREET_WORD = /^(?:大马路|大道|大街|前地|广场|公园|[道路街])/;
/** Words that only ever end the name of a street, a square or a park: the name before them needs no district. */
export const NAMED_STREET_WORD = /大马路|前地|广场|公园/g;
/** Characters that stand in no street's name (function words, numerals, pronouns). */
export const NOT_IN_NAME = /[的了在是和与及对向从等个们这那其此该本各全每某之一二三四五六七八九十两几多百千万亿我你他她它，。、；：\d]/;
/** Common words that end in a street word and name no street (渠道, 公路, 思路, 大街小巷). */
const COMMON = /(?:渠|频|轨|跑|隧|航|赛|通|步|行|公|铁|线|思|出|网|电|水|陆|海|丝|弯|来|去|门|销|套|上|小|栈|坡|车|绿|古|正|味|知|难|霸|王|孝|茶|书|报|说|问|称|顺|地|厚|管|坑|赤|河|匝|巷|驿|官|歧|退|后|前|活|死|生|迷|走|带|让|开|领|半|近|远|心|回|岔|道)[道路]$|[小上前后老步商逛扫沿当临满出过跨]街$/;
/** After the street word: a word that goes on (街道 is a level of government, 道路 a road in general, 路线 a route). */
const RUNS_ON = /^(?:道|路|线|径|口|灯|面|段|牌|费|况|演|透|由|桥|边|人|网|政|费|坊|市)/; // (街坊: neighbours; 街市: a market)
/** After a street: words that end a place name (一带, 附近, 近某街, a house number, punctuation). */
export const STREET_RIGHT = /^(?:一带|附近|沿线|交界|两旁|两侧|[近与和及、，。；的\d０-９])/;
/** The joints of a list of places or bodies (、, 及, 和, 与), one character. */
export const LIST_JOINT = /[、及和与]/;
/** Before a street named without its district: a preposition of place. */
export const STREET_LEFT = /[在沿于经至往到由近]$|位于$/;

/**
 * The end of a street whose name starts at `s` (two to `longest` free Han characters and a street word), or -1.
 *
 * @example
 * ```ts
 * streetEnd(new Doc('到某区安达臣道视察'), 3); // 7
 * ```
 */
export function streetEnd(doc: Doc, s: number, longest = 4): number {
  const t = doc.text;
  // (佐敦道近上海街, 走在大马路上: a name opens with no street word.)
  if (STREET_WORD.test(t.slice(s, s + 3))) return -1;
  // (、南昌街: a name opens with no punctuation nor function word either.)
  if (!doc.isHan(s) || NOT_IN_NAME.test(t[s]!)) return -1;
  // (安达 + 臣道设置路: one character and a street word are the tail of a street that began before, not a name.)
  if (/[道路街]/.test(t[s + 1] ?? '')) return -1;
  for (let k = s + 2; k <= s + longest && k < t.length; k++) {
    if (!doc.isHan(k - 1) || doc.owner[k - 1] !== -1 || NOT_IN_NAME.test(t[k - 1]!)) return -1;
    const w = STREET_WORD.exec(t.slice(k, k + 3));
    if (!w) continue;
    const e = k + w[0].length;
    if (!doc.isFree(s, e) || RUNS_ON.test(t.slice(e, e + 1)) || COMMON.test(t.slice(s, e))) return -1;
    // (信义区试办路边停车, 中央路桥: a name that is an ordinary word needs a word after it that ends a place.)
    if (isOrdinaryWord(t, s, k - s) && !STREET_RIGHT.test(t.slice(e, e + 2))) return -1;
    return e;
  }
  return -1;
}
