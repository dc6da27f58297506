// Events of a Hong Kong page written blind in round 40 (a 星岛日报 港闻 page): a ceremony named in the clause before
// its day and place, an act told again by its bare head, the stops of one visit, and checks and visits that are no
// inspection. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const article = (text: string) => parsePage(`标题行\n\n${text}`, { issueDate: '2025-12-26' }).articles[0]!;
const brief = (e: { type: string; name: string; date?: { iso?: string }; location?: string }) => [e.type, e.name, e.date?.iso, e.location];

describe('a ceremony named before its day and place', () => {
  it('reads the name across a weekday with its day in brackets and the part of the day (上周五（19日）晚上在某地举行)', () => {
    const a = article('【本报讯】由某某商会主办的「2025某某零售大奖」颁奖典礼，上周五（19日）晚上在湾仔会展举行，共有十二间企业获奖。');
    expect(a.events.map(brief)).toEqual([['ceremony', '「2025某某零售大奖」颁奖典礼', '2025-12-19', '湾仔会展']]);
  });
});

describe('an act told again', () => {
  it('gives those who attend the bare 启动礼 to the launch told before', () => {
    const a = article('本报讯 某某支付公司本月22日在观塘举行「某某乐龄付」服务启动礼。立法会议员叶咏珊出席启动礼。');
    expect(a.events.map((e) => [e.type, e.name, e.participants.map((p) => `${p.name}:${p.role}`)])).toEqual([
      ['launch', '「某某乐龄付」服务启动礼', ['叶咏珊:attendee']],
    ]);
  });
});

describe('one visit, told stop by stop', () => {
  it('takes no second inspection from a stop with no one and no day of its own', () => {
    const a = article('【本报讯】保安局局长邓志恒昨（25日）早上视察罗湖管制站。邓志恒先到罗湖管制站，听取人员讲解，其后前往落马洲支线管制站，视察旅客轮候情况。');
    expect(a.events.filter((e) => e.type === 'inspection').map((e) => e.name)).toEqual(['视察罗湖管制站']);
  });
});

describe('no inspection', () => {
  it('from a check naming a system or a lane, or one done for someone', () => {
    expect(article('本报讯 人员讲解自助出入境检查系统的运作，并加开自助检查通道。').events).toEqual([]);
    expect(article('本报讯 义工并顺道为长者检查家中暖炉及电线的安全。').events).toEqual([]);
  });

  it('from a stage in a list of nouns, nor from a crowd counted that visits', () => {
    expect(article('本报讯 评审分初审、实地考察及决选三轮评分。').events).toEqual([]);
    expect(article('本报讯 福利会表示，开幕当日已有逾二百名街坊到场参观。').events).toEqual([]);
  });

  it('from what a department would do (社署会联同院舍检查…) or a body would start if need be (如遇…会即时启动)', () => {
    expect(article('本报讯 他补充，社署会联同安老院舍，检查院舍的保暖设备。').events).toEqual([]);
    expect(article('本报讯 如遇突发情况，双方会即时启动应变机制。').events).toEqual([]);
  });
});

describe('an event named before its day, hour and place (round 41, written blind)', () => {
  it('reads the name across 昨（1日）上午八时 before 在某地举行', () => {
    const a = parsePage('标题行\n\n【本报讯】庆祝二〇二六年元旦升旗仪式昨（1日）上午八时在金莲花广场隆重举行。', { issueDate: '2026-01-02' }).articles[0]!;
    expect(a.events.map(brief)).toEqual([['ceremony', '庆祝二〇二六年元旦升旗仪式', '2026-01-01', '金莲花广场']]);
  });
});
