// The one list of agencies and papers an English story may credit instead of a reporter.
import { describe, expect, it } from 'vitest';
import { AGENCY_PATTERN, isAgency } from '../../../src/stages/segment/agencies.js';

describe('isAgency', () => {
  it('knows an agency or paper as written and in capitals, and no reporter', () => {
    expect(['Xinhua', 'XINHUA', 'China Daily', 'CHINA DAILY', 'chinadaily.com.cn', 'Reuters'].map(isAgency)).toEqual([true, true, true, true, true, true]);
    expect(['XU FEI', 'Xu Fei', 'China', 'Daily'].map(isAgency)).toEqual([false, false, false, false]);
  });

  it('gives an alternation that matches a name whole, its dots literal', () => {
    const re = new RegExp(`^(?:${AGENCY_PATTERN})$`);
    expect([re.test('chinadaily.com.cn'), re.test('chinadailyXcomYcn'), re.test('China News Service')]).toEqual([true, false, true]);
  });
});
