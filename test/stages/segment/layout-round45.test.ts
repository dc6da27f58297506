// Layouts the pages written blind in round 45 printed: a Hong Kong page header whose paper's name is followed by its
// name in capitals. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('a page header with the paper\'s name in capitals after it (A4 要聞 某某報 SOME PAPER 2026年1月30日)', () => {
  it('is page furniture, and the headline under it heads the first story', () => {
    const raw = ['A4　要聞　　　香港晨報　MORNING POST　　　2026年1月30日（星期五）', '', '公屋新一期下月接受申請', '', '【本報訊】房屋局局長陳立文昨日表示，新一期公屋下月接受申請。', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-01-30' });
    expect(page.articles.map((a) => a.headline)).toEqual(['公屋新一期下月接受申請']);
    expect(page.unassigned.map((u) => u.text)).toEqual(['A4　要聞　　　香港晨報　MORNING POST　　　2026年1月30日（星期五）']);
  });
});

describe('a paper credited in capitals on its own line after a brief (CHINA DAILY)', () => {
  it('closes the brief with an empty byline, as XINHUA does; a reporter in capitals is the byline', () => {
    const raw = ['BRIEFS', '', 'Parts maker names new president', '', 'Chongqing Shanjia Auto Parts Group appointed Ran Haiming as president on Wednesday.', '', 'CHINA DAILY', '', 'Chipmaker to list on STAR Market', '', 'Anhui Qiaoxin Semiconductor Co Ltd will list next month.', '', 'XU LIN', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-01-30' });
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['Parts maker names new president', []],
      ['Chipmaker to list on STAR Market', ['XU LIN']],
    ]);
  });
});

describe('an agency alone on its line after a blank line (XINHUA; round 46)', () => {
  it('closes the brief above, so the next brief keeps its headline', () => {
    const raw = ['IN BRIEF', '', 'New vice-minister of water resources', '', 'The State Council on Wednesday appointed Feng Jiaming as vice-minister of water resources.', '', 'XINHUA', '', 'Bulletin ranks 2025 among warmest years', '', 'China\'s average temperature last year was 10.9 C, the bulletin said.', '', 'QIN RUOLIN', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-02-06' });
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['New vice-minister of water resources', []],
      ['Bulletin ranks 2025 among warmest years', ['QIN RUOLIN']],
    ]);
  });
});

describe('a Hong Kong deck whose second phrase quotes a firm (港铁：…), and the paper\'s website under a mark (round 46)', () => {
  it('keeps the headline and its deck over the story, and the website is furniture', () => {
    const raw = ['屯门南延线工程完成逾四成', '议员促加密轻铁　港铁：研调整班次', '', '【本报讯】立法会交通事务委员会昨日举行会议，听取港铁公司汇报屯门南延线的工程进度，议员促加密轻铁班次。', '', '■星岛头条网　www.stheadline.com', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-02-06' });
    expect(page.articles.map((a) => [a.headline, a.subheadlines])).toEqual([['屯门南延线工程完成逾四成', ['议员促加密轻铁　港铁：研调整班次']]]);
    expect(page.unassigned.map((u) => u.text)).toEqual(['■星岛头条网　www.stheadline.com']);
  });
});

describe('a headline whose speaker is a short subject, alone over a dateline (中大研究：…; round 46)', () => {
  it('heads the story under it instead of ending the story above', () => {
    const raw = ['文凭试4月10日开考', '', '【本报讯】考评局昨日公布，文凭试4月10日开考，7月15日放榜。', '', '中大研究：日行六千步减认知障碍风险', '', '【本报讯】香港中文大学医学院昨日公布一项研究结果，发现每日步行六千步可减低认知障碍风险。', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-02-06' });
    expect(page.articles.map((a) => a.headline)).toEqual(['文凭试4月10日开考', '中大研究：日行六千步减认知障碍风险']);
  });
});
