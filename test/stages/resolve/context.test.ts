// The context an article's places and bodies resolve in: the page's, or the article's own province. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('an article about another province than its page (a regional page)', () => {
  it('names its bodies in its own province, in its organizations and in its events alike', () => {
    const raw = ['无锡推进产业升级', '', '本报讯 无锡市梁溪区、滨湖区、惠山区和新吴区昨日推进产业升级，江阴市、宜兴市参与。', '',
      '西安签约项目', '', '本报讯 陕西省西安市碑林区昨日举行签约仪式，市政府与东昇科技有限公司签署合作协议。'].join('\n');
    const a = parsePage(raw, { issueDate: '2025-06-13' }).articles[1]!;
    expect(a.organizations.map((o) => o.name)).toEqual(['西安市政府']);
    expect(a.events.flatMap((e) => e.participants.map((p) => p.name))).toContain('西安市政府');
  });
});
