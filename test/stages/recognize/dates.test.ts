// Dates as Chinese news writes them, normalized against the issue date (here Friday 2023-06-30).
import { describe, expect, it } from 'vitest';
import { Doc } from '../../../src/stages/recognize/doc.js';
import { datelineDay, findDates } from '../../../src/stages/recognize/dates.js';
import { parsePage } from '../../../src/index.js';

const ISSUE = { year: 2023, month: 6, day: 30 };
const dates = (text: string, anchor: typeof ISSUE | null = ISSUE) => findDates(new Doc(text), anchor ?? undefined).map((h) => h.value);
const one = (text: string) => dates(text)[0];

describe('dates', () => {
  it('resolves a month and day to this year, and keeps the part of day', () => {
    expect(one('6月29日，会议召开')).toEqual({ text: '6月29日', year: 2023, month: 6, day: 29, iso: '2023-06-29' });
    expect(one('6月29日下午，仪式举行')).toMatchObject({ text: '6月29日下午', part: 'afternoon', iso: '2023-06-29' });
  });

  it('prefers the past: a day still to come this year is last year’s', () => {
    expect(one('7月5日')).toMatchObject({ year: 2022, iso: '2022-07-05' });
  });

  it('but reads a day to come in the coming months where the clause speaks of the future (将于, 拟于, 定于)', () => {
    expect(one('论坛将于7月5日在某地举行')).toMatchObject({ year: 2023, iso: '2023-07-05' });
    expect(one('展览定于下周开幕，并拟于2日闭幕')).toMatchObject({ month: 7, iso: '2023-07-02' });
    expect(one('会议已于7月5日闭幕')).toMatchObject({ year: 2022 });
  });

  it('reads a day of the month alone against the issue month', () => {
    expect(one('29日上午')).toMatchObject({ month: 6, day: 29, part: 'morning', iso: '2023-06-29' });
  });

  it('reads a day of this, last or next month (本月、上月、下月) against the issue month, the day to come included', () => {
    expect(dates('代表团预计本月16日晚返港，上月30日出发，下月3日再访')).toEqual([
      { text: '本月16日晚', year: 2023, month: 6, day: 16, part: 'evening', iso: '2023-06-16' },
      { text: '上月30日', year: 2023, month: 5, day: 30, iso: '2023-05-30' },
      { text: '下月3日', year: 2023, month: 7, day: 3, iso: '2023-07-03' },
    ]);
    expect(one('本月31日')).toEqual({ text: '本月31日', year: 2023, month: 6, day: 31 }); // no such day: no iso
    expect(dates('代表团预计本月16日返港', { year: 2023, month: 12, day: 8 })[0]?.iso).toBe('2023-12-16'); // still to come
    expect(dates('下月5日', { year: 2023, month: 12, day: 8 })[0]?.iso).toBe('2024-01-05');
  });

  it('resolves 昨天, 前天, 今天 and keeps them relative', () => {
    expect(one('昨天')).toMatchObject({ relative: true, iso: '2023-06-29' });
    expect(one('昨日下午')).toMatchObject({ relative: true, part: 'afternoon', iso: '2023-06-29' });
    expect(one('前天')).toMatchObject({ iso: '2023-06-28' });
    expect(one('今天')).toMatchObject({ iso: '2023-06-30' });
  });

  it('gives 近日, 日前 and 近期 a fuzzy window before the issue date', () => {
    expect(one('近日')).toEqual({ text: '近日', relative: true, from: '2023-06-20', to: '2023-06-30' });
    expect(one('日前')).toMatchObject({ relative: true, to: '2023-06-30' });
    expect(one('近期')).toMatchObject({ relative: true, from: '2023-05-31' });
  });

  it('reads the Hong Kong form of a relative day with its date in brackets (前晚（28日）)', () => {
    expect(dates('居民前晚（28日）举行大会。')).toEqual([
      { text: '前晚（28日）', relative: true, day: 28, part: 'evening', year: 2023, month: 6, iso: '2023-06-28' },
    ]);
  });

  it('reads 这次日… as a count word, not 次日', () => {
    expect(dates('舆论对这次日俄首脑会晤寄予期待。')).toEqual([]);
  });

  it('resolves 次日 and 当天 against the date before them', () => {
    const [first, next, same] = dates('6月28日，代表团抵达。次日，双方会谈。当天下午，签署协议。');
    expect(first!.iso).toBe('2023-06-28');
    expect(next).toMatchObject({ text: '次日', relative: true, iso: '2023-06-29' });
    expect(same).toMatchObject({ text: '当天下午', part: 'afternoon', iso: '2023-06-29' });
  });

  it('reads years: 2022年度, and Chinese numerals in full dates', () => {
    expect(one('2022年度市长质量奖')).toEqual({ text: '2022年度', year: 2022, from: '2022-01-01', to: '2022-12-31' });
    expect(one('二〇二三年六月二十九日')).toMatchObject({ year: 2023, month: 6, day: 29, iso: '2023-06-29' });
    expect(one('2023年6月29日')).toMatchObject({ iso: '2023-06-29' });
  });

  it('reads weeks and halves of the year', () => {
    expect(one('上周三')).toMatchObject({ relative: true, iso: '2023-06-21' });
    expect(one('今年上半年')).toMatchObject({ year: 2023, from: '2023-01-01', to: '2023-06-30' });
  });

  it('reads ranges', () => {
    expect(one('6月29日至30日')).toEqual({ text: '6月29日至30日', year: 2023, month: 6, day: 29, from: '2023-06-29', to: '2023-06-30' });
  });

  it('reads Taiwan usage: 昨（29）日 and 民國 years', () => {
    expect(one('昨（29）日')).toMatchObject({ relative: true, iso: '2023-06-29' });
    expect(one('民國112年')).toMatchObject({ year: 2023 });
  });

  it('keeps what the text says when there is no issue date', () => {
    expect(dates('6月29日', null)[0]).toEqual({ text: '6月29日', month: 6, day: 29 });
    expect(dates('近日', null)[0]).toEqual({ text: '近日', relative: true });
  });

  it('does not take numbers or words for dates', () => {
    expect(dates('一日三餐，近年来，3家企业')).toEqual([]);
  });
});

