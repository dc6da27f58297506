// Datelines from data (src/stages/segment/rules.ts), each one a new article. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('bracketed datelines of Hong Kong and overseas papers', () => {
  it('start an article at 【本報訊】 even mid-column, after a two-line headline', () => {
    const raw = [
      '【本報訊】政務司司長陳家明昨',
      '（29）日出席活動。',
      '',
      '屋邨升降機停用逾月',
      '居民促房署交代',
      '',
      '【本報訊】觀塘一屋邨升降機更換工程',
      '一再延誤，居民前晚舉行大會。',
    ].join('\n');
    const page = parsePage(raw, { issueDate: '2023-06-30' });
    expect(page.articles.map((a) => a.dateline)).toEqual(['【本報訊】', '【本報訊】']);
    expect(page.articles[1]!.headline).toBe('屋邨升降機停用逾月居民促房署交代');
  });

  it('reads 【某報專訊】 and 【某某社電】 the same way', () => {
    const page = parsePage('【明日報專訊】市民踴躍參與。\n\n【環球社電】會議昨日舉行。', { issueDate: '2023-06-30' });
    expect(page.articles.map((a) => a.dateline)).toEqual(['【明日報專訊】', '【環球社電】']);
  });
});

describe('datelines and headers found by pages written blind in rounds 4 and 5', () => {
  it('reads a paper\'s own name before 讯 (香港文匯報訊) as the dateline, and the credit bracketed after it as a byline part naming the byline', () => {
    const page = parsePage('香港文匯報訊（記者 馬詠文）\n財政司司長梁志明昨（29）日出席論壇。', { issueDate: '2023-06-30' });
    expect(page.articles.map((a) => [a.dateline, a.byline, a.parts.map((p) => p.kind)])).toEqual([['香港文匯報訊', ['馬詠文'], ['dateline', 'byline', 'body']]]);
  });

  it('reads a paper\'s reporter report (大公報記者某某報道：) as a dateline naming the byline, but 本报记者…报道 stays a byline', () => {
    const page = parsePage('大公報記者何嘉文報道：由香港義務工作促進會主辦的嘉許禮昨晚舉行。', { issueDate: '2023-06-30' });
    expect(page.articles.map((a) => [a.dateline, a.byline, a.body.slice(0, 4)])).toEqual([['大公報記者何嘉文報道：', ['何嘉文'], '由香港義']]);
    const mainland = parsePage('本报记者 孔令文 报道\n市长出席会议。', { issueDate: '2023-06-30' });
    expect(mainland.articles.map((a) => [a.dateline ?? null, a.byline])).toEqual([[null, ['孔令文']]]);
  });

  it('takes the first of two headlines printed one above the other as the headline, unless it is a kicker that shares little with the body', () => {
    const raw = ['議員促縮短急症室輪候時間', '', '醫管局下月試行分流計劃', '', '【明報專訊】立法會議員昨日促請醫管局縮短急症室輪候時間，醫管局表示下月試行分流計劃。'].join('\n');
    const a = parsePage(raw, { issueDate: '2023-06-30' }).articles[0]!;
    expect([a.headline, a.subheadlines]).toEqual(['議員促縮短急症室輪候時間', ['醫管局下月試行分流計劃']]);
  });
  
  it('reads a footer of several editors\' credits on one line as page furniture', () => {
    const raw = '本報訊 市長出席會議。\n\n責任編輯：何嘉儀  美術編輯：鄭志強';
    expect(parsePage(raw, { issueDate: '2023-06-30' }).unassigned.map((u) => u.text)).toEqual(['責任編輯：何嘉儀  美術編輯：鄭志強']);
  });

  it('reads an English page header with spaced pipes and a section and page after the date as furniture', () => {
    const raw = 'CHINA DAILY  |  Friday, June 30, 2023                              NATION  5\n\nVice-minister calls for stronger\nrural industries\nGuizhou signs deals worth 18.6b yuan at national conference\n\nBy YANG RUO in Guiyang\n\nChina will step up support for rural industries, an official said on Thursday.';
    const page = parsePage(raw, { issueDate: '2023-06-30' });
    expect(page.unassigned.map((u) => raw.slice(u.start, u.end))).toContain('CHINA DAILY  |  Friday, June 30, 2023                              NATION  5');
    expect(page.articles.map((a) => a.headline)).toEqual(['Vice-minister calls for stronger rural industries']);
  });
});

describe('an article with no dateline after a report', () => {
  it('opens at a headline of two lines standing alone between blank lines; a one-line subtitle stays inside', () => {
    const raw = ['本报讯 区议会前日召开大会，通过撥款。', '', '小标题一行', '', '议员林浩明在会上指出，要做好分流。', '', '理大学者获', '亚太结构工程奖', '', '香港理工大学昨日宣布，该校学者获颁亚太结构工程奖。'].join('\n');
    const page = parsePage(raw, { issueDate: '2023-06-30' });
    expect(page.articles.map((a) => [a.headline ?? null, a.body.slice(0, 6)])).toEqual([
      [null, '区议会前日召'],
      ['理大学者获亚太结构工程奖', '香港理工大学'],
    ]);
  });
});

describe('a headline that quotes its speaker', () => {
  it('reads 梁志恒：港绿债发行 as a headline line (a surname, the colon, the words), but 他说：… as running text', () => {
    const raw = ['梁志恒：港绿债发行', '连续三年居亚洲首位', '', '本报讯 财政司司长梁志恒昨日表示，港绿债发行量连续三年居亚洲首位。'].join('\n');
    expect(parsePage(raw, { issueDate: '2023-06-30' }).articles.map((a) => a.headline)).toEqual(['梁志恒：港绿债发行连续三年居亚洲首位']);
    const body = ['本报讯 财政司司长梁志恒昨日出席论坛。', '王明说：今年要做好', '分流工作。'].join('\n');
    expect(parsePage(body, { issueDate: '2023-06-30' }).articles.map((a) => [a.headline ?? null, a.body.length > 20])).toEqual([[null, true]]);
  });
});

