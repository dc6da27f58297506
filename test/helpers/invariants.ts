import { expect } from 'vitest';
import type { Page } from '../../src/index.js';

/**
 * The structural promises every Page keeps: parts in bounds, parts of different articles never overlap, every
 * non-whitespace character of the input in exactly one part or unassigned span, mentions in text order with text
 * equal to their raw slice (whitespace aside).
 */
export function expectPageInvariants(page: Page): void {
  const raw = page.text;
  const owner = new Int32Array(raw.length).fill(-1);
  const count = new Uint8Array(raw.length);
  page.articles.forEach((a, k) => {
    for (const p of a.parts) {
      expect(0 <= p.start && p.start < p.end && p.end <= raw.length, `part ${p.kind} ${p.start}-${p.end} in bounds`).toBe(true);
      for (let i = p.start; i < p.end; i++) {
        if (owner[i] !== -1 && owner[i] !== k) throw new Error(`offset ${i} is in parts of articles ${owner[i]} and ${k}`);
        owner[i] = k;
        count[i]!++;
      }
    }
    for (let i = 1; i < a.mentions.length; i++) expect(a.mentions[i - 1]!.start <= a.mentions[i]!.start).toBe(true);
    for (const m of a.mentions) expect(raw.slice(m.start, m.end).replace(/\s+/g, '')).toBe(m.text.replace(/\s+/g, ''));
  });
  for (const u of page.unassigned) for (let i = u.start; i < u.end; i++) count[i]!++;
  for (let i = 0; i < raw.length; i++) {
    if (/\s/.test(raw[i]!)) continue;
    if (count[i] !== 1) throw new Error(`offset ${i} (${JSON.stringify(raw[i])}) lies in ${count[i]} parts or unassigned spans`);
  }
}
