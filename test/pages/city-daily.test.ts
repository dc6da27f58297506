// Patterns of a city daily that a page written from the contract alone showed (names and companies invented).
import { describe, expect, it } from 'vitest';
import { annotate, parsePage } from '../../src/index.js';

const found = (text: string) => annotate(text).map((m) => `${m.label}:${m.text}`);
const article = (body: string) => parsePage(`本报讯 ${body}`, { issueDate: '2023-06-30' }).articles[0]!;

describe('companies and bodies of a city daily', () => {
  it('reads a trade word that ends in a boundary character (光电) inside a name', () => {
    expect(found('由合肥铂翎光电科技有限公司承建')).toEqual(['company:合肥铂翎光电科技有限公司']);
  });

  it('starts a name after how it is held (集团全资子公司某某有限公司)', () => {
    expect(found('项目由集团全资子公司合肥中宸储能科技有限公司负责建设运营')).toEqual(['company:合肥中宸储能科技有限公司']);
  });

  it('reads people\'s organizations after their level word (市工商联, 市总工会)', () => {
    expect(found('市工商联、市总工会将联合开展活动')).toEqual(['organization:市工商联', 'organization:市总工会']);
  });

  it('does not start a lake\'s name at a conjunction (某湖及环湖河道)', () => {
    expect(found('加强巢湖及环湖河道的巡查').filter((x) => x.startsWith('place'))).toEqual(['place:巢湖']);
  });
});

describe('people of a city daily', () => {
  it('ends a 、-list of names where an item opens with a post of its own (…、区长某某)', () => {
    const a = article('市长钱立文到包河区调研。包河区委书记孔令华、区长唐慧明陪同调研。');
    expect(a.officials.map((p) => [p.name, p.titles])).toEqual([['钱立文', ['市长']], ['孔令华', ['包河区委书记']], ['唐慧明', ['区长']]]);
  });

  it('gives a bare post after 、 the body of the titled name before it (某集团董事长甲、总经理乙)', () => {
    const a = article('市长会见了中宸新能源控股集团有限公司董事长严启明、总经理符嘉林一行。');
    expect(a.people.map((p) => [p.name, p.affiliation])).toEqual([['严启明', '中宸新能源控股集团有限公司'], ['符嘉林', '中宸新能源控股集团有限公司']]);
  });
});

describe('events of a city daily', () => {
  it('makes 列席 an attendee and 甲为乙颁奖 a presenter', () => {
    const a = article('会议召开。市领导汪德明、秦晓华列席会议。汪德明为获奖企业颁奖。');
    expect(a.officials.find((p) => p.name === '秦晓华')?.roles).toContain('attendee');
    expect(a.officials.find((p) => p.name === '汪德明')?.roles).toContain('presenter');
  });

  it('gives an honour for people to the people, not to the companies they lead', () => {
    const a = article('恒远科技有限公司董事长谭一明、岚溪材料股份有限公司总经理葛文兰获评“2022年度优秀民营企业家”。');
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([['“2022年度优秀民营企业家”', ['谭一明', '葛文兰']]]);
  });

  it('makes the bodies named in a signing ceremony its parties', () => {
    const a = article('6月29日下午，合肥市人民政府与中宸新能源控股集团有限公司战略合作协议签约仪式在合肥举行。');
    expect(a.events[0]!.participants).toEqual([
      { name: '合肥市人民政府', role: 'party' },
      { name: '中宸新能源控股集团有限公司', role: 'party' },
    ]);
  });
});

describe('patterns of a provincial daily (a third page written blind)', () => {
  it('reads a company whose region opens with a numeral (四川…) as a name, not a counted reference', () => {
    expect(found('联合四川蜀恒清洁能源科技有限公司等单位')).toEqual(['company:四川蜀恒清洁能源科技有限公司']);
  });

  it('keeps a company\'s chain of posts (董事长、党委书记) out of the offices', () => {
    const a = article('省委书记程立新会见了中国泰衡能源建设集团有限公司董事长、党委书记邵启亮。');
    expect(a.people.map((p) => [p.name, p.titles])).toEqual([['邵启亮', ['中国泰衡能源建设集团有限公司董事长', '党委书记']]]);
  });

  it('gives an honour written 获…称号 to its recipient, and makes a joint ceremony (揭牌暨签约仪式) a ceremony', () => {
    const a = article('6月28日，某某创新中心揭牌暨产学研合作项目集中签约仪式在德阳举行。东岳公司首席技师范家林获第三届“四川工匠”荣誉称号。');
    expect(a.events[0]!.type).toBe('ceremony');
    expect(a.awards.map((w) => [w.name, w.recipients])).toEqual([['第三届“四川工匠”', ['范家林']]]);
  });

  it('reads 他说 as the person last named as a subject, and lends no subject to 负责同志参加', () => {
    const a = article('副省长尹德光到长宁县调研。在竹海镇，尹德光走进企业了解情况。他说，要延伸产业链条。长宁县委书记雷明陪同调研，省水利厅负责同志参加。');
    expect(a.officials.find((p) => p.name === '尹德光')?.roles).toContain('speaker');
    expect(a.officials.find((p) => p.name === '雷明')?.roles).not.toContain('attendee');
  });
});
