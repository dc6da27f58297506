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

describe('a Hong Kong brief and a caption crediting who gave the photo', () => {
  const raw = [
    '周末转凉 新界低见8度',
    '',
    '【本报讯】天文台表示，一股东北季',
    '候风明日抵达，新界部分地区更会',
    '降至八度或以下。',
    '',
    '新翼大楼启用',
    '',
    '【本报讯】医院新翼大楼昨日上午举行',
    '开幕典礼，局长何敏仪主礼。',
    '',
    '■局长何敏仪（中）主持新翼大楼启',
    '用仪式。（医院管理局提供）',
    '',
    '何敏仪致辞时表示，新翼大楼提供二百',
    '张病床。',
    '',
  ].join('\n');
  const page = parsePage(raw, { issueDate: '2026-01-16' });

  it('matches a headline whose figure the story writes in words (8度, 八度)', () => {
    expect(page.articles.map((a) => a.headline)).toEqual(['周末转凉 新界低见8度', '新翼大楼启用']);
  });

  it('leaves a marked caption closed by （某某提供） out of the story, which goes on after it', () => {
    expect(page.unassigned.map((u) => u.text)).toEqual(['■局长何敏仪（中）主持新翼大楼启\n用仪式。（医院管理局提供）']);
    expect(page.articles[1]!.body).toContain('何敏仪致辞时表示');
  });
});
