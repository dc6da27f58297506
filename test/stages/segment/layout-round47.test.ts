// Layouts the pages written blind in round 47 printed. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('an English headline whose last line keeps an article (… wishes city / a \'galloping\' new year)', () => {
  it('is one headline where its deck and byline follow, and the deck is the subheadline', () => {
    const raw = ['CE opens Victoria', 'Park fair, wishes city', "a 'galloping' new year", '', 'Stallholders upbeat as 15 fairs', 'draw crowds before Year of the Horse', '', 'By MARY WONG in Hong Kong', '', 'Chief Executive Lam Chi-yan opened the fair on Wednesday.', ''].join('\n');
    const a = parsePage(raw, { issueDate: '2026-02-13' }).articles;
    expect(a.map((x) => [x.headline, x.subheadlines, x.byline])).toEqual([
      ["CE opens Victoria Park fair, wishes city a 'galloping' new year", ['Stallholders upbeat as 15 fairs draw crowds before Year of the Horse'], ['MARY WONG']],
    ]);
  });

  it('but a short paragraph with an article and no byline after it stays running text', () => {
    const raw = ['Markets rose', 'as investors bought', 'a range of shares', '', 'Analysts expect more gains.', ''].join('\n');
    expect(parsePage(raw, { issueDate: '2026-02-13' }).articles.map((x) => x.headline ?? '')).not.toContain('Markets rose as investors bought a range of shares');
  });
});
