/**
 * Bodies the article's body names, found again in its headline. A headline is read on its own, with no legal form
 * or head word to tell a short name by ("Hengtai, Shenzhen firm team up"): a run that the body named as a company or
 * organization is that body, not a place its neighbour in a list makes it.
 *
 * @module
 */
import type { Cand, Doc } from '../stages/recognize/doc.js';
import type { Ctx } from './context.js';

/** A body named in another text of the same article: its surface, label, kind and full name. */
export interface KnownBody {
  text: string;
  label: 'company' | 'organization' | 'government';
  kind?: string;
  /** The full name a short form stands for (Hengtai for Zhejiang Hengtai New Energy Co Ltd). */
  canonical: string;
}

/**
 * The companies and organizations a recognized text names, each with the full name it stands for.
 *
 * @example
 * ```ts
 * knownBodies(recognizeEnglish('Zhejiang Hengtai Co Ltd said on Monday that Hengtai would expand.'));
 * // [{ text: 'Zhejiang Hengtai Co Ltd', label: 'company', … }, { text: 'Hengtai', label: 'company', canonical: 'Zhejiang Hengtai Co Ltd' }]
 * ```
 */
export function knownBodies(doc: Doc): KnownBody[] {
  const out: KnownBody[] = [];
  const seen = new Set<string>();
  for (const c of doc.cands) {
    if (c.label !== 'company' && c.label !== 'organization' && c.label !== 'government') continue;
    const text = doc.text.slice(c.start, c.end);
    if (seen.has(text) || text.length < 3 || /\s\s|\n/.test(text)) continue;
    seen.add(text);
    const full: Cand = c.aliasOf !== undefined ? doc.cands[c.aliasOf] ?? c : c;
    const body: KnownBody = { text, label: c.label, canonical: full.canonical ?? doc.text.slice(full.start, full.end) };
    if (c.kind) body.kind = c.kind;
    out.push(body);
  }
  return out;
}

/** True when the code unit at `k` is a letter or digit (a name may not begin or end next to one). */
function wordChar(text: string, k: number): boolean {
  return k >= 0 && k < text.length && /[\p{L}\p{N}]/u.test(text[k]!);
}

/**
 * Marks, longest first, every whole-word occurrence of a known body that no recognizer has claimed yet.
 *
 * @example
 * ```ts
 * findKnownBodies(ctx, [{ text: 'Hengtai', label: 'company', canonical: 'Zhejiang Hengtai Co Ltd' }]);
 * ```
 */
export function findKnownBodies(ctx: Ctx, bodies: readonly KnownBody[]): void {
  const { doc } = ctx;
  const text = doc.text;
  for (const b of [...bodies].sort((x, y) => y.text.length - x.text.length)) {
    for (let at = text.indexOf(b.text); at >= 0; at = text.indexOf(b.text, at + 1)) {
      const end = at + b.text.length;
      if (wordChar(text, at - 1) || wordChar(text, end)) continue;
      const c: Cand = { start: at, end, label: b.label, rule: 'en.known-body' };
      if (b.kind) c.kind = b.kind;
      if (b.canonical !== b.text) c.canonical = b.canonical;
      doc.accept(c);
    }
  }
}