describe('English layout from a page written blind (round 7)', () => {
  const raw = `CHINA DAILY | NATION | PAGE 4 | FRIDAY, AUGUST 18, 2023

Premier calls for steady
grain output after floods

By ZHAO LEI | China Daily | Updated: 2023-08-18 07:30

Premier Gao Yunsheng called for steady grain output after the floods.

Gao said the ministries must speed up funds for the damaged irri-
gation canals before the autumn harvest.

On Monday afternoon, Vice-Premier Situ Minghai inspected
flood-hit Zhuozhou in Hebei province, accompanied by Hebei Vice-
Governor Ouyang Lixin. Situ urged the local authorities
to rebuild damaged homes and repair rural roads before

winter and to help farmers replant vegetables.

Former Gansu vice-governor
expelled from Party

Kong Fanjun, former vice-governor of Gansu province, has been expelled from the Communist Party of China.`;
  const page = parsePage(raw, { issueDate: '2023-08-18' });

  it('reads a header with PAGE 4 as furniture, and a paragraph of long capitalized lines as running text', () => {
    expect(page.unassigned.map((u) => u.text)).toEqual(['CHINA DAILY | NATION | PAGE 4 | FRIDAY, AUGUST 18, 2023']);
    expect(page.articles.map((a) => a.headline)).toEqual(['Premier calls for steady grain output after floods', 'Former Gansu vice-governor expelled from Party']);
    expect(page.articles[0]!.body).toContain('accompanied by Hebei Vice-Governor Ouyang Lixin');
    expect(page.articles[0]!.body).toContain('irri-gation');
    expect(page.articles[0]!.body.endsWith('replant vegetables.')).toBe(true);
  });
});

describe('Hong Kong layout from a page written blind (round 7)', () => {
  it('ends an article at a byline a column break cuts (（記者：黃曉彤、梁 / 浩然）), and opens the next at a reporter’s credit line', () => {
    const raw = ['【本報訊】匯翔集團公布中期業績，純利升一成。', '匯翔集團股價昨日收報5.12元，', '升3.4%。（記者：黃曉彤、梁', '浩然）', '', '', '全港青少年粵劇大賽頒獎', '培英明德中學奪團體冠軍', '', '記者 尹穎欣 報道', '', '第十屆全港青少年粵劇大賽決賽昨晚舉行，培英明德中學奪團體冠軍。'].join('\n');
    const page = parsePage(raw, { issueDate: '2023-08-18' });
    expect(page.articles.map((a) => [a.headline ?? null, a.dateline ?? null, a.byline, a.body.slice(0, 5)])).toEqual([
      [null, '【本報訊】', ['黃曉彤', '梁浩然'], '匯翔集團公'], // bylines read as written
      ['全港青少年粵劇大賽頒獎培英明德中學奪團體冠軍', null, ['尹穎欣'], '第十屆全港'],
    ]);
  });
});

describe('Hong Kong layout from a page written blind (round 8)', () => {
  it('reads a spread-out page header and a footer of an editor and a layout credit as furniture, and a dateline credit the column break cuts', () => {
    const raw = ['A12  港聞                    2023年9月22日  星期五', '', '立法會三讀通過', '小販修訂條例草案', '', '香港文匯報訊（記者 曾子軒、', '黃詠詩）昨（21）日的立法會', '大會三讀通過小販修訂條例草案。', '', '責任編輯：麥嘉儀  版面設計：曾永康'].join('\n');
    const page = parsePage(raw, { issueDate: '2023-09-22' });
    expect(page.unassigned.map((u) => u.text)).toEqual(['A12  港聞                    2023年9月22日  星期五', '責任編輯：麥嘉儀  版面設計：曾永康']);
    expect(page.articles.map((a) => [a.headline, a.dateline, a.byline, a.body.slice(0, 7)])).toEqual([
      ['立法會三讀通過小販修訂條例草案', '香港文匯報訊', ['曾子軒', '黃詠詩'], '昨（21）日的'],
    ]);
  });
});

describe('a kicker printed right above a headline (round 7)', () => {
  it('takes a much shorter first line of a tall headline for a kicker: a subheadline, the lines under it the headline', () => {
    const raw = ['大灣區融合', '卓永康率團訪江門', '晤市委書記談創科', '', '', '【星島日報報道】政務司司長卓永康昨日率團訪問江門，與江門市委書記會面，就創科合作交換意見，推動大灣區融合。'].join('\n');
    const a = parsePage(raw, { issueDate: '2023-08-18' }).articles[0]!;
    expect([a.headline, a.subheadlines]).toEqual(['卓永康率團訪江門晤市委書記談創科', ['大灣區融合']]);
  });
});

describe('a deck under a headline (round 7)', () => {
  it('reads a line of phrases set apart by a space under a headline as its subheadline', () => {
    const raw = ['醫管局夥中大設AI影像中心', '本月25日啟用 首階段服務新界東', '', '', '【明報專訊】醫院管理局與香港中文大學前日簽署協議，合辦AI影像中心，本月25日啟用，首階段服務新界東。'].join('\n');
    const a = parsePage(raw, { issueDate: '2023-08-18' }).articles[0]!;
    expect([a.headline, a.subheadlines]).toEqual(['醫管局夥中大設AI影像中心', ['本月25日啟用 首階段服務新界東']]);
  });

  it('goes on with the headline where the spaced line is no wider and opens with a short phrase (round 38)', () => {
    const raw = ['荃灣公園游泳池二期', '延誤 議員促交代', '', '本報訊 荃灣區議會昨日召開會議，討論荃灣公園游泳池二期工程延誤。'].join('\n');
    const a = parsePage(raw, { issueDate: '2025-12-12' }).articles[0]!;
    expect([a.headline, a.subheadlines]).toEqual(['荃灣公園游泳池二期延誤 議員促交代', []]);
  });
});

