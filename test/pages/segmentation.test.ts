// Hand-written pages that vary the layout (see each page's "about"): datelines, bylines, headlines printed away from
// their article, page furniture, CRLF input, a page with no dateline. Each is checked for its structure.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/index.js';
import { squash } from '../helpers/fixtures.js';
import { expectPageInvariants } from '../helpers/invariants.js';
import { pages } from '../helpers/pages.js';

describe.each(pages())('$name', ({ raw, expected }) => {
  const page = parsePage(raw, { issueDate: expected.issueDate });

  it('keeps the page invariants', () => expectPageInvariants(page));

  it(`finds ${expected.articleCount} articles`, () => {
    expect(page.articles.map((a) => a.headline ?? a.body.slice(0, 12))).toHaveLength(expected.articleCount);
  });

  it('leaves page furniture unassigned', () => {
    expect(page.unassigned.map((u) => squash(u.text))).toEqual(expected.unassigned.map(squash));
  });

  expected.articles.forEach((want, k) => {
    it(`article ${k + 1}: headline, dateline, byline and body bounds`, () => {
      const a = page.articles[k]!;
      expect(a.headline ?? null).toBe(want.headline);
      expect(a.subheadlines).toEqual(want.subheadlines ?? []);
      expect(a.dateline ?? null).toBe(want.dateline);
      expect(a.byline).toEqual(want.byline);
      expect(a.body.startsWith(want.bodyStartsWith), `body starts ${a.body.slice(0, 20)}`).toBe(true);
      expect(a.body.endsWith(want.bodyEndsWith), `body ends ${a.body.slice(-20)}`).toBe(true);
    });
  });
});
