// The seed page's events, roles and awards, as the hand annotation gives them (issue date 2023-06-30).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';
import { seedPage } from '../../helpers/fixtures.js';

const raw = seedPage();
const [economy, awards, youth] = parsePage(raw, { issueDate: '2023-06-30' }).articles;
const roles = (a: typeof economy) => Object.fromEntries([...a!.officials, ...a!.people].map((p) => [p.name, p.roles]));

describe('seed page events', () => {
  it('reports the economy meeting once, chaired and addressed, with its attendees in order', () => {
    expect(economy!.events).toHaveLength(1);
    const [meeting] = economy!.events;
    expect(meeting).toMatchObject({ type: 'meeting', name: '全市经济运行分析会', trigger: '召开' });
    expect(meeting!.date).toMatchObject({ text: '近日', relative: true, from: '2023-06-20', to: '2023-06-30' });
    expect(meeting!.participants).toEqual([
      { name: '杜小刚', role: 'chair' }, { name: '杜小刚', role: 'speaker' }, { name: '赵建军', role: 'speaker' },
      { name: '许峰', role: 'attendee' }, { name: '周文栋', role: 'attendee' }, { name: '吴建元', role: 'attendee' },
      { name: '陈寿彬', role: 'attendee' },
    ]);
  });

  it('gives a person only cited the role referenced, and no participation', () => {
    expect(roles(economy)).toMatchObject({ 杜小刚: ['chair', 'speaker'], 习近平: ['referenced'], 赵建军: ['speaker'] });
    expect(economy!.events[0]!.participants.map((p) => p.name)).not.toContain('习近平');
  });

  it('types the award ceremony by its most specific head noun and resolves its date', () => {
    const ceremony = awards!.events.find((e) => e.type === 'ceremony')!;
    expect(ceremony).toMatchObject({ name: '无锡市质量强市建设暨2022年度市长质量奖颁奖大会', trigger: '举行' });
    expect(ceremony.date).toMatchObject({ month: 6, day: 29, iso: '2023-06-29' });
    expect(roles(awards)).toMatchObject({ 赵建军: ['speaker', 'presenter'], 孙沪兵: ['attendee', 'speaker'], 朱维军: ['awardee'] });
  });

  it('finds each award with its recipients, name with year and region', () => {
    expect(awards!.awards.map((w) => [w.name, w.recipients])).toEqual([
      ['2022年度省长质量奖', ['长电科技']],
      ['2022年度无锡市市长质量奖', ['双良节能系统股份有限公司', '中国电子系统工程第二建设有限公司', '博世动力总成有限公司']],
      ['2022年度无锡市质量管理优秀奖', ['江苏中超控股股份有限公司', '无锡奥特维科技股份有限公司', '无锡透平叶片有限公司', '江苏华兰药用新材料股份有限公司', '无锡湖滨饭店有限公司']],
      ['无锡市首届“十大质量工匠”', ['朱维军']],
      ['“465”现代产业集群质量基础设施“一站式”公共服务平台', ['国家物联网感知装备产业计量测试中心']], // 为…等…授牌
    ]);
  });

  it('places the launch ceremony, and lets a signing 现场 take its date and place', () => {
    const launch = youth!.events.find((e) => e.type === 'launch')!;
    expect(launch).toMatchObject({ name: '“市校共建·青春乡聚”青年人才助力乡村振兴计划启动仪式', trigger: '举办', location: '阳山镇桃源村' });
    expect(launch.date).toMatchObject({ part: 'afternoon', iso: '2023-06-29' });
    const signing = youth!.events.find((e) => e.name === '无锡市农业农村局、江南大学战略合作框架协议')!;
    expect(signing).toMatchObject({ type: 'signing', trigger: '签署', location: '阳山镇桃源村' });
    expect(signing.date?.iso).toBe('2023-06-29');
    expect(signing.participants).toEqual([{ name: '无锡市农业农村局', role: 'party' }, { name: '江南大学', role: 'party' }]);
  });

  it('does not report plans as events', () => {
    expect(youth!.events.map((e) => e.name)).not.toContain('相关会议及论坛');
  });
});
