/**
 * Han surnames (single and compound) from data/surnames.tsv, with a frequency class: 1 for the ~100 most common,
 * 2 for common, 3 for rarer ones.
 *
 * @module
 */
import { japaneseSurnames, surnames } from '../data/lexicons.generated.js';

let table: Map<string, number> | undefined;
/** First code unit of a single surname → its class; of a compound surname → the second code units it may take. */
let single: Map<number, number> | undefined;
let compound: Map<number, Set<number>> | undefined;

function load(): Map<string, number> {
  if (!table) {
    table = new Map();
    single = new Map();
    compound = new Map();
    for (const [s, cls] of surnames) {
      table.set(s!, Number(cls) || 3);
      if (s!.length === 1) single.set(s!.charCodeAt(0), Number(cls) || 3);
      else if (s!.length === 2) (compound.get(s!.charCodeAt(0)) ?? compound.set(s!.charCodeAt(0), new Set()).get(s!.charCodeAt(0))!).add(s!.charCodeAt(1));
    }
  }
  return table;
}

/**
 * Length of the surname starting at `s[i]` (2 for a compound surname, 1 for a single one, 0 when none); compound
 * surnames win.
 *
 * @example
 * ```ts
 * surnameAt('欧阳修', 0); // 2
 * surnameAt('王某', 0); // 1
 * surnameAt('的话', 0); // 0
 * ```
 */
export function surnameAt(s: string, i: number): number {
  load();
  if (i < 0 || i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (i + 1 < s.length && compound!.get(c)?.has(s.charCodeAt(i + 1))) return 2;
  return single!.has(c) ? 1 : 0;
}

/**
 * Frequency class of a surname (1 very common … 3 rare), or 0 when it is not a surname.
 *
 * @example
 * ```ts
 * surnameClass('王'); // 1
 * ```
 */
export function surnameClass(surname: string): number {
  return load().get(surname) ?? 0;
}

let japanese: Set<string> | undefined;
/** First code units of the Japanese family names: most positions of a text are ruled out by one lookup. */
let japaneseFirst: Set<number> | undefined;

/**
 * Length of the Japanese family name starting at `s[i]` (data/japanese-surnames.tsv: two or three characters), or 0.
 *
 * @example
 * ```ts
 * japaneseSurnameAt('山本健一说', 0); // 2
 * japaneseSurnameAt('王某', 0); // 0
 * ```
 */
export function japaneseSurnameAt(s: string, i: number): number {
  if (!japanese) {
    japanese = new Set(japaneseSurnames.map(([name]) => name!));
    japaneseFirst = new Set([...japanese].map((n) => n.charCodeAt(0)));
  }
  if (i < 0 || !japaneseFirst!.has(s.charCodeAt(i))) return 0;
  if (i + 3 <= s.length && japanese.has(s.slice(i, i + 3))) return 3;
  return i + 2 <= s.length && japanese.has(s.slice(i, i + 2)) ? 2 : 0;
}
