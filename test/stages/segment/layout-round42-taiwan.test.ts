// Layouts a Taiwan page written blind in round 42 (a 聯合報-style 台中焦點 page) printed: a page header dated in the
// years of the Republic, and a deck of two phrases parted by a full-width space under a headline. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('a Taiwan page header and a spaced deck', () => {
  const raw = [
    'A12  台南焦點  中華民國115年1月9日 星期五',
    '',
    '南市攜成功大學',
    '與精機廠簽MOU',
    '培育智慧製造人才　3年百個名額',
    '',
    '【記者林佳蓉／台南報導】台南市政府昨（8）日與國立成功大學簽署合作備忘錄。',
    '',
  ].join('\n');
  const page = parsePage(raw, { issueDate: '2026-01-09' });

  it('leaves the header dated 中華民國115年 unassigned, and reads the spaced line as the deck', () => {
    expect(page.unassigned.map((u) => u.text)).toEqual(['A12  台南焦點  中華民國115年1月9日 星期五']);
    expect(page.articles.map((a) => [a.headline, a.subheadlines])).toEqual([['南市攜成功大學與精機廠簽MOU', ['培育智慧製造人才　3年百個名額']]]);
  });
});
