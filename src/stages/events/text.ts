/**
 * Sentences and clauses of a reflowed text, as spans, for the event stage.
 *
 * @module
 */

/** A span of a text. */
export interface Piece {
  start: number;
  end: number;
}

const SENTENCE_END = new Set([...'。！？!?\n']);
const CLAUSE_END = new Set([...'，,；;：:']);

/**
 * Splits a text into sentences, each into clauses (at ，；：), outside quotes and book-title marks.
 *
 * @example
 * ```ts
 * sentences('会议召开，市长出席。次日离开。').map((s) => s.clauses.length); // [2, 1]
 * ```
 */
export function sentences(text: string): { start: number; end: number; clauses: Piece[] }[] {
  const out: { start: number; end: number; clauses: Piece[] }[] = [];
  let sStart = 0;
  let cStart = 0;
  let clauses: Piece[] = [];
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '《' || ch === '“' || ch === '（') depth++;
    else if ((ch === '》' || ch === '”' || ch === '）') && depth > 0) depth--;
    const endS = i === text.length || (depth === 0 && SENTENCE_END.has(ch!));
    const endC = endS || (depth === 0 && CLAUSE_END.has(ch!));
    if (endC && i > cStart) clauses.push({ start: cStart, end: i });
    if (endC) cStart = i + 1;
    if (endS) {
      if (clauses.length) out.push({ start: sStart, end: i, clauses });
      clauses = [];
      sStart = i + 1;
      depth = 0;
    }
  }
  return out;
}
