/**
 * The lines around a line, past the blank lines a layout puts between a story and its credit or caption.
 *
 * @module
 */
import type { LineInfo } from './classify.js';

/**
 * The line above line `k`, a blank line between or not (undefined above the first line).
 *
 * @example
 * ```ts
 * lineAbove(infos, 5); // infos[3] when infos[4] is blank, else infos[4]
 * ```
 */
export function lineAbove(infos: readonly LineInfo[], k: number): LineInfo | undefined {
  return k > 1 && infos[k - 1]?.kind === 'blank' ? infos[k - 2] : infos[k - 1];
}

/**
 * The index of the first line after line `k` that is not blank, or `infos.length` where none is.
 *
 * @example
 * ```ts
 * nonBlankAfter(infos, 5); // 8 when lines 6 and 7 are blank
 * ```
 */
export function nonBlankAfter(infos: readonly LineInfo[], k: number): number {
  let j = k + 1;
  while (j < infos.length && infos[j]!.kind === 'blank') j++;
  return j;
}
