// Layouts the pages written blind in round 43 printed: a Hong Kong story opened by its reporter in brackets with no
// 报道 (【记者 某某】) under a headline and a deck whose speaker is an office (渠务署：…). Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('a story opened by its reporter in brackets, under a headline and an office\'s deck', () => {
  const raw = [
    '议员视察乡村水浸黑点',
    '',
    '渠务署：新泵房明年完工',
    '',
    '【记者 梁嘉琪】北区区议员前日上午',
    '视察河边村一带的水浸黑点，了解排',
    '洪设施的工程进度。渠务署表示，新泵',
    '房明年完工。',
    '',
  ].join('\n');
  const [a, ...rest] = parsePage(raw, { issueDate: '2026-01-16' }).articles;

  // (The deck stands between blank lines: it is the story's because the story speaks of the same office and works.)
  it('is one story: the headline, the office\'s words as its deck, and the reporter as its byline', () => {
    expect(rest).toEqual([]);
    expect([a!.headline, a!.subheadlines, a!.byline]).toEqual(['议员视察乡村水浸黑点', ['渠务署：新泵房明年完工'], ['梁嘉琪']]);
    expect(a!.body.startsWith('北区区议员前日上午')).toBe(true);
  });

  it('takes no column label in brackets for a reporter (【记者手记】)', () => {
    const page = parsePage(['【记者手记】这一天，村民早早来到村口。', ''].join('\n'));
    expect(page.articles.flatMap((x) => x.byline)).toEqual([]);
  });
});

describe('an English city page (Shanghai Daily style)', () => {
  const raw = [
    'CITY DAILY | Friday, January 16, 2026 | NATION | A5',
    '',
    'Editor: Lin Wei',
    '',
    'Port chief urges',
    'safety on new',
    'terminal project',
    '',
    'By HE LINA in Ningbo | China Daily |',
    '',
    'He Kang, Party secretary of the port,',
    'inspected the new terminal project on',
    'Wednesday, urging builders to keep the',
    'project on schedule.',
    '',
    '9 firms, 4 people win',
    'city design awards',
    '',
    'Mo Jiayi',
    '',
    'The city presented its design awards to',
    'nine companies and four people on',
    'Tuesday.',
    '',
    'example.cn | A5',
    '',
  ].join('\n');
  const page = parsePage(raw, { issueDate: '2026-01-16' });

  it('leaves the editor\'s line and the web address with the page number to the page, not to a headline', () => {
    expect(page.unassigned.map((u) => u.text)).toEqual(['CITY DAILY | Friday, January 16, 2026 | NATION | A5', 'Editor: Lin Wei', 'example.cn | A5']);
    expect(page.articles[0]!.headline).toBe('Port chief urges safety on new terminal project');
  });

  it('reads a short line opening with a figure after a blank line as a headline (9 firms, 4 people win)', () => {
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['Port chief urges safety on new terminal project', ['HE LINA']],
      ['9 firms, 4 people win city design awards', ['Mo Jiayi']],
    ]);
  });
});
