// Incidents a story reports, typed `other`: fires, sentences passed, police and customs operations, accidents and
// cuts in supply (rounds 46 to 49, written blind). Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const incidents = (text: string) =>
  parsePage(`【星岛日报报道】${text}`, { issueDate: '2026-02-27' }).articles[0]!.events
    .filter((e) => e.type === 'other')
    .map((e) => [e.trigger, e.date?.iso, e.location]);

describe('incidents', () => {
  it('reads a fire on the day the sentence gives, where the clause opens with a place', () => {
    expect(incidents('葵涌大连排道一幢工业大厦昨晚发生火警，约100名工人自行疏散。')).toEqual([['发生火警', '2026-02-26', '葵涌大连排道一幢工业大厦']]);
  });

  it('reads a sentence passed, at the court the clause names', () => {
    expect(incidents('一间装修公司的东主上月承认欺诈罪。区域法院法官柯德文昨日判刑时指出，被告专挑长者下手。')).toEqual([['判刑', '2026-02-26', '区域法院']]);
  });

  it('reads a police operation taken (采取…的行动) and a customs seizure at a venue (在…截查)', () => {
    expect(incidents('警方本周一（23日）至前日（25日）采取代号「破影」的行动，拘捕9人。')).toEqual([['行动', '2026-02-23', undefined]]);
    expect(incidents('香港海关前日在香港国际机场截查一名男旅客，检获大麻花。')).toEqual([['截查', '2026-02-25', '香港国际机场']]);
  });

  it('reads a traffic accident and an industrial accident (round 50, written blind)', () => {
    expect(incidents('吐露港公路昨日凌晨发生严重交通意外，一辆旅游巴撼货车。').map(([trigger, iso]) => [trigger, iso])).toEqual([['交通意外', '2026-02-26']]);
    expect(incidents('将军澳一个住宅地盘昨日下午发生工业意外，一名工人受伤。')).toEqual([['工业意外', '2026-02-26', '将军澳一个住宅地盘']]);
  });

  it('reads nothing where no day is given, where incidents are counted, or where they are quoted', () => {
    expect(incidents('区议员指，工厦起火风险高，当局须加强巡查。')).toEqual([]);
    expect(incidents('去年共发生约60宗火警，较前年增加三成。')).toEqual([]);
    expect(incidents('他昨日表示：「我哋昨晚发生火警都唔知。」')).toEqual([]);
  });
});

describe('incidents the review asked about', () => {
  it('reads a cut that runs from a weekday (下周一起), which is no count', () => {
    expect(incidents('大埔区部分处所将于下周一（3月2日）起暂停食水供应。').map((e) => e[0])).toEqual(['暂停食水供应']);
  });
});
