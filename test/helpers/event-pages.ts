import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, readFixture } from './fixtures.js';
import type { DateValue, Role } from '../../src/index.js';

/** Expected events, roles, awards and dates of one article of a hand-written event page. */
export interface ExpectedEventArticle {
  startsWith: string;
  events: { type: string; name: string; trigger?: string; date?: Partial<DateValue>; location?: string; participants?: { name: string; role: Role }[] }[];
  notEvents?: string[];
  roles?: Record<string, Role[]>;
  awards?: { name: string; recipients: string[] }[];
  dates?: Partial<DateValue>[];
  optionalEvents?: { type: string; name: string }[];
}

/** Every page under test/fixtures/events. */
export function eventPages(): { name: string; raw: string; issueDate: string; articles: ExpectedEventArticle[] }[] {
  const dir = join(FIXTURES, 'events');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const name = f.replace(/\.txt$/, '');
    const expected = JSON.parse(readFixture(`events/${name}.expected.json`)) as { issueDate: string; articles: ExpectedEventArticle[] };
    return { name, raw: readFixture(`events/${f}`), issueDate: expected.issueDate, articles: expected.articles };
  });
}
