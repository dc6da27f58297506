/**
 * Short forms of bodies the same text names in full (旅发局 for 香港旅游发展局, 消委会 for 消费者委员会): the first
 * character of the name's core (after the place it opens with), a character of each later word in order, and the
 * last character of its head. A short form that is only the start of the name (旅游局 beside 香港旅游发展局) may be
 * another body, so it is not read as this one.
 *
 * @module
 */
import type { Doc } from './doc.js';
import { placeAt } from './places.js';
import { CAMPUS_AFTER } from './organizations.js';
import { lexicons } from '../../lexicon/index.js';

/** A nested body's own name after its ministry, commission or department (农业部|农粮署). */
const SUB_UNIT_OF = /^[\u4e00-\u9fff]{1,8}?(?:部|委员会|厅)([\u4e00-\u9fff]{2,8}(?:署|局))$/;

/**
 * Heads of two characters whose first one, after the first of the core, makes a two-character short form
 * (香港理工大学 → 理大, 香港社会服务联会 → 社联, 中国作家协会 → 作协).
 */
const TWO_CHAR_HEAD = /(?:大学|联会|协会|商会|学会|工会)$/;
/** Characters that may stand right before and right after a two-character short form: it is a word there. */
const SHORT2_BEFORE = new Set([...'与和及、由在向对从把被跟同并的为，。：；“「（']);
const SHORT2_AFTER = new Set([...'已将会与和及的等在为则亦也还又均都就表指称签于与、，。：；”」）']);

/** Shortest full name whose short forms are looked for, and the lengths of a short form. */
const MIN_CORE = 4;
const SHORT_LENGTHS = [4, 3] as const;

/**
 * True when `short` abbreviates `core`: same first and last character, the others found in order between them, and
 * not a run of the core's own characters (旅游局 is no short form of 旅游发展局).
 *
 * @example
 * ```ts
 * abbreviates('旅发局', '旅游发展局'); // true
 * abbreviates('旅游局', '旅游发展局'); // false
 * ```
 */
export function abbreviates(short: string, core: string): boolean {
  if (short.length >= core.length || short[0] !== core[0] || short[short.length - 1] !== core[core.length - 1]) return false;
  if (core.includes(short.slice(0, -1))) return false;
  let k = 1;
  for (let i = 1; i < short.length - 1; i++) {
    while (k < core.length - 1 && core[k] !== short[i]) k++;
    if (k >= core.length - 1) return false;
    k++;
  }
  return true;
}

/**
 * Accepts short forms of the government bodies and organizations found so far, each with its full name as canonical.
 *
 * @example
 * ```ts
 * const doc = new Doc('香港旅游发展局昨日宣布……旅发局总干事某某表示'); // after findOrganizations
 * findShortForms(doc); // 旅发局, canonical 香港旅游发展局
 * ```
 */
export function findShortForms(doc: Doc): void {
  const t = doc.text;
  const fulls = doc.cands.filter((c) => (c.label === 'government' || c.label === 'organization') && c.end - c.start >= MIN_CORE + 1);
  // (Each name once: a page that names one body a thousand times is read in linear time.)
  const seen = new Set<string>();
  for (const full of fulls) {
    const name = full.canonical ?? t.slice(full.start, full.end);
    if (seen.has(name)) continue;
    seen.add(name);
    // 农粮署 after 农业部农粮署: a sub-unit named without its ministry, once the text has named both.
    const unit = full.rule === 'org.nested' ? SUB_UNIT_OF.exec(name)?.[1] : undefined;
    if (unit && unit.length >= 3) {
      doc.unitStems.add(unit.slice(0, -1));
      for (let i = t.indexOf(unit); i >= 0; i = t.indexOf(unit, i + 1)) {
        const e = i + unit.length;
        // (农粮署长: the head's post after the unit's name is one title, as 水利署长 is; the titles stage reads it.)
        if (t[e] === '长') continue;
        if (doc.isFree(i, e)) doc.accept({ start: i, end: e, label: full.label, rule: 'org.sub-unit-short', kind: full.kind ?? 'government', canonical: name });
      }
    }
    // 科大（广州） for 香港科技大学（广州）: a campus's place in brackets (which only a school's name found with it
    // ends in) stays after its short form too.
    const campus = CAMPUS_AFTER.exec(name)?.[0] ?? '';
    const bare = name.slice(0, name.length - campus.length);
    const place = placeAt(doc, full.start);
    const core = place && place.end - full.start <= bare.length - MIN_CORE ? bare.slice(place.end - full.start) : bare;
    if (core.length < MIN_CORE || !/^[\u4e00-\u9fff]+$/.test(core)) continue;
    // 理大 for 香港理工大学: two characters, only where they stand as a word of their own (not inside 化工大楼), and
    // never a body's own short name (人大 is a congress, not 中国人民大学).
    const head2 = TWO_CHAR_HEAD.exec(core);
    const short2 = head2 && core.length >= MIN_CORE ? core[0]! + head2[0][0]! : undefined;
    if (short2 && !lexicons().organSuffixes.endingAt(short2, 2).some(([at]) => at === 0)) {
      for (let i = t.indexOf(short2); i >= 0; i = t.indexOf(short2, i + 1)) {
        if (campus && !t.startsWith(campus, i + 2)) continue;
        const e = i + 2 + campus.length;
        const before = i === 0 || SHORT2_BEFORE.has(t[i - 1]!) || doc.isBreak(i - 1);
        const after = e >= t.length || SHORT2_AFTER.has(t[e]!) || doc.isBreak(e) || !!campus;
        if (before && after && doc.isFree(i, e)) doc.accept({ start: i, end: e, label: full.label, rule: 'org.short-form', ...(full.kind ? { kind: full.kind } : {}), canonical: name });
      }
    }
    for (let i = t.indexOf(core[0]!); i >= 0; i = t.indexOf(core[0]!, i + 1)) {
      for (const len of SHORT_LENGTHS) {
        if (i + len > t.length || !doc.isFree(i, i + len + campus.length)) continue;
        const short = t.slice(i, i + len);
        if (!abbreviates(short, core) || (campus && !t.startsWith(campus, i + len))) continue;
        doc.accept({ start: i, end: i + len + campus.length, label: full.label, rule: 'org.short-form', ...(full.kind ? { kind: full.kind } : {}), canonical: name });
        break;
      }
    }
  }
}
