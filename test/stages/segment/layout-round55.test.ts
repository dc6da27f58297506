// Layouts the pages written blind in round 55 printed: an English Shenzhen Daily CITY page and a Hong Kong page in
// the style of the free daily 頭條日報. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const english = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-04-10' });

describe('an English Shenzhen Daily CITY page (round 55, written blind)', () => {
  it('reads a reporter\'s name with the address spelled from the given name alone, and reporters joined by "&", as bylines', () => {
    const page = english([
      'Parks open', 'longer hours', '', 'Qin Haowen  haowen@szdaily.cn', '', 'City parks will stay open until 11 pm from next month, the bureau said yesterday.', '',
      'Buses go', 'electric', '', 'Mo Lijun & Shi Kaiyu', '', 'All buses in Futian now run on batteries, the operator said yesterday.', '',
      'Libraries add', 'night reading', '', 'Bai Ruoxi', 'ruoxi@szdaily.cn', '', 'Three libraries will open at night, the city said yesterday.',
    ]);
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['Parks open longer hours', ['Qin Haowen']],
      ['Buses go electric', ['Mo Lijun', 'Shi Kaiyu']],
      ['Libraries add night reading', ['Bai Ruoxi']],
    ]);
  });

  it('reads a reporter\'s name and address after a story\'s last sentence as the byline that closes it', () => {
    const page = english([
      'Fire hits', 'workshop', '', 'A fire gutted a workshop in Shajing early yesterday, injuring two workers.', '',
      'Qin Haowen  haowen@szdaily.cn', '', 'CITY BRIEFS', '', 'Metro line', 'opens Tuesday', '', 'A new metro line opens next Tuesday, the operator said.',
    ]);
    expect(page.articles.map((a) => [a.headline, a.byline, a.body.slice(-8)])).toEqual([
      ['Fire hits workshop', ['Qin Haowen'], 'workers.'],
      ['Metro line opens Tuesday', [], 'or said.'],
    ]);
  });

  it('reads an INFO box, a caption credited to IC Photo, and the editor\'s lines at the foot as furniture', () => {
    const page = english([
      'Drones deliver', 'lunch', '', 'A drone route linking office towers in Nanshan went into service yesterday.', '',
      'A drone lands on a rooftop pad', 'yesterday.  IC Photo', '',
      'The route cuts delivery times from 35 minutes to 12, the operator said at the launch.', '',
      'INFO', 'Nanshan drone route', 'Hours: 10:30 am-8:30 pm daily', 'Pickup: Pad B2, 3 Keyuan Road,', 'Nanshan District', 'Hotline: 0755-2600 0000', '',
      'Edited by Mo Lijun', 'molijun@szdaily.cn  |  szdaily.com',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['Drones deliver lunch']);
    expect(page.articles[0]!.body).toContain('The route cuts');
    expect(page.unassigned.map((u) => u.text.replace(/\s+/g, ' '))).toEqual([
      'A drone lands on a rooftop pad yesterday. IC Photo',
      'INFO Nanshan drone route Hours: 10:30 am-8:30 pm daily Pickup: Pad B2, 3 Keyuan Road, Nanshan District Hotline: 0755-2600 0000',
      'Edited by Mo Lijun', 'molijun@szdaily.cn | szdaily.com',
    ]);
  });

  it('reads a paper\'s agency pool alone under a caption inside a story as the caption\'s credit, the story going on under it', () => {
    const page = english([
      'Factory fire', 'injures two', '', 'A fire gutted the top floor of a workshop in Shajing early yesterday, injuring two workers.', '',
      'Firefighters hose down the workshop', 'in Shajing early yesterday.', 'SD-Agencies', '',
      'Xie Ming, who runs a noodle shop nearby,', 'across the road, said he was woken by', '"a bang like firecrackers".',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.body).toContain('Xie Ming');
    expect(page.unassigned.map((u) => u.text.replace(/\s+/g, ' '))).toEqual(['Firefighters hose down the workshop in Shajing early yesterday. SD-Agencies']);
  });

  it('gives the first of two headlines stacked over a dispatch to the story in it that the headline names', () => {
    const page = english([
      'Factory fire', 'injures two', 'in Bao\'an', '', 'Ports log 3.27m', 'crossings over', 'Qingming break', '',
      'SHENZHEN, April 9 (Xinhua) -- Ports in Shenzhen handled 3.27 million trips during the Qingming holiday.', '',
      'The busiest day was last Saturday, with 1.18 million crossings at Luohu.', '',
      'A fire gutted the top floor of a workshop in Shajing, Bao\'an District, yesterday, injuring two workers.', '',
      'The injured were taken to hospital.',
    ]);
    expect(page.articles.map((a) => [a.headline, a.body.slice(0, 12)])).toEqual([
      ['Ports log 3.27m crossings over Qingming break', 'Ports in She'],
      ['Factory fire injures two in Bao\'an', 'A fire gutte'],
    ]);
  });

  it('keeps a headline over its deck when the headline does not name the lead but no later paragraph is its story', () => {
    const page = english([
      'Scholars urge', 'privacy rules', '', 'Noise standard', 'a good start', '',
      'Shenzhen logged 1.2 million drone flights last year, and its noise standard is a good start.', '',
      'Scholars say privacy rules must keep pace with the city\'s drones.',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['Scholars urge privacy rules']);
  });
});

describe('a Hong Kong page in 頭條日報 style (round 55, written blind)', () => {
  const hk = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-04-10' });
  const heads = (page: ReturnType<typeof hk>) => page.articles.map((a) => [a.headline, a.subheadlines, a.body.slice(0, 6)]);

  it('reads a topic in brackets over the headline as its kicker, and a headline that asks and answers across a ？', () => {
    const page = hk([
      '〔北都新里程〕', '甲乙主禮新田首座生科園動土', '', '財政司司長甲乙昨日主持新田生科園動土典禮，逾三百人出席。', '',
      '〔理大研究〕', '長者屋企易跌倒？智能鞋墊可預警', '', '理工大學研發一款智能鞋墊，長者步態異常時會通知家人，預防跌倒。',
    ]);
    expect(heads(page)).toEqual([
      ['甲乙主禮新田首座生科園動土', ['〔北都新里程〕'], '財政司司長甲'],
      ['長者屋企易跌倒？智能鞋墊可預警', ['〔理大研究〕'], '理工大學研發'],
    ]);
  });

  it('reads a short column name alone over a headline of two lines as no crosshead of the story above', () => {
    const page = hk([
      '市建局啟動土瓜灣重建　涉1200戶', '', '市區重建局昨日宣布啟動土瓜灣落山道發展項目，涉及約1,200戶。', '',
      '香港故事', '', '元朗花牌師傅　一紮四十年', '天后誕前趕工　盼手藝有人承傳', '',
      '元朗錦田一間鐵皮屋工場內，堆滿竹枝、鐵線和膠花，花牌師傅今年68歲。', '', '文、圖／郝思琪',
    ]);
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['市建局啟動土瓜灣重建　涉1200戶', []],
      ['元朗花牌師傅　一紮四十年', ['郝思琪']],
    ]);
  });

  it('reads a place and day before 訊 as the dateline, and a paper\'s brand glued to its special correspondent as the closing byline', () => {
    const page = hk([
      '莞港簽創科合作備忘錄', '', '東莞9日訊　香港特區政府與東莞市人民政府昨日在松山湖簽署合作備忘錄。', '', '頭條特派記者凌卓謙', '',
      '百利達純利升18%　派息增兩成', '', '本地物流集團百利達昨日公布全年業績，純利約6.8億元，按年上升18%。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.dateline, a.byline])).toEqual([
      ['莞港簽創科合作備忘錄', '東莞9日訊', ['凌卓謙']],
      ['百利達純利升18%　派息增兩成', undefined, []],
    ]);
  });

  it('gives the first of two headlines stacked over two stories to the first, though it shares one word with it', () => {
    const page = hk([
      '九巴撼欄　11人傷', '油麻地唐樓火　3人獲救', '',
      '一輛九巴昨晨7時許沿大埔道往沙田方向行駛時，懷疑失控撼向路邊欄杆，車上十一人受傷。', '',
      '油麻地上海街一幢唐樓昨晚9時許發生火警，消防員先後救出三名被困住客。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.body.slice(0, 4)])).toEqual([
      ['九巴撼欄　11人傷', '一輛九巴'],
      ['油麻地唐樓火　3人獲救', '油麻地上'],
    ]);
  });

  it('reads briefs under their arrows with the text right under each headline, and their section\'s label, the page\'s header and foot as furniture', () => {
    const page = hk([
      '頭條港聞　P.6', '10/4/2026（五）', '', '港聞速遞', '',
      '▶周六驟雨　下周二轉涼', '香港天文台表示，一道低壓槽會在明日為華南沿岸帶來驟雨。', '',
      '▶機場復活節客量增兩成', '機場管理局昨日公布，復活節假期期間機場客運量約63萬人次。', '',
      '頭條網 hd.stheadline.com　即時新聞　全日更新', '責任編輯／苗詠恩　版面／鄔俊豪',
    ]);
    expect(page.articles.map((a) => [a.headline, a.body.slice(0, 5)])).toEqual([
      ['周六驟雨　下周二轉涼', '香港天文台'],
      ['機場復活節客量增兩成', '機場管理局'],
    ]);
    expect(page.unassigned.map((u) => u.text)).toEqual(expect.arrayContaining(['頭條港聞　P.6', '10/4/2026（五）', '港聞速遞', '頭條網 hd.stheadline.com　即時新聞　全日更新', '責任編輯／苗詠恩　版面／鄔俊豪']));
  });
});
