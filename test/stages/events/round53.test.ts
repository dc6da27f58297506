// Events of the Hong Kong page written blind in round 53 (信報 style). Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const events = (text: string) => parsePage(text, { issueDate: '2026-03-27' }).articles[0]!.events.map((e) => [e.type, e.name, e.date?.iso, e.location, e.participants.map((p) => `${p.name}/${p.role}`)]);

describe('events of a page in 信報 style (round 53, written blind)', () => {
  it('reads what 为 names right before 主礼 as the event officiated at, the place after 在 its venue', () => {
    expect(events('計劃啟動\n\n政務司司長馮卓言昨日上午在香港中央圖書館為「長者友善社區計劃」啟動禮主禮。\n')).toEqual([
      ['launch', '「长者友善社区计划」启动礼', '2026-03-26', '香港中央图书馆', ['冯卓言/guest']],
    ]);
  });

  it('dates an event whose dispatch names no day in its body by the day of its dateline (中山26日電)', () => {
    expect(events('港府與中山簽備忘錄\n\n中山26日電　香港特區政府與中山市人民政府簽署《青年交流合作備忘錄》。\n').map((e) => [e[0], e[2]])).toEqual([['signing', '2026-03-26']]);
    // (… an agency's too: 中新社香港26日電.)
    expect(events('港府與中山簽備忘錄\n\n中新社香港26日電　香港特區政府與中山市人民政府簽署《青年交流合作備忘錄》。\n').map((e) => [e[0], e[2]])).toEqual([['signing', '2026-03-26']]);
  });

  it('reads those who witness at the clause\'s end, or witness the signing, as its attendees; not 見證下 nor a change seen', () => {
    expect(events('簽備忘錄\n\n香港特區政府與中山市人民政府昨日簽署合作備忘錄，由局長段嘉琳與副市長韋國平代表雙方簽署，市長郝志明及主任車穎欣見證。\n')[0]![4]).toEqual(['香港特区政府/party', '中山市人民政府/party', '段嘉琳/party', '韦国平/party', '郝志明/attendee', '车颖欣/attendee']);
    expect(events('簽協議\n\n兩間公司昨日簽署合作協議，局長韋志強見證簽署。\n')[0]![4]).toEqual(['韦志强/attendee']);
    const seen = parsePage('舊街\n\n在炮仗街經營士多逾四十年的蔡炳坤，見證街道由工廠區變成住宅區。\n', { issueDate: '2026-03-27' }).articles[0]!;
    expect(seen.people.map((p) => [p.name, p.roles])).toEqual([['蔡炳坤', []]]);
  });

  it('names a body\'s announcement at its clause\'s end by the body, the verb and the quoted name that opens the next clause', () => {
    expect(events('居屋推售\n\n香港房屋委員會昨日公布，「出售居者有其屋單位2026」將以評估市值七折定價。\n').map((e) => e.slice(0, 3))).toEqual([['release', '香港房屋委员会公布「出售居者有其屋单位2026」', '2026-03-26']]);
    expect(events('物價\n\n政府統計處昨日公布，上月物價上升。\n').map((e) => e.slice(0, 2))).toEqual([['release', '政府统计处公布']]);
  });
});

describe('what the review of round 53 asked for (events)', () => {
  it('gives no role to 见证 said of a person or a thing as a noun (历史的见证, 这些照片见证)', () => {
    const a = parsePage('標題\n\n陈大文说，他是这段历史的见证，亲眼看着城市变化。\n', { issueDate: '2026-03-27' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.roles])).toEqual([['陈大文', ['speaker']]]);
  });

  it('takes the venue of an act officiated for only where a place or a venue is named (not 在会见传媒后)', () => {
    expect(events('花展開幕\n\n行政長官李家明昨日在會見傳媒後為香港花卉展覽開幕典禮主禮。\n').map((e) => e[3])).toEqual([undefined]);
  });
});

describe('accidents told by what the vehicle did (round 53, written blind)', () => {
  it('reads 失事 and 相撞 as accidents, on the day and at the road the clause names', () => {
    expect(events('的士撼燈柱\n\n一輛的士昨日清晨在屯門公路失事撼向燈柱，司機受傷。\n').map((e) => [e[0], e[2], e[3]])).toEqual([['other', '2026-03-26', '屯门公路']]);
    expect(events('巴士與貨車相撞\n\n一輛巴士昨晚在彌敦道與貨車相撞，8人受傷。\n').map((e) => [e[0], e[2]])).toEqual([['other', '2026-03-26']]);
  });
});


describe('members who ask, announce or remind at a meeting speak at it', () => {
  it('reads 問及, 質詢 and 提議 as speaking, after 則 too', () => {
    const roles = events('財委會\n\n立法會財務委員會昨日開會審議撥款。議員林子健則問及新區的交通配套；議員馬家欣質詢工程費用；議員陳立言提議分期撥款。\n')[0]![4];
    expect(roles).toEqual(['林子健/speaker', '马家欣/speaker', '陈立言/speaker']);
  });

  it('reads a chair who announces the vote or reminds the officials as speaking', () => {
    const roles = events('財委會\n\n立法會財務委員會昨日開會審議撥款。財委會主席鄭家明其後宣布表決結果，並提醒當局須定期匯報進度。\n')[0]![4];
    expect(roles).toEqual(['郑家明/speaker']);
  });
});
