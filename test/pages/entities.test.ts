// Recognition on hand-written pages we did not tune line by line: a quality gate over all of them together. The
// misses and false positives are printed so a regression can be read off the test output.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/index.js';
import { pages } from '../helpers/pages.js';

const placeEq = (a: string, b: string) => a === b || ['市', '省', '区'].some((s) => a === b + s || b === a + s);

describe('entities on hand-written pages', () => {
  let found = 0;
  let wanted = 0;
  let predicted = 0;
  let wrong = 0;
  const log: string[] = [];
  for (const { name, raw, expected } of pages()) {
    const page = parsePage(raw, { issueDate: expected.issueDate });
    expected.articles.forEach((want, k) => {
      const a = page.articles[k];
      if (!a) return;
      const optional: string[] = (want as { optional?: string[] }).optional ?? [];
      const check = (kind: string, gold: string[], got: string[], eq = (x: string, y: string) => x === y, also: string[] = []) => {
        wanted += gold.length;
        predicted += got.length;
        for (const g of gold) if (got.some((x) => eq(x, g))) found++; else log.push(`${name}#${k + 1} miss ${kind} ${g}`);
        for (const x of got) if (!gold.some((g) => eq(x, g)) && ![...optional, ...also].some((o) => eq(x, o))) { wrong++; log.push(`${name}#${k + 1} extra ${kind} ${x}`); }
      };
      check('official', (want.officials ?? []).map((p) => p.name), a.officials.map((p) => p.name));
      check('person', (want.people ?? []).map((p) => p.name), a.people.map((p) => p.name));
      const aliases = Object.entries((want as { companyAliases?: Record<string, string[]> }).companyAliases ?? {}).flat(2);
      check('company', want.companies ?? [], a.companies.flatMap((c) => [c.name]), undefined, aliases);
      check('organization', (want.organizations ?? []).flatMap((o) => [o.name]), a.organizations.map((o) => o.name), undefined,
        (want.organizations ?? []).flatMap((o) => o.aliases ?? []));
      check('place', (want.places ?? []).map((p) => p.name), a.places.map((p) => p.name), placeEq);
    });
  }
  const recall = found / wanted;
  const precision = 1 - wrong / predicted;

  it(`finds most people, companies, organizations and places (recall ${(100 * recall).toFixed(0)}%)`, () => {
    if (recall < 0.99) console.log(log.join('\n'));
    expect(recall).toBeGreaterThanOrEqual(0.75);
  });

  it(`rarely reports what is not there (precision ${(100 * precision).toFixed(0)}%)`, () => {
    if (precision < 0.9) console.log(log.filter((l) => l.includes(' extra ')).join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });
});
