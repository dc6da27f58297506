/**
 * One-character place abbreviations (data/place-abbreviations.tsv: 华, 美, 京 …), only where the context makes them
 * places: in a pair before a relation word (中美关系, 日俄首脑会晤 — each character a place), after a verb of
 * movement or stay (访华, 在京, 驻华), and before 方 or a head-of-government post (中方, 俄总统).
 *
 * @module
 */
import { abbreviationWords, placeAbbreviations } from '../../data/lexicons.generated.js';
import { Trie } from '../../lexicon/trie.js';
import type { Doc } from './doc.js';

interface Abbreviation {
  /** The place it stands for, or '-' where the character abbreviates several (阿, 南). */
  full: string;
  level: string;
  /** Only one of a pair of countries before a relation word (中以关系, 巴以谈判). */
  pairOnly: boolean;
}
let memo: Map<string, Abbreviation> | undefined;
const abbreviations = (): Map<string, Abbreviation> =>
  (memo ??= new Map(placeAbbreviations.map(([c, full, level, use]) => [c!, { full: full!, level: level!, pairOnly: use === 'pair' }])));

/**
 * The place a one-character abbreviation stands for wherever context allows it (data/place-abbreviations.tsv), or
 * undefined; characters that are places only in a pair of countries (以, 墨) are not given.
 *
 * @example
 * ```ts
 * placeAbbreviation('俄'); // { full: '俄罗斯', level: 'country' }
 * placeAbbreviation('以'); // undefined (only in pairs: 中以关系)
 * ```
 */
export function placeAbbreviation(c: string): { full: string; level: string } | undefined {
  const a = abbreviations().get(c);
  return a && !a.pairOnly ? { full: a.full, level: a.level } : undefined;
}
/**
 * True when a character abbreviates a place in some context, pairs included (中, 美, 乌 …).
 *
 * @example
 * ```ts
 * isAbbreviationChar('乌'); // true (乌方: the Uruguayan or Ukrainian side)
 * ```
 */
export function isAbbreviationChar(c: string): boolean {
  return abbreviations().has(c);
}

const RELATION = /^(?:关系|两国|三国|双方|首脑|会晤|合作|贸易|经贸|联合|建交|战略|友好|之间|峰会|外长|领导人|对话|共同|会谈|边境|边界|友谊|谈判|和谈|冲突|争端|交往|磋商|协议|条约)/;
/** Words after 对 + an abbreviation that make it a country (对华政策, 对美出口, 对俄贷款). */
const TOWARD = /^(?:关系|政策|投资|出口|进口|援助|贷款|外交|制裁|态度|立场|贸易|经贸|工作|友好)/;
const VERB_BEFORE = new Set([...'访来驻赴抵离返旅留援侵在对进']);
/** Abbreviations of countries and regions that pair up (中美, 日俄, 欧美). */
const COUNTRY = new Set([...'中美俄日韩朝英法德印巴欧非越泰澳加意']);
const AFTER = /^(?:方(?![面法式向案针])|总统|总理|首相|外长|政府|国内|军方)/;
/** Ordinary words that contain an abbreviation character (data/abbreviation-words.tsv: 美好, 日报, 越来越). */
let wordTrie: Trie<true> | undefined;
const words = (): Trie<true> => {
  if (!wordTrie) {
    wordTrie = new Trie<true>();
    for (const [w] of abbreviationWords) wordTrie.add(w!, true);
  }
  return wordTrie;
};

/**
 * Accepts abbreviation places in free text.
 *
 * @example
 * ```ts
 * const doc = new Doc('外宾结束访华。'); findAbbreviations(doc); // 华
 * ```
 */