describe('relative days of a dated dispatch', () => {
  it('count from the day in the dateline, not from the issue date', () => {
    const zh = parsePage('新华社北京6月28日电 今天上午，国务院召开常务会议。', { issueDate: '2023-06-30' }).articles[0]!;
    expect(zh.events[0]!.date?.iso).toBe('2023-06-28');
    const en = parsePage('BEIJING, June 29 (Xinhua) -- Last Thursday, the ministry launched a campaign to promote trade.', { issueDate: '2023-06-30' }).articles[0]!;
    expect(en.events[0]!.date?.iso).toBe('2023-06-22');
  });

  it('read the day of a dateline in the issue year, or the year before across New Year', () => {
    expect(datelineDay('新华社北京6月28日电', { year: 2023, month: 6, day: 30 })).toEqual({ year: 2023, month: 6, day: 28 });
    expect(datelineDay('BEIJING, Dec 31 (Xinhua)', { year: 2024, month: 1, day: 2 })).toEqual({ year: 2023, month: 12, day: 31 });
    expect(datelineDay('本报讯', { year: 2023, month: 6, day: 30 })).toBeUndefined();
  });

  it('read a dateline dated by the day alone in the issue month, or the month before when the day is later (中央社記者某某雲林4日電)', () => {
    expect(datelineDay('（中央社記者周明雲林4日電）', { year: 2025, month: 9, day: 5 })).toEqual({ year: 2025, month: 9, day: 4 });
    expect(datelineDay('中通社香港30日电', { year: 2025, month: 10, day: 2 })).toEqual({ year: 2025, month: 9, day: 30 });
    const a = parsePage('（中央社記者周明雲林4日電）雲林縣政府今天與業者簽署合作備忘錄。', { issueDate: '2025-09-05' }).articles[0]!;
    expect(a.events[0]!.date?.iso).toBe('2025-09-04');
  });
});


