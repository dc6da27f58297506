// Layouts the pages written blind in round 47 printed. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('an English headline whose last line keeps an article (… wishes city / a \'galloping\' new year)', () => {
  it('is one headline where its deck and byline follow, and the deck is the subheadline', () => {
    const raw = ['CE opens Victoria', 'Park fair, wishes city', "a 'galloping' new year", '', 'Stallholders upbeat as 15 fairs', 'draw crowds before Year of the Horse', '', 'By MARY WONG in Hong Kong', '', 'Chief Executive Lam Chi-yan opened the fair on Wednesday.', ''].join('\n');
    const a = parsePage(raw, { issueDate: '2026-02-13' }).articles;
    expect(a.map((x) => [x.headline, x.subheadlines, x.byline])).toEqual([
      ["CE opens Victoria Park fair, wishes city a 'galloping' new year", ['Stallholders upbeat as 15 fairs draw crowds before Year of the Horse'], ['MARY WONG']],
    ]);
  });

  it('but a short paragraph with an article and no byline after it stays running text', () => {
    const raw = ['Markets rose', 'as investors bought', 'a range of shares', '', 'Analysts expect more gains.', ''].join('\n');
    expect(parsePage(raw, { issueDate: '2026-02-13' }).articles.map((x) => x.headline ?? '')).not.toContain('Markets rose as investors bought a range of shares');
  });
});

describe('a reporter\'s credit after a bracketed dateline (【大公報訊】記者 某某報道：)', () => {
  const first = (text: string) => {
    const a = parsePage(`新春探訪送暖\n\n${text}\n`, { issueDate: '2026-02-13' }).articles[0]!;
    return [a.dateline, a.byline, a.body.slice(0, 6)];
  };

  it('reads the reporters with a space after 記者, the body after the colon', () => {
    expect(first('【大公報訊】記者 甘子晴報道：港澳辦副主任昨日抵港。')).toEqual(['【大公報訊】', ['甘子晴'], '港澳辦副主任']);
    expect(first('【大公報訊】記者 牛嘉敏、端木琛報道：頒獎典禮昨日舉行。')).toEqual(['【大公報訊】', ['牛嘉敏', '端木琛'], '頒獎典禮昨日']);
  });

  it('reads a 報道 the line breaks, and the paper\'s reporter with the place filed from on the next line', () => {
    expect(first('【大公報訊】記者 牛嘉敏、端木琛報\n道：頒獎典禮昨日舉行。')).toEqual(['【大公報訊】', ['牛嘉敏', '端木琛'], '頒獎典禮昨日']);
    expect(first('【大公報訊】大公報記者 盧冠廷\n廣州報道：科大昨日簽署協議。')).toEqual(['【大公報訊】', ['盧冠廷'], '科大昨日簽署']);
  });

  it('takes no place filed from for a reporter (記者 廣州報道)', () => {
    expect(first('【大公報訊】記者 廣州報道：科大昨日簽署協議。')[1]).toEqual([]);
  });
});

describe('a one-line brief headline as wide as the narrow column under it (除夕轉冷市區低見11度)', () => {
  it('opens a brief of its own, with no dateline, where it shares most of its words with the paragraph', () => {
    const raw = ['春節料四百萬人次出入境', '', '【大公報訊】入境事務處昨日公布，預', '計下周一（16日）除夕將有約三十', '二萬名香港居民出境。', '', '除夕轉冷市區低見11度', '', '天文台昨日預測，一股強烈', '東北季候風會在本周日', '（15日）抵達廣東沿岸，', '下周一（16日）除夕本港', '天氣轉冷，市區最低氣溫約', '11度，新界再低兩三度。', ''].join('\n');
    const articles = parsePage(raw, { issueDate: '2026-02-13' }).articles;
    expect(articles.map((a) => a.body.slice(0, 3))).toEqual(['入境事', '天文台']);
    expect(articles[1]!.headline).toBe('除夕轉冷市區低見11度');
  });
});

