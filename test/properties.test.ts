// Properties of parsePage over generated pages: any string yields a valid Page whose parts never overlap across
// articles and cover every non-whitespace character exactly once (with the unassigned spans).
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { parsePage } from '../src/index.js';
import { expectPageInvariants } from './helpers/invariants.js';

const pieces = [
  '本报讯', '本报讯（记者 王某 通讯员 李某）', '新华社北京6月29日电', '（记者 张某）', '本报记者 赵某 报道',
  '（张某、李某）', '市委书记', '市领导', '、', '，', '。', '！', '“', '”', '（', '）', '有限公司', '股份有限公司',
  '第3版', '责任编辑：王某', '2024年5月8日 星期三', '——', '会议指出', '全市上下', '要认真贯彻落实', '二泉月',
  '\n', '\n\n', '\r\n', '\t', '\u3000', '\u00a0', ' ', '2022', 'Wuxi', '\ud800', '\udc00', '\u0000', '本报6月29日讯',
];
const token = fc.oneof(
  fc.constantFrom(...pieces),
  fc.string({ maxLength: 6 }),
  fc.stringMatching(/^[\u4e00-\u9fa5]{1,12}$/),
);
const pageArb = fc.array(token, { maxLength: 80 }).map((xs) => xs.join(''));

describe('parsePage properties', () => {
  it('keeps its invariants on generated pages', () => {
    fc.assert(
      fc.property(pageArb, (raw) => {
        expectPageInvariants(parsePage(raw));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(pageArb, (raw) => JSON.stringify(parsePage(raw)) === JSON.stringify(parsePage(raw))),
      { numRuns: 300 },
    );
  });
});
