/**
 * Words a line break split at a soft hyphen (Equip- / ment → Equip-ment in the reflowed text). The reflow keeps every
 * hyphen so that offsets stay one to one; names of bodies drop it again where the second part is no word of its own.
 *
 * @module
 */
import type { Ctx } from './context.js';

/** A hyphen between a capitalized part of three letters or more and a lower-case part (Equip-ment, not E-commerce). */
const SPLIT = /\b([A-Z][a-z]{2,})-([a-z]{2,})\b/g;

/**
 * The name with soft hyphens removed: Chengdu Tianfu Intelligent Equip-ment Co Ltd → … Equipment Co Ltd, but Yiwu
 * Cross-border Trading keeps its hyphen (border is a word), and so does Sun Yat-sen University (two syllables).
 *
 * @example
 * ```ts
 * unbreak(ctx, 'Tianfu Equip-ment Co Ltd'); // 'Tianfu Equipment Co Ltd'
 * ```
 */
export function unbreak(ctx: Ctx, name: string): string {
  if (!name.includes('-')) return name;
  // Two short syllables are a romanized given name (Sun Yat-sen, Wong Siu-ming): the hyphen is the name's own.
  return name.replace(SPLIT, (whole, a: string, b: string) => (isWord(ctx, b) || (a.length <= 4 && b.length <= 4) ? whole : a + b));
}

function isWord(ctx: Ctx, w: string): boolean {
  const { lex } = ctx;
  return lex.common.has(w) || lex.pos.has(w) || lex.names.has(w) || lex.firstNames.has(w);
}
