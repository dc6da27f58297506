// Layouts the pages written blind in round 53 printed: a China Daily front page and a Hong Kong page in 信報
// style. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const parse = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-03-27' });
const firstLines = (page: ReturnType<typeof parse>) => page.unassigned.map((u) => u.text.split('\n')[0]);

describe('an English front page (round 53, written blind)', () => {
  it('reads the masthead\'s lines, the weather box, teasers and the index as furniture, each one piece', () => {
    const page = parse([
      'CHINA DAILY 中国日报', 'GLOBAL EDITION', 'FRIDAY, March 27, 2026', 'Vol. 12 No. 3456 | $2.00 | TOP NEWS', '',
      'HARBIN WEATHER', 'Cloudy to snow, -12-3 C', '',
      'SPORTS', 'Skaters chase', 'home medals', 'Team named for the winter meet', 'in Harbin next week. PAGE 22', '',
      'City vows', 'cleaner rivers', '', 'By LI MING in Harbin', '',
      'The city will clean its rivers this year, Mayor Guo Ming said on Thursday.', '',
      'INSIDE', 'China 2-6 | Opinion 8-9', 'World 10-11 | Sports 22-23',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.headline).toBe('City vows cleaner rivers');
    expect(page.unassigned.map((u) => u.text.replace(/\s+/g, ' '))).toEqual([
      'CHINA DAILY 中国日报', 'GLOBAL EDITION', 'FRIDAY, March 27, 2026', 'Vol. 12 No. 3456 | $2.00 | TOP NEWS',
      'HARBIN WEATHER Cloudy to snow, -12-3 C', 'SPORTS Skaters chase home medals Team named for the winter meet in Harbin next week. PAGE 22',
      'INSIDE China 2-6 | Opinion 8-9 World 10-11 | Sports 22-23',
    ]);
  });

  it('reads a kicker in capitals set apart by a blank line as a subheadline over the headline', () => {
    const { articles: a } = parse([
      'OPENING-UP', '', 'Premier vows', 'wider access', '', 'Services to see further easing', '', 'By LI MING in Beijing', '',
      'China will further open its services sector, Premier Zhao Heng said on Thursday as he opened a forum on open trade.', '',
    ]);
    expect(a.map((x) => [x.headline, x.subheadlines])).toEqual([['Premier vows wider access', ['OPENING-UP', 'Services to see further easing']]]);
  });

  it('reads a pull quote whose speaker in capitals has the post on the line under the name as furniture', () => {
    const page = parse([
      'Premier vows', 'wider access', '', 'By LI MING in Beijing', '', 'China will open wider, Premier Zhao Heng said on Thursday.', '',
      '"Our door will', 'open wider."', 'ZHAO HENG,', 'PREMIER', '', 'Zhao said pilot programs would be extended this year.', '',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(firstLines(page)).toEqual(['"Our door will']);
    expect(page.articles[0]!.body).toContain('pilot programs');
  });

  it('gives an English headline right above its byline to that story though it shares no word with it', () => {
    const { articles: a } = parse([
      'Port city', 'signs pact', '', 'By LI MING in Xiamen', '', 'Xiamen signed a shipping pact with Rotterdam on Wednesday.', '',
      'Factories off', 'to solid start', '', 'By WANG FANG', '', 'Value-added output of major industrial firms rose 6.3 percent in January and February.', '',
    ]);
    expect(a.map((x) => x.headline)).toEqual(['Port city signs pact', 'Factories off to solid start']);
  });
});

describe('a Hong Kong page in 信報 style (round 53, written blind)', () => {
  it('reads deck lines under ◇ as subheadlines, a speaker\'s colon after the mark too', () => {
    const { articles: a } = parse([
      '長者友善計劃啟動', '◇政司：助長者居家安老', '◇慈善基金捐3000萬配對', '', '信報記者　馬嘉欣', '',
      '政務司司長昨日為長者友善計劃主禮，慈善基金捐出3000萬元配對。', '',
    ]);
    expect(a.map((x) => [x.headline, x.subheadlines, x.byline])).toEqual([['長者友善計劃啟動', ['◇政司：助長者居家安老', '◇慈善基金捐3000萬配對'], ['馬嘉欣']]]);
  });

  it('reads the credits 信報 prints: 〔信報記者某某〕 run into the last line, ——信報記者　某某 on its own line, 文／某某　圖／某某 before the body', () => {
    const { articles: a } = parse([
      '文員侵吞公款罪成', '', '一名文員被控侵吞公司公款逾30萬元，昨日在區域法院被裁定罪成，法官把案件押後至下月判刑，被告須還押。', '辯方求情指被告已退還款項。〔信報記者韋嘉晴〕', '',
      '理大：長者多運動減跌倒', '', '香港理工大學一項研究發現，每周運動三次的長者跌倒風險較低。', '', '——信報記者　黎卓言', '',
      '大坑老師傅　守舖五十年', '', '文／莫思琪　圖／甘子謙', '', '大坑一間不足百呎的舖頭，堆滿舊鐘錶和零件。守舖五十年的老師傅每日早上10時開舖。', '',
    ]);
    expect(a.map((x) => [x.headline, x.byline])).toEqual([
      ['文員侵吞公款罪成', ['韋嘉晴']], ['理大：長者多運動減跌倒', ['黎卓言']], ['大坑老師傅　守舖五十年', ['莫思琪']],
    ]);
  });

  it('reads a one-line headline set wider than the column under it as the next story\'s headline, not a crosshead', () => {
    const { articles: a } = parse([
      '財委會批科技城撥款', '', '立法會財務委員會昨日召開', '會議，審議科技城第一期工', '程撥款申請，經近三小時討', '論後通過。', '',
      '荃灣午市逼爆　區議員促擴闊過路處', '', '荃灣區議會前日舉行會議，', '討論荃灣一帶行人過路設施', '不足的問題。區議員指，過', '路處在午飯時間擠滿人。', '',
    ]);
    expect(a.map((x) => x.headline)).toEqual(['財委會批科技城撥款', '荃灣午市逼爆　區議員促擴闊過路處']);
  });

  it('reads a line with a speaker\'s colon alone over a paragraph as a headline after an undated story, a crosshead inside a dated one', () => {
    const undated = parse([
      '居屋七折推售', '', '房屋委員會昨日公布，居屋將以評估市值七折定價，推售約五千個單位。', '',
      '浸大：酷熱日長者入院增兩成', '', '香港浸會大學一項研究發現，在酷熱天氣警告的日子，長者入院人數增加約兩成。', '',
    ]);
    expect(undated.articles.map((x) => x.headline)).toEqual(['居屋七折推售', '浸大：酷熱日長者入院增兩成']);
    const dated = parse([
      '年初三逾十萬人擠廟', '', '【明報專訊】昨日是年初三，逾十萬人到廟宇參拜，鄉議局主席代表香港求籤。', '',
      '玄學家：下半年見轉機', '', '風水命理師某某昨日指出，籤文暗示下半年才見轉機。', '',
    ]);
    expect(dated.articles).toHaveLength(1);
    expect(dated.articles[0]!.body).toContain('下半年見轉機');
  });

  it('reads briefs whose headline runs into the first line under ◆, a full-width space between, as briefs with headlines; the marks are furniture', () => {
    const page = parse([
      '政經簡訊', '', '◆天文台料周日轉涼　香港天文', '台表示，一股東北季候風周日', '抵達廣東沿岸，氣溫會下降。', '',
      '◆康文署泳池今日重開　康樂及', '文化事務署表示，轄下戶外泳池', '今日起陸續重開。', '',
    ]);
    expect(page.articles.map((x) => [x.headline, x.body.slice(0, 6)])).toEqual([['天文台料周日轉涼', '香港天文台表'], ['康文署泳池今日重開', '康樂及文化事']]);
    expect(page.unassigned.map((u) => u.text)).toEqual(['政經簡訊', '◆', '◆']);
  });

  it('reads a line naming the paper\'s website with a slogan as furniture', () => {
    const page = parse([
      '警拘5男女涉假投資騙案', '', '警方昨日拘捕5名男女，涉嫌與假投資騙案有關。', '', '信報網站 hkej.com　即睇港聞政情分析', '',
      '康文署泳池今日重開', '', '康樂及文化事務署表示，轄下戶外泳池今日起陸續重開。', '',
    ]);
    expect(page.articles.map((x) => x.headline)).toEqual(['警拘5男女涉假投資騙案', '康文署泳池今日重開']);
    expect(page.unassigned.map((u) => u.text)).toEqual(['信報網站 hkej.com　即睇港聞政情分析']);
  });

  it('gives the second of two headlines stacked over two stories to the story it names, the paragraph that opens it', () => {
    const { articles: a } = parse([
      '荃灣工廈三級火　百人疏散', '的士撼燈柱　三人受傷', '',
      '荃灣一幢工業大廈昨晚發生', '火警，消防處將火警升為三', '級，約100人自行疏散，兩', '名消防員受傷。', '',
      '一輛的士昨日清晨在屯門公', '路撼向燈柱，司機及兩名乘', '客受傷，的士車頭嚴重毀爛。', '',
    ]);
    expect(a.map((x) => [x.headline, x.body.slice(0, 4)])).toEqual([['荃灣工廈三級火　百人疏散', '荃灣一幢'], ['的士撼燈柱　三人受傷', '一輛的士']]);
  });

  it('reads the place filed from and the day, set apart from the text with no agency, as the dateline (中山26日電　…)', () => {
    const { articles: a } = parse(['港府與中山簽備忘錄', '', '信報特派記者　苗嘉怡', '', '中山26日電　香港特區政府與中山市人民政府簽署備忘錄。', '']);
    expect(a.map((x) => [x.dateline, x.byline, x.body])).toEqual([['中山26日電', ['苗嘉怡'], '香港特區政府與中山市人民政府簽署備忘錄。']]);
  });
});

describe('what the review of round 53 asked for (layout)', () => {
  it('keeps a deck that sums up a later paragraph with its story (no stacked headline where the paragraph tells no time first)', () => {
    const { articles: a } = parse([
      '大埔村屋火警　一死兩傷', '消防疑縱火　警方列謀殺', '',
      '大埔一間村屋昨晨發生火警，一名男子死亡，另外兩人', '受傷送院治理，消防員救出多名住客。', '',
      '警方初步調查後懷疑有人縱火，案件列作謀殺處理，交', '由重案組跟進，暫時未有人被捕。', '',
    ]);
    expect(a).toHaveLength(1);
  });

  it('keeps a crosshead a little wider than its column inside a dated story', () => {
    const { articles: a } = parse([
      '長者中暑個案急增', '', '【本報訊】天文台昨日發出', '酷熱天氣警告，多區氣溫高達三十五度。', '醫管局表示，過去一星期急', '症室接收的中暑長者個案較', '上月同期增加兩成，當中不',
      '少人需要留院治理。醫管局', '發言人指，各區急症室已加', '派人手，應付求診人數上升', '。發言人又指，今年夏天比', '往年炎熱，預料個案會繼續', '增加，呼籲市民小心防暑。', '',
      '醫生建議長者中午避免外出活動', '', '醫生表示，長者體溫調節能', '力較弱，中午外出活動容易', '中暑，建議長者中午避免外', '出，多飲水及留在室內陰涼', '地方，如感不適應立即求醫。', '',
    ]);
    expect(a).toHaveLength(1);
  });

  it('keeps points under ● inside a dated story, after a line that announces them, in the story', () => {
    const { articles: a } = parse([
      '政府推三招助長者防暑', '', '【本報訊】政府昨日宣布三項措施，協助長', '者應付炎熱天氣：', '',
      '●增設冷氣休息站　當局將於十八區增設四十', '個冷氣休息站，讓長者避暑。', '',
      '●派發防暑物資　社署將向獨居長者派發風扇', '及飲用水。', '',
    ]);
    expect(a).toHaveLength(1);
    expect(a[0]!.body).toContain('派發防暑物資');
  });

  it('keeps a narrow column\'s last paragraph that ends in a jump line (. PAGE 2) in its story', () => {
    const page = parse([
      'Premier vows to boost consumption', '', 'By LI MING in Beijing', '',
      'China will roll out more measures to', 'boost consumption this year, Premier', 'Zhao Heng said on Thursday.', '',
      'The measures will focus on services', 'such as elderly care and tourism, and', 'the government will expand trade-in', 'programs for cars and appliances. PAGE 2', '',
    ]);
    expect(page.articles[0]!.body).toContain('appliances');
    expect(page.unassigned).toEqual([]);
  });

  it('keeps a line of a paragraph that gives a website in the text', () => {
    const { articles: a } = parse(['泳班接受報名', '', '康文署昨日宣布，夏季游泳班下周一起接受報名，', '市民可瀏覽 www.lcsd.gov.hk 查閱', '課程詳情，名額有限。', '']);
    expect(a[0]!.body).toContain('lcsd');
  });

  it('reads no jump line (Continued from Page 1) and no headline naming the weather (Extreme Weather) as furniture or headline wrongly', () => {
    expect(parse(['Continued from Page 1', '', 'The new rule takes effect next month, officials said on Thursday.', '']).articles[0]!.headline).toBeUndefined();
    expect(parse(['Extreme Weather', '', 'Torrential rain flooded streets in Guangzhou on Thursday, officials said.', '']).articles[0]!.headline).toBe('Extreme Weather');
  });
});

