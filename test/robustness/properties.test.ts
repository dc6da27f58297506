// Properties of parsePage and annotate over generated pages (fast-check): never a throw on a string, spans in bounds
// and reading as their text, parts of different articles never overlapping, nothing lost, annotate's mentions never
// overlapping, output deterministic and independent of what was parsed before.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotate, parsePage } from '../../src/index.js';
import { expectPageInvariants } from '../helpers/invariants.js';

const MARKERS = [
  '本报讯', '本报讯（记者 王某 通讯员 李某）', '新华社北京6月29日电', '（记者 张某）', '本报记者 赵某 报道', '本報訊',
  '（张某、李某）', '市委书记', '市领导', '副市长', '、', '，', '。', '！', '“', '”', '（', '）', '《', '》', '有限公司',
  '股份有限公司', '集团', '第3版', '责任编辑：王某', '2024年5月8日 星期三', '——', '会议指出', '全市上下', '召开', '举行',
  '要认真贯彻落实', '二泉月', '6月29日下午', '昨天', '近日', '次日', '2022年度', '被授予', '为', '等', '颁奖', '村', '社区',
  '\n', '\n\n', '\r\n', '\r', '\t', '\u3000', '\u00a0', ' ', '2022', 'Wuxi', 'BEIJING', '\ud800', '\udc00', '\u0000',
  '\u2028', '本报6月29日讯', 'By LI MING in Beijing | China Daily', 'BEIJING, June 29 (Xinhua) --', 'Mayor Wu Jianguo presided over a meeting.', 'Co Ltd',
  // (English dates and the words around them: next Tuesday, Feb 24 once made the date scan loop.)
  'next ', 'last ', 'this ', ' Tuesday', 'Monday', ', ', 'Feb ', 'June ', '24', '29-30', ' to ', 'yesterday', ' morning', '（中央社記者蕭博文台北20日電）', '·', '王', '李', '张', '欧阳', '省', '市', '局', '委员会', '大学', '中心',
];
const token = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 3, arbitrary: fc.stringMatching(/^[\u4e00-\u9fa5]{1,12}$/) },
);
const pageArb = fc.array(token, { maxLength: 120 }).map((xs) => xs.join(''));
const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);

describe('parsePage and annotate on generated pages', () => {
  it(`keep every invariant (${RUNS} pages)`, () => {
    fc.assert(
      fc.property(pageArb, (raw) => {
        const page = parsePage(raw);
        expectPageInvariants(page);
        const ms = annotate(raw);
        for (let i = 0; i < ms.length; i++) {
          const m = ms[i]!;
          expect(0 <= m.start && m.start < m.end && m.end <= raw.length).toBe(true);
          expect(raw.slice(m.start, m.end).replace(/\s+/g, '')).toBe(m.text.replace(/\s+/g, ''));
          if (i > 0) expect(ms[i - 1]!.end <= m.start).toBe(true); // no overlap, text order
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keep every invariant whatever the options say (forced language and script, an issue date)', () => {
    const options = fc.record({
      language: fc.constantFrom('auto', 'zh', 'en') as fc.Arbitrary<'auto' | 'zh' | 'en'>,
      script: fc.constantFrom('auto', 'simplified', 'traditional') as fc.Arbitrary<'auto' | 'simplified' | 'traditional'>,
      issueDate: fc.constantFrom('2023-06-30', '2000-02-29', '1999-12-31'),
    });
    fc.assert(
      fc.property(pageArb, options, (raw, opts) => {
        expectPageInvariants(parsePage(raw, opts));
        const ms = annotate(raw, opts);
        for (let i = 1; i < ms.length; i++) expect(ms[i - 1]!.end <= ms[i]!.start).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });

  it('are deterministic, and the same after a thousand other pages', () => {
    const samples = fc.sample(pageArb, { numRuns: 1000, seed: 42 });
    const first = JSON.stringify(parsePage(samples[0]!, { issueDate: '2023-06-30' }));
    for (const s of samples) parsePage(s, { issueDate: '2023-06-30' });
    expect(JSON.stringify(parsePage(samples[0]!, { issueDate: '2023-06-30' }))).toBe(first);
    fc.assert(fc.property(pageArb, (raw) => JSON.stringify(parsePage(raw)) === JSON.stringify(parsePage(raw))), { numRuns: 300 });
  });

  // Pages the properties once failed on, kept so the fix stays (fast-check prints the seed and the shrunk page).
  it.each([
    // An English By-line runs to the end of its line and took the closing （记者 某某） in: two parts over one character.
    ['By LI MING in Beijing | China DailyMayor Wu Jianguo presided over a meeting.（记者 张某）'],
  ])('keep every invariant on %j', (raw) => {
    const page = parsePage(raw, { issueDate: '2023-06-30' });
    expectPageInvariants(page);
    expect(page.articles[0]!.byline).toEqual(['LI MING', '张某']);
  });

  it.each([
    // Furniture between two headline-like lines once let one headline group run across it: its span and the
    // furniture's overlapped (seed -1961488782 and two more runs).
    ['欧阳\n2024年5月8日 星期三\r\u0000'],
    ['中心 责任编辑：王某\r\n一'],
    ['次日 第3版\r举行'],
  ])('keep every invariant on %j (furniture between headline lines)', (raw) => {
    expectPageInvariants(parsePage(raw));
    expectPageInvariants(parsePage(raw, { issueDate: '2023-06-30' }));
  });

  // A folio line inside a body is skipped by its text, and 欧阳 + 中心 once read as one mention across it: its raw
  // slice held 第3版 (seed -1340046216). No mention spans text of another part (seamsOf).
  it('keep every invariant when a folio line cuts a body', () => {
    const raw = '本报讯欧阳\r第3版\n中心';
    const page = parsePage(raw);
    expectPageInvariants(page);
    expect(page.unassigned.map((u) => u.text)).toEqual(['第3版']);
    expect(page.articles[0]!.mentions.some((m) => m.start < 6 && m.end > 9)).toBe(false);
  });
});
