// Roles told by the shape of a clause: acting together with someone (与乙一同颁发), two sides holding a signing
// (甲局与乙局举行签约仪式), a banquet given (设宴款待). Names and bodies are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const events = (body: string) =>
  parsePage(`本报讯 ${body}`, { issueDate: '2025-11-14' }).articles[0]!.events.map((e) => [e.type, e.name, e.participants.map((p) => `${p.name}:${p.role}`)]);

describe('roles from the shape of a clause', () => {
  it('gives the act of 其后与乙一同颁发 to the subject of the clause before as well as to 乙', () => {
    expect(events('颁奖典礼昨晚在会展中心举行，发展局副局长罗雅文致辞，其后与协会会长温志达一同颁发各项奖项。')).toEqual([
      ['ceremony', '颁奖典礼', ['罗雅文:speaker', '罗雅文:presenter', '温志达:presenter']],
    ]);
  });

  it('makes the two bodies that hold a signing ceremony its parties, and those of the deal their representatives sign', () => {
    expect(events('会后，南宁市科技局与柳州市科技局举行签约仪式，由甘立文与谷雨晴代表双方签署《科研合作备忘录》。')).toEqual([
      ['signing', '签约仪式', ['南宁市科技局:party', '柳州市科技局:party', '甘立文:party', '谷雨晴:party']],
      ['signing', '科研合作备忘录', ['南宁市科技局:party', '柳州市科技局:party', '甘立文:party', '谷雨晴:party']],
    ]);
  });

  it('reads a banquet given (设宴款待, 宴请) as a reception its giver hosts', () => {
    expect(events('市长沈立华其后在迎宾馆设午宴款待代表团，副市长邢雅丽出席。')).toEqual([
      ['reception', '款待代表团', ['沈立华:host', '邢雅丽:attendee']],
    ]);
  });

  it('reads the officiating guests listed after 主礼嘉宾包括 as guests, over clauses that only name someone with their office', () => {
    expect(events('基金会昨日举行慈善步行开幕礼，主礼嘉宾包括劳工及福利局副局长甘子谦JP、社会福利署署长祁美莲JP，立法会议员卢德文，以及湾仔区议会主席伍家辉BBS, JP。')).toEqual([
      ['ceremony', '慈善步行开幕礼', ['甘子谦:guest', '祁美莲:guest', '卢德文:guest', '伍家辉:guest']],
    ]);
  });

  it('gives 并为得奖者颁奖 to every official of the list before it, over the commas between their offices', () => {
    expect(events('经济财政司司长伍立衡，旅游局副局长梁诗蓉，立法会议员甘子谦、罗雅文等出席典礼，并为得奖者颁奖。')).toEqual([
      ['ceremony', '典礼', ['伍立衡:attendee', '梁诗蓉:attendee', '甘子谦:attendee', '罗雅文:attendee', '伍立衡:presenter', '梁诗蓉:presenter', '甘子谦:presenter', '罗雅文:presenter']],
    ]);
  });

  it('has those by whom a signing is witnessed (由甲见证) attend it', () => {
    expect(events('医院管理局昨日与本地初创智颐医疗科技有限公司签署合作协议。签署仪式由医务卫生局常任秘书长甘雅芝见证。')).toEqual([
      ['signing', '合作协议', ['医院管理局:party', '智颐医疗科技有限公司:party', '甘雅芝:attendee']],
    ]);
  });

  it('reads a press conference the text does not name (在记者会上表示) as a meeting, but not as the main event of a story that opened with another', () => {
    expect(events('集团主席甘耀宗昨日在记者会上表示，集资所得将用于研发。')).toEqual([['meeting', '记者会', ['甘耀宗:speaker']]]);
    const later = events('医院管理局昨日与深圳市卫生健康委员会签署《医疗合作备忘录》。局长甘立言与主任贺文平代表双方签署。贺文平其后在记者会上表示，合作将分阶段推行。');
    expect(later[0]).toEqual(['signing', '医疗合作备忘录', expect.arrayContaining(['甘立言:party', '贺文平:party'])]);
    expect(later[1]).toEqual(['meeting', '记者会', ['贺文平:speaker']]);
  });
});

describe('speakers who relay or urge', () => {
  it('makes one who relays (转述) or urges (促请) others\' views a speaker at the meeting', () => {
    const roles = (body: string) => parsePage(`本报讯 ${body}`, { issueDate: '2025-11-14' }).articles[0]!.officials.map((p) => [p.name, p.roles]);
    expect(roles('荃湾区议会昨日召开会议。区议员钟慧仪出席会议，她又转述居民组织的意见。')).toContainEqual(['钟慧仪', ['attendee', 'speaker']]);
    expect(roles('荃湾区议会昨日召开会议。区议员钟慧仪促请署方加装照明。')).toContainEqual(['钟慧仪', ['speaker']]);
  });
});
