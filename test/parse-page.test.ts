import { describe, expect, it } from 'vitest';
import { parsePage, annotate } from '../src/index.js';
import { reflowText } from '../src/stages/reflow/index.js';
import { seedPage } from './helpers/fixtures.js';
import { expectPageInvariants } from './helpers/invariants.js';

describe('parsePage arguments', () => {
  it('rejects a non-string text with a TypeError naming it', () => {
    for (const bad of [undefined, null, 42, {}, ['本报讯']]) {
      expect(() => parsePage(bad as unknown as string)).toThrow(TypeError);
      expect(() => parsePage(bad as unknown as string)).toThrow(/text must be a string/);
      expect(() => annotate(bad as unknown as string)).toThrow(/annotate: text must be a string/);
    }
  });

  it('rejects an invalid issueDate with a RangeError', () => {
    for (const bad of ['2023-02-30', '2023/06/30', 'yesterday', '', new Date('nope')]) {
      expect(() => parsePage('本报讯 近日', { issueDate: bad })).toThrow(RangeError);
    }
    expect(() => parsePage('x', { issueDate: 20230630 as unknown as string })).toThrow(TypeError);
    expect(() => parsePage('x', { script: 'cursive' as 'auto' })).toThrow(RangeError);
    expect(parsePage('本报讯 近日，全市召开会议。', { issueDate: new Date(2023, 5, 30) }).articles).toHaveLength(1);
  });

  it('returns a page with no articles for empty or whitespace-only text', () => {
    for (const empty of ['', ' ', '\n\n', '\r\n\t\u3000\u00a0 ']) {
      const page = parsePage(empty);
      expect(page.articles).toEqual([]);
      expect(page.unassigned).toEqual([]);
      expect(page.text).toBe(empty);
    }
  });
});

describe('offsets round-trip', () => {
  it('reflowing the raw slice of every part gives the reported text', () => {
    const raw = seedPage();
    const page = parsePage(raw);
    expectPageInvariants(page);
    for (const a of page.articles) {
      const slice = (kind: string) => a.parts.filter((p) => p.kind === kind).map((p) => raw.slice(p.start, p.end));
      expect(slice('headline').map((s) => reflowText(s).text).join('')).toBe(a.headline ?? '');
      expect(slice('dateline').join('')).toBe(a.dateline ?? '');
      expect(slice('body').map((s) => reflowText(s).text).join('\n')).toBe(a.body);
      const bylineText = slice('byline').join('');
      let at = 0;
      for (const name of a.byline) {
        at = bylineText.indexOf(name, at);
        expect(at, `${name} in ${bylineText}`).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