describe('前日 and 同日, as Hong Kong papers and reports of a second event write them', () => {
  it('reads 前日 as the day before yesterday, but not inside 此前日本 or 目前日程', () => {
    expect(one('区议会前日召开大会')).toMatchObject({ text: '前日', relative: true, iso: '2023-06-28' });
    expect(dates('此前日本代表团来访')).toEqual([]);
    expect(dates('目前日程已定')).toEqual([]);
  });

  it('resolves 同日 against the date before it, but not 不同日 or 同日期', () => {
    expect(dates('论坛昨日开幕。论坛同日举行签署仪式')[1]).toMatchObject({ text: '同日', iso: '2023-06-29' });
    expect(dates('昨日开幕，两场比赛不同日举行')).toHaveLength(1);
  });
});

describe('a day in brackets and the part of the day after it (round 40, written blind)', () => {
  it('keeps the part of the day after a relative day with its day in brackets (前日（28日）上午)', () => {
    expect(one('局长前日（28日）上午主持会议')).toMatchObject({ text: '前日（28日）上午', part: 'morning', day: 28, iso: '2023-06-28' });
  });

  it('reads a weekday with its day in brackets and the part of the day as one date (上周五（23日）晚上)', () => {
    expect(dates('典礼上周五（23日）晚上举行')).toEqual([
      { text: '上周五（23日）晚上', relative: true, part: 'evening', year: 2023, month: 6, day: 23, iso: '2023-06-23' },
    ]);
    // (A bracketed day that is not the weekday's is left alone.)
    expect(dates('典礼上周五（22日）举行').map((d) => d.text)).toEqual(['上周五', '22日']);
  });
});

describe('the start or end of a year (round 45, written blind)', () => {
  it('reads 2024年初 and 2024年底 as the year\'s first or last quarter, 初 no name', () => {
    expect(one('自2024年初开放以来')).toEqual({ text: '2024年初', year: 2024, from: '2024-01-01', to: '2024-03-31' });
    expect(one('预计2026年底完工')).toEqual({ text: '2026年底', year: 2026, from: '2026-10-01', to: '2026-12-31' });
  });
});

describe('初步 after a year (review of round 45)', () => {
  it('is no start of the year: 2024年初步核算 reads the year alone', () => {
    expect(one('2024年初步核算数')).toEqual({ text: '2024年', year: 2024, from: '2024-01-01', to: '2024-12-31' });
  });
});

describe('a relative day with the same day named again in brackets (round 48, written blind)', () => {
  const days = (text: string) => parsePage(`【明报专讯】${text}`, { issueDate: '2026-02-20' }).articles[0]!.dates.map((d) => [d.text, d.iso, d.part]);

  it('keeps the note with the day (前晚（年初二）, 昨日（年初三）凌晨, 明日（周六）)', () => {
    expect(days('警方前晚（年初二）至昨晨（年初三）采取行动。')).toEqual([
      ['前晚（年初二）', '2026-02-18', 'evening'],
      ['昨晨（年初三）', '2026-02-19', 'morning'],
    ]);
    expect(days('唐楼昨日（年初三）凌晨发生火警。')).toEqual([['昨日（年初三）凌晨', '2026-02-19', 'morning']]);
    expect(days('天文台预测明日（周六）转凉。')).toEqual([['明日（周六）', '2026-02-21', undefined]]);
  });

  it('still reads a day of the month in the brackets as before (前晚（18日）)', () => {
    expect(days('前晚（18日）发生火警。')).toEqual([['前晚（18日）', '2026-02-18', 'evening']]);
  });
});
