// Datelines from data (src/stages/segment/rules.ts), each one a new article. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('bracketed datelines of Hong Kong and overseas papers', () => {
  it('start an article at 【本報訊】 even mid-column, after a two-line headline', () => {
    const raw = [
      '【本報訊】政務司司長陳家明昨',
      '（29）日出席活動。',
      '',
      '屋邨升降機停用逾月',
      '居民促房署交代',
      '',
      '【本報訊】觀塘一屋邨升降機更換工程',
      '一再延誤，居民前晚舉行大會。',
    ].join('\n');
    const page = parsePage(raw, { issueDate: '2023-06-30' });
    expect(page.articles.map((a) => a.dateline)).toEqual(['【本報訊】', '【本報訊】']);
    expect(page.articles[1]!.headline).toBe('屋邨升降機停用逾月居民促房署交代');
  });

  it('reads 【某報專訊】 and 【某某社電】 the same way', () => {
    const page = parsePage('【明日報專訊】市民踴躍參與。\n\n【環球社電】會議昨日舉行。', { issueDate: '2023-06-30' });
    expect(page.articles.map((a) => a.dateline)).toEqual(['【明日報專訊】', '【環球社電】']);
  });
});
