/**
 * Titles that stand apart from the name they belong to: given or taken away in personnel news (人事任免:
 * `任命 NAME 为 TITLE`, `免去 NAME (的) TITLE 职务`, `NAME (同志) 辞去 TITLE 职务`) or in apposition after it
 * (`NAME（TITLE）`, `NAME，TITLE，`). The person holds (or held) the office, so the title is bound to them as if it
 * stood before the name.
 *
 * @module
 */
import type { Doc } from './doc.js';
import { nameScore } from './names.js';
import { surnameAt } from '../../lexicon/surnames.js';
import { acceptTitle, titleFrom, type TitleHit } from './titles.js';

/** Verbs that give an office to the name after them, with 为 before the title. */
const GIVE = /(?:任命|委任|提名|聘任|聘请|推选|选举|补选|提请任命)$/;
/** Verbs that take an office from the name after them, with 职务 after the title. */
const TAKE = /免去$/;
const ORGAN_LABELS = new Set(['government', 'organization', 'company']);

/** A title found by the reader: a mention already accepted (its id) or one read but not yet accepted. */
type TitleItem = number | TitleHit;

/**
 * The titles starting at `k` (an organ then its post, or a post), 、- or 兼-joined, and where they end. Nothing is
 * accepted here: the caller commits them only when the frame around them holds.
 */
function chainAt(doc: Doc, k: number): { items: TitleItem[]; end: number } | undefined {
  const items: TitleItem[] = [];
  let at = k;
  while (items.length < 4) {
    const item = titleItemAt(doc, at);
    if (item === undefined) break;
    items.push(item);
    at = typeof item === 'number' ? doc.cands[item]!.end : item.end;
    if (doc.text[at] !== '、' && doc.text[at] !== '兼') break;
    at++;
  }
  if (!items.length) return undefined;
  const last = items[items.length - 1]!;
  return { items, end: typeof last === 'number' ? doc.cands[last]!.end : last.end };
}

/** The title whose mention (its organ included) starts at `k`: its id when accepted, else the title read there. */
function titleItemAt(doc: Doc, k: number): TitleItem | undefined {
  let id = doc.startingAt(k);
  if (id >= 0 && ORGAN_LABELS.has(doc.cands[id]!.label)) id = doc.startingAt(doc.cands[id]!.end);
  if (id >= 0) return doc.cands[id]!.label === 'title' ? id : undefined;
  return titleFrom(doc, k);
}

/** Particles that never stand inside a name, even one a frame delimits exactly. */
const NOT_IN_NAME = /[的了是与及和等在为其这那]/;

/**
 * The person mention over [s, e), or a new one when the frame is strong and the span reads as a name (the frame
 * delimits it, so a given name may start with a character that is a preposition elsewhere: 某向东); or -1.
 */
function personIn(doc: Doc, s: number, e: number): number {
  const id = doc.startingAt(s);
  if (id >= 0) return doc.cands[id]!.label === 'person' && doc.cands[id]!.end === e ? id : -1;
  if (e - s < 2 || e - s > 4 || !doc.isFree(s, e)) return -1;
  const t = doc.text;
  const framed = surnameAt(t, s) > 0 && !NOT_IN_NAME.test(t.slice(s + 1, e)) && [...t.slice(s, e)].every((_, k) => doc.isHan(s + k));
  if (nameScore(doc, s, e, true) === -Infinity && !framed) return -1;
  return doc.accept({ start: s, end: e, label: 'person', rule: 'person.appointment' });
}

/** Accepts the titles read and binds them all to the person, unless the person already has titles (or `add`). */
function bind(doc: Doc, person: number, items: TitleItem[], add = false): void {
  const p = doc.cands[person]!;
  if (p.titles?.length && !add) return;
  const ids = items.map((x) => (typeof x === 'number' ? x : acceptTitle(doc, x))).filter((k) => k >= 0);
  if (ids.length) p.titles = [...(p.titles ?? []), ...ids.filter((k) => !p.titles?.includes(k))];
}

/** The last person mention ending at or before `e`, no further back than `window` characters; or -1. */
function lastPersonBefore(doc: Doc, e: number, window: number): number {
  for (let k = e; k >= Math.max(0, e - window); k--) {
    const id = doc.endingAt(k);
    if (id >= 0 && doc.cands[id]!.label === 'person') return id;
  }
  return -1;
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
    const apposition = t[i] === '（' || t[i] === '(' || t[i] === '，';
    if (apposition) {
      // NAME（TITLE） and NAME，TITLE，: the title in brackets or between commas right after the name.
      const person = doc.endingAt(i);
      if (person < 0 || doc.cands[person]!.label !== 'person') continue;
      const chain = chainAt(doc, i + 1);
      const close = t[i] === '，' ? '，' : t[i] === '（' ? '）' : ')';
      if (chain && t[chain.end] === close) bind(doc, person, chain.items);
      continue;
    }
    if (!give && !quit && !take) continue;
    if (give) {
      // 任命 NAME 为: the name fills the gap exactly.
      for (let s = i - 4; s <= i - 2; s++) {
        // 委任营运总裁某某为行政总裁: the appointee's present title may stand between the verb and the name.
        const held = doc.endingAt(s);
        const g = held >= 0 && doc.cands[held]!.label === 'title' ? doc.cands[held]!.start : s;
        if (!GIVE.test(t.slice(Math.max(0, g - 4), g))) continue;
        const chain = chainAt(doc, i + 1);
        const person = chain ? personIn(doc, s, i) : -1;
        // (The title held before the name stays theirs, and the office given is added to it.)
        if (chain && person >= 0) bind(doc, person, chain.items, g !== s);
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
      if (person >= 0) bind(doc, person, chain.items);
    } else if (take) {
      // 免去 NAME (的) TITLE 职务: the name right after 免去, then the titles up to here. 免去其 TITLE 职务: the
      // person appointed just before (任命某某为…，免去其…职务), who keeps both titles.
      for (let s0 = i - 2; s0 >= Math.max(2, i - 30); s0--) {
        if (!TAKE.test(t.slice(s0 - 2, s0))) continue;
        if (t[s0] === '其') {
          const chain = chainAt(doc, s0 + 1);
          const before = lastPersonBefore(doc, s0 - 2, 40);
          if (chain && chain.end === i && before >= 0) bind(doc, before, chain.items, true);
          break;
        }
        let person = doc.startingAt(s0);
        if (person >= 0 && doc.cands[person]!.label !== 'person') break;
        if (person < 0) {
          // A name not found yet: the one the frame fits exactly (免去某某的…职务).
          for (const len of [3, 2]) {
            const e = s0 + len;
            const chain = chainAt(doc, e + (t[e] === '的' ? 1 : 0));
            if (chain && chain.end === i && (person = personIn(doc, s0, e)) >= 0) break;
          }
          if (person < 0) break;
        }
        const from = doc.cands[person]!.end + (t[doc.cands[person]!.end] === '的' ? 1 : 0);
        const chain = chainAt(doc, from);
        if (chain && chain.end === i) bind(doc, person, chain.items);
        break;
      }
    }
  }
}
