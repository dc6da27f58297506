/**
 * A body's short form given in brackets after its name — Public Works Bureau (DSOP), Hong Kong Monetary Authority
 * (HKMA) — and every later mention of that short form name the same body. The short form need not spell the English
 * name (Macao's bureaus are known by their Portuguese initials).
 *
 * @module
 */
import type { Ctx } from './context.js';

const BODY = new Set(['government', 'organization', 'company']);

/**
 * Gives each mention of a bracketed short form the name, label and kind of the body it follows.
 *
 * @example
 * ```ts
 * // 'The Public Works Bureau (DSOP) said … the DSOP will …': both DSOP mentions are named Public Works Bureau.
 * linkBracketedAcronyms(ctx);
 * ```
 */
export function linkBracketedAcronyms(ctx: Ctx): void {
  const { doc, toks } = ctx;
  const bodyOf = new Map<string, number>();
  for (let i = 1; i + 2 < toks.length; i++) {
    const acr = toks[i + 1]!;
    if (toks[i]!.text !== '(' || toks[i + 2]!.text !== ')' || !acr.upper || acr.text.length > 8) continue;
    const k = doc.endingAt(toks[i - 1]!.end);
    if (k < 0 || !BODY.has(doc.cands[k]!.label) || !/^[ \t]*$/.test(doc.text.slice(toks[i - 1]!.end, toks[i]!.start))) continue;
    if (!bodyOf.has(acr.text)) bodyOf.set(acr.text, k);
  }
  if (!bodyOf.size) return;
  for (const c of doc.cands) {
    // (A short form before a verb of speech may have been read as a name: the DSAT said.)
    if (c.label !== 'organization' && c.label !== 'government' && c.label !== 'person') continue;
    const k = bodyOf.get(doc.text.slice(c.start, c.end));
    if (k === undefined) continue;
    const body = doc.cands[k]!;
    if (body === c || body.label === 'company') continue;
    c.label = body.label;
    c.kind = body.kind;
    delete c.titles;
    c.canonical = body.canonical ?? doc.text.slice(body.start, body.end);
  }
}
