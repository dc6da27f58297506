// Layouts the pages written blind in round 44 printed: an English brief whose paragraph opens with a line that breaks
// a word at its end (sen- / tenced). Names are invented.
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