describe('Hong Kong layout from a page written blind (round 11)', () => {
  it('opens a feature at its reporter’s credit line with the feature label before it (特稿/記者 某某 報道)', () => {
    const raw = ['代表團預計本月16日返港。', '', '舊區小店捱貴租', '街坊盼新區會發聲', '', '特稿/記者 蔡美玲 報道', '深水埗北河街一帶的舊區小店近年相繼結業，街坊盼新區會為小店發聲。'].join('\n');
    const page = parsePage(raw, { issueDate: '2023-12-08' });
    expect(page.articles.map((a) => [a.headline ?? null, a.byline, a.body.slice(0, 5)])).toEqual([
      [null, [], '代表團預計'],
      ['舊區小店捱貴租街坊盼新區會發聲', ['蔡美玲'], '深水埗北河'],
    ]);
  });
});

describe('Hong Kong layout from a page written blind (round 12)', () => {
  it('reads an agency dispatch dated by the day alone (中通社香港11日電), a headline printed right above a body with no dateline, and a paper’s own credit', () => {
    const raw = [
      '冒認保險經紀呃長者積蓄', '男子囚兩年四個月',
      '一名44歲男子冒認保險公司經紀，', '向三名長者訛稱可代辦保單，騙取', '積蓄八十六萬元，昨被判囚兩年。', '（明報記者）', '',
      '港商夥杜拜企業拓中東物流',
      '中通社香港11日電　香港港商與到', '訪的杜拜企業代表團簽署合作備忘', '錄，攜手拓展中東物流市場。',
    ].join('\n');
    const page = parsePage(raw, { issueDate: '2024-01-12' });
    expect(page.articles.map((a) => [a.headline ?? null, a.dateline ?? null, a.byline, a.body.slice(0, 6)])).toEqual([
      ['冒認保險經紀呃長者積蓄男子囚兩年四個月', null, [], '一名44歲男'], // （明報記者）: the paper's credit, no one named
      ['港商夥杜拜企業拓中東物流', '中通社香港11日電', [], '香港港商與到'],
    ]);
  });
});

describe('Hong Kong layout from a page written blind (round 15)', () => {
  it('reads a page header that ends in the masthead, a credit the column break cuts inside a name, and a boxed credit line closing a story', () => {
    const raw = [
      'A8  香港新聞  2024年4月19日（星期五）  香港商報 HK DAILY', '',
      '東涌新碼頭下月啟用', '',
      '香港商報訊（記者 黃家明、蘇', '美玲）東涌新碼頭下月啟用，運輸署昨日公布航線安排。', '',
      '屯門公園翻新完工', '',
      '屯門區議會昨日開會，討論公園翻新工程的驗收安排。',
      '■香港商報記者 鄧志強',
    ].join('\n');
    const page = parsePage(raw, { issueDate: '2024-04-19' });
    expect(page.unassigned.map((s) => raw.slice(s.start, s.end))).toEqual(['A8  香港新聞  2024年4月19日（星期五）  香港商報 HK DAILY']);
    expect(page.articles.map((a) => [a.headline, a.byline, a.body.slice(0, 4)])).toEqual([
      ['東涌新碼頭下月啟用', ['黃家明', '蘇美玲'], '東涌新碼'],
      ['屯門公園翻新完工', ['鄧志強'], '屯門區議'],
    ]);
  });
});

describe('Ta Kung Pao credits from a page written blind (round 16)', () => {
  it('reads a credit with the place reported from (记者某某广州报道：), one the column break cuts inside a name, and a paper\'s credit line under a headline', () => {
    const raw = [
      '南沙青创基地开园', '', '【大公报讯】记者蔡思琪广州报道：', '青年创业基地昨日在南沙开园。', '',
      '瑞峰建研发中心', '', '【大公报讯】记者梁颖诗、许浩', '明报道：瑞峰生物昨日宣布在港设研发中心。', '',
      '立会通过修例', '', '大公报记者 钟立然', '', '立法会昨日三读通过修例。',
    ].join('\n');
    const page = parsePage(raw, { issueDate: '2024-05-24' });
    expect(page.articles.map((a) => [a.headline, a.byline, a.body.slice(0, 4)])).toEqual([
      ['南沙青创基地开园', ['蔡思琪'], '青年创业'],
      ['瑞峰建研发中心', ['梁颖诗', '许浩明'], '瑞峰生物'],
      ['立会通过修例', ['钟立然'], '立法会昨'],
    ]);
  });
});

describe('Oriental Daily layout from a page written blind (round 17)', () => {
  it('closes a story at a reporter\'s line without a colon (記者某某報道) after its last sentence, not opening the next', () => {
    const raw = [
      '醫院管理局昨日宣布，下周', '一起推出夜間門診。', '記者林嘉朗報道', '',
      '屯門工廈火警', '', '屯門一幢工廈昨日凌晨發生火', '警，無人受傷。',
    ].join('\n');
    const page = parsePage(raw, { issueDate: '2024-06-21' });
    expect(page.articles.map((a) => [a.headline, a.byline, a.body.slice(0, 4)])).toEqual([
      [undefined, ['林嘉朗'], '醫院管理'],
      ['屯門工廈火警', [], '屯門一幢'],
    ]);
  });

  it('opens a brief at a one-line headline that abbreviates the body\'s words (旅發局 over 旅遊發展局)', () => {
    const raw = [
      '政府昨日宣布委任新主席，任期', '兩年，由下月起生效。', '',
      '旅發局赴曼谷推廣', '',
      '香港旅遊發展局上周六在曼谷舉', '行推廣活動，吸引泰國旅客訪港。',
    ].join('\n');
    const page = parsePage(raw, { issueDate: '2024-06-21' });
    expect(page.articles.map((a) => a.headline)).toEqual([undefined, '旅發局赴曼谷推廣']);
  });
});

