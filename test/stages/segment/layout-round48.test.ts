// Layouts the pages written blind in round 48 printed. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('a paragraph cut by a blank line after two full-width lines', () => {
  // The column is 14 characters wide; the paragraph's first two lines end in 在 and in a compound surname, with an
  // honour in English letters that makes the second line narrower.
  const raw = [
    '【明報專訊】沙田區昨日舉行新春',
    '活動，吸引逾千名市民參加，場面',
    '熱鬧，主辦單位表示反應踴躍。',
    '',
    '沙田民政事務專員甘立恒昨午在',
    '區議員龐子健 MH及歐陽',
    '',
    '慧琳陪同下到場視察，並聯同',
    '義工隊向長者派發暖包。甘立恒',
    '表示，明年會再擴大活動規模，',
    '「效果唔錯」。',
    '',
  ].join('\n');
  const articles = parsePage(raw, { issueDate: '2026-02-20' }).articles;

  it('is running text, not a headline, where a full-width line ends in a preposition (昨午在)', () => {
    expect(articles).toHaveLength(1);
    expect(articles[0]!.body).toContain('昨午在區議員龐子健 MH及歐陽慧琳陪同下');
  });

  it('still reads the officials across the honour: the title binds both names, those after 在 come along', () => {
    const a = articles[0]!;
    expect(a.officials.map((p) => [p.name, p.titles[0], p.roles])).toEqual([
      ['甘立恒', '沙田民政事务专员', ['inspector', 'speaker']],
      ['庞子健', '区议员', ['accompanying']],
      ['欧阳慧琳', '区议员', ['accompanying']],
    ]);
  });

  it('but two short lines between blank lines stay a headline', () => {
    const page = parsePage(['全港首條無人機航線', '下月起試飛', '', '【明報專訊】民航處昨日宣布，首條無人機航線下月起試飛。', ''].join('\n'), { issueDate: '2026-02-20' });
    expect(page.articles.map((a) => a.headline)).toEqual(['全港首條無人機航線下月起試飛']);
  });
});

describe('what is said before a story comes to its event', () => {
  it('is no part of the event (a speaker paragraphs above 到廟外視察)', () => {
    const raw = '【明報專訊】鄉議局主席簡立文前日到車公廟求籤，他事後表示，今年經濟宜穩。\n玄學家柯振南昨日指出，中籤屬不好不壞。\n民政事務專員甘立恒昨午到廟外視察。甘立恒表示，明年會再擴大長者輪候區。\n';
    const a = parsePage(raw, { issueDate: '2026-02-20' }).articles[0]!;
    const visit = a.events.find((e) => e.type === 'inspection')!;
    expect(visit.participants.map((p) => [p.name, p.role])).toEqual([
      ['甘立恒', 'inspector'],
      ['甘立恒', 'speaker'],
    ]);
  });
});
