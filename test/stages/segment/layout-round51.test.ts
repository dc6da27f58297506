// Layouts the Hong Kong page written blind in round 51 (香港文匯報 style) printed. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const parse = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-03-13' });

describe('the reporters inside the dateline\'s brackets (【香港文匯報訊（記者 某某）】)', () => {
  it('reads the whole bracket as the dateline and its names as the byline, a name broken over the line end joined', () => {
    const { articles: a } = parse([
      '青年創科博覽揭幕', '', '【香港文匯報訊（記者 司馬', '嘉敏）】由創科聯盟主辦的博覽昨日', '在灣仔揭幕，逾二百間企業參展。', '',
      '葵涌工廈三級火', '', '【香港文匯報訊（記者 麥浩然、', '甘詩雅）】葵涌一幢工業大廈昨日', '清晨發生三級火警，逾百人疏散。', '',
    ]);
    expect(a.map((x) => [x.headline, x.dateline, x.byline])).toEqual([
      ['青年創科博覽揭幕', '【香港文匯報訊（記者 司馬嘉敏）】', ['司馬嘉敏']],
      ['葵涌工廈三級火', '【香港文匯報訊（記者 麥浩然、甘詩雅）】', ['麥浩然', '甘詩雅']],
    ]);
    expect(a[0]!.body.startsWith('由創科聯盟主辦')).toBe(true);
    expect(a.flatMap((x) => x.people.map((p) => p.name))).toEqual([]);
  });

  it('leaves the place reported from out of the names (【香港文匯報訊（記者 某某 深圳報道）】)', () => {
    const { articles: a } = parse(['局長赴深圳視察醫院', '', '【香港文匯報訊（記者 游浩軒 深圳報道）】醫務衞生局局長昨日', '率團到深圳視察醫院。', '']);
    expect([a[0]!.dateline, a[0]!.byline]).toEqual(['【香港文匯報訊（記者 游浩軒 深圳報道）】', ['游浩軒']]);
  });
});

describe('an English provinces page (round 51, written blind)', () => {
  it('reads a column label of one word and BRIEFS (REGIONAL BRIEFS) as furniture, no reporter of the story above', () => {
    const page = parsePage(['HOHHOT, March 12 (Xinhua) -- A delegation visited the port on Wednesday.', '', 'REGIONAL BRIEFS', '', 'Sanya fruit expo', 'draws 860 firms', '', 'HAINAN -- The expo opened in Sanya on Thursday.', ''].join('\n'), { issueDate: '2026-03-13' });
    expect(page.articles.map((a) => a.byline)).toEqual([[], []]);
    expect(page.unassigned.map((u) => u.text)).toEqual(['REGIONAL BRIEFS']);
  });

  it('reads a pull quote whose speaker\'s post runs on over two more lines in capitals as furniture', () => {
    const page = parsePage(['Desert banner', 'turns sand', 'into income', '', 'By BAI LING in Ordos', '', 'The desert banner has turned sand into income, and herders planted saplings on Thursday.', '', '"Rural revitalization', 'means giving young', 'people a reason to', 'come home."', 'WU JIAN, PARTY', 'SECRETARY OF HANGGIN', 'BANNER', '', '"Rural revitalization means giving young people a reason to come home," Wu said.', ''].join('\n'), { issueDate: '2026-03-13' });
    expect(page.articles).toHaveLength(1);
    expect(page.unassigned.map((u) => u.text.split('\n')[0])).toEqual(['"Rural revitalization']);
  });
});