describe('China Daily Hong Kong layout from a page written blind (round 17)', () => {
  const raw = [
    'Port deal signed', '', 'By MAY CHAN in Hong Kong', '',
    'The two ports signed a pact on', 'Thursday to share cargo data.', '', 'maychan@chinadailyhk.com', '',
    'Officials witness the signing at', 'the terminal on Thursday.', 'TOMMY LI / CHINA DAILY', '',
    'Guangdong opens', 'low-altitude', 'drone corridor', '',
    'GUANGZHOU, June 20 (Xinhua) -- A', 'drone corridor opened on Thursday.', '',
    'Guangdong Vice-Governor Zhou', 'Minghui presided over the cere-', 'mony on Thursday.',
  ].join('\n');
  const page = parsePage(raw, { issueDate: '2024-06-21' });

  it('ends a story at the writer\'s address a blank line under it, and leaves a photo caption with its credit to no story', () => {
    expect(page.articles[0]!.body).toBe('The two ports signed a pact on Thursday to share cargo data.');
    expect(page.unassigned.map((u) => u.text)).toContain('Officials witness the signing at\nthe terminal on Thursday.\nTOMMY LI / CHINA DAILY');
  });

  it('reads a headline whose last two lines are in lower case over a dateline', () => {
    expect(page.articles[1]!.headline).toBe('Guangdong opens low-altitude drone corridor');
  });

  it('keeps a paragraph whose first line ends in a family name (… Zhou / Minghui presided) inside its story', () => {
    expect(page.articles).toHaveLength(2);
    expect(page.articles[1]!.body).toContain('Zhou Minghui presided');
  });
});

describe('China Daily layout from a page written blind (round 18)', () => {
  it('reads a byline that goes on after "and" to a second reporter on the next line', () => {
    const raw = ['Port opens new berth', '', 'By SUN LI in Nanjing and', 'HE MING in Beijing', '', 'A new berth opened on Wednesday.'].join('\n');
    const a = parsePage(raw, { issueDate: '2024-07-19' }).articles;
    expect(a.map((x) => [x.headline, x.byline, x.body])).toEqual([['Port opens new berth', ['SUN LI', 'HE MING'], 'A new berth opened on Wednesday.']]);
  });

  it('reads a paragraph whose lines open with capitals as running text, not as a headline and its deck', () => {
    const raw = ['Metro line to open', 'next week', '', "Nanjing's Metro Line 15 will open to", 'passengers next Monday, the Nanjing', 'Municipal Bureau of Transport said on', 'Thursday.'].join('\n');
    const a = parsePage(raw, { issueDate: '2024-07-19' }).articles;
    expect(a.map((x) => [x.headline, x.subheadlines.length, x.body.slice(0, 15)])).toEqual([['Metro line to open next week', 0, "Nanjing's Metro"]]);
  });
});

describe('Headline Daily layout from a page written blind (round 18)', () => {
  it('closes a story at a reporter alone on a line, set apart by a space (記者 某某), and opens the next at its headline', () => {
    const raw = ['大圍大樓開幕', '', '【頭條日報訊】沙田大圍文娛大樓昨日開幕。', '記者 林嘉晴', '', '本地餅店奪獎', '', '本地連鎖餅店昨日奪得大獎。', '記者 鄧志豪'].join('\n');
    const a = parsePage(raw, { issueDate: '2024-07-19' }).articles;
    expect(a.map((x) => [x.headline, x.byline])).toEqual([['大圍大樓開幕', ['林嘉晴']], ['本地餅店奪獎', ['鄧志豪']]]);
  });

  it('does not read 记者招待会上 as a credit', () => {
    const a = parsePage('【本報訊】政府昨日舉行\n記者招待會上\n宣布新措施。', { issueDate: '2024-07-19' }).articles;
    expect(a.map((x) => x.byline)).toEqual([[]]);
  });
});

describe('Shenzhen Daily layout from a page written blind (round 19)', () => {
  const raw = [
    'SHENZHEN DAILY        CITY 03        Friday, August 16, 2024', '',
    'Tang calls for faster', 'AI, robotics growth', '', 'Qiu Lanan', 'qiulanan@szdaily.com', '',
    'Tang Jiyuan presided over a meeting on Thursday.', '',
    'Visitors watch a robot pour tea at an', 'expo yesterday.  Photos by Ma Jiaming', '',
    'Qianhai inks data', 'pact with HK firm', '',
    'The Qianhai Authority signed a pact', 'with Hong Kong-based Harbourline', 'Holdings last week, the bureau said. (SD-Agencies)', '',
    'Hospital launches platform', '', 'Cao Yuling caoyuling@126.com', '', 'A platform was launched on Wednesday.',
  ].join('\n');
  const page = parsePage(raw, { issueDate: '2024-08-16' });

  it('reads the page header with a section and its page, and a photo caption closed by its credit, as furniture', () => {
    expect(page.unassigned.map((u) => u.text)).toEqual(expect.arrayContaining(['SHENZHEN DAILY        CITY 03        Friday, August 16, 2024']));
    expect(page.articles[0]!.body).toBe('Tang Jiyuan presided over a meeting on Thursday.');
  });

  it('reads a reporter\'s name with the address spelled from it as the byline, on two lines or one', () => {
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['Tang calls for faster AI, robotics growth', ['Qiu Lanan']],
      ['Qianhai inks data pact with HK firm', []],
      ['Hospital launches platform', ['Cao Yuling']],
    ]);
  });

  it('keeps a photo caption of several lines as one piece of furniture', () => {
    expect(page.unassigned.map((u) => u.text)).toContain('Visitors watch a robot pour tea at an\nexpo yesterday.  Photos by Ma Jiaming');
  });

  it('ends a story at (SD-Agencies), and reads a first line that opens with The as running text, not a deck', () => {
    expect(page.articles[1]!.subheadlines).toEqual([]);
    expect(page.articles[1]!.body.endsWith('the bureau said.')).toBe(true);
  });
});

