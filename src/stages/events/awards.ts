/**
 * Awards and who received them: 甲、乙、丙3家企业被授予X; X获奖企业甲; 为甲等X颁奖; 甲荣获X. An award's name keeps the
 * year and region the text gives it; the fullest form written anywhere in the article wins (首届“某某” written
 * elsewhere as 某某市首届“某某”).
 *
 * @module
 */
import type { Award } from '../../types.js';
import type { Cand, Doc } from '../recognize/index.js';
import type { NameOf } from './index.js';
import { listEnd, sentencesOf, type Piece } from './text.js';
import { MentionRange } from './range.js';

const RECIPIENT = new Set(['company', 'government', 'organization', 'person', 'place']);
/** Where the part of an award name that gives its year, region and edition begins, before `i`. */
function prefixStart(doc: Doc, i: number): number {
  const t = doc.text;
  let j = i;
  for (let moved = true; moved; ) {
    moved = false;
    // (… or a year the date stage reads no day in: 113年度 in Taiwan's Minguo count, 2024年度.)
    const edition = /(?:首届|第[一二三四五六七八九十\d]{1,3}[届次]|(?<!\d)\d{3,4}年度?)$/.exec(t.slice(Math.max(0, j - 6), j));
    if (edition) { j -= edition[0].length; moved = true; continue; }
    const k = doc.endingAt(j);
    const c = k >= 0 ? doc.cands[k]! : undefined;
    if (c && (c.label === 'place' || (c.label === 'date' && c.date?.year !== undefined && c.date.month === undefined))) { j = c.start; moved = true; }
  }
  return j;
}

/** 获某某颁发「某某奖」: the verb and the quoted name (the body between is the presenter). */
const GIVEN = /(?:荣获|获得|获)[^，。；“”「」]{0,20}?(颁发|颁授)的?[“「『]([^”」』，。]{2,40})[”」』]/;
/** 获颁「某某奖」, 荣获「某某奖」: the verb and the quoted name (after a word for its kind too: 获颁个人奖项「某某奖」). */
const GOT = /(?:获颁|荣获|获得|夺得|摘得)(?:个人奖项|团体奖项|奖项|殊荣)?[“「『]([^”」』，。]{2,40})[”」』]/;
/** 甲、乙获绩优企业奖, 丙获「友善职场奖」: 获 alone before an award's name, quoted or ending in 奖 (not 获奖, 获评…). */
const GOT_PLAIN = /获(?![颁得评奖悉批准邀选聘授])(?:[“「『]([^”」』，。]{2,40})[”」』]|([\u4e00-\u9fff]{2,12}?奖)(?![\u4e00-\u9fff]))/;

/** 甲及乙则获颁优异奖, 乙则获颁公营机构及非牟利机构界别金奖: 获颁 before an award's name not in quotation marks. */
const GOT_GIVEN_PLAIN = /获颁([\u4e00-\u9fff]{2,16}?奖)(?![\u4e00-\u9fff])/;
/** 甲获选为今届「杰出青年企业家」: an honour one is chosen for, in quotation marks. */
const CHOSEN_AS = /(?:获选为|当选为|获选|当选)(?:今届|本届|是届|该届)?[“「『]([^”」』，。]{2,40})[”」』]/;

