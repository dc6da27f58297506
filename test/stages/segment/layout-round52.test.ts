// Layouts the pages written blind in round 52 printed: a Shanghai Daily METRO page and a Hong Kong page in
// 香港經濟日報 style. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const parse = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-03-20' });

describe('an English city page (round 52, written blind)', () => {
  it('reads a kicker in capitals over a headline as a subheadline, the headline under it as the headline', () => {
    const { articles: a } = parse([
      'A4 | METRO', '', 'HARBOUR WORKS', 'City vows', 'cleaner harbour', 'for residents', '', 'Dredging plan covers piers,',
      'seawalls and drainage outfalls', '', 'By Wen Jia and Lu Pei', '',
      'The city will dredge its harbour this year, Mayor Guo Ming said at a citywide meeting yesterday.', '',
    ]);
    expect(a).toHaveLength(1);
    expect(a[0]!.headline).toBe('City vows cleaner harbour for residents');
    expect(a[0]!.subheadlines).toEqual(['HARBOUR WORKS', 'Dredging plan covers piers, seawalls and drainage outfalls']);
  });

  it('reads a pull quote whose speaker stands in lower case on a line of their own, the post under it, as furniture', () => {
    const page = parse([
      'City vows', 'cleaner harbour', '', 'By Wen Jia', '', 'The city will dredge its harbour this year, Mayor Guo Ming said.', '',
      '"Clean water is', 'everyone\'s business."', 'Guo Ming', 'Mayor of Haicheng', '',
      'He told residents that "clean water is everyone\'s business".', '',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.unassigned.map((u) => u.text.split('\n')[0])).toEqual(['"Clean water is']);
    expect(page.articles[0]!.body).not.toContain('Mayor of Haicheng');
  });
});
