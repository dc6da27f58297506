// Layouts a Macao page written blind in round 41 (a 澳门日报 澳闻 page) printed: a headline of another story printed
// between two paragraphs of a story, and a deck of two phrases set off by a comma under a headline. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('a headline printed inside another story', () => {
  const raw = [
    '澳门品牌大奖揭晓',
    '',
    '【本报讯】由澳门品牌协会主办的「2025',
    '澳门品牌大奖」颁奖典礼上月30日',
    '晚举行。协会会长朱兆宏等出席典',
    '礼，并为得奖者颁奖。',
    '',
    '贸促局携商会企业',
    '推中医药产业合作',
    '',
    '朱兆宏致辞时表示，今届大奖共收',
    '到一百三十八家企业报名，为得奖',
    '者颁奖的嘉宾来自各界。（记者 陈嘉欣）',
    '',
    '【本报消息】为推动中医药产业发展，澳门',
    '贸易投资促进局昨日与商会签署合作协议。',
    '',
  ].join('\n');
  const page = parsePage(raw, { issueDate: '2026-01-02' });

  it('keeps the paragraph that goes on with the story in it, and gives the headline to the story it names', () => {
    expect(page.articles.map((a) => a.headline)).toEqual(['澳门品牌大奖揭晓', '贸促局携商会企业推中医药产业合作']);
    expect(page.articles[0]!.body).toContain('朱兆宏致辞时表示');
  });
});

describe('a deck of two phrases under a headline', () => {
  it('is the subheadline, not a story of its own', () => {
    const raw = ['苏卓明视察', '轻轨东线工程', '促加快进度，确保质量安全', '', '【本报讯】运输工务司司长苏卓明前日上午视察轻轨东线工程。', ''].join('\n');
    const page = parsePage(raw, { issueDate: '2026-01-02' });
    expect(page.articles.map((a) => [a.headline, a.subheadlines])).toEqual([['苏卓明视察轻轨东线工程', ['促加快进度，确保质量安全']]]);
  });
});
