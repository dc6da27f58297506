// Layouts the pages written blind in round 44 printed: an English brief whose paragraph opens with a line that breaks
// a word at its end (sen- / tenced), and Hong Kong decks whose speaker is a long post or a trade. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('briefs under IN BRIEF, one opening with a line that breaks a word at its end (round 44)', () => {
  const raw = [
    'IN BRIEF',
    '',
    'Ministry gets new vice-minister',
    '',
    'Li Hua was appointed vice-minister of',
    'commerce on Thursday.',
    '',
    'Seed fraudster jailed for eight years',
    '',
    'The Lakeside Intermediate People\'s',
    'Court on Tuesday sen-',
    'tenced a seed dealer to eight years.',
    '',
  ].join('\n');

  it('is a brief of its own: a line ending in a broken word (sen-) is running text, no headline', () => {
    const page = parsePage(raw, { issueDate: '2026-01-23' });
    expect(page.articles.map((a) => a.headline)).toEqual(['Ministry gets new vice-minister', 'Seed fraudster jailed for eight years']);
  });
});

describe('a deck whose speaker is a long post or a trade (政务司司长：…, 档贩：…), between blank lines', () => {
  it('is the deck of the story under it, no story of its own', () => {
    const raw = ['青年宿舍动土', '', '政务司司长：2028年底前入伙', '', '【本报讯】青年宿舍项目昨日举行动土典礼，政务司司长陈立文主礼。', '', '街市翻新进度落后', '', '档贩：封咗半个街市生意跌一半', '', '【本报讯】立法会议员黄振业昨日视察北河街街市翻新工程。', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-01-23' });
    expect(page.articles.map((a) => [a.headline, a.subheadlines])).toEqual([
      ['青年宿舍动土', ['政务司司长：2028年底前入伙']],
      ['街市翻新进度落后', ['档贩：封咗半个街市生意跌一半']],
    ]);
  });
});

describe('an agency credited at the end of a story (Xinhua contributed to this story., — Xinhua)', () => {
  it('closes the story as a byline that names no one, out of its body', () => {
    const raw = ['Winter tourism revenue hits record', '', 'China said the report was released on Wednesday. It said Jilin was popular.', '— Xinhua', '', 'Ice contest opens', '', 'By LI MING in Harbin | China Daily |', '', 'The contest opened on Wednesday.', '', 'Xinhua contributed to this story.', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-01-23' });
    expect(page.articles.map((a) => [a.body, a.byline])).toEqual([
      ['China said the report was released on Wednesday. It said Jilin was popular.', []],
      ['The contest opened on Wednesday.', ['LI MING']],
    ]);
  });
});

describe('credits that only look like others', () => {
  it('reads an agency that contributed as no reporter (China News Service contributed to this story.)', () => {
    const raw = ['Ice contest opens', '', 'By LI MING in Harbin | China Daily |', '', 'The contest opened on Wednesday.', '', 'China News Service contributed to this story.', ''].join('\n');
    expect(parsePage(raw, { issueDate: '2026-01-23' }).articles.map((a) => [a.body, a.byline])).toEqual([['The contest opened on Wednesday.', ['LI MING']]]);
  });

  it('takes no column label with a space (【记者 手记】) for a reporter', () => {
    expect(parsePage('【记者 手记】这一天，村民早早来到村口。\n').articles.flatMap((a) => a.byline)).toEqual([]);
  });
});