describe('a crosshead inside a story whose section goes on with the story over its paragraphs (議員關注交通配套)', () => {
  it('stays in the story, though its first paragraph tells of new people', () => {
    const raw = ['簡約公屋年內再落成八千伙', '', '【大公報訊】立法會房屋事務委員會昨日舉行', '會議，討論簡約公屋計劃的最新進展。房屋', '局副局長莫啟明及運輸署首席運輸主任', '甘志誠出席會議，會議由委員會主席', '柯文浩主持。', '', '莫啟明表示，政府計劃在五年內興建', '約三萬個簡約公屋單位，今年會再有約', '八千個單位落成。', '', '議員關注交通配套', '', '立法會議員卜家寶及湯詠詩均關注', '偏遠項目的交通配套，要求加設小巴站。', '', '甘志誠回應時表示，運輸署已要求巴士', '公司研究開辦新巴士綫，並會增設專綫', '小巴站。', '', '柯文浩總結時表示，委員會將安排議員', '參觀簡約公屋項目。', ''].join('\n');
    const articles = parsePage(raw, { issueDate: '2026-02-13' }).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.body).toContain('柯文浩總結時表示');
  });
});

describe('a web promo without www, and a body\'s picture credit closing a caption (round 48, written blind)', () => {
  it('reads ■明报新闻网　news.mingpao.com as page furniture, and a caption closed by （马会图片） as a caption, no byline', () => {
    const raw = ['赛马日八万人入场', '', '【明报专讯】香港赛马会昨日在沙田马场举行新春赛马日，吸引八万人入场。', '', '■「福运星辉」在终点前追过对手，勇', '夺新春杯。（马会图片）', '', '骑师巫子皓赛后表示，马匹状态理想。', '', '■明报新闻网　news.mingpao.com', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-02-20' });
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([['赛马日八万人入场', []]]);
    expect(page.articles[0]!.body).toContain('骑师巫子皓赛后表示');
    expect(page.unassigned.map((u) => u.text)).toContain('■明报新闻网　news.mingpao.com');
  });
});

describe('an English caption credited to an agency inside a dispatch (round 48, written blind)', () => {
  it('is a caption where the story goes on under it with running text, not the dispatch\'s closing credit', () => {
    const raw = ['Hainan duty-free sales', 'up 25% over holiday', '', 'HAIKOU, Feb 19 (Xinhua) -- Offshore duty-free', 'shopping in Hainan reached 2.18 billion yuan,', 'Haikou Customs said on Thursday.', '', 'Shoppers at the Haikou International Duty-', 'Free City on Wednesday.', 'XINHUA', '', 'Vice-Governor Tan Yuqing visited the Haikou', 'International Duty-Free City in Xiuying', 'district on Wednesday afternoon with the', 'director of the department.', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-02-20' });
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.body).toContain('Vice-Governor Tan Yuqing visited');
    expect(page.articles[0]!.body).not.toContain('Shoppers at the');
  });
});

describe('a crosshead inside a feature that has no dateline (round 48, written blind)', () => {
  it('stays in the feature (longer than a brief) when the section under it goes on with the feature', () => {
    const raw = ['港深创科园首批大楼迎租户', '', '位于落马洲河套地区的港深创新及科技园，首批三座', '大楼去年底相继落成，本月起陆续有企业迁入。香港', '科技园公司行政总裁毕嘉伦表示，深圳市福田区代表', '团本月参观港深创科园，与首批租户交流。', '', '首批租户之一的芯研科技有限公司总裁表示，公司', '选择进驻港深创科园，是看中香港的国际网络及', '科研人才，公司计划明年在园区增聘一百名研究员，', '并与本地大学合作培训人才。', '', '毕嘉伦表示，首批三座大楼的出租率已达八成，', '科技园公司会继续吸引大湾区企业进驻港深创科园，', '首批租户陆续迁入。', '', '区委书记：两园协同发展', '', '深圳市福田区委书记邬建平表示，港深创科园与福田', '园区协同发展，吸引更多企业迁入。毕嘉伦透露，科技', '园公司下月会与更多科研机构签署合作协议，吸引企业', '进驻港深创科园，首批三座大楼的租户陆续迁入。', ''].join('\n');
    const articles = parsePage(raw, { issueDate: '2026-02-20' }).articles;
    expect(articles).toHaveLength(1);
    expect(articles[0]!.body).toContain('邬建平表示');
  });
});

describe('a one-line brief headline that abbreviates every word (花展下月13日维园揭幕, round 48)', () => {
  it('opens a brief of its own after the brief before it', () => {
    const raw = ['启德新巴士线下月开办', '', '【明报专讯】运输署昨日公布，来往将军澳康城及启德', '体育园的新巴士线下月2日开办，每15分钟一班。', '', '花展下月13日维园揭幕', '', '康乐及文化事务署昨日宣布，', '「2026香港花卉展览」将于下月', '13日至22日在维多利亚公园举行，', '主题花为兰花。', ''].join('\n');
    const articles = parsePage(raw, { issueDate: '2026-02-20' }).articles;
    expect(articles.map((a) => a.body.slice(0, 3))).toEqual(['运输署', '康乐及']);
    expect(articles[0]!.body).not.toContain('花展');
  });
});

describe('an English paragraph whose line ends in a word of time (… from Sunday to next / Monday, round 48)', () => {
  it('is running text under its brief\'s headline, not a headline of its own', () => {
    const raw = ['Snow to disrupt', 'return journeys', '', 'Heavy snow will hit parts of Shandong, Henan', 'and Anhui provinces from Sunday to next', 'Monday, the last day of the holiday, the', 'National Meteorological Center said yes-', 'terday.', ''].join('\n');
    const a = parsePage(raw, { issueDate: '2026-02-20' }).articles;
    expect(a.map((x) => [x.headline, x.body.slice(0, 10)])).toEqual([['Snow to disrupt return journeys', 'Heavy snow']]);
  });
});

describe('what the round-47 and round-48 layouts must not take (review)', () => {
  it('keeps two undated briefs on one topic apart', () => {
    const raw = ['港铁下月起加价', '', '港铁公司昨日宣布，下月起车费平均加价百分之三，', '东涌线及屯马线车费亦会调整。', '', '港铁东涌线延线通车', '', '港铁东涌线延线昨日通车，港铁公司表示，', '东涌线每日载客量预计增加三万人次。', ''].join('\n');
    expect(parsePage(raw, { issueDate: '2026-02-20' }).articles).toHaveLength(2);
  });

  it('keeps a sentence closed by a source in brackets in the story (（资料由运输署提供）)', () => {
    const raw = ['新巴士线下月开办', '', '【明报专讯】来往将军澳及启德的新巴士线下月开办。', '', '新路线的车费为八元至十二元不等。（资料由运输署提供）', ''].join('\n');
    expect(parsePage(raw, { issueDate: '2026-02-20' }).articles[0]!.body).toContain('车费为八元');
  });

  it('closes a dispatch at XINHUA when the next story opens with its dateline', () => {
    const raw = ['Port sets record', '', 'HAIKOU, Feb 19 (Xinhua) -- The port handled a record number of', 'containers in January, the port authority said on Thursday.', '', 'The port plans a new terminal.', 'XINHUA', '', 'GUANGZHOU — The city opened a new metro line on Thursday, linking', 'the airport with the southern districts of the city, the operator', 'said on Thursday as passengers crowded onto the first trains.', ''].join('\n');
    const a = parsePage(raw, { issueDate: '2026-02-20' }).articles;
    expect(a[0]!.body).toContain('The port plans a new terminal.');
  });
});
