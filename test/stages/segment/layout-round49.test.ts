// Layouts the Hong Kong page written blind in round 49 (星島日報 style) printed. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const parse = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-02-27' }).articles;

describe('closing credits on a line of their own', () => {
  it('reads a paper\'s short name or a beat before 記者 (星島記者 某某, 法庭記者 某某) as the story\'s byline', () => {
    const a = parse(['屯門公屋下月入伙', '', '【星島日報報道】房屋局昨日宣布，屯門公屋下月入伙。', '', '局長甄美華指出，當局會盡快安排。', '', '星島記者 柯麗珊、岑子朗', '', '東主欺詐罪成囚三年', '', '【星島日報報道】區域法院昨日判處裝修公司東主欺詐罪成。', '', '法庭記者 符詠琪', '']);
    expect(a.map((x) => x.byline)).toEqual([['柯麗珊', '岑子朗'], ['符詠琪']]);
    expect(a[0]!.body).not.toContain('星島記者');
  });

  it('leaves out the photographer credited after the reporter (記者　甲　攝影　乙, 文：甲　圖：乙)', () => {
    const a = parse(['工廈三級火百人疏散', '', '【星島日報報道】葵涌工廈昨晚發生三級火，百人疏散。', '', '記者　游子朗　攝影　喬志明', '', '霓虹師傅守工場', '', '走進油麻地的霓虹工場，師傅正燒玻璃管，工場仍在運作。', '', '文：符曉琳　圖：岳俊文', '']);
    expect(a.map((x) => x.byline)).toEqual([['游子朗'], ['符曉琳']]);
  });
});

describe('a special correspondent after the dateline (特派記者 某某 / 江門報道：)', () => {
  it('is the byline, the place filed from on the next line is not, and the body starts after the colon', () => {
    const [a] = parse(['港江簽文旅協議', '', '【星島日報報道】特派記者蒲麗瑩', '江門報道：政務司司長昨日率團抵達江門市訪問，簽署文旅協議。', '']);
    expect([a!.dateline, a!.byline, a!.body.slice(0, 7)]).toEqual(['【星島日報報道】', ['蒲麗瑩'], '政務司司長昨日']);
  });
});

describe('a section label over briefs (港聞簡訊)', () => {
  it('is page furniture, and the first brief under it, with no dateline, is an article of its own', () => {
    const a = parse(['警破騙案拘9人', '', '【星島日報報道】警方昨日搗破一個網上騙案集團，拘捕9人。', '', '港聞簡訊', '', '明日轉涼　市區低見13度', '', '天文台預測，一道冷鋒明日橫過廣東沿岸，本港明日轉涼，市區最低約13度，新界再低兩度。', '']);
    expect(a.map((x) => x.headline)).toEqual(['警破騙案拘9人', '明日轉涼　市區低見13度']);
    expect(a.some((x) => x.body.includes('港聞簡訊'))).toBe(false);
  });
});

describe('boxes beside an English story (round 49, written blind)', () => {
  const english = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-02-27' });

  it('takes a table of figures, with its title and source line, out of the story as one piece of furniture', () => {
    const page = english([
      'Battery maker\'s profit jumps', '', 'By TANG LI in Shenzhen', '',
      'Yuanhe Storage Co Ltd said its net profit rose', '38.5 percent, as orders from Europe doubled.', '',
      'YUANHE AT A GLANCE (2025)', 'Revenue          86.4 bn yuan    +22.1%', 'Net profit       7.93 bn yuan    +38.5%', 'Source: company report', '',
      'Chairman Mo Jian told a results briefing', 'yesterday that overseas sales grew.', '',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.body).toContain('Chairman Mo Jian told');
    expect(page.articles[0]!.body).not.toContain('Revenue');
    expect(page.unassigned.map((u) => u.text)).toContain('YUANHE AT A GLANCE (2025)\nRevenue          86.4 bn yuan    +22.1%\nNet profit       7.93 bn yuan    +38.5%\nSource: company report');
  });

  it('takes out a pull quote whose speaker\'s post runs on to a second line in capitals', () => {
    const page = english([
      'Regulator pledges wider access', '', 'By QIN LI', '',
      'China will further open its capital market, the regulator said.', '',
      '"Long-term foreign', 'capital is a stabilizer', 'of our market."', 'YAN SHOUMING, CHAIRMAN OF', 'THE CSRC', '',
      '"Long-term foreign capital is a stabilizer of our market," Yan said.', '',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['Regulator pledges wider access']);
    expect(page.unassigned.some((u) => u.text.endsWith('CHAIRMAN OF\nTHE CSRC'))).toBe(true);
  });
});

describe('a brief\'s headline whose word the story breaks at a hyphen (holi- / day)', () => {
  it('stays the headline of the brief under it', () => {
    const raw = ['Box office sets', 'holiday record', '', 'Chinese cinemas took 11.2 billion yuan during the holi-', 'day, the China Film Administration said yesterday.', '', 'CHINA DAILY', ''].join('\n');
    expect(parsePage(raw, { issueDate: '2026-02-27' }).articles.map((a) => a.headline)).toEqual(['Box office sets holiday record']);
  });
});
