/**
 * Division codes for Chinese places written in English (Wuxi, Jiangsu Province, Xi'an): the provinces and
 * prefecture-level cities of the gazetteer, romanized at build time (scripts/build-pinyin-places.mjs).
 *
 * @module
 */
import { PINYIN_PLACES } from '../data/pinyin-places.generated.js';
import type { Doc } from '../stages/recognize/index.js';

let index: Map<string, { codes: string[]; levels: string[]; names: string[] }> | undefined;

function lookup(name: string): { codes: string[]; levels: string[]; names: string[] } | undefined {
  if (!index) {
    index = new Map();
    for (const [en, code, level, zh] of PINYIN_PLACES) {
      const k = en.toLowerCase();
      const e = index.get(k) ?? index.set(k, { codes: [], levels: [], names: [] }).get(k)!;
      e.codes.push(code);
      e.levels.push(level);
      e.names.push(zh);
    }
  }
  return index.get(name.toLowerCase().replace(/\s+(?:province|city|municipality|autonomous region|prefecture)$/, '').replace(/[’]/g, "'"));
}

/**
 * Gives the place mentions of an English text their gazetteer readings where the name is a Chinese province or city.
 *
 * @example
 * ```ts
 * assignPlaceCodes(recognizeEnglish('He visited Wuxi.')); // the place Wuxi gets code 3202
 * ```
 */
export function assignPlaceCodes(doc: Doc): void {
  for (const c of doc.cands) {
    if (c.label !== 'place') continue;
    const hit = lookup(doc.text.slice(c.start, c.end));
    if (!hit) continue;
    // A province and a city of the same name (Hainan, Jilin): the province first, as the gazetteer orders them.
    c.place = { level: hit.levels[0]!, codes: hit.codes, fullNames: hit.names };
  }
}
