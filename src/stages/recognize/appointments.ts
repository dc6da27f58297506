/**
 * Titles given or taken away in personnel news (人事任免), where the title stands apart from the name:
 * `任命 NAME 为 TITLE`, `免去 NAME (的) TITLE 职务`, `NAME (同志) 辞去 TITLE 职务`. The person holds (or held) the
 * office, so the title is bound to them as if it stood before the name.
 *
 * @module
 */
import type { Doc } from './doc.js';
import { nameScore } from './names.js';
import { acceptTitle, titleAt } from './titles.js';

/** Verbs that give an office to the name after them, with 为 before the title. */
const GIVE = /(?:任命|提名|聘任|聘请|推选|选举|补选|提请任命)$/;
/** Verbs that take an office from the name after them, with 职务 after the title. */
const TAKE = /免去$/;
const ORGAN_LABELS = new Set(['government', 'organization', 'company']);

/** The title mention(s) starting at `k` (an organ then its post, or a post), 、- or 兼-joined; their ids and end. */
function chainAt(doc: Doc, k: number): { ids: number[]; end: number } | undefined {
  const ids: number[] = [];
  let at = k;
  while (ids.length < 4) {
    const id = titleFrom(doc, at);
    if (id < 0) break;
    ids.push(id);
    at = doc.cands[id]!.end;
    if (doc.text[at] !== '、' && doc.text[at] !== '兼') break;
    at++;
  }
  return ids.length ? { ids, end: doc.cands[ids[ids.length - 1]!]!.end } : undefined;
}

/** The id of the title whose mention (its organ included) starts at `k`, accepting one that was not yet; or -1. */
function titleFrom(doc: Doc, k: number): number {
  let id = doc.startingAt(k);
  if (id >= 0 && ORGAN_LABELS.has(doc.cands[id]!.label)) id = doc.startingAt(doc.cands[id]!.end);
  if (id >= 0) return doc.cands[id]!.label === 'title' ? id : -1;
  for (let j = k; j <= k + 16 && j < doc.text.length; j++) {
    const h = titleAt(doc, j);
    const from = h && h.organ >= 0 ? doc.cands[h.organ]!.start : h?.start;
    if (h && from === k) return acceptTitle(doc, h);
    if (!doc.isHan(j)) break;
  }
  return -1;
}

/** The person mention over [s, e), or a new one when the frame is strong and the span reads as a name; or -1. */
function personIn(doc: Doc, s: number, e: number): number {
  const id = doc.startingAt(s);
  if (id >= 0) return doc.cands[id]!.label === 'person' && doc.cands[id]!.end === e ? id : -1;
  if (e - s < 2 || e - s > 4 || !doc.isFree(s, e) || nameScore(doc, s, e, true) === -Infinity) return -1;
  return doc.accept({ start: s, end: e, label: 'person', rule: 'person.appointment' });
}

function bind(doc: Doc, person: number, ids: number[]): void {
  const p = doc.cands[person]!;
  if (p.titles?.length) return;
  p.titles = ids;
}

/**
 * Binds the titles of appointments and removals to the people named in them.
 *
 * @example
 * ```ts
 * const doc = recognize('决定任命某某为某市教育局局长。'); // the title 某市教育局局长 is bound to 某某
 * ```
 */
export function findAppointments(doc: Doc): void {
  const t = doc.text;
  for (let i = 0; i < t.length; i++) {
    const give = t[i] === '为' && i >= 4;
    const take = t.startsWith('职务', i);
    const quit = t.startsWith('辞去', i);
    if (!give && !quit && !take) continue;
    if (give) {
      // 任命 NAME 为: the name fills the gap exactly.
      for (let s = i - 4; s <= i - 2; s++) {
        if (!GIVE.test(t.slice(Math.max(0, s - 4), s))) continue;
        const person = personIn(doc, s, i);
        const chain = person >= 0 ? chainAt(doc, i + 1) : undefined;
        if (chain) bind(doc, person, chain.ids);
        break;
      }
    } else if (quit) {
      // NAME (同志) 辞去 TITLE 职务
      const chain = chainAt(doc, i + 2);
      if (!chain || !t.startsWith('职务', chain.end)) continue;
      const nameEnd = t.endsWith('同志', i) ? i - 2 : i;
      let person = doc.endingAt(nameEnd);
      if (person >= 0 && doc.cands[person]!.label !== 'person') continue;
      // 接受某某同志辞去: an unknown name in the frame.
      for (let len = 3; person < 0 && len >= 2; len--) {
        const s0 = nameEnd - len;
        if (t.endsWith('接受', s0) || doc.isBreak(s0 - 1)) person = personIn(doc, s0, nameEnd);
      }
      if (person >= 0) bind(doc, person, chain.ids);
    } else if (take) {
      // 免去 NAME (的) TITLE 职务: the name right after 免去, then the titles up to here.
      for (let s0 = i - 2; s0 >= Math.max(2, i - 30); s0--) {
        if (!TAKE.test(t.slice(s0 - 2, s0))) continue;
        const person = doc.startingAt(s0);
        if (person < 0 || doc.cands[person]!.label !== 'person') break;
        const from = doc.cands[person]!.end + (t[doc.cands[person]!.end] === '的' ? 1 : 0);
        const chain = chainAt(doc, from);
        if (chain && chain.end === i) bind(doc, person, chain.ids);
        break;
      }
    }
  }
}