describe('Hong Kong Economic Times layout from a page written blind (round 19)', () => {
  it('reads a header that opens with the paper\'s name as furniture, and lines that open or close a bracket as running text', () => {
    const raw = [
      '香港經濟日報 A14 財經新聞 2024年8月16日 星期五', '',
      '綠程智運掛牌首日升兩成', '',
      '主打冷鏈物流的綠程智運', '科技控股有限公司（', 'GreenPath Logistics', 'Holdings Limited，股份代號：', '2479）昨日在港交所主', '板掛牌。', '記者 黎穎芝',
    ].join('\n');
    const page = parsePage(raw, { issueDate: '2024-08-16' });
    expect(page.unassigned.map((u) => u.text)).toEqual(['香港經濟日報 A14 財經新聞 2024年8月16日 星期五']);
    expect(page.articles.map((a) => [a.headline, a.subheadlines.length, a.body.slice(0, 6), a.byline])).toEqual([['綠程智運掛牌首日升兩成', 0, '主打冷鏈物流', ['黎穎芝']]]);
  });
});

describe('a closing credit the column break cuts inside 記者 (round 19)', () => {
  it('reads （記 / 者：某某、某某） as the byline', () => {
    const raw = ['【本報訊】聯盟計劃明', '年在南沙開設據點。（記', '者：梁志俊、曾慧玲）'].join('\n');
    const a = parsePage(raw, { issueDate: '2024-08-16' }).articles;
    expect(a.map((x) => [x.byline, x.body])).toEqual([[['梁志俊', '曾慧玲'], '聯盟計劃明年在南沙開設據點。']]);
  });

  it('reads （記者 / 　某某） as the byline when the name\'s line opens with a space (round 21)', () => {
    const raw = ['本報訊 局長昨日到北區視', '察，並會匯報進度。（記者', ' 陳嘉欣）', '', '港深科企簽備忘錄', '科學園建研發中心', '', '本地初創公司前日在科學園簽署備忘錄，合建研發中心。'].join('\n');
    const a = parsePage(raw, { issueDate: '2024-10-18' }).articles;
    expect(a.map((x) => [x.headline, x.byline])).toEqual([[undefined, ['陳嘉欣']], ['港深科企簽備忘錄科學園建研發中心', []]]);
  });
});

describe('The Standard layout from a page written blind (round 20)', () => {
  it('reads a reporter\'s name alone under a headline, with or without a role line, as the byline', () => {
    const raw = ['Flats in Tuen Mun', 'ready by March', '', 'Kelly Sun', '', 'The first flats will be ready by March.', '',
      'Deal on medical records', '', 'Bonnie Kwong', 'Reporter', '', 'A deal on medical records was signed.'].join('\n');
    const a = parsePage(raw, { issueDate: '2024-09-20' }).articles;
    expect(a.map((x) => [x.headline, x.byline])).toEqual([['Flats in Tuen Mun ready by March', ['Kelly Sun']], ['Deal on medical records', ['Bonnie Kwong']]]);
  });
});

describe('a Liberty Times page (round 22)', () => {
  const raw = ['自由時報　2024年11月15日　星期五　地方新聞　A14', '', '北市智慧停車', '簽MOU試辦', '',
    '〔記者林志明／台北報導〕為解決', '市區找車位困擾，台北市政府交通', '局昨（14）日簽署合作備忘錄，試辦停車。', '',
    '副市長郭振宇（中）見證交通局長陳怡', '君（左）與業者簽署合作備忘錄。（記', '者林志明攝）', ''].join('\n');
  const page = parsePage(raw, { issueDate: '2024-11-15' });

  it('reads 〔記者某某／台北報導〕 as the dateline, naming the reporter', () => {
    expect(page.articles.map((a) => [a.headline, a.dateline, a.byline, a.body.slice(0, 6)])).toEqual([
      ['北市智慧停車簽MOU試辦', '〔記者林志明／台北報導〕', ['林志明'], '為解決市區找'],
    ]);
  });

  it('reads a short paragraph closed by （記者某某攝） as a photo caption, no story\'s text', () => {
    expect(page.unassigned.map((u) => u.text).at(-1)).toBe('副市長郭振宇（中）見證交通局長陳怡\n君（左）與業者簽署合作備忘錄。（記\n者林志明攝）');
  });
});

describe('a Macao Daily page (round 23)', () => {
  it('reads 【本報消息】 as the dateline', () => {
    const a = parsePage(['鄧浩霖巡視橫琴合作區', '', '【本報消息】經濟財政司司長鄧', '浩霖昨（12）日巡視橫琴粵澳深', '度合作區。'].join('\n'), { issueDate: '2024-12-13' }).articles;
    expect(a.map((x) => [x.headline, x.dateline, x.body.slice(0, 5)])).toEqual([['鄧浩霖巡視橫琴合作區', '【本報消息】', '經濟財政司']]);
  });
});

