// Layouts the Hong Kong page written blind in round 54 printed, in the style of the free daily am730. Names are
// invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const parse = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-04-03' });
const heads = (page: ReturnType<typeof parse>) => page.articles.map((a) => [a.headline, a.subheadlines, a.body.slice(0, 5), a.byline]);

describe('a Hong Kong page in am730 style (round 54, written blind)', () => {
  it('closes a story with a reporter named alone before 報道, in brackets', () => {
    const page = parse([
      '醫管局｜長假急症室或等8小時', '', '立法會衞生事務委員會昨日開', '會，醫管局表示長假期間急症', '室或要等8小時。', '', '（龐卓欣報道）', '',
      '「排兩粒鐘先上到車」', '', '區議員促加開接駁巴士', '', '北區區議會前日舉行會議，區', '議員指掃墓人士要排兩粒鐘先', '上到車，促加開接駁巴士。',
    ]);
    expect(heads(page)).toEqual([
      ['醫管局｜長假急症室或等8小時', [], '立法會衞生', ['龐卓欣']],
      ['「排兩粒鐘先上到車」', ['區議員促加開接駁巴士'], '北區區議會', []],
    ]);
    // (… but not a place reported from: （廣州報道）.)
    expect(parse(['長假', '', '立法會衞生事務委員會昨日開', '會討論長假安排。', '', '（廣州報道）']).articles[0]!.byline).toEqual([]);
  });

  it('opens a story under a headline and its deck, each alone between blank lines, after a story with no dateline', () => {
    const page = parse([
      '區議員促加開接駁巴士', '', '北區區議會前日舉行會議，討', '論清明節期間往來墳場的交', '通安排，議員關注山火風險。', '',
      '局長巡郊野公園　籲防山火', '', '漁護署清明增派人手巡邏', '', '環境及生態局局長馬志強昨日', '到郊野公園視察山火防範工作，', '漁護署署長陪同。',
    ]);
    expect(heads(page).map((h) => h.slice(0, 3))).toEqual([
      ['區議員促加開接駁巴士', [], '北區區議會'],
      ['局長巡郊野公園　籲防山火', ['漁護署清明增派人手巡邏'], '環境及生態'],
    ]);
  });

  it('reads a headline whose label a bar sets apart (消委會｜…) as the next story\'s', () => {
    const page = parse([
      '扮海關電話騙案　警拘8人', '', '警方上周起展開行動，拘捕8', '名涉嫌假冒海關人員打電話', '行騙的男女，涉款3200萬元。', '',
      '消委會｜四成朱古力蛋含礦物油', '', '消費者委員會昨日公布測試結', '果，25款朱古力蛋中有10款驗', '出礦物油。',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['扮海關電話騙案　警拘8人', '消委會｜四成朱古力蛋含礦物油']);
  });

  it('reads a column\'s name as furniture, a quotation under the headline as its deck, and the writer\'s credit over the feature as its byline', () => {
    const page = parse([
      '港大研究｜小學生長假機不離手', '', '香港大學一項調查發現，小學生', '長假期間每日使用屏幕5小時。', '',
      '城中人物', '', '上環紙紮舖　一門手藝半世紀', '', '「後生仔嫌辛苦，冇人肯學」', '', '撰文：施雅琳　攝影：羅家俊', '',
      '上環一間紙紮舖擺滿紙紮大屋。', '師傅何漢明今年76歲，14歲入行。', '「後生仔嫌辛苦，冇人肯學。」他說。',
    ]);
    expect(heads(page)).toEqual([
      ['港大研究｜小學生長假機不離手', [], '香港大學一', []],
      ['上環紙紮舖　一門手藝半世紀', ['「後生仔嫌辛苦，冇人肯學」'], '上環一間紙', ['施雅琳']],
    ]);
    expect(page.unassigned.map((u) => u.text)).toContain('城中人物');
  });

  it('reads a short topic over the headline as its kicker, and a headline broken inside a word as one', () => {
    const page = parse([
      '復活節長假', '', '司長主禮啟德嘉', '年華　料吸25萬人次', '', '政務司司長陳國華昨日主持啟德', '嘉年華開幕典禮，復活節長假期間', '料吸引25萬人次。',
    ]);
    expect(heads(page).map((h) => h.slice(0, 2))).toEqual([['司長主禮啟德嘉年華　料吸25萬人次', ['復活節長假']]]);
  });

  it('reads a place and a day closed by a bar as the dateline, dating the story\'s events', () => {
    const a = parse(['港江簽安老協議', '', '江門2日｜香港特區政府勞工及福利局與江門市民政局在江門簽署安老服務合作協議。']).articles[0]!;
    expect(a.dateline).toBe('江門2日｜');
    expect(a.events.map((e) => [e.type, e.date?.iso])).toEqual([['signing', '2026-04-02']]);
  });

  it('gives a headline printed under its story, over the briefs\' label, to the story after the caption', () => {
    const page = parse([
      '上環紙紮舖　一門手藝半世紀', '', '上環一間紙紮舖擺滿紙紮大屋，', '師傅何漢明今年76歲，14歲入行。', '',
      '圖：何漢明在店內紮作紙紮大屋。', '（攝影：羅家俊）', '',
      '吐露港公路近大埔滘昨晚7', '時許發生七車連環相撞意外，', '8人受傷。', '',
      '吐露港公路七車相撞　8傷', '', '新聞快線', '',
      '●港鐵清明加密班次', '', '港鐵公司表示，清明節長假期', '間會加密班次。', '',
      '掃描QR Code　睇更多港聞短片',
    ]);
    expect(heads(page).map((h) => h.slice(0, 3))).toEqual([
      ['上環紙紮舖　一門手藝半世紀', [], '上環一間紙'],
      ['吐露港公路七車相撞　8傷', [], '吐露港公路'],
      ['港鐵清明加密班次', [], '港鐵公司表'],
    ]);
    expect(page.unassigned.map((u) => u.text.replace(/\s+/g, ''))).toEqual(['圖：何漢明在店內紮作紙紮大屋。（攝影：羅家俊）', '新聞快線', '●', '掃描QRCode睇更多港聞短片']);
  });
});

describe('an English Global Times page (round 54, written blind)', () => {
  const english = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-04-03' });

  it('reads the folio, box labels, a chart and a photo credit the column cuts as furniture, each one piece', () => {
    const page = english([
      '4 CHINA', 'GLOBAL TIMES | Friday, April 3, 2026', '',
      'Tea growers', 'expect record year', '', 'By Li Ming', '',
      'Tea growers in Lishui expect a record harvest this spring, the county said on Thursday.', '',
      'Tea pickers work in a garden in Song-', 'yang county on Wednesday.', 'Photo: courtesy of the Songyang county', 'government', '',
      'HOLIDAY TRAVEL', 'Trips, million', '2025  783', '2026  812 (forecast)', 'Source: Ministry of Transport', '',
      'NEWSMAKER', '',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['Tea growers expect record year']);
    expect(page.unassigned.map((u) => u.text.replace(/\s+/g, ' '))).toEqual([
      '4 CHINA', 'GLOBAL TIMES | Friday, April 3, 2026',
      'Tea pickers work in a garden in Song- yang county on Wednesday. Photo: courtesy of the Songyang county government',
      'HOLIDAY TRAVEL Trips, million 2025 783 2026 812 (forecast) Source: Ministry of Transport', 'NEWSMAKER',
    ]);
  });

  it('reads a headline under a box\'s label as one though it keeps its articles, and an interviewer\'s questions as text', () => {
    const page = english([
      'Skaters honored', 'in Harbin', '', 'By Gu Lan', '', 'Speed skater Bao Rui won the top award in Harbin on Wednesday.', '',
      'NEWSMAKER', '', 'From a frozen pond', 'to the world stage', '', 'Bao Rui, 24, grew up skating on a frozen pond.', '',
      'IN FOCUS', '', 'Greener farewells', 'gain ground', '', 'Scholar says tree burials reflect new family ties', '', 'By Ding Hua', '',
      'The Global Times spoke with Zhu Ling, a professor of sociology, about tree burials.', '',
      'GT: Why choose tree or sea burials?', '', 'Zhu: Grave land is scarce in big cities.',
    ]);
    expect(page.articles.map((a) => [a.headline, a.subheadlines])).toEqual([
      ['Skaters honored in Harbin', []],
      ['From a frozen pond to the world stage', []],
      ['Greener farewells gain ground', ['Scholar says tree burials reflect new family ties']],
    ]);
    expect(page.articles[2]!.body).toContain('GT: Why choose tree or sea burials?');
  });

  it('gives a headline printed over a box\'s label to the story after the box', () => {
    const page = english([
      'Landslide kills two', 'in Guizhou county', '', 'IN FOCUS', '', 'Greener farewells', 'gain ground', '',
      'Scholar says online memorials and tree burials reflect new family ties', '', 'By Ding Hua', '',
      'The Global Times spoke with Zhu Ling, a professor, about online memorials and tree burials.', '',
      'Zhu: A daughter can light a virtual candle at noon.', '',
      'Two people were killed after a landslide struck a village in Wangmo county, Guizhou Province, on Thursday.', '',
      'Global Times',
    ]);
    expect(page.articles.map((a) => [a.headline, a.body.slice(0, 12)])).toEqual([
      ['Greener farewells gain ground', 'The Global T'],
      ['Landslide kills two in Guizhou county', 'Two people w'],
    ]);
  });
});

describe('the Global Times\' own dateline', () => {
  it('reads a place, a day and (GT) as the dateline, as (Xinhua) is read', () => {
    const a = parsePage('Cities become sisters\n\nXI\'AN, April 2 (GT) — Xi\'an and Almaty signed a sister-city agreement on Thursday.', { issueDate: '2026-04-03' }).articles[0]!;
    expect(a.dateline).toBe('XI\'AN, April 2 (GT) —');
    expect(a.organizations.map((o) => o.name)).toEqual([]);
  });
});

describe('what the review of round 54 asked for (layout)', () => {
  it('reads a day and a bar after no place as a headline\'s label, not a dateline (長假首3日｜…)', () => {
    const a = parse(['長假首3日｜訪港旅客逾80萬', '', '入境處表示，長假首三日約有80萬旅客訪港，較去年同期增加一成。']).articles[0]!;
    expect([a.headline, a.dateline]).toEqual(['長假首3日｜訪港旅客逾80萬', undefined]);
  });

  it('keeps two crossheads stacked inside a story in it, where the paragraph under them goes on with it', () => {
    const page = parse([
      '醫衞局｜長假急症室或等8小時', '', '立法會衞生事務委員會昨日開', '會，醫管局表示長假期間急症', '室或要等8小時。醫院管理局已', '預留約300張臨時病床，議員', '關注急症室醫生人手不足。', '',
      '議員簡卓恒質疑醫管局每逢長', '假都臨急抱佛腳，要求當局交', '代急症室醫生的流失情況，並', '問及長假期間醫生人手安排及', '臨時病床的分配。', '',
      '議員質疑人手不足', '', '局長指正招聘醫生', '',
      '路漢賢回應議員質疑時指，醫', '管局正積極招聘急症室醫生，', '人手不足問題會逐步改善，長', '假期間病床亦會增加。', '', '記者：殷子晴',
    ]);
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([['醫衞局｜長假急症室或等8小時', ['殷子晴']]]);
  });

  it('names no agency as a reporter (（彭博報道）)', () => {
    expect(parse(['油價急升', '', '國際油價昨日急升，期油升至每桶90美元。', '', '（彭博報道）']).articles[0]!.byline).toEqual([]);
  });

  it('reads a much wider line under a headline, opening with a word of two characters, as its deck', () => {
    const a = parse(['李家超率團訪京', '下周　晤國家發改委主任商大灣區發展', '', '行政長官李家超下周將率團訪問北京，與國家發改委主任會面，商討大灣區發展。']).articles[0]!;
    expect([a.headline, a.subheadlines]).toEqual(['李家超率團訪京', ['下周　晤國家發改委主任商大灣區發展']]);
  });

  it('reads a short headline of six characters over its deck as the headline, no kicker', () => {
    const a = parse(['港府推新措施', '', '明年增建三萬公屋　輪候時間縮至四年', '', '港府昨日推出新措施，明年增建三萬個公屋單位，輪候時間縮至四年。']).articles[0]!;
    expect(a.headline).toBe('港府推新措施');
  });

  it('reads an English headline that asks a speaker\'s question as the headline, not an interviewer\'s question', () => {
    const a = parsePage('Experts: Is the AI boom a bubble?\n\nBEIJING, April 2 (Xinhua) -- Economists differ on whether the AI boom is a bubble.', { issueDate: '2026-04-03' }).articles[0]!;
    expect(a.headline).toBe('Experts: Is the AI boom a bubble?');
  });
});
