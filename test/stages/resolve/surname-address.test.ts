// A person cited later by surname and post (张局长 after 张建国局长) is the same person, not a new one named 张; a
// surname and post with no full name to stand for stays a person of its own. Names are invented.
import { describe, expect, it } from 'vitest';
import { annotate, parsePage } from '../../../src/index.js';

const people = (text: string) => {
  const [a] = parsePage(text, { issueDate: '2024-05-10' }).articles;
  return [...a!.officials, ...a!.people].map((p) => ({ name: p.name, mentions: p.mentions.map((m) => m.text) }));
};

describe('a surname and a post', () => {
  it('is a later mention of the full name holding that post', () => {
    const ps = people('本报讯 昨日，市交通运输局局长张建国到新区调研。张局长指出，要加快道路建设。');
    expect(ps).toEqual([{ name: '张建国', mentions: ['张建国', '张'] }]);
  });

  it('links a deputy cited by surname (钱副局长) to the full name too', () => {
    const ps = people('本报讯 昨日，区生态环境局副局长钱丽华出席会议。钱副局长表示，将继续推进整治。');
    expect(ps).toEqual([{ name: '钱丽华', mentions: ['钱丽华', '钱'] }]);
  });

  it('links no one where two full names share the surname and post', () => {
    const ps = people('本报讯 甲区副区长孙志远和乙区副区长孙海燕出席会议。孙副区长表示，将加强合作。').map((p) => p.name);
    expect(ps).toContain('孙');
    expect(ps).toContain('孙志远');
    expect(ps).toContain('孙海燕');
  });

  it('leaves a surname and post standing alone as a person mention', () => {
    const ms = annotate('针对这一问题，吴副局长表示，今后将加强监管。').filter((m) => m.label === 'person');
    expect(ms.map((m) => [m.text, m.rule])).toEqual([['吴', 'person.surname-before-title']]);
  });
});