describe('an am730 page (round 24)', () => {
  const raw = ['鄺志衡視察古洞北', '催谷新發展區進度', '', '發展局局長鄺志衡昨日到北區視察古洞北新發展區。', '記者：何穎詩', '',
    '鄺志衡（中）昨日視察工地。（相片：何', '穎詩）', '',
    '葵青區議會討論', '屋邨翻新工程', '', '葵青區議會昨日舉行大會，討論屋邨翻新工程。', '', '葵青區議會主席兼葵青民政', '事務專員周', '', '浩然表示，會跟進屋邨翻新工程。', '記者：溫雅琪'].join('\n');
  const page = parsePage(raw, { issueDate: '2025-01-17' });

  it('reads 記者：某某 alone after the last sentence as the closing byline, and a caption credited （相片：某某） as no story', () => {
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['鄺志衡視察古洞北催谷新發展區進度', ['何穎詩']],
      ['葵青區議會討論屋邨翻新工程', ['溫雅琪']],
    ]);
    expect(page.unassigned.map((u) => u.text)).toEqual(['鄺志衡（中）昨日視察工地。（相片：何\n穎詩）']);
  });

  it('reads short lines ending in a post and a family name, the given name and a verb of speech after a blank line, as running text', () => {
    expect(page.articles[1]!.body).toContain('周浩然表示');
  });
});

describe('a United Daily News page (round 25)', () => {
  const raw = ['港區停車位不足', '議員促市府加速興建', '市長：年內新增300格', '記者王雅婷、陳冠宇／高雄報導', '',
    '高雄市議會昨（13）日進行市政總質詢，議長林正雄主持。議員要求市府加速興建停車位。', '',
    '米糧展售會登場', '', '農業部農糧署昨（13）日在台北市舉行展售會。　（記者許志明）'].join('\n');
  const page = parsePage(raw, { issueDate: '2025-02-14' });

  it('reads 記者某某、某某／某地報導 alone under the headline as the story\'s opening credit', () => {
    expect(page.articles.map((a) => [a.headline, a.byline, a.body.slice(0, 5)])).toEqual([
      ['港區停車位不足議員促市府加速興建', ['王雅婷', '陳冠宇'], '高雄市議會'],
      ['米糧展售會登場', ['許志明'], '農業部農糧'],
    ]);
  });

  it('reads a post quoted under the headline (市長：…) as a subheadline', () => {
    expect(page.articles[0]!.subheadlines).toEqual(['市長：年內新增300格']);
  });
});

describe('South China Morning Post layout (round 25)', () => {
  const raw = [
    'Lawmakers press', 'housing chief on', 'light public flats', '',
    'Secretary insists 8,000', 'units on track despite', 'rising costs, delays', '',
    'Mary Wong', '',
    'Lawmakers have accused the', 'government of underestimating', 'the rising costs of 8,000 units', 'on track for next year.', '',
    'Undersecretary for Housing', 'Felix Ho Kin-wai said most', 'of the increase came from', 'site works.', '',
    'Officials at the site on', 'Wednesday. Photo:', 'Handout', '',
    'He said the flats would be', 'ready by the end of 2027.',
  ].join('\n');
  const page = parsePage(raw, { issueDate: '2025-02-14' });

  it('reads a headline of short lines in lower case under a blank line, and the deck under it, over a byline alone on its line', () => {
    expect(page.articles.map((a) => [a.headline, a.subheadlines, a.byline])).toEqual([
      ['Lawmakers press housing chief on light public flats', ['Secretary insists 8,000 units on track despite rising costs, delays'], ['Mary Wong']],
    ]);
  });

  it('keeps a paragraph that opens with a title cut before its holder (… for Housing / Felix Ho Kin-wai said) in the story', () => {
    expect(page.articles[0]!.body).toContain('Undersecretary for Housing Felix Ho Kin-wai said');
  });

  it('reads a caption whose credit the column cut after its label (Photo: / Handout) as no story\'s text', () => {
    expect(page.unassigned.map((u) => u.text)).toEqual(['Officials at the site on\nWednesday. Photo:\nHandout']);
  });
});

describe('China Daily USA layout (round 26)', () => {
  const raw = [
    'Yunnan vows to open', 'wider to neighbors', '',
    'Deputies urge stronger border trade,', 'coffee and green power industries', '',
    'Deputies from Yunnan attend a panel', 'discussion in Beijing on Thursday. LI MING / CHINA', 'DAILY', '',
    'By ZHANG WEI in Beijing', '',
    'Yunnan province will open wider to its neighbors, deputies said.',
    'Kunming Jinqiao International', 'Logistics Co Ltd agreed to open a service.', '',
    'Wang Fang in Kunming contributed to this', 'story.', '',
    'Contact the writer at', 'zhangwei@chinadaily.com.cn', '',
    'Guangxi inks deals', 'with ASEAN partners', '',
    'NANNING -- Guangxi companies signed deals with ASEAN partners on Tuesday.', 'XINHUA',
  ].join('\n');
  const page = parsePage(raw, { issueDate: '2025-03-07' });

  it('reads a deck set in wider lines one blank line under the headline as its subheadline', () => {
    expect(page.articles.map((a) => [a.headline, a.subheadlines])).toEqual([
      ['Yunnan vows to open wider to neighbors', ['Deputies urge stronger border trade, coffee and green power industries']],
      ['Guangxi inks deals with ASEAN partners', []],
    ]);
  });

  it('reads a caption whose credit the line break cuts (… / CHINA / DAILY) as no story\'s text', () => {
    expect(page.unassigned.map((u) => u.text)).toContain('Deputies from Yunnan attend a panel\ndiscussion in Beijing on Thursday. LI MING / CHINA\nDAILY');
  });

  it('keeps a company\'s name cut before its legal form in the story, and closes it with both credits', () => {
    expect(page.articles[0]!.body).toContain('Kunming Jinqiao International Logistics Co Ltd agreed');
    expect(page.articles[0]!.byline).toEqual(['ZHANG WEI', 'Wang Fang']);
    expect(page.articles).toHaveLength(2);
  });

  it('reads XINHUA alone after the last sentence as the dispatch\'s closing credit', () => {
    expect(page.articles[1]!.body.endsWith('on Tuesday.')).toBe(true);
  });
});

