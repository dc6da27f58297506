// Talks, reports and signings of national news, one sentence each. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/index.js';

const article = (body: string) => parsePage(`新华社北京6月29日电 ${body}`, { issueDate: '2023-06-30' }).articles[0]!;

describe('talks (会谈) between two sides', () => {
  it('are a meeting, with the side after 同 as the guest', () => {
    const a = article('国家主席林德衡同来访的某国总统卡尔维诺举行会谈。');
    const talks = a.events.find((e) => e.trigger === '会谈');
    expect(talks?.type).toBe('meeting');
    expect(a.officials.find((p) => p.name === '卡尔维诺')?.roles).toContain('guest');
    expect(a.officials.find((p) => p.name === '林德衡')?.roles).toContain('host');
  });
});

describe('reports at a meeting', () => {
  it('make those who 作汇报 speakers, but 听取…汇报 makes no one speak', () => {
    const a = article('总理韩明远主持召开会议，听取情况汇报。财政部部长卢静文作汇报。');
    expect(a.officials.find((p) => p.name === '卢静文')?.roles).toContain('speaker');
    expect(a.officials.find((p) => p.name === '韩明远')?.roles).not.toContain('speaker');
  });
});

describe('signing cooperation documents', () => {
  it('is a signing event (签署…合作文件)', () => {
    const a = article('两国元首共同见证签署农业、海关检验检疫等领域多项双边合作文件。');
    expect(a.events.map((e) => e.type)).toContain('signing');
  });
});
