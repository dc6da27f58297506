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

describe('a Hong Kong page in 香港經濟日報 style (round 52, written blind)', () => {
  it('reads a paragraph whose first lines hold no punctuation, each the column\'s width, as running text, not a headline', () => {
    const { articles: a } = parse([
      '樓價連升三個月', '', '差餉物業估價署昨日公布，2月份私人住宅售價指數按月上升0.8%。', '',
      '西貢周末辦漁港市集', '逾百攤位　旅發局冀吸三萬人', '', '香港旅遊發展局與西貢區', '議會合辦的「西貢漁港市', '集」將於本周六（21日）', '及周日（22日）在西貢海',
      '濱長廊舉行設逾百個本地', '手作攤位，預計吸引約3', '萬人次入場。', '',
    ]);
    expect(a).toHaveLength(2);
    expect(a[1]!.headline).toBe('西貢周末辦漁港市集');
    expect(a[1]!.body.startsWith('香港旅遊發展局與西貢區議會合辦')).toBe(true);
  });

  it('reads a writer\'s credit under the headline (撰文：記者 某某　攝影：某某) as the byline, the photographer left out', () => {
    const { articles: a } = parse(['大澳六十年茶樓', '月底結業', '', '撰文：記者 馬嘉欣　攝影：黎俊文', '', '下午三時，大澳街市街一間茶樓門外已排起長龍。', '']);
    expect(a.map((x) => [x.headline, x.byline])).toEqual([['大澳六十年茶樓月底結業', ['馬嘉欣']]]);
    expect(a[0]!.body.startsWith('下午三時')).toBe(true);
  });

  it('leaves the place reported from out of a credit line\'s names (記者 某某 東莞報道)', () => {
    const { articles: a } = parse(['港商赴莞簽備忘錄', '', '香港物流商會昨日率團到東莞訪問，並簽署合作備忘錄。', '', '記者 韋嘉晴 東莞報道', '']);
    expect(a[0]!.byline).toEqual(['韋嘉晴']);
  });

  it('tells a deck by its width (a much wider line under the headline) and a kicker over a headline with a deck of its own', () => {
    const { articles: a } = parse([
      '房屋局長訪過渡屋', '觀塘住戶盼延長租約及增設托兒服務', '', '房屋局局長昨日到觀塘視察過渡性房屋，並與住戶傾談。', '',
      '港商組團赴深', '跨境電商商會與深圳簽備忘錄', '前海設港貨集散中心　通關縮至半小時', '', '香港跨境電商商會昨日率團到深圳訪問。', '',
    ]);
    expect(a.map((x) => [x.headline, x.subheadlines])).toEqual([
      ['房屋局長訪過渡屋', ['觀塘住戶盼延長租約及增設托兒服務']],
      ['跨境電商商會與深圳簽備忘錄', ['港商組團赴深', '前海設港貨集散中心　通關縮至半小時']],
    ]);
  });
});

describe('briefs under their marks (round 52, written blind)', () => {
  const page = parse([
    '城巴撼貨車　14人傷', '', '一輛城巴昨晚在香港仔海旁道與一輛貨車相撞，車長及13名乘客受傷。城巴發言人表示，公司對事件深表遺憾。運輸署表示，',
    '意外期間有六條巴士路綫需要改道，部分乘客要在黃竹坑站轉乘港鐵，城巴亦已派員到醫院慰問受傷乘客。', '',
    '掃描QR Code　睇更多港聞片段　hket.com', '', '城中快訊', '', '■赤柱周日凌晨停水', '',
    '水務署表示，由於要進行水管維修工程，赤柱一帶將於本周日凌晨1時至早上7時暫停食水供應。', '', '■天文台：明日最低15度', '',
    '香港天文台表示，一道冷鋒今晚會橫過廣東沿岸，本港明日氣溫顯著下降。', '',
  ]);

  it('opens a brief at each headline under a mark, one with a speaker\'s colon too, whatever the story above shares with it', () => {
    expect(page.articles.map((a) => a.headline)).toEqual(['城巴撼貨車　14人傷', '赤柱周日凌晨停水', '天文台：明日最低15度']);
  });

  it('leaves the mark out of the headline, and reads a line to scan a code for the paper\'s videos as furniture', () => {
    expect(page.unassigned.map((u) => u.text)).toEqual(['掃描QR Code　睇更多港聞片段　hket.com', '城中快訊', '■', '■']);
  });
});

describe('what the review of round 52 asked for (layout)', () => {
  it('keeps a two-line headline whole where its first line alone shares no word with the story', () => {
    const { articles: a } = parse(['智能物流股受追捧', '綠程智運首日收升兩成七', '', '【本報訊】綠程智運昨日在港交所上市，首日收市升兩成七，成交額逾三億元。', '']);
    expect(a[0]!.headline).toBe('智能物流股受追捧綠程智運首日收升兩成七');
  });

  it('keeps a dated story whole over the crossheads its ■ marks', () => {
    const { articles: a } = parse([
      '房屋局長談供應', '', '【本報訊】房屋局局長何永賢昨日出席立法會會議，介紹未來五年公營房屋供應。', '', '■公營房屋供應', '',
      '何永賢表示，未來五年公營房屋供應將達十八萬個單位，較過去五年增加一倍。', '', '■北部都會區發展', '', '她又指，北部都會區的房屋用地將於明年推出。', '',
    ]);
    expect(a).toHaveLength(1);
  });

  it('reads a line of text that asks readers to scan a code as text, not furniture', () => {
    const page = parse(['圖書館推電子書', '', '【本報訊】公共圖書館推出電子書平台，市民可', '扫描二维码登录平台借阅电子图书', '首批上線的電子書逾一萬本。', '']);
    expect(page.unassigned).toEqual([]);
  });
});
