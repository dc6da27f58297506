// Hostile inputs must finish and give a valid page: huge runs of one character, no line breaks, only line breaks,
// unclosed brackets and quotes, endless lists, names and suffixes run together, a 10 MB page. The time bound here
// only catches hangs, and the sizes are kept small enough for CI; the full sizes (1 MB each, a 10 MB page) and the
// per-character cost beside ordinary pages are measured by `npm run bench`.
import { describe, expect, it } from 'vitest';
import { annotate, parsePage } from '../../src/index.js';
import { seedPage } from '../helpers/fixtures.js';
import { expectPageInvariants } from '../helpers/invariants.js';
import { hostileInputs } from '../../bench/hostile-inputs.mjs';

const MB = 1 << 18; // 256 KB here; `npm run bench` runs the full megabyte and a 10 MB page
const CASES = hostileInputs({ seed: seedPage(), size: MB, pageSize: 4 * MB });

describe('hostile inputs', () => {
  for (const [name, make] of CASES) {
    it(`${name}: a valid page, no hang`, () => {
      const raw = make();
      const page = parsePage(raw, { issueDate: '2023-06-30' });
      expectPageInvariants(page);
      expect(page.text).toBe(raw);
      expect(Array.isArray(annotate(raw.slice(0, 200_000)))).toBe(true);
    }, 300_000);
  }

  it('a long page of real articles is read as hundreds of articles', () => {
    const raw = CASES.find(([name]) => name === 'a long page of real articles')![1]();
    expect(parsePage(raw, { issueDate: '2023-06-30' }).articles.length).toBeGreaterThan(200);
  }, 300_000);
});
