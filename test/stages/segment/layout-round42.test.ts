// Layouts an English city page written blind in round 42 (a Shenzhen Daily page) printed: a headline whose first
// line ends in a comma, a deck that opens with a figure or holds a semicolon, reporters' addresses tagged with the
// paper's initials, two reporters named alone, a teaser pointing to another page and a pull quote whose speaker
// follows a dash. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';
import { spelledFrom } from '../../../src/stages/segment/english-credits.js';

const page = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-01-09' });

describe('an English story under a three-line headline, a deck and a name with an address', () => {
  const p = page([
    'Metro Line 30 opens,',
    'linking Shajing',
    'and Fuyong',
    '',
    '12 stations, 20.1 km; trains every',
    'six minutes at rush hours',
    '',
    'Lu Wenqi luwenqi_sd@163.com',
    '',
    'The first phase of Metro Line 30 began',
    'operation yesterday morning.',
    '',
  ]);

  it('reads the headline over its comma, the deck as its subheadline, and the name as its byline', () => {
    expect(p.articles.map((a) => [a.headline, a.subheadlines, a.byline])).toEqual([
      ['Metro Line 30 opens, linking Shajing and Fuyong', ['12 stations, 20.1 km; trains every six minutes at rush hours'], ['Lu Wenqi']],
    ]);
    expect(p.articles[0]!.body).toBe('The first phase of Metro Line 30 began operation yesterday morning.');
  });

  it('spells a name from an address with the paper’s tag after it, but not from another name', () => {
    expect(spelledFrom('luwenqi_sd', 'Lu Wenqi')).toBe(true);
    expect(spelledFrom('luwen_sd', 'Lu Wenqi')).toBe(false);
  });
});

describe('two reporters named alone under a deck with a semicolon', () => {
  it('gives the story both names as its byline, and the deck as its subheadline', () => {
    const p = page([
      'Scientists, firms',
      'honored at awards',
      '',
      'Two receive top award;',
      '150 projects recognized',
      '',
      'Xu Mingyu and Tan Yuhai',
      '',
      'Shenzhen presented its science awards on',
      'Wednesday afternoon.',
      '',
    ]);
    expect(p.articles.map((a) => [a.headline, a.subheadlines, a.byline])).toEqual([
      ['Scientists, firms honored at awards', ['Two receive top award; 150 projects recognized'], ['Xu Mingyu', 'Tan Yuhai']],
    ]);
  });
});

describe('page furniture inside an English page', () => {
  const p = page([
    'The new port hall opened on Monday.',
    '',
    'INSIDE',
    'Longgang opens first',
    'flight school >> P3',
    '',
    '“A city’s future is',
    'decided in its',
    'laboratories.”',
    '— Mayor Kang Zhenhai',
    '',
    'Officials said the hall would open daily.',
    '',
  ]);

  it('leaves a teaser that points to another page, and a pull quote under a dash, unassigned, each as one piece', () => {
    expect(p.unassigned.map((u) => u.text.replace(/\s+/g, ' '))).toEqual([
      'INSIDE Longgang opens first flight school >> P3',
      '“A city’s future is decided in its laboratories.” — Mayor Kang Zhenhai',
    ]);
    expect(p.articles.map((a) => a.body.replace(/\s+/g, ' '))).toEqual(['The new port hall opened on Monday. Officials said the hall would open daily.']);
  });
});

describe('a story whose last paragraph ends in a jump line', () => {
  it('keeps the paragraph in the story: long lines are no teaser', () => {
    const p = page(['The new port hall opened on Monday with 20 more counters,', 'officials said, and more will follow. See Page 5', '']);
    expect(p.articles[0]?.body ?? '').toContain('The new port hall opened on Monday');
  });
});
