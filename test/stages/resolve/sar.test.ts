// Hong Kong and Macao news: districts written with or without 区, 特区政府 read against the region the page is about,
// bureaus whose names join two fields with 及. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const hongKong = `本报讯 特区政府昨日在沙田举行公共图书馆启用典礼。创新科技及工业局局长陈国栋致辞，表示沙田区居民将可就近使用新馆。
观塘区议员李文杰亦有出席。`;

const macao = `本报讯 特区政府社会工作局昨日在氹仔探访长者中心。`;

describe('Hong Kong and Macao pages', () => {
  const [hk] = parsePage(hongKong, { issueDate: '2024-03-15' }).articles;
  const places = Object.fromEntries(hk!.places.map((p) => [p.name, p]));
  const orgs = hk!.organizations.map((o) => o.name);

  it('merges a district written without 区 into the district, named by its full name', () => {
    expect(places['沙田区']).toMatchObject({ level: 'county', aliases: ['沙田'] });
    expect(places['沙田区']!.mentions).toHaveLength(2);
    expect(places['沙田']).toBeUndefined();
  });

  it('keeps the district in a district councillor\'s title', () => {
    expect(hk!.officials.find((p) => p.name === '李文杰')?.titles).toEqual(['观塘区议员']);
  });

  it('names 特区政府 after the region the page is about', () => {
    expect(orgs).toContain('香港特别行政区政府');
    const [mo] = parsePage(macao, { issueDate: '2024-06-01' }).articles;
    expect(mo!.organizations.map((o) => o.name)).toContain('澳门特别行政区政府');
    expect(mo!.places.map((p) => p.name)).toContain('氹仔'); // the island, not the parish 嘉模堂区 on it
  });

  it('reads a bureau named by two fields joined with 及 as one organ', () => {
    expect(orgs).toContain('创新科技及工业局');
    expect(hk!.officials.find((p) => p.name === '陈国栋')?.titles).toEqual(['创新科技及工业局局长']);
  });
});

describe('Hong Kong government bodies', () => {
  const orgs = (text: string) => parsePage(text, { issueDate: '2023-06-30' }).articles[0]!.organizations.map((o) => o.name);

  it('reads departments named by their field (渠务署, 运输及物流局, 民政事务处), before their own post too', () => {
    expect(orgs('本报讯 渠务署署长蔡志明与运输及物流局副局长冯立德到场，沙田民政事务处派员出席。')).toEqual(['渠务署', '运输及物流局', '沙田民政事务处']);
  });

  it('reads a district council after its district and a committee of a known body (立法会房屋事务委员会)', () => {
    expect(orgs('本报讯 沙田区议会主席叶立邦表示，会在立法会房屋事务委员会跟进。')).toEqual(['沙田区议会', '立法会房屋事务委员会']);
  });

  it('does not take 位处, 到处 for offices', () => {
    expect(orgs('本报讯 区内不少屋苑位处低洼地带，到处水浸。')).toEqual([]);
  });
});