describe('a Hong Kong page with decks marked ◆ (round 26)', () => {
  it('reads a line opening with ◆ under the headline as its subheadline', () => {
    const a = parsePage(['啟德體育園首辦國際賽', '◆門票三日內售罄', '', '【本報訊】啟德體育園本月將首辦國際賽事，門票三日內售罄。'].join('\n'), { issueDate: '2025-03-07' }).articles[0]!;
    expect([a.headline, a.subheadlines]).toEqual(['啟德體育園首辦國際賽', ['◆門票三日內售罄']]);
  });
});

describe('a district paper (round 27)', () => {
  const raw = ['九龍城區報', '', '2025年4月11日 星期五　　　A4　社區新聞', '', '啟德商場簽約', '推動智能回收', '',
    '【本報訊】海濱商貿控股有限公司昨日在啟德商場簽約，推動智能回收。', '（本報記者）', '',
    '區內學生', '獲頒獎學金', '', '由僑心基金贊助的「區內學生獎學金」頒獎', '典禮上周五舉行，十名區內學生獲頒獎學金。', '文、圖：區凱琳'].join('\n');
  const page = parsePage(raw, { issueDate: '2025-04-11' });

  it('reads the paper\'s name alone on the first line as the masthead, (本報記者) as a credit naming no one, and 文、圖：某某 as the closing credit', () => {
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['啟德商場簽約推動智能回收', []],
      ['區內學生獲頒獎學金', ['區凱琳']],
    ]);
    expect(page.unassigned.map((u) => u.text)).toContain('九龍城區報');
  });
});

describe('China Daily national page layout (round 28)', () => {
  const raw = ['4  |  CHINA                CHINA DAILY  FRIDAY, MAY 16, 2025', '',
    'Zhejiang chief calls on', 'private firms to lead', 'in innovation', '',
    'By WANG LEI in HANGZHOU', '', 'Zhejiang will support private firms that lead in innovation, its chief said.', '',
    'ZHOU MIN contributed to this story.', '', 'Contact the writer at wanglei@chinadaily.com.cn'].join('\n');
  const page = parsePage(raw, { issueDate: '2025-05-16' });

  it('reads a header whose parts stand two spaces apart as furniture, and a credit in capitals (ZHOU MIN contributed to this story.) as a byline', () => {
    expect(page.unassigned.map((u) => u.text)).toEqual(['4  |  CHINA                CHINA DAILY  FRIDAY, MAY 16, 2025']);
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([['Zhejiang chief calls on private firms to lead in innovation', ['WANG LEI', 'ZHOU MIN']]]);
  });
});

describe('an Across China page (round 29)', () => {
  const raw = ['8 | CHINA DAILY  FRIDAY, JUNE 13, 2025', '', 'ACROSS CHINA', '',
    'Terrace villages', 'reap rewards', 'of rural revival', '',
    'By YANG JUN and HE QIAN', 'in Yuanyang, Yunnan', '',
    'Ma Wenhua, head of Yuanyang county, inspected terrace villages that reap rewards of rural revival. The village has 36 homestays renovated', '',
    'Farmers transplant rice seedlings in', 'Yuanyang county on Wednesday.', 'XINHUA', '',
    'with support from the county government.', '',
    'GUIYANG -- A bridge opened on Thursday across a Guizhou gorge.', 'XINHUA', '', 'IN BRIEF', 'New bridge spans', 'Guizhou gorge'].join('\n');
  const page = parsePage(raw, { issueDate: '2025-06-13' });

  it('reads a section label (ACROSS CHINA) as furniture and a byline whose place names the province after a comma as one credit', () => {
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['Terrace villages reap rewards of rural revival', ['YANG JUN', 'HE QIAN']],
      ['New bridge spans Guizhou gorge', []],
    ]);
    expect(page.unassigned.map((u) => u.text)).toContain('ACROSS CHINA');
  });

  it('reads a paragraph closed by XINHUA inside a story whose sentence goes on in lower case as a caption, and XINHUA after a dispatch as its credit', () => {
    expect(page.unassigned.map((u) => u.text)).toContain('Farmers transplant rice seedlings in\nYuanyang county on Wednesday.\nXINHUA');
    expect(page.articles[0]!.body).toContain('36 homestays renovated');
    expect(page.articles[0]!.body).toContain('with support from the county government.');
  });
});

describe('a Hong Kong caption marked ▲ (round 29)', () => {
  it('but a run of points marked ▲ stays in the story', () => {
    const page = parsePage(['市政府公布三項措施', '', '本报讯 市政府昨日公布三项措施。', '', '▲加快建设公共交通。', '', '▲扩大公屋供应。', '', '▲改善社区设施。'].join('\n'), { issueDate: '2025-06-13' });
    expect(page.unassigned).toEqual([]);
    expect(page.articles[0]!.body).toContain('▲扩大公屋供应。');
  });

  it('is no story\'s text, its credit unbracketed', () => {
    const page = parsePage(['綠色金融峰會開幕', '', '【本報訊】財政司司長顧振邦昨日在綠色金融峰會上致辭。', '', '▲財政司司長顧振邦昨日在', '峰會上致辭。記者陳曉晴攝', ''].join('\n'), { issueDate: '2025-06-13' });
    expect(page.unassigned.map((u) => u.text)).toEqual(['▲財政司司長顧振邦昨日在\n峰會上致辭。記者陳曉晴攝']);
  });
});