export function findAbbreviations(doc: Doc): void {
  const table = abbreviations();
  const t = doc.text;
  const abbr = (i: number): boolean => table.has(t[i] ?? '') && doc.owner[i] === -1;
  // A listed word starting at i (美好), or one starting up to three characters before and running over i (越来越).
  const word = (i: number): boolean => words().longestAt(t, i) !== undefined;
  const within = (i: number): boolean => {
    for (let s = Math.max(0, i - 3); s < i; s++) if ((words().longestAt(t, s)?.[0] ?? 0) > i) return true;
    return false;
  };
  // 访澳旅客 in a text about Macao: 澳 is Macao there, not Australia (Hong Kong and Macao papers write it so).
  const macao = t.includes('澳门');
  const accept = (i: number, rule: string): void => {
    if (t[i] === '澳' && macao) {
      doc.accept({ start: i, end: i + 1, label: 'place', rule, place: { level: 'region', canonical: '澳门' } });
      return;
    }
    const a = table.get(t[i]!)!;
    // Named by the place it stands for (华 → 中国), unless the character stands for several (巴, 乌).
    doc.accept({ start: i, end: i + 1, label: 'place', rule, place: a.full === '-' ? { level: a.level } : { level: a.level, canonical: a.full } });
  };
  const pairOnly = (i: number): boolean => table.get(t[i]!)!.pairOnly;
  for (let i = 0; i < t.length; i++) {
    if (!abbr(i)) continue;
    // A run of two or three abbreviations before a relation word.
    let j = i;
    while (j < t.length && j - i < 3 && abbr(j) && (j === i || !word(j))) j++; // not 加 of 中美加强合作
    let run: number[] = [];
    for (let k = i; k < j; k++) run.push(k);
    // 中、阿建交: two abbreviations with a 、 between them.
    if (j - i === 1 && t[i + 1] === '、' && abbr(i + 2) && RELATION.test(t.slice(i + 3, i + 6))) run = [i, i + 2];
    const last = run[run.length - 1]! + 1;
    const related = run.length >= 2 && RELATION.test(t.slice(last, last + 3));
    // Two different countries side by side (中美, 日俄, 欧美) name both, as in 中美关系, 中美三个联合公报; a pair that
    // is also a word (中非, 中巴) only before a relation word; one of the pair must be more than a pair-only character.
    const countries = run.length >= 2 && COUNTRY.has(t[i]!) && COUNTRY.has(t[i + 1]!) && t[i] !== t[i + 1] && !pairOnly(i) && !pairOnly(i + 1);
    const wordOk = !word(i) || (related && COUNTRY.has(t[i]!) && COUNTRY.has(t[i + 1]!));
    if (run.length >= 2 && (related || countries) && wordOk && run.some((k) => !pairOnly(k))) {
      for (const k of run) accept(k, 'place.abbreviation:pair');
      i = last - 1;
      continue;
    }
    if (pairOnly(i)) continue;
    // A country's armed forces (美军, 日军, 俄海军): a military organ, not a place.
    const force = /^(?:海军陆战队|海军|空军|陆军|军)/.exec(t.slice(i + 1, i + 6));
    if (force && COUNTRY.has(t[i]!) && (i === 0 || !doc.isHan(i - 1) || doc.owner[i - 1] !== -1 || VERB_BEFORE.has(t[i - 1]!) || /[的和与及、，]/.test(t[i - 1]!))
      && !/^军(?:事|民|工|队伍|官|人|区|委|费|种)/.test(t.slice(i + 1, i + 4)) && doc.isFree(i, i + 1 + force[0].length)) {
      doc.accept({ start: i, end: i + 1 + force[0].length, label: 'government', rule: 'org.armed-forces', kind: 'military' });
      i += force[0].length;
      continue;
    }
    const prevOk = i === 0 || doc.isBreak(i - 1) || doc.owner[i - 1] !== -1 || VERB_BEFORE.has(t[i - 1]!) || /[向与同和跟给使令]/.test(t[i - 1]!);
    if (!prevOk || word(i) || within(i)) continue;
    // After a verb of movement or stay (访华, 驻华使馆, 离京), the character is the place; after 在/对/进 only where
    // a word does not go on (在京召开, but not 在中间).
    const after = VERB_BEFORE.has(t[i - 1] ?? '')
      && (!/[在对进]/.test(t[i - 1]!) || doc.isBreak(i + 1) || !doc.isHan(i + 1) || /[的期投访召举开后前时会]/.test(t[i + 1]!)
        || (t[i - 1] === '对' && TOWARD.test(t.slice(i + 1, i + 3))));
    if (after) accept(i, 'place.abbreviation:after-verb');
    else if (AFTER.test(t.slice(i + 1, i + 3))) accept(i, 'place.abbreviation:before-head');
  }
}
