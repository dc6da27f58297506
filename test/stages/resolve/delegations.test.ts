// A body named in a headline without its place's level word (佛山代表团 over a story of 佛山市代表团) is the body the
// story names. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

describe('a body named without its place\'s level word', () => {
  it('is one organization with the full name, the short one its alias', () => {
    const page = parsePage('佛港合作　佛山代表团访港\n\n【本报讯】广东省佛山市委书记邓启明本月5日率领佛山市代表团访港。', { issueDate: '2025-11-14' });
    const delegations = page.articles[0]!.organizations.filter((o) => o.name.endsWith('代表团'));
    expect(delegations.map((o) => [o.name, o.aliases])).toEqual([['佛山市代表团', ['佛山代表团']]]);
  });
});
