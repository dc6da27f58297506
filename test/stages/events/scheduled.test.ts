// Events set for a day to come (将于本月20日举行, 定于12月1日召开): reported as events on that day, while plans with no
// day set (将举办, 计划召开) are not; what the article's people say now is not said at them.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const article = (body: string) => parsePage(`本报讯 ${body}`, { issueDate: '2025-11-14' }).articles[0]!;

describe('an event set for a day', () => {
  it('is an event on that day, its name cut before the words that set it (某某论坛将于12月1日在某地举行)', () => {
    const a = article('第三届青禾创新论坛将于12月1日在北京举行。');
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso, e.location])).toEqual([['meeting', '第三届青禾创新论坛', '2025-12-01', '北京']]);
  });

  it('takes a quoted name after the verb and a day of this month (将于本月20日举行「…」)', () => {
    const a = article('学院并将于本月20日举行「银发科技论坛」，邀请学者参加。');
    expect(a.events.map((e) => [e.type, e.name, e.date?.iso])).toEqual([['meeting', '银发科技论坛', '2025-11-20']]);
  });

  it('has those expected to attend as attendees, and not those who speak now as its speakers', () => {
    const a = article('中心将于本月20日上午举行启用典礼，县长王立新预计出席。王立新日前受访时指出，托育需求逐年增加。');
    const e = a.events.find((x) => x.type === 'ceremony');
    expect(e?.date?.iso).toBe('2025-11-20');
    expect(e?.participants.map((p) => [p.name, p.role])).toEqual([['王立新', 'attendee']]);
  });

  it('but a plan with no day set is no event', () => {
    expect(article('学院明年将在本地举办银发科技论坛。').events).toEqual([]);
  });
});

describe('an act demanded of others', () => {
  it('is no event (要求政府公布数字, 要求社署定期公布巡查结果)', () => {
    expect(article('议员陈静文要求政府按区公布宿位轮候数字，又要求社署定期公布巡查结果。').events).toEqual([]);
  });

  it('but a demand as a noun does not stop what follows it (按照要求，公司发布报告; 按要求发布)', () => {
    expect(article('按照要求，青禾公司昨日发布《年度质量报告》。').events.map((e) => e.type)).toEqual(['release']);
    expect(article('青禾公司昨日按要求发布《年度质量报告》。').events.map((e) => e.type)).toEqual(['release']);
  });
});

describe('a drill', () => {
  it('is an event of type other where it is held (举行大型联合演习)', () => {
    const a = article('消防处与港铁公司昨日凌晨在港铁金钟站举行大型联合演习，模拟列车冒烟。');
    expect(a.events.map((e) => [e.type, e.name, e.location])).toEqual([['other', '大型联合演习', '港铁金钟站']]);
  });
});
