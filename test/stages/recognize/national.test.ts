// National news: long chains of titles, central organs as named bodies, foreign officials. Names are invented.
import { describe, expect, it } from 'vitest';
import { annotate, parsePage } from '../../../src/index.js';

const text = `新华社北京6月29日电 中共中央总书记、国家主席、中央军委主席孙立国29日在人民大会堂会见来访的某国总理阿兰。
国务院总理周文海28日主持召开国务院常务会议，研究部署进一步优化营商环境有关工作。中共中央政治局常委、全国人大常委会委员长赵立新出席会议。
中共中央政治局委员、中央外事工作委员会办公室主任王建平会见了某国国务卿布朗。国务委员兼公安部部长李国华，最高人民法院院长张明远出席。
财政部部长蓝海峰，外交部发言人汪志诚在例行记者会上指出，中方愿同各方加强合作。中央军委副主席何振东上将出席仪式。`;

const [article] = parsePage(text, { issueDate: '2023-06-30' }).articles;
const officials = Object.fromEntries(article!.officials.map((p) => [p.name, p]));

describe('officials of national news', () => {
  it('keeps every title of a chain, organ included, in order', () => {
    expect(officials['孙立国']!.titles).toEqual(['中共中央总书记', '国家主席', '中央军委主席']);
    expect(officials['赵立新']!.titles).toEqual(['中共中央政治局常委', '全国人大常委会委员长']);
    expect(officials['王建平']!.titles).toEqual(['中共中央政治局委员', '中央外事工作委员会办公室主任']);
    expect(officials['李国华']!.titles).toEqual(['国务委员', '公安部部长']); // 兼 joins two posts
    expect(officials['张明远']!.titles).toEqual(['最高人民法院院长']);
  });

  it('gives roles from the verbs around each name, not to the whole list before a speaker', () => {
    expect(officials['孙立国']!.roles).toEqual(['host']);
    expect(officials['周文海']!.roles).toEqual(['chair']);
    expect(officials['汪志诚']!.roles).toEqual(['speaker']);
    expect(officials['蓝海峰']!.roles).toEqual([]);
    expect(officials['何振东']!.roles).toEqual(['attendee']); // 上将 is a rank, not a plan (将)
  });

  it('counts foreign officials as officials', () => {
    expect(officials['布朗']!.titles).toEqual(['国务卿']);
    expect(officials['布朗']!.roles).toEqual(['guest']);
  });
});

describe('a place before a post that opens with its level word', () => {
  const [local] = parsePage('某日，无锡市长秦志远、江阴市市长韩立、惠山区区长许成出席签约仪式。', { issueDate: '2023-06-30' }).articles;
  const titles = Object.fromEntries(local!.officials.map((p) => [p.name, p.titles]));

  it('belongs to the title, whether it shares the level word (无锡市长) or repeats it (江阴市市长)', () => {
    expect(titles).toEqual({ 秦志远: ['无锡市长'], 韩立: ['江阴市市长'], 许成: ['惠山区区长'] });
  });
});

describe('a government field before a post that shares its organ\'s last character', () => {
  const [a] = parsePage('郑州市公安局长韩立、市教育局长许成出席。某地经济部长温海出席。开发区党工委书记、管委会主任秦峰致辞。', { issueDate: '2024-03-21' }).articles;
  const titles = Object.fromEntries(a!.officials.map((p) => [p.name, p.titles]));

  it('makes an official title of it (公安局长 is 公安局 + 局长)', () => {
    expect(titles['韩立']).toEqual(['郑州市公安局长']);
    expect(titles['许成']).toEqual(['市教育局长']);
    expect(titles['温海']).toEqual(['经济部长']);
  });

  it('reads 管委会主任 as an office, so a chain of two titles reaches the name', () => {
    expect(titles['秦峰']).toEqual(['开发区党工委书记', '管委会主任']);
    expect(a!.people).toEqual([]);
  });
});

describe('foreign officials after their country', () => {
  const [a] = parsePage('法国总理若斯潘在记者招待会上说，德国总理科尔进行磋商。英国外交大臣库克今天发表声明。', { issueDate: '1998-06-30' }).articles;

  it('reads a transliterated name after a country and an office, although its characters are not all typical ones', () => {
    expect(a!.officials.map((p) => [p.name, p.titles])).toEqual([['若斯潘', ['总理']], ['科尔', ['总理']], ['库克', ['外交大臣']]]);
  });

  it('after a country\'s one-character abbreviation too, and where the run of transliteration characters ends by itself', () => {
    const [b] = parsePage('俄国防部长谢尔久科夫此前曾宣布，美国总统奥巴马最初的计划落空。美国总统府发表声明。', { issueDate: '2010-06-30' }).articles;
    expect(b!.officials.map((p) => [p.name, p.titles])).toEqual([['谢尔久科夫', ['国防部长']], ['奥巴马', ['总统']]]);
  });
});

describe('diplomats after where their mission sits', () => {
  it('read 驻华大使 and 驻港总领事 as one title, named with the sending country, which stays a place of its own', () => {
    const text = '挪威驻华大使李安德表示欢迎。瑞士驻港总领事韩德文出席。';
    const [a] = parsePage(text, { issueDate: '2024-04-19' }).articles;
    expect(a!.officials.map((p) => [p.name, p.titles])).toEqual([['李安德', ['挪威驻华大使']], ['韩德文', ['瑞士驻港总领事']]]);
    expect(annotate(text).filter((m) => m.label === 'title').map((m) => m.text)).toEqual(['驻华大使', '驻港总领事']);
    expect(a!.places.map((p) => p.name)).toContain('瑞士');
  });
});

describe('foreign and world bodies named after what they belong to', () => {
  const orgs = (text: string) => annotate(text).filter((m) => m.label === 'government' || m.label === 'organization').map((m) => m.text);

  it('start at the country, though its first character is also a preposition (以色列工党, as 美国政府)', () => {
    expect(orgs('以色列工党领袖某某6月1日表示')).toEqual(['以色列工党']);
    expect(orgs('他说，以色列政府和美国政府都已同意')).toEqual(['以色列政府', '美国政府']);
  });

  it('start at a widely known body, though its first word is also a verb (联合 of 联合国禁毒署)', () => {
    expect(orgs('联合国禁毒署署长在记者招待会上说')).toEqual(['联合国禁毒署']);
  });

  it('start after a verb that opens no name (允许, 迎战), and run over words that only look like a preposition or a conjunction (自然, 共和国)', () => {
    expect(orgs('会议决定允许国际红十字会进入灾区')).toEqual(['国际红十字会']);
    expect(orgs('江苏飞鹰队主场迎战辽宁猛虎队')).toEqual(['江苏飞鹰队', '辽宁猛虎队']);
    expect(orgs('据阿兰多共和国通讯社报道')).toEqual(['阿兰多共和国通讯社']);
    expect(orgs('江苏省自然资源研究所所长王某说')).toEqual(['江苏省自然资源研究所']);
  });
});