/** {@link GOT_PLAIN}, {@link GOT_GIVEN_PLAIN} or {@link CHOSEN_AS}, with the name, quoted or not, as group 1. */
function gotPlain(clause: string): RegExpExecArray | null {
  const m = GOT_PLAIN.exec(clause) ?? GOT_GIVEN_PLAIN.exec(clause) ?? CHOSEN_AS.exec(clause);
  if (!m) return null;
  if (m[1] === undefined) m[1] = m[2]!;
  return m;
}
/** 获颁「某某奖」的甲: the award, in a relative clause before its recipient. */
const GOT_REL = new RegExp(`${GOT.source}的`);
/** 夺得团体组冠军, 夺得物业管理界别金奖: a placing, with the division or sector it was won in. */
const PLACING = /(?:夺得|获得|荣获|赢得|摘得|勇夺)((?:[^，。、；]{1,8}?(?:组|界别|组别|类别))?(?:冠军|亚军|季军|金奖|银奖|铜奖|[特一二三]等奖))/;
/** A grade of an award, with no division before it: 金奖, 银奖, 一等奖, 特等奖. */
const GRADE = /^(?:(?:大奖|奖项|本届|今届|大会)?(?:[金银铜]奖|[特一二三]等奖))$/; // (大奖金奖: the grade of the award named as 大奖)
/** 金奖得主为…, 银奖颁予…: a grade opening its clause, its winners after (the verb as group 2, 得主 as group 3). */
const GRADE_TO = /^(?:其中|另外|而)?((?:[金银铜]奖|[特一二三]等奖))(?:则|亦|另)?(?:(颁予|颁给|授予)|(得主|得奖者|获奖者)(?:为|是|包括|有))/;
/** 大会另设「某某」奖，由甲获得: the award the clause before names (quoted), its winners between 由 and the verb. */
const SET_AWARD = /[“「『]([^”」』，。]{2,30}奖)[”」』]$|[“「『]([^”」』，。]{2,30})[”」』]奖$/;
const BY_GOT = /^由([^，。；]{2,60}?)(?:获得|夺得|获颁|摘得|荣获)$/;
/** The first award the text names in quotation marks (「2023某某大奖」颁奖典礼). */
const QUOTED_AWARD = /[“「『]([^”」』，。、]{2,30}奖)[”」』]/;
/** An award named before its ceremony without quotation marks (第八届香港智慧制造大奖颁奖典礼). */
const CEREMONY_AWARD = /([^，。、；：「」“”『』的由在]{2,20}?奖)颁奖(?:典礼|礼)/;
/** 新设的某某奖由…夺得: an award without quotation marks whose recipients follow 由. */
const AWARD_BY_BARE = /(?:^|[，的设])([^，。、；：「」“”『』的由]{3,16}奖)由/;

/** The award the article names: the first in quotation marks, else the first named before its ceremony. */
function namedAward(t: string): RegExpExecArray | null {
  return QUOTED_AWARD.exec(t) ?? CEREMONY_AWARD.exec(t);
}

/** 「某某奖」由…: an award whose recipients follow 由. */
const AWARD_BY = /[“「『]([^”」』，。]{2,30}奖)[”」』](?:则|亦|另)?由/;
/** 今届大奖, 该奖项: the award the article names, pointed back to. */
const ARTICLE_AWARD = '(?:今届|本届|是届|是次|该|此|有关)?(?:大奖|奖项)';
/** 今届大奖由…, 该奖项由…: the award named before, its winners after 由. */
const BACK_BY = new RegExp(`${ARTICLE_AWARD}由`);
/** The name of a bare award that is only such a pointer (全场大奖 is an award of its own). */
const ARTICLE_AWARD_NAME = new RegExp(`^${ARTICLE_AWARD}$`);
const VERB_AFTER_BY = /获颁|获得|夺得|摘得|荣获/;
/** 把「某某奖」颁予…, 将「某某奖」授予…: the quoted award and the verb; the recipient follows. */
const GAVE_TO = /[把将][“「『]([^”」』，。]{2,30}奖)[”」』](颁予|颁给|授予|颁发给|颁授予)/;
/** 颁发「某某奖」予甲 (Hong Kong usage): the quoted award, its recipient after 予. */
const GAVE_QUOTED_TO = /(?:颁发|颁授|颁)[“「『]([^”」』，。]{2,30}奖)[”」』](予|给)/;
/** 甲、乙等5间企业获颁大奖: the award the article names, its recipients before the verb. */
const GOT_BACK = /(?:获颁|荣获|获得|夺得|摘得)(?:今届|本届|是届|是次|该|此)?(?:大奖|奖项)(?![\u4e00-\u9fff])/;
/** 同获殊荣, 荣获殊荣: an honour shared, the award named elsewhere in the sentence. */
const HONOUR = /(?:同获|共获|荣获|获得|获此|获)殊荣/;
/** 「某某奖」颁予甲及乙: the quoted award, then the verb; its recipients follow. */
const QUOTED_GIVEN_TO = /[“「『]([^”」』，。]{2,30}奖)[”」』](?:则|亦)?(颁予|颁给|授予)/;
/** 向某某颁发「某某奖」: an award given in the sentence, whose winners a later clause lists. */
const GIVES_QUOTED = /颁发[“「『]([^”」』，。]{2,30}奖)[”」』]/g;
/** 得奖者为, 获奖者是: the recipients follow. */
const WINNERS = /(?:得奖者|获奖者|得主)(?:为|是|包括|有)|另一(?:名|位)?(?:得奖者|获奖者|得主)(?=[\u4e00-\u9fff])/;

