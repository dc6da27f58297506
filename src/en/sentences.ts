/**
 * Sentences of English text for the event and award readers.
 *
 * @module
 */

/**
 * Sentences of an English text, split after . ! ? followed by a space and a capital (not after Mr. or Co.).
 *
 * @example
 * ```ts
 * sentencesOf('Mr. Li spoke. He left.'); // [{ start: 0, end: 13 }, { start: 13, end: 22 }]
 * ```
 */
export function sentencesOf(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if ((c === '.' || c === '!' || c === '?' || c === '\n') && (i + 1 >= t.length || /[\s"”]/.test(t[i + 1]!))) {
      if (c === '.' && /\b(?:Mr|Ms|Mrs|Dr|Co|Corp|Inc|Ltd|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S)$/.test(t.slice(Math.max(0, i - 5), i))) {
        // Co Ltd. Hannah …: a company's form ends the sentence when a capital follows that is no other form.
        const after = /^\s+["“]?([A-Z][a-z]*)/.exec(t.slice(i + 1, i + 20));
        if (!(/(?:Co|Corp|Inc|Ltd)$/.test(t.slice(Math.max(0, i - 4), i)) && after && !/^(?:Ltd|Co|Inc|Corp|Group|Holdings|Limited|LLC|PLC)$/.test(after[1]!))) continue;
      }
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < t.length) out.push({ start, end: t.length });
  return out;
}

/** A word that makes a clause of the text before ", and": a verb in the past, a form of be or have, said, will. */
const HAS_VERB = /\b(?:[a-z]{3,}ed|is|was|were|are|has|had|have|said|says|will|would|can|could|spoke|gave|met|made|took|led|held|told|went|came|saw|won|ran|set|put|got|chairs|leads|meets|speaks|gives)\b/;

/**
 * Where the clause of the word at `at` opens: after the last ", and" (", while", ", but") before it, or 0. An ", and"
 * after a name and its apposition only (A, Party secretary of X, and B presented …) joins the subject, opening none.
 *
 * @example
 * ```ts
 * clauseOpening('A chaired it, and B presented the awards.', 20); // 18
 * clauseOpening('A, mayor of X, and B presented the awards.', 24); // 0
 * ```
 */
export function clauseOpening(text: string, at: number): number {
  let from = 0;
  // Whether a verb stands between `from` and the joint, read once over each stretch of text (linear in the text).
  let verb = false;
  let read = 0;
  const re = /,\s+(?:and|while|but|whereas)\s+/g;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
    verb ||= HAS_VERB.test(text.slice(read, m.index));
    read = m.index;
    if (m[0].includes('and') && !verb) continue;
    from = m.index + m[0].length;
    read = from;
    verb = false;
  }
  return from;
}
