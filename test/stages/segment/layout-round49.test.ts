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
