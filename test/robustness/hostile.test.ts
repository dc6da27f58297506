// Hostile inputs must finish and give a valid page: huge runs of one character, no line breaks, only line breaks,
// unclosed brackets and quotes, endless lists, names and suffixes run together, a 10 MB page. The time bound here
// only catches hangs, and the sizes are kept small enough for CI; the full sizes (1 MB each, a 10 MB page) and the
// per-character cost beside ordinary pages are measured by `npm run bench`.
import { describe, expect, it } from 'vitest';
import { annotate, parsePage } from '../../src/index.js';
import { seedPage } from '../helpers/fixtures.js';
import { expectPageInvariants } from '../helpers/invariants.js';

const MB = 1 << 18; // 256 KB here; `npm run bench` runs the full megabyte
const repeat = (s: string, size: number) => s.repeat(Math.ceil(size / s.length)).slice(0, size);
const seedFlat = seedPage().replace(/\s+/g, '');

const CASES: [string, () => string][] = [
  ['a megabyte-class run of one Han character', () => '王'.repeat(MB)],
  ['real text with no line break', () => repeat(seedFlat, MB)],
  ['only newlines', () => '\n'.repeat(MB)],
  ['100,000 unclosed （', () => '（'.repeat(100_000)],
  ['100,000 unclosed “', () => '“'.repeat(100_000)],
  ['100,000 、', () => '、'.repeat(100_000)],
  ['surnames, titles and company suffixes run together', () => repeat('王市长李书记有限公司集团欧阳、局委员会本报讯（记者', MB)],
  ['lone surrogates and control characters', () => repeat('\ud800市长\u0000王某\udc00\u0007有限公司\r', 200_000)],
  ['200 KB of datelines', () => repeat('本报讯', 200_000)],
  ['dates run together', () => repeat('2023年6月29日29日二〇二三年六月', MB)],
];

describe('hostile inputs', () => {
  for (const [name, make] of CASES) {
    it(`${name}: a valid page, no hang`, () => {
      const raw = make();
      const page = parsePage(raw, { issueDate: '2023-06-30' });
      expectPageInvariants(page);
      expect(Array.isArray(annotate(raw.slice(0, 200_000)))).toBe(true);
    }, 120_000);
  }

  it('a long page of real articles', () => {
    const raw = repeat(seedPage() + '\n', 4 * MB);
    const page = parsePage(raw, { issueDate: '2023-06-30' });
    expect(page.articles.length).toBeGreaterThan(200);
    expect(page.text).toBe(raw);
  }, 300_000);
});
