/**
 * Sports results and tables, where a name next to scores is a team and a name next to a time or a bowling figure is a
 * player: "Partizan 6 Becej 0", "NEW YORK 74 59 .556 -", "Walsall v Wrexham", "CHICAGO AT TORONTO", "the Braves",
 * "Ludwig 1:25", "Fleming 8-1-26-3". A country there is a national team and stays a place.
 *
 * @module
 */
import { free, joined, nameAt, type Ctx } from './context.js';
import { personAt } from './people.js';
import type { Tok } from './tokens.js';

const SCORE = /^\d{1,3}$/;
const STAT = /^(?:\d{1,4}|\.|\d+\.\d+|-|\d+\/\d+)$/;
const TIME = /^\d{1,2}:\d{2}(?:[:.]\d+)?$/;
const FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
const VERSUS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** A run of capitalized words (any case in headlines) from token i: its last token, or i - 1. */
function runFrom(ctx: Ctx, i: number): number {
  const { toks } = ctx;
  let e = i - 1;
  for (let k = i; k < toks.length && k - i < 5; k++) {
    const t = toks[k]!;
    if (!t.word || !t.cap || !free(ctx, k)) break;
    if (VERSUS.has(t.lower) || (t.text === 'AT' && ctx.shout[k])) break;
    e = k;
    // A short qualifier in brackets belongs to a club's name in tables (Mladost ( BJ )).
    if (toks[k + 1]?.text === '(' && toks[k + 2]?.cap && toks[k + 2]!.text.length <= 3 && toks[k + 3]?.text === ')' && free(ctx, k + 2)) { e = k + 3; break; }
    if (!joined(ctx, k)) break;
  }
  return e;
}

function label(ctx: Ctx, s: number, e: number, rule: string): void {
  const { toks, doc } = ctx;
  const start = toks[s]!.start;
  const end = toks[e]!.end;
  const place = nameAt(ctx, s);
  if (place && place[0] === e && place[1] === 'country') {
    doc.accept({ start, end, label: 'place', rule: 'en.place.national-team', place: { level: 'country' } });
    return;
  }
  const p = personAt(ctx, s);
  if ((p !== undefined && p === e) || /^\p{Lu}\.$/u.test(toks[s]!.text)) {
    doc.accept({ start, end, label: 'person', rule: 'en.person.result' });
    return;
  }
  doc.accept({ start, end, label: 'organization', rule, kind: 'team' });
}

/** Teams and players in results, tables and fixtures. */
export function findResults(ctx: Ctx): void {
  const { toks } = ctx;
  let i = 0;
  while (i < toks.length) {
    const sent = toks[i]!.sent;
    let j = i;
    while (j < toks.length && toks[j]!.sent === sent) j++;
    sentence(ctx, i, j);
    i = j;
  }
  // the Braves, the White Sox: a plural name after "the" that the lexicon does not know.
  for (let k = 0; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (t.lower !== 'the' || ctx.shout[k] || !joined(ctx, k)) continue;
    const e = runFrom(ctx, k + 1);
    if (e < k + 1 || e > k + 2) continue;
    const last = toks[e]!;
    if (!/[a-z]s$/.test(last.text) || last.upper || ctx.lex.demonyms.has(last.lower) || ctx.lex.names.has(last.lower)) continue;
    let known = false;
    for (let x = k + 1; x <= e; x++) if (ctx.lex.common.has(toks[x]!.lower) || ctx.lex.names.has(toks[x]!.lower) || ctx.lex.notNames.has(toks[x]!.lower)) known = true;
    if (known || ctx.lex.common.has(last.lower.slice(0, -1))) continue;
    if (toks[e + 1] && toks[e + 1]!.cap && joined(ctx, e)) continue;
    // (the Khorgos border crossing: a name before a lower-case noun modifies it; a team stands alone.)
    if (joined(ctx, e) && /^(?:border|crossing|port|area|region|river|valley|basin|pass|railway|line|station|zone|corridor|route|hub|project|plant|site|region's|area's)$/.test(toks[e + 1]?.lower ?? '')) continue;
    label(ctx, k + 1, e, 'en.org.team-plural');
    k = e;
  }
}

/** Words that a number after them names one of (Line 1, Exit 4, Terminal 2): no team before a score. */
const NUMBERED = /^(?:line|route|exit|gate|platform|terminal|phase|lane|berth|hall|zone|block|building|pier|runway|stage|bus|metro|no|number)$/;

