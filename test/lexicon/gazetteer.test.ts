import { describe, it, expect } from 'vitest';
import { ancestors, getGazetteer, nameLengthsAt } from '../../src/lexicon/gazetteer.js';
import { villages } from '../../src/villages.js';

const codes = (name: string): string[] => (getGazetteer().byName.get(name) ?? []).map((x) => x.entry.code);

describe('gazetteer', () => {
  it('finds a city by its short form and its full name', () => {
    const { byName } = getGazetteer();
    expect(byName.get('无锡')).toEqual([{ entry: { name: '无锡市', code: '3202', level: 'city', parent: '32' }, short: true }]);
    const full = byName.get('无锡市');
    expect(full).toHaveLength(1);
    expect(full?.[0]?.short).toBe(false);
    expect(full?.[0]?.entry.code).toBe('3202');
  });

  it('finds provinces by their short forms', () => {
    expect(codes('江苏')).toEqual(['32']);
    expect(codes('江苏省')).toEqual(['32']);
    expect(codes('北京')).toEqual(['11']);
    expect(codes('内蒙古')).toEqual(['15']);
    expect(codes('广西')).toEqual(['45']);
    expect(codes('新疆')).toEqual(['65']);
  });

  it('shortens prefectures without their generic suffix', () => {
    expect(codes('延边')).toEqual(['2224']);
    expect(codes('大兴安岭')).toEqual(['2327']);
    expect(codes('锡林郭勒')).toEqual(['1525']);
    expect(codes('海南')).toEqual(['46']); // not 海南藏族自治州
  });

  it('finds a town with its ancestors', () => {
    const yangshan = getGazetteer().byName.get('阳山镇')?.find((x) => x.entry.code === '320206103');
    expect(yangshan?.entry).toEqual({ name: '阳山镇', code: '320206103', level: 'town', parent: '320206' });
    expect(ancestors('320206103').map((e) => [e.code, e.level])).toEqual([
      ['320206', 'county'],
      ['3202', 'city'],
      ['32', 'province'],
    ]);
    expect(ancestors('320206103211').map((e) => e.code)).toEqual(['320206103', '320206', '3202', '32']);
    expect(ancestors('32')).toEqual([]);
  });

  it('leaves placeholders out but keeps the hierarchy', () => {
    const { byName, byCode } = getGazetteer();
    for (const placeholder of ['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划', '县直辖村级区划']) {
      expect(byName.has(placeholder)).toBe(false);
    }
    expect(byCode.has('1101')).toBe(false);
    expect(byCode.get('110101')?.parent).toBe('11');
    expect(ancestors('110101001').map((e) => e.code)).toEqual(['110101', '11']);
    expect(byCode.get('419001')?.parent).toBe('41'); // 济源市 under 省直辖县级行政区划
  });

  it('shortens counties', () => {
    const jiangyin = getGazetteer().byName.get('江阴');
    expect(jiangyin?.map((x) => [x.entry.code, x.entry.level, x.short])).toEqual([['320281', 'county', true]]);
    expect(codes('惠山')).toEqual(['320206']);
    expect(codes('神农架')).toEqual(['429021']);
    expect(codes('万柏林')).toEqual(['140109']);
    expect(getGazetteer().byName.has('沛')).toBe(false); // 沛县: one character is too short
  });

  it('iterates byCode like a Map', () => {
    const { byCode } = getGazetteer();
    expect(byCode.size).toBeGreaterThan(40_000);
    expect([...byCode.keys()].length).toBe(byCode.size);
    expect(byCode.get('320206')?.name).toBe('惠山区');
  });
});

describe('the lazy name index', () => {
  it('lists every town of a common name in code order, and none for a name it lacks', () => {
    const towns = getGazetteer().byName.get('城关镇') ?? [];
    expect(towns.length).toBeGreaterThan(50);
    const codes = towns.map((x) => x.entry.code);
    expect([...codes].sort()).toEqual(codes);
    expect(towns.every((x) => x.entry.level === 'town' && !x.short)).toBe(true);
    expect(getGazetteer().byName.get('无锡镇')).toBeUndefined();
  });

  it('finds a town by code without iterating the gazetteer', () => {
    expect(getGazetteer().byCode.get('320206103')?.name).toBe('阳山镇');
    expect(getGazetteer().byCode.get('320206999')).toBeUndefined();
  });

  it('knows the lengths of the names that start with two characters', () => {
    const mask = nameLengthsAt('无'.charCodeAt(0), '锡'.charCodeAt(0));
    expect(mask & (1 << 2)).not.toBe(0); // 无锡
    expect(mask & (1 << 3)).not.toBe(0); // 无锡市
    expect(mask & (1 << 20)).toBe(0);
    expect(nameLengthsAt('的'.charCodeAt(0), '是'.charCodeAt(0))).toBe(0);
  });
});

describe('villages', () => {
  it('maps stripped names to village codes', () => {
    const v = villages();
    expect(v.kind).toBe('villages');
    expect(v.byName.get('桃源村')).toContain('320206103211');
    expect(v.byName.get('陆区社区')).toContain('320206103001');
    expect(v.byName.has('桃源村村委会')).toBe(false);
    expect(villages()).toBe(v);
  });
});
