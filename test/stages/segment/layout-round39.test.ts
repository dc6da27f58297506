// Layouts a Hong Kong page written blind in round 39 (a 文汇报 港闻 page) printed: a deck of two phrases under its
// headline, a subtitle inside a story, and a caption marked ● closed by an unbracketed credit. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const STORY = [
  '两地签科创合作备忘录',
  '',
  '共建跨境研发平台　明年推数据试点',
  '',
  '香港文汇报讯（记者 黄某某 深圳报道）创新科',
  '技及工业局局长梁志强昨日率领',
  '代表团到访深圳前海，在签署仪式',
  '上与深圳方面签署科创合作备忘',
  '录，双方将共建跨境研发平台，明',
  '年推出数据流通试点。',
  '',
  '参观无人机企业',
  '',
  '签署仪式后，代表团参观了位于前海',
  '的无人机企业，了解跨境物流的',
  '最新应用。',
  '',
];

describe('a story with a deck and a subtitle', () => {
  const page = parsePage(STORY.join('\n'), { issueDate: '2025-12-19' });

  it('takes the line over a deck of two phrases for the headline, the deck for its subheadline', () => {
    expect(page.articles.map((a) => [a.headline, a.subheadlines])).toEqual([
      ['两地签科创合作备忘录', ['共建跨境研发平台　明年推数据试点']],
    ]);
  });

  it('keeps a one-line subtitle whose paragraph goes on with the story inside that story', () => {
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.body).toContain('签署仪式后，代表团参观了');
  });

  it('still opens a new article at a one-line headline over a paragraph about something else', () => {
    const brief = [...STORY, '屯门公园翻新完工', '', '屯门公园翻新工程昨日完工，公园', '明日起重新开放，康文署表示新', '增儿童游乐设施。', ''];
    expect(parsePage(brief.join('\n')).articles.map((a) => a.headline)).toEqual(['两地签科创合作备忘录', '屯门公园翻新完工']);
  });
});

describe('a caption marked ●', () => {
  it('is furniture when an unbracketed credit closes it', () => {
    const raw = [...STORY, '●署长陈某某（左二）前日在街市与摊贩倾谈。　香港文汇报记者黄某某 摄', ''].join('\n');
    const page = parsePage(raw);
    expect(page.unassigned.map((u) => u.text)).toContain('●署长陈某某（左二）前日在街市与摊贩倾谈。　香港文汇报记者黄某某 摄');
  });
});
