// The seed page (a Wuxi city daily of 2023-06-30, as extracted from its PDF): three articles, one headline printed
// after the last article, and a stray line of page furniture before the first dateline.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';
import { seedPage, squash } from '../../helpers/fixtures.js';
import { expectPageInvariants } from '../../helpers/invariants.js';

const raw = seedPage();
const page = parsePage(raw, { issueDate: '2023-06-30' });
const [economy, awards, youth] = page.articles;

describe('the seed page', () => {
  it('has three articles and keeps its invariants', () => {
    expect(page.articles).toHaveLength(3);
    expectPageInvariants(page);
  });

  it('gives the first article the headline printed at the foot of the page', () => {
    expect(economy!.headline).toBe('杜小刚主持召开全市经济运行分析会');
    const part = economy!.parts.find((p) => p.kind === 'headline')!;
    expect(raw.slice(part.start, part.end)).toBe('杜小刚主持召开全市经济运行分析会');
    expect(part.start).toBeGreaterThan(youth!.end); // printed after the last article
  });

  it('leaves the second article without a headline, and the third with its three-line one', () => {
    expect(awards!.headline).toBeUndefined();
    expect(youth!.headline).toBe('“市校共建·青春乡聚”青年人才助力乡村振兴计划启动');
  });

  it('reads every dateline and byline, names only and in order', () => {
    expect(page.articles.map((a) => a.dateline)).toEqual(['本报讯', '本报讯', '本报讯']);
    expect(page.articles.map((a) => a.byline)).toEqual([['高美梅', '惠晓婧'], ['王怡荻', '刘娟'], ['潘凡']]);
  });

  it('starts and ends each body where the article does', () => {
    expect(economy!.body.startsWith('近日，市委书记杜小刚主持召开')).toBe(true);
    expect(economy!.body.endsWith('切实为高质量发展营造稳定安全环境。')).toBe(true);
    expect(awards!.body.startsWith('6月29日，无锡市质量强市建设')).toBe(true);
    expect(awards!.body.endsWith('公共服务平台进行授牌。')).toBe(true);
    expect(youth!.body.startsWith('6月29日下午，“市校共建·青春乡聚”')).toBe(true);
    expect(youth!.body.endsWith('为宜居宜业和美乡村建设插上蝶变的翅膀。')).toBe(true);
  });

  it('joins column breaks, even across blank lines in mid-sentence', () => {
    expect(economy!.body).toContain('二季度是决定全年经济走势');
    expect(awards!.body).toContain('中国电子系统工程第二建设有限公司');
    expect(awards!.body).toContain('围绕服务保障“465”现代产业集群');
    expect(awards!.body).toContain('全市首批 10 个“465”'); // spaces inside a line are kept
  });

  it('breaks paragraphs only after sentence ends', () => {
    expect(economy!.body.split('\n')).toHaveLength(3);
    expect(awards!.body.split('\n')).toHaveLength(4);
    expect(youth!.body.split('\n')).toHaveLength(3);
  });

  it('leaves the page furniture 二泉月 unassigned, with a warning saying why', () => {
    expect(page.unassigned.map((u) => squash(u.text))).toEqual(['二泉月']);
    expect(page.warnings.map((w) => w.rule)).toContain('segment.headline.no-shared-content');
  });
});
