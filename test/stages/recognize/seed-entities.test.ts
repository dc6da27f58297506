// The seed page's people, companies, organizations and places, as the hand annotation gives them.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';
import { seedPage } from '../../helpers/fixtures.js';

const raw = seedPage();
const [economy, awards, youth] = parsePage(raw, { issueDate: '2023-06-30' }).articles;
const officials = (a: typeof economy) => a!.officials.map((p) => `${p.titles.join('、')} ${p.name}`);

describe('seed page entities', () => {
  it('lists the officials of the economy meeting with their titles, in rank order', () => {
    expect(officials(economy)).toEqual([
      '市委书记 杜小刚', '总书记 习近平', '市长 赵建军', '市领导 许峰', '市领导 周文栋', '市领导 吴建元', '市政府秘书长 陈寿彬',
    ]);
    expect(economy!.people).toEqual([]);
  });

  it('links later mentions to the same person, headline included', () => {
    const du = economy!.officials[0]!;
    expect(du.mentions.length).toBeGreaterThanOrEqual(4); // 市委书记…, 杜小刚指出, 杜小刚强调, the headline
    for (const m of du.mentions) expect(raw.slice(m.start, m.end).replace(/\s+/g, '')).toBe('杜小刚');
  });

  it('binds a named organ and its post, and keeps executives apart from officials', () => {
    expect(officials(awards)).toEqual([
      '市长 赵建军', '省市场监督管理局副局长 孙沪兵', '市领导 曹佳中', '市领导 周文栋', '市领导 吴红星', '市政府秘书长 陈寿彬',
    ]);
    expect(awards!.people.map((p) => [p.name, p.affiliation])).toEqual([['朱维军', '法尔胜泓昇集团有限公司']]);
  });

  it('finds every company, full names and the short name in context', () => {
    expect(awards!.companies.map((c) => c.name)).toEqual([
      '长电科技', '双良节能系统股份有限公司', '中国电子系统工程第二建设有限公司', '博世动力总成有限公司', '江苏中超控股股份有限公司',
      '无锡奥特维科技股份有限公司', '无锡透平叶片有限公司', '江苏华兰药用新材料股份有限公司', '无锡湖滨饭店有限公司', '法尔胜泓昇集团有限公司',
    ]);
  });

  it('gives organizations the fullest name the page supports, with every surface form as an alias', () => {
    const orgs = Object.fromEntries([...awards!.organizations, ...youth!.organizations].map((o) => [o.name, o]));
    expect(orgs['江苏省市场监督管理局']).toMatchObject({ kind: 'government', aliases: ['省市场监督管理局'] });
    expect(orgs['共青团无锡市委']).toMatchObject({ kind: 'party', aliases: ['无锡团市委'] });
    expect(orgs['无锡市农业农村局']!.aliases).toContain('市农业农村局');
    expect(orgs['无锡市委组织部']).toMatchObject({ kind: 'party', aliases: ['市委组织部'] });
    expect(orgs['江南大学']!.kind).toBe('education');
    expect(orgs['国家标准馆无锡数字分馆']!.kind).toBe('institution');
  });

  it('resolves places to division codes with the page as context', () => {
    expect(economy!.places.map((p) => [p.name, p.code])).toEqual([['江苏', '32']]);
    expect(awards!.places.map((p) => [p.name, p.code])).toEqual([['无锡市', '3202']]);
    expect(youth!.places.map((p) => [p.name, p.level, p.code])).toEqual([
      ['阳山镇', 'town', '320206103'], ['桃源村', 'village', undefined], ['无锡市', 'city', '3202'],
      ['富安村', 'village', undefined], ['和平社区', 'community', undefined], ['阖闾社区', 'community', undefined],
    ]);
  });

  it('records the rule behind every mention', () => {
    for (const a of [economy, awards, youth]) for (const m of a!.mentions) expect(m.rule).toMatch(/^[a-z]+\.[\w:-]/u);
  });
});
