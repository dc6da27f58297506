/**
 * Awards in English news: "won the X Award", "the X Award went to", "presented the grand award to", "was named
 * winner of", winners told after an award ("Winners included …"), and the ceremony they were given at.
 *
 * @module
 */
import { softless, wordEnd } from './hyphen.js';
import { clauseOpening, sentencesOf } from './sentences.js';
import { takePart } from '../stages/events/roles.js';
import type { Award, Event, Role } from '../types.js';
import type { Doc } from '../stages/recognize/index.js';
import type { NameOf } from '../stages/events/index.js';

// (… Award Nomination Prize: a prize of the award, named with it.)
const AWARD_NAME = String.raw`((?:(?:\d{4}|[A-Z][\w'’-]{0,30}|of|for|and|the)\s+){0,7}?[A-Z][\w'’-]{0,30}\s+(?:Awards?|Prizes?|Medals?|Trophy|Scholarships?)(?:\s+of\s+(?:Honou?r|Merit|Excellence|Distinction)\b)?(?:\s+(?:[A-Z][\w'’-]{0,30}\s+){0,2}(?:Prize|Award|Medal)\b)?(?:\s+for\s+[A-Z][\w'’-]{0,30}(?:\s+(?:and\s+)?[A-Z][\w'’-]{0,30}){0,2})?(?:\s+\d{4}(?!\d))?)`; // … Awards 2024: the year after; … Awards for Industries: what they are for; a scholarship; a Medal of Honor
/** Hangzhou presented its 2023 … Awards to 12 companies: the award, its recipients after "to" where they are named. */
const PRESENTED = new RegExp(`\\b(presented|handed out|gave out|conferred)\\s+(?:its|their|the|this year's)\\s+${AWARD_NAME}(?:\\s+to\\s+|(?=\\s+at\\s+(?:a|an|the)\\s+(?:[a-z]+\\s+)?cere))`); // (… or at a ceremony, the winners told after)
/** … won the grand award, took the gold award: a grade of the award told before, its winners before the verb. */
// (… and an award of one kind among those told: received an individual award.)
const GRADE_WON = /\b(won|took|received|scooped|bagged|claimed)\s+(?:the|a|an)\s+(?:grand|gold|silver|bronze|top|special|first|second|third|individual|team)\s+(?:award|prize)\b(?!\s+(?:of|in|at|for)\s+(?:the\s+)?[A-Z\d])/g; // (not a first prize of the … Award, another award)
/** … presented the grand award to A: an award by its grade, its recipients after "to". */
const GRADE_PRESENTED = /\b(presented|handed|gave)\s+the\s+((?:grand|gold|silver|bronze|top|special)\s+(?:award|prize))\s+to\s+/;
/** An award named as a grade of awards (Smart Productivity Grand Award, Gold Prize). */
const GRADE_NAME = /\b(?:Grand|Gold|Silver|Bronze|Special|Top)\s+(?:Award|Prize)$/;
/** … at a ceremony, at an award ceremony: where an award was received. */
const AT_CEREMONY = /\bat (?:a|an|the) (?:(?:award|awards|prize|presentation|prize-giving) )?ceremony\b/;
/** … was honored for a program: the subject received the award told before (not "honored with" another award). */
const HONORED = /\b(?:was|were)\s+(?:also\s+)?honou?red\s+for\b/;
/** Winner Ye Qingfang, …; Another winner, Cai Mingyuan: a recipient of the award named before, right after. */
// (… and the winner's age before the name: Another winner, 38-year-old Zheng Hailong.)
const WINNER_INTRO = /\b(?:[Ww]inner|[Aa]nother winner|[Oo]ne winner|[Oo]ne of the winners|[Aa]wardee|[Ll]aureate)\s*,?\s+(?:\d{1,3}-year-old\s+)?/;
/** Winners included A, B and C: the recipients of the award named before. */
const WINNERS = /\b(?:(?:[Ww]inners|[Rr]ecipients|[Aa]wardees|[Ll]aureates|[Ww]inning\s+(?:companies|firms|enterprises|teams|projects|entries|units|individuals))\s+(?:also\s+)?(?:included|include|were|are)|[Aa]mong (?:the|this year's) (?:winners|recipients|awardees|laureates) (?:was|were|is|are))\s+/;
/** The ceremony was chaired by X: who chairs or hosts the award ceremony told before. */
const CEREMONY_BY = /\b[Tt]he (?:award |awards )?ceremony was (chaired|presided over|hosted) by\s+/;
/** Lin presented the awards to …: the recipients of the award told before follow. */
const PRESENTED_BACK = /\b(?:presented|handed|gave)\s+the\s+(?:awards|prizes|honou?rs|trophies|medals)\s+to\s+/;
/** … was named one of the province's 10 "quality craftsmen": an honour in quotation marks. */
/** … were named Zhejiang Quality Craftsmen: an honour written capitalized, not quoted, ending in a word of honour. */
// (… or in lower case after "a": who was named a provincial model worker.)
export const NAMED_HONOUR = /\b(?:was|were)\s+(?:also\s+)?named\s+(?:as\s+)?(?:one\s+of\s+)?(?:the\s+|an?\s+)?((?:[A-Z][\w'’-]{0,30}\s+){0,5}(?:Craftsm[ae]n|Craftswom[ae]n|Artisans?|Model Workers?|Pioneers?|Heroes|Laureates?|Innovators?|Entrepreneurs?|Talents?)|(?:(?:national|provincial|municipal|city|county|district|regional)\s+)?(?:model workers?|labou?r models?|advanced workers?))\b/;
const NAMED_AS = /\b(?:was|were)\s+(?:also\s+)?named\s+(?:(?:as\s+)?one\s+of\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]{1,30}\s+){0,4}?["“]([^"”]{3,40})["”]/;
/** The prizes were presented by …: those named after present the awards. */
const PRESENTED_BY = /\b(?:awards|prizes|medals|trophies|certificates|honou?rs)\s+were\s+(?:presented|handed out|given out|conferred)\s+by\b/;
/** … handed out the awards together with …, pinned the medals on …: those who present them. */
const HANDED = /\b(handed out|presented|gave out|pinned)\s+(?:the\s+)?(?:awards|prizes|medals|trophies|certificates|honou?rs)\b/;
/** The 2023 Tianfu Green Mobility Award went to …: the recipients follow. */
// (… with what the award is between commas: The Mayor's Award, the city's highest science honor, went to ….)
// (… and a grade of the awards named in lower case: Gold awards went to A and B.)
const AWARD_TO = new RegExp(`\\b(${AWARD_NAME.slice(1, -1)}|(?:Gold|Silver|Bronze|Grand|Special|Top)\\s+(?:awards?|prizes?|medals?))(?:,\\s[^,.;]{3,60},)?\\s+(went to|were given to|was given to|was presented to|was awarded to|were presented to)\\s+`);
const AWARD_TO_ALL = new RegExp(AWARD_TO.source, 'g');
/** Where the recipients after "went to" end: an apposition (, a bakery in …), "while", "whereas", a semicolon. */
const CLAUSE_END = /,\s+(?:a|an|the|which|who|whose|while|whereas|its|their)\b|\s+(?:while|whereas)\b|;/;
/** … was awarded the title of Wuzhou Model Grain Grower: an honorary title, its recipient before. */
const TITLE_OF = /\b(?:was|were)\s+(?:awarded|given|granted|conferred)\s+the\s+(?:honorary\s+)?title\s+of\s+((?:[A-Z][\w'-]{0,30}\s+){0,6}[A-Z][\w'-]{0,30})/;
/** … won the Tianfu Green Mobility Award: the recipients come before. */
const AWARD_WON = new RegExp(`\\b(won|took|shared|received|(?:was|were) honou?red with|was awarded|were awarded|was given|were given|(?:was|were) named (?:the )?winners? of|(?:was|were|is|are) among (?:the )?(?:\\d+ |[a-z]+ )?(?:winners|recipients|awardees|laureates) of)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:special|new|prestigious)\\s+(?=[A-Z\\d]))?(?:(?:first|second|third|special|grand|gold|silver|bronze|top)\\s+(?:prize|award|medal)\\s+(?:of|in|at)\\s+(?:the\\s+)?)?${AWARD_NAME}`, 'g');
/** The same, for a test (no global state). */
const AWARD_WON_ONE = new RegExp(AWARD_WON.source);

/**
 * Awards in English sentences, each also an event of type award at its sentence's date (else the main event's).
 *
 * @example
 * ```ts
 * findEnglishAwards(doc, nameOf, events, main, addRole); // [{ name: 'Young Innovator Award', recipients: ['Chloe Ip'], … }]
 * ```
 */
export function findEnglishAwards(doc: Doc, nameOf: NameOf, events: Event[], main: Event | undefined, addRole: (name: string, role: Role) => void): Award[] {
  const t = doc.text;
  const out: Award[] = [];
  const kinds = new Set(['person', 'company', 'organization', 'government']);
  // Bodies named as the organ of someone's title (chief engineer of the … Institute) receive nothing.
  const organs = new Set(doc.cands.flatMap((c) => (c.title?.organ !== undefined ? [c.title.organ] : [])));
  // (In text order: recipients are listed as the text lists them.)
  const parties = doc.cands.map((c, k) => ({ c, k })).filter(({ c, k }) => kinds.has(c.label) && !organs.has(k)).sort((a, b) => a.c.start - b.c.start);
  let last: { award: Award; event: Event; ceremony?: Event } | undefined;
  /** Each award and the ceremony a sentence names it at. */
  const held: [Event, Event][] = [];
  // Awards presented to a count of winners not named (… presented the 2025 … Awards to 16 companies): the winners of
  // its grades the text names after (A won the Smart Productivity Grand Award) are its recipients too.
  let scheme: { award: Award; event: Event } | undefined;
  const within = (from: number, until: number, except?: { start: number; end: number }): string[] => {
    const names: string[] = [];
    let person = false;
    for (const { c } of parties) {
      if (c.start < from || c.end > until || (except && c.start >= except.start && c.end <= except.end) || names.includes(nameOf(c))) continue;
      // (Chen Yiran, an engineer at Weixin Co Ltd: where a person has been listed, a body after "at" is where they work.)
      if (c.label !== 'person' && person && /\bat\s+(?:the\s+)?$/.test(t.slice(Math.max(0, c.start - 8), c.start))) continue;
      if (c.label === 'person') person = true;
      names.push(nameOf(c));
    }
    return names;
  };
  const isPerson = (n: string): boolean => doc.cands.some((c) => c.label === 'person' && nameOf(c) === n);
  /** One more who presents or receives the award told last (and its ceremony). */
  const joinLast = (n: string, role: 'presenter' | 'awardee'): void => {
    if (!last) return;
    if (role === 'awardee') {
      if (last.award.recipients.includes(n)) return;
      last.award.recipients.push(n);
    }
    if (role === 'presenter' || isPerson(n)) addRole(n, role);
    // (… and the award ceremony the article tells, where the award's own reading found none: honored at the … ceremony.)
    const ceremony = last.ceremony ?? events.filter((e) => e.type === 'ceremony').pop();
    for (const ev of ceremony ? [last.event, ceremony] : [last.event]) takePart(ev, n, role);
  };
  for (const s of sentencesOf(t)) {
    // Words a line broke at a soft hyphen are read whole (presented cer- / tificates); offsets stay those of the text.
    const text = softless(t, s.start, s.end, doc.hyphenBreaks);
    // Winners included A, B and C: more recipients of the award named before.
    // (Not where the sentence names the award they won: Other winners included A and B, which shared the X Award.)
    const winners = last ? WINNERS.exec(text) : null;
    if (winners && last && !AWARD_WON_ONE.test(text.slice(winners.index))) {
      // (… according to the provincial department: the source of the news receives nothing.)
      const source = /,?\s+according\s+to\b/.exec(text.slice(winners.index));
      for (const r of within(s.start + winners.index + winners[0].length, source ? s.start + winners.index + source.index : s.end)) joinLast(r, 'awardee');
    }
    // The ceremony was chaired by X: who chairs (or hosts) the award ceremony told before.
    const chaired = last?.ceremony ? CEREMONY_BY.exec(text) : null;
    if (chaired && last?.ceremony) {
      const p = doc.cands.find((c) => c.label === 'person' && c.start === s.start + chaired.index + chaired[0].length);
      if (p) {
        const role: Role = chaired[1] === 'hosted' ? 'host' : 'chair';
        addRole(nameOf(p), role);
        takePart(last.ceremony, nameOf(p), role);
      }
    }
    // X handed out the awards together with Y and Z: all of them present the award named before.
    const handed = last ? HANDED.exec(text) : null;
    if (handed && last) {
      // (Only the subject of the verb's own clause: A presided over the ceremony, and B presented the awards.)
      const from = s.start + clauseOpening(text, handed.index);
      for (const c of doc.cands) {
        if (c.label !== 'person' || c.start < from || c.end > s.end || !(c.end <= s.start + handed.index || /^\s+(?:together|along) with\b/.test(text.slice(handed.index + handed[0].length)))) continue;
        joinLast(nameOf(c), 'presenter');
      }
    }
    // Lin presented the awards to A, B and C: the recipients of the award told before, Lin its presenter.
    const gaveBack = last ? PRESENTED_BACK.exec(text) : null;
    if (gaveBack && last) {
      const from = s.start + clauseOpening(text, gaveBack.index);
      for (const c of doc.cands) {
        if (c.start < s.start || c.end > s.end || !kinds.has(c.label)) continue;
        if (c.end <= s.start + gaveBack.index) {
          if (c.start < from) continue;
          if (c.label === 'person') joinLast(nameOf(c), 'presenter');
        } else if (c.start >= s.start + gaveBack.index + gaveBack[0].length) joinLast(nameOf(c), 'awardee');
      }
    }
    // Chen, chief quality officer of …, was named one of the province's 10 "quality craftsmen": an honour, quoted.
    // (… or capitalized, unquoted: were named Zhejiang Quality Craftsmen.) The name is group 1 of either.
    const quoted = NAMED_AS.exec(text);
    const named = quoted ?? NAMED_HONOUR.exec(text);
    if (named) {
      // (A, …, and B, …, were named …: everyone named before the verb; one who was named, the first.)
      const before = doc.cands.filter((c) => c.label === 'person' && c.start >= s.start && c.end <= s.start + named.index);
      const who = (!quoted && named[0].startsWith('were') ? before : before.slice(0, 1)).map(nameOf);
      if (who.length) {
        const at = s.start + named.index + named[0].indexOf(named[1]!);
        const mention = { start: at, end: at + named[1]!.length, text: t.slice(at, at + named[1]!.length), label: 'award' as const, rule: 'en.award.named' };
        const award: Award = { name: named[1]!, recipients: who, mentions: [mention] };
        scheme = undefined;
        out.push(award);
        const e: Event = { type: 'award', name: named[1]!, trigger: 'named', participants: who.map((n) => ({ name: n, role: 'awardee' as const })), mentions: [{ ...mention, label: 'event', rule: 'en.event.award' }] };
        const date = doc.cands.find((c) => c.label === 'date' && c.start >= s.start && c.end <= s.end)?.date ?? last?.event.date ?? main?.date;
        if (date) e.date = date;
        for (const n of who) addRole(n, 'awardee');
        events.push(e);
      }
    }
    // The prizes were presented by A and B: they present the awards of the ceremony told before.
    const by = PRESENTED_BY.exec(text);
    const ceremony = by ? (last?.ceremony ?? events.filter((e) => e.type === 'ceremony').pop()) : undefined;
    if (by && ceremony) {
      for (const c of doc.cands) {
        if (c.label !== 'person' || c.start < s.start + by.index + by[0].length || c.end > s.end) continue;
        addRole(nameOf(c), 'presenter');
        takePart(ceremony, nameOf(c), 'presenter');
      }
    }
    const presented = PRESENTED.exec(text);
    if (presented) {
      // Tang and Feng presented the … Award: those named before the verb present it.
      const presenters = doc.cands.filter((c) => c.label === 'person' && c.start >= s.start && c.end <= s.start + presented.index).map(nameOf);
      for (const p of presenters) addRole(p, 'presenter');
      const name = presented[2]!.trim();
      const nameAt = s.start + presented.index + presented[0].indexOf(name);
      const mention = { start: nameAt, end: nameAt + name.length, text: name, label: 'award' as const, rule: 'en.award.presented' };
      // (… presented its … Awards at a ceremony at the X Center: the winners are told after; the venue wins nothing.)
      const toWhom = /\sto\s+$/.test(presented[0]);
      // (… to 12 companies at a ceremony at the X Center: the recipients end where the ceremony is told.)
      const after = s.start + presented.index + presented[0].length;
      const atCeremony = AT_CEREMONY.exec(text.slice(after - s.start));
      const award: Award = { name, recipients: toWhom ? within(after, atCeremony ? after + atCeremony.index : s.end) : [], mentions: [mention] };
      const year = /^(\d{4})\s/.exec(name);
      if (year) award.year = Number(year[1]);
      const e: Event = { type: 'award', name, trigger: presented[1]!, participants: [...presenters.map((p) => ({ name: p, role: 'presenter' as const })), ...award.recipients.map((r) => ({ name: r, role: 'awardee' as const }))], mentions: [{ ...mention, label: 'event', rule: 'en.event.award' }] };
      const date = doc.cands.find((c) => c.label === 'date' && c.start >= s.start && c.end <= s.end)?.date ?? main?.date;
      if (date) e.date = date;
      out.push(award);
      events.push(e);
      last = { award, event: e };
      scheme = award.recipients.length ? undefined : last;
      const c = ceremonyAt(text, s.start, e);
      if (c) {
        for (const p of presenters) takePart(c, p, 'presenter');
        if (!events.includes(c)) events.push(c);
        last.ceremony = c;
        held.push([e, c]);
      }
      continue;
    }
    // A won the grand award, while B took the gold award: more recipients of the award told before, each before its verb
    // in its own clause.
    if (last) {
      let from = s.start;
      for (const g of text.matchAll(GRADE_WON)) {
        const clause = text.lastIndexOf(', while ', g.index!) >= 0 ? s.start + text.lastIndexOf(', while ', g.index!) : from;
        for (const r of within(Math.max(from, clause), s.start + g.index!)) joinLast(r, 'awardee');
        from = s.start + g.index! + g[0].length;
      }
    }
    // B, head nurse at C, was honored for …: one more recipient of the award told before, named before the verb.
    const honored = last ? HONORED.exec(text) : null;
    if (honored && last) for (const r of within(s.start, s.start + honored.index).slice(0, 1)) joinLast(r, 'awardee');
    // Winner Ye Qingfang, …; Another winner, Cai Mingyuan, …: one more recipient of the award named before.
    const winner = last ? WINNER_INTRO.exec(text) : null;
    if (winner && last) {
      const p = doc.cands.find((c) => c.label === 'person' && c.start === s.start + winner.index + winner[0].length);
      if (p) joinLast(nameOf(p), 'awardee');
    }
    // The Gold Award went to A, a bakery in X, while Silver Awards were presented to B and C: each award's
    // recipients run to the end of its clause (an apposition after a comma, "while", a semicolon).
    // (… presented the grand award to A: the same, the award named by its grade.)
    const graded = GRADE_PRESENTED.exec(text);
    const tos: RegExpMatchArray[] = [...text.matchAll(AWARD_TO_ALL)];
    if (graded) tos.push(Object.assign([graded[0], graded[2]!, graded[1]!], { index: graded.index }) as unknown as RegExpMatchArray);
    tos.sort((a, b) => a.index! - b.index!);
    let toEnd = 0;
    for (let n = 0; n < tos.length; n++) {
      const to = tos[n]!;
      const after = to.index! + to[0].length;
      const bound = n + 1 < tos.length ? tos[n + 1]!.index! : text.length;
      const cut = CLAUSE_END.exec(text.slice(after, bound));
      toEnd = cut ? after + cut.index : bound;
      // (… went to A, a professor of physics, and B, chief engineer of C: the list goes on after the apposition.)
      let more: [number, number] | undefined;
      if (cut && cut[0].startsWith(',')) {
        const rest = text.slice(toEnd, bound);
        const and = /^[^;]{3,100}?,\s+and\s+(?=[A-Z])/.exec(rest);
        if (and && !/\b(?:while|whereas)\b/.test(and[0])) {
          const from2 = toEnd + and[0].length;
          // (… and B, chief engineer of C Ltd: B's apposition ends the list; C receives nothing.)
          const end2 = /,\s+[a-z]|,\s+(?:a|an|the|which|who|whose|while|whereas|its|their)\b|\s+(?:while|whereas)\b|;/.exec(text.slice(from2, bound));
          more = [s.start + from2, s.start + (end2 ? from2 + end2.index : bound)];
          toEnd = more[1] - s.start;
        }
      }
      readAward(s, text, to, 'to', s.start + after, s.start + (more ? after + cut!.index : toEnd), more);
    }
    const titled = tos.length ? null : TITLE_OF.exec(text);
    if (titled) {
      readAward(s, text, titled, 'titled', s.start, s.start + titled.index);
      continue;
    }
    // A took the Smart Productivity Grand Award …, while B won the Customer Service Grand Award: each award's
    // recipients stand before its verb, after the award told before (and after the recipients of one that went to
    // others: Gold awards went to A and B, while C received the Young Enterprise Award).
    let from = s.start + toEnd;
    for (const won of text.matchAll(AWARD_WON)) {
      if (won.index < toEnd) continue;
      // (… went to A and B, while C received the Young Enterprise Award: C alone, in the clause after "while".)
      const clause = Math.max(text.lastIndexOf(', while ', won.index), text.lastIndexOf('; ', won.index));
      // (Three companies won the X Award: A, B and C — the recipients after the colon.)
      const listed = /^\s*:/.test(text.slice(won.index + won[0].length));
      if (listed) readAward(s, text, won, 'won', s.start + won.index + won[0].length, s.end);
      else readAward(s, text, won, 'won', Math.max(from, clause >= 0 ? s.start + clause : from), s.start + won.index);
      from = s.start + won.index + won[0].length;
    }
  }
  /** One award a sentence tells (went to …, was awarded the title of …, won …), its recipients in [from, until). */
  function readAward(s: { start: number; end: number }, text: string, m: RegExpExecArray | RegExpMatchArray, how: 'to' | 'titled' | 'won', from: number, until: number, more?: readonly [number, number]): void {
    const to = how === 'to';
    const titled = how === 'titled';
    const won = how === 'won';
    // (Read over soft hyphens moved out of words, the name may hold a double space: one.)
    const rawName = (to ? m[1]! : titled ? m[1]! : m[2]!).replace(/^the\s+/i, '').trim();
    const name = rawName.replace(/\s{2,}/g, ' ');
    const nameAt = s.start + m.index! + m[0].indexOf(rawName);
    const inRange = (c: { start: number; end: number }): boolean => (c.start >= from && c.end <= until) || (!!more && c.start >= more[0] && c.end <= more[1]);
    let named = parties.filter(({ c }) => inRange(c) && !(c.start >= nameAt && c.end <= nameAt + name.length));
    // A, 29, founder of B Ltd, received the award: the person before the verb receives it, not the body in their
    // apposition (but A, who …, and the B Team were among the winners: both).
    if (!to) {
      named = named.filter(({ c }) => {
        if (c.label === 'person') return true;
        const p = named.filter(({ c: x }) => x.label === 'person' && x.end <= c.start).pop();
        return !p || /\band\b/.test(t.slice(p.c.end, c.start));
      });
    }
    // On Dec 12, the 46-year-old village doctor was among the recipients: the person the sentences before told of.
    if (won && !named.length && /(?:^|,\s+)[Tt]he\s+\d{1,3}-year-old(?:\s+[a-z-]+){1,3}\s*$/.test(t.slice(from, until))) {
      const told = parties.filter(({ c }) => c.label === 'person' && c.end <= s.start).pop();
      if (told) named = [told];
    }
    const recipients: string[] = [];
    for (const { c } of named) if (!recipients.includes(nameOf(c))) recipients.push(nameOf(c));
    // Twelve engineers … received the award: recipients counted, not named here; they may be named later (Among the
    // winners was …), so the award stands, though only with a verb of receiving and a ceremony or a year to it.
    if (!recipients.length && !(won && (AT_CEREMONY.test(text) || /^\d{4}\s/.test(name)))) return;
    // (The name as the text writes it, soft hyphens included.)
    const nameEnd = wordEnd(t, nameAt + rawName.length);
    const mention = { start: nameAt, end: nameEnd, text: t.slice(nameAt, nameEnd), label: 'award' as const, rule: 'en.award' };
    const award: Award = { name, recipients, mentions: [mention] };
    const year = /^(\d{4})\s/.exec(name);
    if (year) award.year = Number(year[1]);
    out.push(award);
    const e: Event = { type: 'award', name, trigger: to ? m[2]! : titled ? 'awarded' : m[1]!, participants: [], mentions: [{ ...mention, label: 'event', rule: 'en.event.award' }] };
    const date = doc.cands.find((c) => c.label === 'date' && c.start >= s.start && c.end <= s.end)?.date ?? main?.date;
    if (date) e.date = date;
    for (const r of recipients) {
      if (doc.cands.some((c) => c.label === 'person' && nameOf(c) === r)) addRole(r, 'awardee');
      e.participants.push({ name: r, role: 'awardee' });
    }
    if (scheme && GRADE_NAME.test(name)) {
      for (const r of recipients) if (!scheme.award.recipients.includes(r)) scheme.award.recipients.push(r);
      for (const r of recipients) takePart(scheme.event, r, 'awardee');
    } else scheme = undefined; // (an award of its own ends the grades of the awards presented before)
    events.push(e);
    last = { award, event: e };
    // … received the award at a ceremony in Guangzhou on Wednesday: the ceremony is an event of its own.
    const c = ceremonyAt(text, s.start, e);
    if (c) { if (!events.includes(c)) events.push(c); last.ceremony = c; held.push([e, c]); }
  }
  /** The award ceremony a sentence names (at a ceremony in Guangzhou), on the award's day, or undefined. */
  function ceremonyAt(text: string, from0: number, award: Event): Event | undefined {
    const at = AT_CEREMONY.exec(text);
    if (!at) return undefined;
    const from = from0 + at.index;
    // (… presented its 2025 … Awards at a ceremony: the ceremony the events of the sentence already hold.)
    const told = events.find((x) => x.type === 'ceremony' && x.mentions.some((m) => m.start >= from0 && m.end <= from0 + text.length));
    if (told) return told;
    // (Named after the award it gives where the award is named: the 2025 … Awards ceremony.)
    const c: Event = { type: 'ceremony', name: award.name && /[A-Z]/.test(award.name) ? `${award.name} ceremony` : 'award ceremony', trigger: 'ceremony', participants: [], mentions: [{ start: from, end: from + at[0].length, text: at[0], label: 'event', rule: 'en.event.award-ceremony' }] };
    if (award.date) c.date = award.date;
    const end = from0 + text.length;
    const place = doc.cands.find((x) => x.label === 'place' && x.start >= from + at[0].length && x.end <= end && /\bin\s+$/.test(t.slice(Math.max(from0, x.start - 4), x.start)));
    // … at a ceremony held at Tongji University: the body it was held at.
    const venue = place ? undefined : doc.cands.find((x) => (x.label === 'organization' || x.label === 'government') && x.start >= from + at[0].length && x.end <= end && /\b(?:held )?at\s+(?:the\s+)?$/.test(t.slice(Math.max(from0, x.start - 12), x.start)));
    if (place) c.location = t.slice(place.start, place.end);
    else if (venue) c.location = nameOf(venue);
    return c;
  }
  // Presided over the ceremony, told before the award's ceremony was found: that ceremony, its chair one of its own.
  const award = events.find((e) => e.type === 'ceremony' && e.mentions[0]?.rule === 'en.event.award-ceremony');
  const bare = events.find((e) => e.type === 'ceremony' && /^ceremony$/i.test(e.name));
  if (award && bare && (award.mentions[0]?.start ?? Infinity) < (bare.mentions[0]?.start ?? -1)) {
    for (const p of bare.participants) takePart(award, p.name, p.role);
    events.splice(events.indexOf(bare), 1);
  }
  // Those who present and receive an award at its ceremony take part in the ceremony too (the 2025 … Awards at a
  // ceremony in Harbin: its winners are the ceremony's awardees, who presented the trophies its presenter).
  for (const [award, ceremony] of held) for (const p of award.participants) takePart(ceremony, p.name, p.role);
  // An award presented to recipients named nowhere stands only as the event.
  return out.filter((a) => a.recipients.length > 0);
}
