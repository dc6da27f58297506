// Layouts the pages written blind in round 53 printed: a China Daily front page and a Hong Kong page in 信報
// style. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const parse = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-03-27' });
const firstLines = (page: ReturnType<typeof parse>) => page.unassigned.map((u) => u.text.split('\n')[0]);

describe('an English front page (round 53, written blind)', () => {
  it('reads the masthead\'s lines, the weather box, teasers and the index as furniture, each one piece', () => {
    const page = parse([
      'CHINA DAILY 中国日报', 'GLOBAL EDITION', 'FRIDAY, March 27, 2026', 'Vol. 12 No. 3456 | $2.00 | TOP NEWS', '',
      'HARBIN WEATHER', 'Cloudy to snow, -12-3 C', '',
      'SPORTS', 'Skaters chase', 'home medals', 'Team named for the winter meet', 'in Harbin next week. PAGE 22', '',
      'City vows', 'cleaner rivers', '', 'By LI MING in Harbin', '',
      'The city will clean its rivers this year, Mayor Guo Ming said on Thursday.', '',
      'INSIDE', 'China 2-6 | Opinion 8-9', 'World 10-11 | Sports 22-23',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.headline).toBe('City vows cleaner rivers');
    expect(page.unassigned.map((u) => u.text.replace(/\s+/g, ' '))).toEqual([
      'CHINA DAILY 中国日报', 'GLOBAL EDITION', 'FRIDAY, March 27, 2026', 'Vol. 12 No. 3456 | $2.00 | TOP NEWS',
      'HARBIN WEATHER Cloudy to snow, -12-3 C', 'SPORTS Skaters chase home medals Team named for the winter meet in Harbin next week. PAGE 22',
      'INSIDE China 2-6 | Opinion 8-9 World 10-11 | Sports 22-23',
    ]);
  });

  it('reads a kicker in capitals set apart by a blank line as a subheadline over the headline', () => {
    const { articles: a } = parse([
      'OPENING-UP', '', 'Premier vows', 'wider access', '', 'Services to see further easing', '', 'By LI MING in Beijing', '',
      'China will further open its services sector, Premier Zhao Heng said on Thursday as he opened a forum on open trade.', '',
    ]);
    expect(a.map((x) => [x.headline, x.subheadlines])).toEqual([['Premier vows wider access', ['OPENING-UP', 'Services to see further easing']]]);
  });

  it('reads a pull quote whose speaker in capitals has the post on the line under the name as furniture', () => {
    const page = parse([
      'Premier vows', 'wider access', '', 'By LI MING in Beijing', '', 'China will open wider, Premier Zhao Heng said on Thursday.', '',
      '"Our door will', 'open wider."', 'ZHAO HENG,', 'PREMIER', '', 'Zhao said pilot programs would be extended this year.', '',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(firstLines(page)).toEqual(['"Our door will']);
    expect(page.articles[0]!.body).toContain('pilot programs');
  });

  it('gives an English headline right above its byline to that story though it shares no word with it', () => {
    const { articles: a } = parse([
      'Port city', 'signs pact', '', 'By LI MING in Xiamen', '', 'Xiamen signed a shipping pact with Rotterdam on Wednesday.', '',
      'Factories off', 'to solid start', '', 'By WANG FANG', '', 'Value-added output of major industrial firms rose 6.3 percent in January and February.', '',
    ]);
    expect(a.map((x) => x.headline)).toEqual(['Port city signs pact', 'Factories off to solid start']);
  });
});
