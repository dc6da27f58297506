// Traditional script: read through a Simplified copy of the same length, reported as written.
import { describe, expect, it } from 'vitest';
import { annotate, parsePage } from '../../src/index.js';
import { isTraditional, toSimplifiedSameLength } from '../../src/stages/normalize/script.js';
import { seedPage } from '../helpers/fixtures.js';
import * as OpenCC from 'opencc-js/cn2t';
import { expectPageInvariants } from '../helpers/invariants.js';

describe('Traditional script', () => {
  it('detects Traditional text and leaves Simplified text alone', () => {
    expect(isTraditional('香港特別行政區政府今日宣佈')).toBe(true);
    expect(isTraditional('香港特别行政区政府今日宣布')).toBe(false);
    expect(isTraditional('Hong Kong')).toBe(false);
  });

  it('converts code point by code point, keeping the length', () => {
    const s = '本報訊 嗰個地方發展';
    const t = toSimplifiedSameLength(s);
    expect(t).toHaveLength(s.length);
    expect(t).toBe('本报讯 嗰个地方发展'); // 嗰 has no same-length Simplified form and is left as it is
  });

  it('reports mentions as written and names in Simplified', () => {
    const ms = annotate('市長陳志明出席會議。');
    expect(ms.map((m) => `${m.label}:${m.text}`)).toEqual(['title:市長', 'person:陳志明']);
  });

  it('yields the same facts on the seed page converted to Traditional', () => {
    const simplified = parsePage(seedPage(), { issueDate: '2023-06-30' });
    // The seed page in Traditional script (opencc cn → tw, as a Taiwan paper would print it).
    const trad = (OpenCC as unknown as { Converter: (o: object) => (s: string) => string }).Converter({ from: 'cn', to: 'tw' })(seedPage());
    const page = parsePage(trad, { issueDate: '2023-06-30' });
    expectPageInvariants(page);
    expect(page.articles.map((a) => a.script)).toEqual(['traditional', 'traditional', 'traditional']);
    expect(page.articles[0]!.dateline).toBe('本報訊');
    expect(page.articles[0]!.officials.map((p) => [p.name, p.titles])).toEqual(simplified.articles[0]!.officials.map((p) => [p.name, p.titles]));
    const du = page.articles[0]!.officials[0]!;
    expect(du.name).toBe('杜小刚'); // the name in Simplified
    expect(du.mentions[0]!.text).toBe('杜小剛'); // the mention as written
    expect(page.articles[0]!.mentions.find((m) => m.label === 'title')!.text).toBe('市委書記');
  });
});
