/**
 * Honours written in Latin letters after a Hong Kong name (某某 SBS, JP; 某某 MH): they tell the name but are no
 * part of it nor of any title.
 *
 * @module
 */

/** The post-nominal letters of Hong Kong and British honours and of senior counsel. */
const LETTERS = 'GBM|GBS|SBS|BBS|MH|JP|OBE|MBE|CBE|QC|SC|PDSM|PMSM|IDSM';

/** One or more honours right after a name, each after a space or a comma (甲 SBS, JP及乙): sticky, linear. */
const RUN = new RegExp(`(?:[,，]? ?(?:${LETTERS})(?![A-Za-z])){1,6}`, 'y');
/** One honour set off by a comma (罗家骏, SBS, MH致辞). */
const AFTER_COMMA = new RegExp(`[,，] ?(?:${LETTERS})(?![A-Za-z])`, 'y');

/**
 * Length of the run of honours starting at `text[i]` (a space or comma, then the letters), or 0.
 *
 * @example
 * ```ts
 * honoursAt('甲某 SBS, JP及乙某', 2); // 8
 * honoursAt('甲某表示', 2); // 0
 * ```
 */
export function honoursAt(text: string, i: number): number {
  RUN.lastIndex = i;
  return RUN.exec(text)?.[0].length ?? 0;
}

/**
 * True when an honour set off by a comma starts at `text[i]` (the comma): no clause ends there.
 *
 * @example
 * ```ts
 * honourAfterComma('罗家骏, SBS, MH致辞', 3); // true
 * ```
 */
export function honourAfterComma(text: string, i: number): boolean {
  const c = text.charCodeAt(i + 1) === 0x20 ? text.charCodeAt(i + 2) : text.charCodeAt(i + 1);
  if (c < 0x41 || c > 0x5a) return false;
  AFTER_COMMA.lastIndex = i;
  return AFTER_COMMA.test(text);
}