function core(name: string): string {
  return name.replace(/^(?:\d{4}年度?)?(?:[\u4e00-\u9fff]{0,6}?[省市县区](?=[\u4e00-\u9fff]{3}))?(?:首届|第[一二三四五六七八九十\d]{1,3}[届次])?/, '');
}

/**
 * Finds awards in a text whose entities are recognized.
 *
 * @example
 * ```ts
 * findAwards(doc, nameOf); // [{ name: '2023年度某某市市长质量奖', recipients: ['某某有限公司'], … }]
 * ```
 */
export function findAwards(doc: Doc, nameOf: NameOf): (Award & { trigger?: string })[] {
  const t = doc.text;
  const found: { name: string; start: number; end: number; recipients: string[]; trigger?: string }[] = [];
  const recipients = new MentionRange(doc.cands, (c) => RECIPIENT.has(c.label));
  const inRange = (from: number, to: number): Cand[] => recipients.within(from, to);
  // The people named there; else the bodies (a place only says where they are).
  const peopleElseBodies = (named: Cand[]): Cand[] => {
    const people = named.filter((x) => x.label === 'person');
    return people.length ? people : named.filter((x) => x.label !== 'place');
  };
  // 乙公司凭某某产品，获颁「某某奖」: the body that opens the clause before `c`, where no one is named in `c` (else none).
  const openerBefore = (s: { clauses: readonly Piece[] }, c: Piece): Cand[] => {
    const k = s.clauses.indexOf(c);
    const opener = k > 0 ? inRange(s.clauses[k - 1]!.start, c.start)[0] : undefined;
    return opener && opener.start === s.clauses[k - 1]!.start && opener.label !== 'place' ? [opener] : [];
  };
  for (const s of sentencesOf(doc, t)) {
    for (const c of s.clauses) {
      const clause = t.slice(c.start, c.end);
      // 甲、乙等5间机构获颁「某某奖」: the quoted award, its recipients before the verb (people, else bodies).
      const got = GOT.exec(clause) ?? gotPlain(clause);
      if (got) {
        const nameStart = c.start + got.index + got[0].lastIndexOf(got[1]!);
        let rec = peopleElseBodies(inRange(c.start, c.start + got.index));
        // 其中甲凭借…，同时获颁「某某奖」: no one before the verb in its clause; the last person of the sentence before.
        if (!rec.length) {
          const before = inRange(s.start, c.start).filter((x) => x.label === 'person');
          if (before.length) rec = [before[before.length - 1]!];
        }
        // 乙公司凭某某产品，获颁「某某奖」: else the body that opens the clause before.
        if (!rec.length) rec = openerBefore(s, c);
        if (rec.length) found.push({ name: got[1]!, start: nameStart, end: nameStart + got[1]!.length, recipients: rec.map(nameOf), trigger: clause.slice(got.index, got.index + 2) });
      }
      // 今年获颁「某某奖」的甲: the person right after the relative clause's 的 received it.
      const rel = GOT_REL.exec(clause);
      if (rel) {
        const after = c.start + rel.index + rel[0].length;
        // (A title may stand between, in a few Han characters: 获颁「某某奖」的退休教师甲.)
        const p = inRange(after, c.end).find((x) => x.label === 'person' && x.start - after <= 8 && /^[\u4e00-\u9fff]*$/.test(t.slice(after, x.start)));
        const nameStart = c.start + rel.index + rel[0].indexOf(rel[1]!);
        if (p) found.push({ name: rel[1]!, start: nameStart, end: nameStart + rel[1]!.length, recipients: [nameOf(p)], trigger: rel[0].slice(0, 2) });
      }
      // 金奖得主为甲及乙；银奖颁予丙及丁: a grade of the award the article names; its winners, people or bodies.
      const grade = GRADE_TO.exec(clause);
      if (grade) {
        const nameStart = c.start + grade.index + grade[0].indexOf(grade[1]!);
        const rec = peopleElseBodies(inRange(c.start + grade.index + grade[0].length, c.end));
        if (rec.length) found.push({ name: grade[1]!, start: nameStart, end: nameStart + grade[1]!.length, recipients: rec.map(nameOf), ...(grade[2] ? { trigger: grade[2] } : {}) });
      }
      // 大会另设「某某」奖，由甲获得: the award set in the clause before, its winner in this one.
      const byGot = BY_GOT.exec(clause);
      const k0 = s.clauses.indexOf(c);
      const setIn = byGot && k0 > 0 ? SET_AWARD.exec(t.slice(s.clauses[k0 - 1]!.start, s.clauses[k0 - 1]!.end)) : null;
      if (byGot && setIn) {
        const prev = s.clauses[k0 - 1]!;
        const name = setIn[1] ?? setIn[2]!;
        const nameStart = prev.start + setIn.index + 1;
        const rec = peopleElseBodies(inRange(c.start + 1, c.end));
        if (rec.length) found.push({ name, start: nameStart, end: nameStart + name.length, recipients: rec.map(nameOf), trigger: clause.slice(clause.length - 2) });
      }
      // 甲夺得团体组冠军, 乙获得个人组冠军: a placing in a contest is an award of its own.
      const placing = PLACING.exec(clause);
      if (placing) {
        const nameStart = c.start + placing.index + placing[0].length - placing[1]!.length;
        let rec = peopleElseBodies(inRange(c.start, c.start + placing.index));
        // 甲及其团队，凭…，在「某某大奖」颁奖礼上夺得金奖: no one in its clause; the last person of the sentence before.
        if (!rec.length) rec = inRange(s.start, c.start).filter((x) => x.label === 'person');
        // 乙公司凭旗下…计划，连续第三年夺得某界别金奖: else the body that opens the clause before.
        if (!rec.length) rec = openerBefore(s, c);
        if (rec.length) found.push({ name: placing[1]!, start: nameStart, end: nameStart + placing[1]!.length, recipients: [nameOf(rec[rec.length - 1]!)] });
      }
      // 「某某奖」由甲及乙等10人获颁 / 由某某学生乙夺得: the recipients between 由 and the verb. 今届大奖由甲、乙及丙夺得:
      // the same for the award the article names elsewhere, the mention being 今届大奖.
      const bare = AWARD_BY_BARE.exec(clause);
      // (全场大奖由…夺得 names an award of its own; 今届大奖由… the article's.)
      const by = AWARD_BY.exec(clause) ?? (bare && !ARTICLE_AWARD_NAME.test(bare[1]!) ? bare : null);
      const back = by ? null : BACK_BY.exec(clause);
      const backName = back ? namedAward(t) : null;
      const byMatch = by ?? (backName ? back : null);
      if (byMatch) {
        const at = c.start + byMatch.index;
        const name = by ? by[1]! : backName![1]!;
        const nameStart = by ? at + by[0].indexOf(by[1]!) : at;
        const nameEnd = by ? nameStart + by[1]!.length : at + byMatch[0].length - 1;
        const from = at + byMatch[0].length;
        const verb = VERB_AFTER_BY.exec(clause.slice(byMatch.index + byMatch[0].length));
        const rec = verb ? peopleElseBodies(inRange(from, from + verb.index)) : [];
        if (rec.length) found.push({ name, start: nameStart, end: nameEnd, recipients: rec.map(nameOf), trigger: verb![0] });
      }
      // 甲…，获某某学会颁发「某某奖」: the quoted award; its recipients before 获, or the last person of the sentence
      // before the clause.
      const given = GIVEN.exec(clause);
      if (given) {
        const nameStart = c.start + given.index + given[0].length - given[2]!.length - 1;
        let rec = peopleElseBodies(inRange(c.start, c.start + given.index));
        if (!rec.length) {
          const before = inRange(s.start, c.start).filter((x) => x.label === 'person');
          if (before.length) rec = [before[before.length - 1]!];
        }
        // 乙公司凭某某产品，获颁「某某奖」: else the body that opens the clause before.
        if (!rec.length) rec = openerBefore(s, c);
        if (rec.length) found.push({ name: given[2]!, start: nameStart, end: nameStart + given[2]!.length, recipients: rec.map(nameOf), trigger: given[1]! });
      }
      // 甲、乙3家企业被授予X / 甲荣获X
      for (const verb of ['被授予', '荣获', '被评为', '获评', '获']) {
        const k = clause.indexOf(verb);
        if (k < 0 || got || given) continue;
        // 获 alone only before a quoted honour and 称号 (获第三届“某某工匠”荣誉称号).
        if (verb === '获' && (!/”(?:荣誉)?称号$/.test(clause) || /获[评得奖]|荣获|获颁/.test(clause))) continue;
        const nameStart = c.start + k + verb.length;
        let nameEnd = c.end;
        if (t.slice(nameEnd - 4, nameEnd) === '荣誉称号') nameEnd -= 4;
        else if (t.slice(nameEnd - 2, nameEnd) === '称号') nameEnd -= 2;
        // People named there are the recipients; a company before a person's title is only their affiliation.
        const named = inRange(c.start, c.start + k);
        // People first; else bodies; a place only where nothing else is named (a place inside a list of companies is
        // their region).
        const persons = named.filter((x) => x.label === 'person');
        const bodies = named.filter((x) => x.label !== 'person' && x.label !== 'place');
        const rec = (persons.length ? persons : bodies.length ? bodies : named).map(nameOf);
        if (rec.length && nameEnd - nameStart >= 3) {
          found.push({ name: t.slice(nameStart, nameEnd), start: nameStart, end: nameEnd, recipients: rec, ...(verb === '被授予' ? { trigger: '授予' } : {}) });
        }
      }
      // 另一名得奖者为甲: more recipients of the award named before; 今届大奖得主包括甲、乙，以及丙公司: the recipients of
      // the award the article quotes, the list running on over ，以及.
      // 十位企业家获奖，包括甲、乙，以及丙: the list in the next clause names the winners.
      const next = s.clauses[s.clauses.indexOf(c) + 1];
      const wonThen = /获奖(?:者)?$/.test(clause) && next ? /^(?:包括|有|分别是|分别为|计有)/.exec(t.slice(next.start, next.end)) : null;
      const winners = wonThen ? Object.assign([wonThen[0]], { index: next!.start - c.start + wonThen.index }) as unknown as RegExpExecArray : grade ? null : WINNERS.exec(clause);
      const quotedFirst = winners && !found.length ? namedAward(t) : null;
      if (winners && (found.length || quotedFirst)) {
        const to = listEnd(t, s.clauses, s.clauses.indexOf(c) + (wonThen ? 1 : 0));
        const named = inRange(c.start + winners.index + winners[0].length, to);
        // People, and companies; a university they come from (来自某大学的甲) is no recipient.
        // (A company right before a title is the affiliation of the person named after it.)
        const affiliation = (x: Cand): boolean => { const k = doc.startingAt(x.end); return k >= 0 && doc.cands[k]!.label === 'title'; };
        const rec = named.filter((x) => x.label === 'person' || (x.label === 'company' && !affiliation(x)));
        // (大会另向十家中小企颁发「优异奖」，得奖者包括甲及乙: the award the sentence gives just before its winners.)
        let given: RegExpExecArray | undefined;
        for (const m of t.slice(s.start, c.start + winners.index).matchAll(GIVES_QUOTED)) given = m;
        if (given) {
          const at = s.start + given.index + given[0].indexOf(given[1]!);
          if (rec.length) found.push({ name: given[1]!, start: at, end: at + given[1]!.length, recipients: rec.map(nameOf), trigger: '颁发' });
        } else if (quotedFirst) {
          const at = c.start + winners.index;
          if (rec.length) found.push({ name: quotedFirst[1]!, start: at, end: at + winners[0].length, recipients: rec.map(nameOf) });
        } else {
          const last = found[found.length - 1]!;
          for (const r of rec.filter((x) => x.label === 'person')) if (!last.recipients.includes(nameOf(r))) last.recipients.push(nameOf(r));
        }
      }
      // 「最佳科技创新奖」颁予甲及乙: the quoted award, then the verb, its recipients after it (people, else bodies).
      const givenTo = QUOTED_GIVEN_TO.exec(clause);
      if (givenTo && !/[把将]$/.test(clause.slice(0, givenTo.index))) {
        const nameStart = c.start + givenTo.index + 1;
        const rec = peopleElseBodies(inRange(c.start + givenTo.index + givenTo[0].length, c.end));
        if (rec.length) found.push({ name: givenTo[1]!, start: nameStart, end: nameStart + givenTo[1]!.length, recipients: rec.map(nameOf), trigger: givenTo[2]! });
      }
      // 大会把「某某奖」颁予甲, 将「某某奖」授予乙: the quoted award, its recipient after the verb.
      const gave = GAVE_TO.exec(clause);
      // (大会另颁发「某某奖」予甲: the same, in Hong Kong usage.)
      const gaveTo = gave ?? GAVE_QUOTED_TO.exec(clause);
      if (gaveTo) {
        const nameStart = c.start + gaveTo.index + gaveTo[0].indexOf(gaveTo[1]!);
        const after = c.start + gaveTo.index + gaveTo[0].length;
        let rec = inRange(after, c.end).filter((x) => x.label === 'person');
        if (!rec.length) rec = inRange(after, c.end).filter((x) => x.label === 'company' || x.label === 'organization');
        if (rec.length) found.push({ name: gaveTo[1]!, start: nameStart, end: nameStart + gaveTo[1]!.length, recipients: rec.slice(0, 1).map(nameOf), trigger: gave ? gave[2]! : '颁发' });
      }
      // 甲、乙及丙5间企业获颁大奖: the award the article names, its recipients before the verb (people, else bodies).
      const gotBack = got ? null : GOT_BACK.exec(clause);
      const backAward = gotBack ? namedAward(t) : null;
      if (gotBack && backAward) {
        const rec = peopleElseBodies(inRange(c.start, c.start + gotBack.index));
        const at = c.start + gotBack.index;
        if (rec.length) found.push({ name: backAward[1]!, start: at, end: at + gotBack[0].length, recipients: rec.map(nameOf), trigger: gotBack[0].slice(0, 2) });
      }
      // 甲在「某某奖」颁奖典礼上，与乙及丙等同获殊荣: the award the sentence quotes (else the article's), its
      // recipients the companies named before the verb (else the people).
      const honour = HONOUR.exec(clause);
      if (honour) {
        const inSentence = QUOTED_AWARD.exec(t.slice(s.start, c.start + honour.index));
        const award = inSentence ?? namedAward(t);
        const named = inRange(s.start, c.start + honour.index);
        const companies = named.filter((x) => x.label === 'company');
        const rec = companies.length ? companies : named.filter((x) => x.label === 'person');
        const at = inSentence ? s.start + inSentence.index + 1 : c.start + honour.index;
        if (award && rec.length) found.push({ name: award[1]!, start: at, end: inSentence ? at + award[1]!.length : at + honour[0].length, recipients: rec.map(nameOf), trigger: honour[0].slice(0, 2) });
      }
      // X获奖企业甲
      const h = clause.indexOf('获奖企业');
      if (h > 0) {
        const after = inRange(c.start + h + 4, c.end)[0];
        if (after && after.start === c.start + h + 4) found.push({ name: clause.slice(0, h), start: c.start, end: c.start + h, recipients: [nameOf(after)] });
      }
      // 为甲等X颁奖, 为甲等X授牌
      for (const verb of ['颁奖', '授牌']) {
        const w = clause.lastIndexOf(verb);
        const wei = w > 0 ? clause.lastIndexOf('为', w) : -1;
        if (w <= 0 || wei < 0) continue;
        const deng = clause.indexOf('等', wei);
        const between = inRange(c.start + wei, c.start + (deng > wei ? deng : w));
        // People named there are the recipients; a company before a person's title is only their affiliation.
        let rec = (between.some((x) => x.label === 'person') ? between.filter((x) => x.label === 'person') : between).map(nameOf);
        if (!rec.length && deng > wei + 3 && deng - wei <= 20) rec = [clause.slice(wei + 1, deng)];
        let nameStart = deng + 1;
        const counted = /^(?:全[市省区县国])?(?:首批|第[一二三四五六七八九十\d]+批)?\s*\d*\s*[个家名位所批]*/.exec(clause.slice(nameStart, w));
        if (counted) nameStart += counted[0].length;
        const wEnd = clause.slice(0, w).endsWith('进行') ? w - 2 : w;
        if (deng > wei && deng < w && rec.length && wEnd - nameStart >= 2) {
          found.push({ name: clause.slice(nameStart, wEnd), start: c.start + nameStart, end: c.start + wEnd, recipients: rec, trigger: verb });
        }
      }
    }
  }
  // 甲奪得金獎 at the ceremony of 「某某大獎」: a bare grade (金奖, 二等奖, no division) is a grade of the award the
  // article names in quotation marks, and its winners are that award's recipients.
  const quoted = namedAward(t);
  if (quoted) for (const f of found) if (GRADE.test(f.name)) f.name = quoted[1]!;
  // Merge by core name; the fullest written form wins.
  const byCore = new Map<string, Award & { trigger?: string }>();
  const fullest = new Map<string, string>();
  for (const f of found) {
    // A fuller form of the name written elsewhere: its prefix of year, place or edition (once per distinct name).
    let name = fullest.get(f.name);
    if (name === undefined) {
      name = f.name;
      let seen = 0;
      for (let i = t.indexOf(f.name); i >= 0 && seen < 50; i = t.indexOf(f.name, i + 1), seen++) {
        const j = prefixStart(doc, i);
        if (i - j + f.name.length > name.length) name = t.slice(j, i) + f.name;
      }
      fullest.set(f.name, name);
    }
    const key = core(name).replace(/[“”"]/g, '');
    const award = byCore.get(key) ?? byCore.set(key, { name, recipients: [], mentions: [] }).get(key)!;
    if (f.trigger && !award.trigger) award.trigger = f.trigger;
    if (name.length > award.name.length) award.name = name;
    for (const r of f.recipients) if (!award.recipients.includes(r)) award.recipients.push(r);
    const y = /^(\d{4})年/.exec(award.name);
    if (y) award.year = Number(y[1]);
    award.mentions.push({ start: f.start, end: f.end, text: t.slice(f.start, f.end), label: 'award', rule: 'award.pattern' });
  }
  return [...byCore.values()];
}