describe('a China Daily Nation page (round 30)', () => {
  it('reads a headline block whose last short line opens with a name (May Fourth medals) as one headline, and "were honored with" a medal as an award', () => {
    const page = parsePage(['Young achievers', 'receive provincial', 'May Fourth medals', '', 'NANJING -- Ten young people in Jiangsu received provincial medals: they were honored with the 2025 Jiangsu Youth May Fourth Medal at a ceremony in Nanjing on Wednesday.', 'Recipients include Chen Yiran, a chip design engineer.'].join('\n'), { issueDate: '2025-07-11' });
    const a = page.articles[0]!;
    expect(a.headline).toBe('Young achievers receive provincial May Fourth medals');
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([['2025 Jiangsu Youth May Fourth Medal', ['Chen Yiran']]]);
  });
});

describe('Hong Kong layout from a page written blind (round 31)', () => {
  it('opens a wire story retold without place or date at 據新華社電, its number cut by the column break read whole', () => {
    const raw = ['國台辦：歡迎台灣青年來大陸', '', '據新華社電 國務院台灣事務辦公室1', '3日舉行例行新聞發布會，歡迎台灣青年', '來大陸追夢築夢。', ''].join('\n');
    const [a] = parsePage(raw, { issueDate: '2025-08-15' }).articles;
    expect([a!.headline, a!.dateline, a!.body.slice(0, 15)]).toEqual(['國台辦：歡迎台灣青年來大陸', '據新華社電', '國務院台灣事務辦公室13日舉行']);
    expect(a!.events.map((e) => e.date?.iso)).toEqual(['2025-08-13']);
  });
});

describe('English layout from a page written blind (round 31)', () => {
  it('reads a section label in capitals under the page header (JIANGSU) as furniture, and the headline under it as the headline', () => {
    const raw = ['CHINA DAILY  Friday, August 15, 2025 | 9', '', 'JIANGSU', '', 'Forum charts course', 'for smart manufacturing', '', 'By LI MING in Suzhou', '', '  Jiangsu province will step up efforts to build a cluster of advanced manufacturing, an official said on Wednesday.'].join('\n');
    const page = parsePage(raw, { issueDate: '2025-08-15' });
    expect(page.unassigned.map((u) => u.text)).toContain('JIANGSU');
    expect(page.articles.map((a) => a.headline)).toEqual(['Forum charts course for smart manufacturing']);
  });
});

describe('Taiwan layout from a page written blind (round 32)', () => {
  it('reads a bracketed credit whose closing bracket the column break pushes to the next line as the dateline, the body after the bracket', () => {
    const raw = ['朴子溪堤防掏空', '縣長會勘促搶修', '', '〔記者蔡志明／嘉義報導', '〕上月底連日豪雨造成朴', '子溪堤防多處掏空。'].join('\n');
    const [a] = parsePage(raw, { issueDate: '2025-09-05' }).articles;
    expect([a!.dateline, a!.byline, a!.body.slice(0, 5)]).toEqual(['〔記者蔡志明／嘉義報導〕', ['蔡志明'], '上月底連日']);
  });
});

describe('an English headline that opens with two names and a comma (round 34)', () => {
  const raw = [
    'Peru, Laos sign closer trade ties',
    'Accord on coffee exports signed; investment fair set for Lima',
    '',
    'By ZHOU YI | China Daily | Updated: 2025-11-14 07:12',
    '',
    'Peru and Laos signed a trade accord in Beijing on Monday, officials said.',
  ].join('\n');
  const page = parsePage(raw, { issueDate: '2025-11-14' });

  it('reads the line right under it, opening with a capital, as its deck', () => {
    expect(page.articles.map((a) => [a.headline, a.subheadlines])).toEqual([
      ['Peru, Laos sign closer trade ties', ['Accord on coffee exports signed; investment fair set for Lima']],
    ]);
  });
});

describe('a two-line English headline with a much wider deck under it, and a credit alone after 本報訊 (round 35)', () => {
  it('reads the short second line as the headline\'s and the wide line under it as the deck', () => {
    const raw = [
      'Ports, rail operator sign pacts to expand',
      'Delta freight links',
      'Agreements cover customs data, cold-chain capacity and shared berths',
      'By HE LAN in Guangzhou',
      '',
      'Three ports signed agreements on Thursday to expand freight links.',
    ].join('\n');
    const page = parsePage(raw, { issueDate: '2025-11-21' });
    expect(page.articles.map((a) => [a.headline, a.subheadlines])).toEqual([
      ['Ports, rail operator sign pacts to expand Delta freight links', ['Agreements cover customs data, cold-chain capacity and shared berths']],
    ]);
  });

  it('reads 記者 and a name filling the rest of the dateline\'s line as the credit, the story starting on the next line', () => {
    const raw = '某某控股中期多賺兩成\n\n本報訊　記者　甘文朗\n物流股某某控股有限公司昨日公布中期業績。';
    const a = parsePage(raw, { issueDate: '2025-11-21' }).articles[0]!;
    expect([a.dateline, a.byline, a.body]).toEqual(['本報訊', ['甘文朗'], '物流股某某控股有限公司昨日公布中期業績。']);
  });
});

describe('a place in round brackets, and a reporter alone in 【】, opening a Hong Kong story (round 35)', () => {
  it('reads （香港訊） as the dateline and 【記者某某報道】 as the credit', () => {
    const a = parsePage('工程公司董事涉騙環保資助\n\n（香港訊）一名工程公司董事涉嫌\n以虛假報價單騙取政府資助。', { issueDate: '2025-11-21' }).articles[0]!;
    expect([a.dateline, a.body]).toEqual(['（香港訊）', '一名工程公司董事涉嫌以虛假報價單騙取政府資助。']);
    const b = parsePage('醫管局試新系統\n\n【記者甘家俊報道】醫院管理局昨日與本地初創簽署協議。', { issueDate: '2025-11-21' }).articles[0]!;
    expect([b.byline, b.body]).toEqual([['甘家俊'], '醫院管理局昨日與本地初創簽署協議。']);
  });
});
