// Layouts a Hong Kong page written blind in round 40 (a 星岛日报 港闻 page) printed: a paragraph of full-width lines
// cut by a blank line in the middle of a company's name, and an advertisement's teaser line right before a story
// whose headline is printed elsewhere. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const SIGNING = [
  '宏远数码伙港湾物流',
  '合建智能仓储中心',
  '',
  '本报讯（记者 区某某）本地科技',
  '企业与物流集团携手抢占跨境电商',
  '商机。宏远数码科技（香港）有限',
  '公司与港湾物流集团有限公司日前',
  '签署策略合作协议，预计明年第三',
  '季投入运作。',
  '',
  '协议由宏远数码科技（香港）有限',
  '公司行政总裁郑某某与港湾物流集',
  '',
  '团有限公司董事总经理区某某代表',
  '双方签署。根据协议，宏远数码将',
  '提供自动分拣系统。',
  '',
];

describe('a paragraph cut by a blank line inside a name', () => {
  const page = parsePage(SIGNING.join('\n'), { issueDate: '2025-12-26' });

  it('keeps two full-width lines that end in the middle of a company name in the story, not as a headline', () => {
    expect(page.articles.map((a) => a.headline)).toEqual(['宏远数码伙港湾物流合建智能仓储中心']);
    expect(page.articles[0]!.companies.map((c) => c.name)).toContain('港湾物流集团有限公司');
  });

  it('still opens a brief at two short lines between blank lines', () => {
    const brief = [...SIGNING, '元旦倒数', '尖沙咀封路', '', '运输署昨日公布，为配合除夕倒数', '活动，尖沙咀部分路段将封闭。', ''];
    expect(parsePage(brief.join('\n'), { issueDate: '2025-12-26' }).articles.map((a) => a.headline)).toEqual(['宏远数码伙港湾物流合建智能仓储中心', '元旦倒数尖沙咀封路']);
  });
});

describe('an advertisement teaser', () => {
  it('is page furniture, not the headline of the story under it', () => {
    const raw = ['▶圣诞限定 订阅本报电子版首月$1', '', '【本报讯】深水埗区首个「街坊客', '厅」上周五在石硖尾邨正式开幕。', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2025-12-26' });
    expect(page.unassigned.map((u) => u.text)).toEqual(['▶圣诞限定 订阅本报电子版首月$1']);
    expect(page.articles.map((a) => a.headline)).toEqual([undefined]);
  });
});

describe('a caption marked ■', () => {
  it('is furniture over five lines, closed by an unbracketed credit', () => {
    const raw = ['邓志恒视察口岸', '', '【本报讯】保安局局长邓志恒昨日视察罗湖管制站。', '', '■保安局局长邓志恒（中）在入', '境事务处处长杨振邦（左）陪同', '下，视察罗湖管制站的旅客轮候', '情况。', '记者何俊杰摄', '', '邓志恒先到罗湖管制站，听取人员讲解。（记者 何俊杰）', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2025-12-26' });
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.body).not.toContain('陪同下');
    expect(page.articles[0]!.people.map((p) => p.name)).not.toContain('何俊杰');
  });
});
