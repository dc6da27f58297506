// Sports teams found by structure (src/stages/recognize/teams.ts): a place, then a sport, a sex or a team's short
// name, then 队. No team is listed anywhere; the sports are data/sports.tsv.
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/index.js';

const teams = (text: string) => annotate(text).filter((m) => m.rule === 'org.team').map((m) => m.text);

describe('sports teams', () => {
  it('reads a place, a sport and 队 as one team, with the sex where it is written', () => {
    expect(teams('巴西足球队教练今天表示，德国男子网球队昨天获胜。')).toEqual(['巴西足球队', '德国男子网球队']);
    expect(teams('大连女子足球队今天在香港举行的比赛中失利。')).toEqual(['大连女子足球队']);
  });

  it('reads a sex alone before 队, and a country before its team’s short name', () => {
    expect(teams('其中，马来西亚男队与印尼男队之战将在明天进行。')).toEqual(['马来西亚男队', '印尼男队']);
    expect(teams('中国女篮在昨晚开幕的比赛中获胜，国家女篮明天出发。')).toEqual(['中国女篮', '国家女篮']);
  });

  it('reads a country, province or city alone before 队', () => {
    expect(teams('前天，摩洛哥队外出训练时遇雨。')).toEqual(['摩洛哥队']);
    expect(teams('东道主中国香港队夺得冠军。')).toEqual(['中国香港队']);
  });

  it('keeps the whole name of a country that ends in another place’s name (马来西亚, not 西亚)', () => {
    expect(annotate('马来西亚男队晋级。').map((m) => `${m.label}:${m.text}`)).toEqual(['organization:马来西亚男队']);
  });

  it('finds no team in a word that 队 begins, nor in a team of no sport (医疗队, 国家队 alone)', () => {
    expect(teams('中国队员表现出色，中国队伍不断壮大。')).toEqual([]);
    expect(teams('派遣中国医疗队赴非洲，他入选国家队。')).toEqual([]);
    expect(teams('这支队伍安排满足需要。')).toEqual([]);
  });
});
