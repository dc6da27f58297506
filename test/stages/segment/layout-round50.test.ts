// Layouts the Hong Kong page written blind in round 50 (東方日報 style) printed. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';
import { FURNITURE_RULES } from '../../../src/stages/segment/rules.js';

const parse = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-03-06' });

describe('closing credits on a line of their own', () => {
  it('reads two reporters 及 joins (東方日報記者 甲及乙), and a beat\'s credit naming no one (本報法庭記者)', () => {
    const { articles: a } = parse(['貨車撼巴士　九人傷', '', '【東方日報訊】一輛貨車昨日在屯門公路撼巴士，九人受傷。', '', '東方日報記者 甘浩然及冼詩雅', '', '網店賣假貨　東主囚三月', '', '【東方日報訊】一名網店東主昨日在裁判法院被判監禁三個月。', '', '本報法庭記者', '', '警搗毒品工場', '', '【東方日報訊】警方前日在元朗搗破一個毒品工場。', '']);
    expect(a.map((x) => [x.headline, x.byline])).toEqual([
      ['貨車撼巴士　九人傷', ['甘浩然', '冼詩雅']],
      ['網店賣假貨　東主囚三月', []],
      ['警搗毒品工場', []],
    ]);
  });

  it('gives a reporter credited under the headline, above the dateline, to the story below (本報記者 某某 / 【東方日報訊】)', () => {
    const { articles: a } = parse(['柳州市長率團訪港', '', '本報記者 龐曉晴', '', '【東方日報訊】柳州市市長率領的經貿代表團昨日訪港。', '']);
    expect(a.map((x) => [x.headline, x.dateline, x.byline])).toEqual([['柳州市長率團訪港', '【東方日報訊】', ['龐曉晴']]]);
  });
});

describe('page furniture', () => {
  it('reads a website promoted with a slogan (■某某即時新聞　隨時隨地睇：on.cc) and the page\'s editors (港聞版編輯：甲　美術：乙) as furniture', () => {
    const page = parse(['貨車撼巴士　九人傷', '', '【東方日報訊】一輛貨車昨日在屯門公路撼巴士，九人受傷。', '', '■東網即時新聞　隨時隨地睇：on.cc', '', '網店賣假貨　東主囚三月', '', '【東方日報訊】一名網店東主昨日被判監禁三個月。', '', '港聞版編輯：余婉儀　美術：應子朗', '']);
    expect(page.articles.map((x) => x.headline)).toEqual(['貨車撼巴士　九人傷', '網店賣假貨　東主囚三月']);
    expect(page.unassigned.map((u) => u.text)).toEqual(['■東網即時新聞　隨時隨地睇：on.cc', '港聞版編輯：余婉儀　美術：應子朗']);
  });
});

describe('headlines', () => {
  it('reads an office\'s post and a colon as a speaker in a headline\'s second line (勞工處處長：銀髮員工經驗寶貴)', () => {
    const { articles: a } = parse(['貨車撼巴士　九人傷', '', '【東方日報訊】一輛貨車昨日在屯門公路撼巴士，九人受傷。', '', '百企獲嘉許長者友善僱主', '勞工處處長：銀髮員工經驗寶貴', '', '【東方日報訊】由勞工處合辦的長者友善僱主嘉許計劃前日舉行頒獎禮，逾百間企業獲嘉許，處長祖慧敏擔任主禮嘉賓。', '']);
    expect([a[1]!.headline, a[1]!.dateline]).toEqual(['百企獲嘉許長者友善僱主', '【東方日報訊】']);
  });

  it('reads a brief\'s one-line headline of two phrases (周日起回南　濕度高達95%) over a paragraph with no dateline', () => {
    const { articles: a } = parse([
      '地盤工人墮棚架重傷', '', '【東方日報訊】將軍澳', '一個住宅地盤昨日下午', '發生工業意外，一名工', '人失足墮下重傷。', '',
      '周日起回南　濕度高達95%', '', '昨日是二十四節氣的驚蟄，', '天文台預測，一股偏東氣流', '會在周末為華南沿岸帶來溫', '暖潮濕的天氣，本周日（8', '日）起市區氣溫介乎19至24', '度，相對濕度最高可達95%。', '',
    ]);
    expect(a.map((x) => x.headline)).toEqual(['地盤工人墮棚架重傷', '周日起回南　濕度高達95%']);
  });
});

describe('what the review of round 50 asked for', () => {
  it('reads a market figure under a mark (■恒指收报 16500.25) as no web address', () => {
    const promo = FURNITURE_RULES.find((r) => r.id === 'furniture.web-promo')!.re;
    expect([promo.test('■恒指收报 16500.25'), promo.test('■東網即時新聞　隨時隨地睇：on.cc'), promo.test('■星島頭條網　www.stheadline.com')]).toEqual([false, true, true]);
  });

  it('keeps the reporter credited above the dateline and the one credited after it', () => {
    const { articles: a } = parse(['柳州市長率團訪港', '', '本報記者 龐曉晴', '', '【本報訊】記者周明報道：柳州市市長率領的經貿代表團昨日訪港。', '']);
    expect(a.map((x) => [x.headline, x.byline])).toEqual([['柳州市長率團訪港', ['龐曉晴', '周明']]]);
  });
});
