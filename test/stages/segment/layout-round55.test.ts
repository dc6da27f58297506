// Layouts the pages written blind in round 55 printed: an English Shenzhen Daily CITY page and a Hong Kong page in
// the style of the free daily 頭條日報. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const english = (lines: string[]) => parsePage(lines.join('\n'), { issueDate: '2026-04-10' });

describe('an English Shenzhen Daily CITY page (round 55, written blind)', () => {
  it('reads a reporter\'s name with the address spelled from the given name alone, and reporters joined by "&", as bylines', () => {
    const page = english([
      'Parks open', 'longer hours', '', 'Qin Haowen  haowen@szdaily.cn', '', 'City parks will stay open until 11 pm from next month, the bureau said yesterday.', '',
      'Buses go', 'electric', '', 'Mo Lijun & Shi Kaiyu', '', 'All buses in Futian now run on batteries, the operator said yesterday.', '',
      'Libraries add', 'night reading', '', 'Bai Ruoxi', 'ruoxi@szdaily.cn', '', 'Three libraries will open at night, the city said yesterday.',
    ]);
    expect(page.articles.map((a) => [a.headline, a.byline])).toEqual([
      ['Parks open longer hours', ['Qin Haowen']],
      ['Buses go electric', ['Mo Lijun', 'Shi Kaiyu']],
      ['Libraries add night reading', ['Bai Ruoxi']],
    ]);
  });

  it('reads a reporter\'s name and address after a story\'s last sentence as the byline that closes it', () => {
    const page = english([
      'Fire hits', 'workshop', '', 'A fire gutted a workshop in Shajing early yesterday, injuring two workers.', '',
      'Qin Haowen  haowen@szdaily.cn', '', 'CITY BRIEFS', '', 'Metro line', 'opens Tuesday', '', 'A new metro line opens next Tuesday, the operator said.',
    ]);
    expect(page.articles.map((a) => [a.headline, a.byline, a.body.slice(-8)])).toEqual([
      ['Fire hits workshop', ['Qin Haowen'], 'workers.'],
      ['Metro line opens Tuesday', [], 'or said.'],
    ]);
  });

  it('reads an INFO box, a caption credited to IC Photo, and the editor\'s lines at the foot as furniture', () => {
    const page = english([
      'Drones deliver', 'lunch', '', 'A drone route linking office towers in Nanshan went into service yesterday.', '',
      'A drone lands on a rooftop pad', 'yesterday.  IC Photo', '',
      'The route cuts delivery times from 35 minutes to 12, the operator said at the launch.', '',
      'INFO', 'Nanshan drone route', 'Hours: 10:30 am-8:30 pm daily', 'Pickup: Pad B2, 3 Keyuan Road,', 'Nanshan District', 'Hotline: 0755-2600 0000', '',
      'Edited by Mo Lijun', 'molijun@szdaily.cn  |  szdaily.com',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['Drones deliver lunch']);
    expect(page.articles[0]!.body).toContain('The route cuts');
    expect(page.unassigned.map((u) => u.text.replace(/\s+/g, ' '))).toEqual([
      'A drone lands on a rooftop pad yesterday. IC Photo',
      'INFO Nanshan drone route Hours: 10:30 am-8:30 pm daily Pickup: Pad B2, 3 Keyuan Road, Nanshan District Hotline: 0755-2600 0000',
      'Edited by Mo Lijun', 'molijun@szdaily.cn | szdaily.com',
    ]);
  });

  it('reads a paper\'s agency pool alone under a caption inside a story as the caption\'s credit, the story going on under it', () => {
    const page = english([
      'Factory fire', 'injures two', '', 'A fire gutted the top floor of a workshop in Shajing early yesterday, injuring two workers.', '',
      'Firefighters hose down the workshop', 'in Shajing early yesterday.', 'SD-Agencies', '',
      'Xie Ming, who runs a noodle shop nearby,', 'across the road, said he was woken by', '"a bang like firecrackers".',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.body).toContain('Xie Ming');
    expect(page.unassigned.map((u) => u.text.replace(/\s+/g, ' '))).toEqual(['Firefighters hose down the workshop in Shajing early yesterday. SD-Agencies']);
  });

  it('gives the first of two headlines stacked over a dispatch to the story in it that the headline names', () => {
    const page = english([
      'Factory fire', 'injures two', 'in Bao\'an', '', 'Ports log 3.27m', 'crossings over', 'Qingming break', '',
      'SHENZHEN, April 9 (Xinhua) -- Ports in Shenzhen handled 3.27 million trips during the Qingming holiday.', '',
      'The busiest day was last Saturday, with 1.18 million crossings at Luohu.', '',
      'A fire gutted the top floor of a workshop in Shajing, Bao\'an District, yesterday, injuring two workers.', '',
      'The injured were taken to hospital.',
    ]);
    expect(page.articles.map((a) => [a.headline, a.body.slice(0, 12)])).toEqual([
      ['Ports log 3.27m crossings over Qingming break', 'Ports in She'],
      ['Factory fire injures two in Bao\'an', 'A fire gutte'],
    ]);
  });

  it('keeps a headline over its deck when the headline does not name the lead but no later paragraph is its story', () => {
    const page = english([
      'Scholars urge', 'privacy rules', '', 'Noise standard', 'a good start', '',
      'Shenzhen logged 1.2 million drone flights last year, and its noise standard is a good start.', '',
      'Scholars say privacy rules must keep pace with the city\'s drones.',
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual(['Scholars urge privacy rules']);
  });
});
