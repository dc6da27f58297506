import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, readFixture } from './fixtures.js';

/** Expected facts of one article of a hand-written page (see test/fixtures/pages/*.expected.json). */
export interface ExpectedArticle {
  headline: string | null;
  subheadlines?: string[];
  dateline: string | null;
  byline: string[];
  bodyStartsWith: string;
  bodyEndsWith: string;
  officials?: { name: string; titles: string[] }[];
  people?: { name: string; titles?: string[]; affiliation?: string }[];
  companies?: string[];
  organizations?: { name: string; aliases?: string[]; kind: string }[];
  places?: { name: string; level?: string }[];
  events?: { type: string; name: string; trigger?: string; date?: string }[];
}

export interface ExpectedPage {
  about: string;
  issueDate: string;
  articleCount: number;
  unassigned: string[];
  articles: ExpectedArticle[];
}

/** Every hand-written page: its name, raw text and expectations. */
export function pages(): { name: string; raw: string; expected: ExpectedPage }[] {
  const dir = join(FIXTURES, 'pages');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      return { name, raw: readFixture(`pages/${f}`), expected: JSON.parse(readFixture(`pages/${name}.expected.json`)) as ExpectedPage };
    });
}
