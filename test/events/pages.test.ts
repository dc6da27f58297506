// Events, roles, awards and dates on hand-written pages that exercise every event type, every date form and the
// award patterns. Scored together as a quality gate; misses and extras are printed for reading.
import { describe, expect, it } from 'vitest';
import { parsePage, type Article } from '../../src/index.js';
import { eventPages } from '../helpers/event-pages.js';

const squash = (s = '') => s.replace(/\s+/g, '');
const nameMatch = (got: string, want: string) => {
  const a = squash(got), b = squash(want);
  return a === b || (a.length >= 4 && (a.includes(b) || b.includes(a)));
};

interface Tally { hit: number; want: number; got: number; wrong: number; log: string[] }
const tally = (): Tally => ({ hit: 0, want: 0, got: 0, wrong: 0, log: [] });
const events = tally(), roles = tally(), awards = tally(), dates = tally();

for (const page of eventPages()) {
  const parsed = parsePage(page.raw, { issueDate: page.issueDate });
  for (const want of page.articles) {
    const a: Article | undefined = parsed.articles.find((x) => squash(x.body).startsWith(squash(want.startsWith)));
    const where = `${page.name} «${want.startsWith}»`;
    if (!a) { events.log.push(`${where}: article not found`); events.want += want.events.length; continue; }
    // Events: type and name; extra events that match neither a wanted nor an optional one count as wrong.
    events.want += want.events.length;
    events.got += a.events.length;
    for (const w of want.events) {
      const e = a.events.find((x) => x.type === w.type && nameMatch(x.name, w.name));
      if (e) events.hit++; else events.log.push(`${where}: missing ${w.type} ${w.name}`);
    }
    for (const e of a.events) {
      const ok = [...want.events, ...(want.optionalEvents ?? [])].some((w) => w.type === e.type && nameMatch(e.name, w.name));
      if (!ok) { events.wrong++; events.log.push(`${where}: extra ${e.type} ${e.name}`); }
    }
    // Roles of people.
    const people = [...a.officials, ...a.people];
    for (const [name, rs] of Object.entries(want.roles ?? {})) {
      const p = people.find((x) => x.name === name);
      for (const r of rs) { roles.want++; if (p?.roles.includes(r)) roles.hit++; else roles.log.push(`${where}: ${name} lacks ${r}`); }
    }
    for (const p of people) for (const r of p.roles) {
      roles.got++;
      if (!(want.roles?.[p.name] ?? []).includes(r)) { roles.wrong++; roles.log.push(`${where}: ${p.name} has extra ${r}`); }
    }
    // Awards with recipients.
    for (const w of want.awards ?? []) {
      awards.want++;
      const x = a.awards.find((y) => nameMatch(y.name, w.name));
      if (x && w.recipients.every((r) => x.recipients.includes(r))) awards.hit++; else awards.log.push(`${where}: award ${w.name} → ${w.recipients.join('、')}`);
    }
    awards.got += a.awards.length;
    // Dates: text and resolution.
    for (const w of want.dates ?? []) {
      dates.want++;
      const d = a.dates.find((x) => squash(x.text) === squash(w.text));
      const ok = d && (w.iso === undefined || d.iso === w.iso) && (w.relative === undefined || d.relative === w.relative)
        && (w.from === undefined || d.from === w.from) && (w.year === undefined || d.year === w.year);
      if (ok) dates.hit++; else dates.log.push(`${where}: date ${w.text} ${JSON.stringify(w)} got ${JSON.stringify(d)}`);
    }
  }
}

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
describe('events on hand-written pages', () => {
  it(`finds the events (recall ${pct(events.hit / events.want)}, ${events.wrong} extra of ${events.got})`, () => {
    console.log(events.log.join('\n'));
    expect(events.hit / events.want).toBeGreaterThanOrEqual(0.9);
    expect(events.wrong / Math.max(1, events.got)).toBeLessThanOrEqual(0.1);
  });
  it(`gives people the roles the text says (recall ${pct(roles.hit / roles.want)}, precision ${pct(1 - roles.wrong / Math.max(1, roles.got))})`, () => {
    console.log(roles.log.join('\n'));
    expect(roles.hit / roles.want).toBeGreaterThanOrEqual(0.9);
    expect(1 - roles.wrong / Math.max(1, roles.got)).toBeGreaterThanOrEqual(0.9);
  });
  it(`finds awards with their recipients (${awards.hit}/${awards.want})`, () => {
    console.log(awards.log.join('\n'));
    expect(awards.hit / awards.want).toBeGreaterThanOrEqual(0.7);
  });
  it(`normalizes every date form (${dates.hit}/${dates.want})`, () => {
    console.log(dates.log.join('\n'));
    expect(dates.hit / dates.want).toBeGreaterThanOrEqual(0.95);
  });
});