function sentence(ctx: Ctx, a: number, b: number): void {
  const { toks } = ctx;
  const runs: [number, number][] = [];
  for (let k = a; k < b; k++) {
    const e = runFrom(ctx, k);
    if (e >= k) { runs.push([k, e]); k = e; }
  }
  if (!runs.length) return;
  const after = (e: number): Tok | undefined => (e + 1 < b ? toks[e + 1] : undefined);
  // Scores: at least two "name score" pairs, or a name followed by three or more figures (a table row).
  // (Line 1 at Xixiang Station and Line 4: a facility numbered, no team and its score.)
  const pairs = runs.filter(([, e]) => SCORE.test(after(e)?.text ?? '') && !NUMBERED.test(toks[e]!.lower));
  // Names already found (Real Madrid) count as pairs too.
  let claimed = 0;
  for (let k = a; k + 1 < b; k++) if (toks[k]!.word && toks[k]!.cap && !free(ctx, k) && SCORE.test(toks[k + 1]!.text)) claimed++;
  for (const [s, e] of runs) {
    let n = 0;
    for (let k = e + 1; k < b && STAT.test(toks[k]!.text); k++) n++;
    const first = s === a || (s === a + 1 && /^\d+\.?$/.test(toks[a]!.text));
    const nx = after(e)?.text ?? '';
    if (TIME.test(nx) || FIGURES.test(nx)) {
      if (!nameAt(ctx, s) && free(ctx, s)) ctx.doc.accept({ start: toks[s]!.start, end: toks[e]!.end, label: 'person', rule: 'en.person.result-figure' });
    } else if ((pairs.length + claimed >= 2 && pairs.some(([ps]) => ps === s)) || (n >= 3 && first)) label(ctx, s, e, 'en.org.team-score');
  }
  // Fixtures: "Walsall v Wrexham".
  for (let k = a + 1; k + 1 < b; k++) {
    const t = toks[k]!;
    const vs = VERSUS.has(t.lower);
    if (!vs) continue;
    const right = runFrom(ctx, k + 1);
    if (right >= k + 1) label(ctx, k + 1, right, 'en.org.team-fixture');
    // The name before, back to its start.
    let s = k - 1;
    while (s > a && toks[s - 1]!.word && toks[s - 1]!.cap && joined(ctx, s - 1) && free(ctx, s - 1)) s--;
    if (s >= a && toks[s]!.word && toks[s]!.cap && free(ctx, s) && runFrom(ctx, s) === k - 1) label(ctx, s, k - 1, 'en.org.team-fixture');
  }
}

/** Verbs of a match with the winner before them and the loser after (Surrey beat Warwickshire). */
const MATCH_VERBS = new Set(['beat', 'beats', 'defeated', 'defeat', 'edged', 'thrashed', 'routed', 'trounced', 'hammered', 'crushed', 'outclassed', 'overpowered', 'downed', 'blanked', 'whipped', 'drew', 'draw', 'lost', 'tied', 'held']);
/** Verbs of a match that are common words elsewhere (held a meeting, lost ground). */
const WEAK_MATCH_VERBS = new Set(['held', 'lost', 'tied', 'drew', 'draw']);
/** Words after which a name is the other side of a match (lost to Kent, drew with Essex, win over Durham). */
const MATCH_AFTER = new Set(['beat', 'beats', 'defeated', 'edged', 'thrashed', 'routed', 'trounced', 'hammered', 'crushed', 'outclassed', 'downed', 'blanked', 'whipped']);

/** A team named after its town in a match sentence: "Surrey beat Warwickshire", "lost to Kent". */
export function findMatchTeams(ctx: Ctx): void {
  const { toks } = ctx;
  const team = (s: number, e: number): void => {
    const hit = nameAt(ctx, s);
    if (!hit || hit[0] !== e || hit[1] === 'country') return;
    if (hit[1] !== 'city' && hit[1] !== 'region' && hit[1] !== 'province') return;
    ctx.doc.accept({ start: toks[s]!.start, end: toks[e]!.end, label: 'organization', rule: 'en.org.team-match', kind: 'team' });
  };
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    // (A weak verb of a match must go on as one: held Kent, drew with Essex, lost 2-1; not "held a meeting".)
    const next = toks[k + 1];
    const weak = WEAK_MATCH_VERBS.has(t.lower) && !(next && (next.cap || next.num || next.lower === 'to' || next.lower === 'with' || next.lower === 'on'));
    if (MATCH_VERBS.has(t.lower) && !ctx.shout[k] && !weak) {
      // The name before the verb.
      let s = k - 1;
      while (s > 0 && toks[s - 1]!.cap && joined(ctx, s - 1) && k - s < 3) s--;
      if (toks[k - 1]!.cap && free(ctx, k - 1)) team(s, k - 1);
      const after = MATCH_AFTER.has(t.lower) ? k + 1 : (toks[k + 1]?.lower === 'to' || toks[k + 1]?.lower === 'with') ? k + 2 : -1;
      if (after > 0 && toks[after]?.cap && free(ctx, after)) team(after, runFrom(ctx, after));
    }
  }
}
