// Personnel news (人事任免): the title stands apart from the name it is given to or taken from. Names are invented.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/index.js';

const text = `本报讯 市人大常委会昨日举行会议，表决通过了有关人事任免事项。会议接受韦承志同志辞去市人民政府副市长职务的请求，
决定免去柯振宇的市财政局局长职务，任命钟立群为市财政局局长、党组书记，任命沈沐阳为市教育局局长。`;

const [article] = parsePage(text, { issueDate: '2024-01-10' }).articles;
const titles = Object.fromEntries(article!.officials.map((p) => [p.name, p.titles]));

describe('appointments and removals', () => {
  it('gives 任命 NAME 为 TITLE the title, every title of a 、-chain in order', () => {
    expect(titles['钟立群']).toEqual(['市财政局局长', '党组书记']);
    expect(titles['沈沐阳']).toEqual(['市教育局局长']);
  });

  it('gives the office taken away (免去 NAME 的 TITLE 职务, NAME 同志辞去 TITLE 职务) to the person who held it', () => {
    expect(titles['柯振宇']).toEqual(['市财政局局长']);
    expect(titles['韦承志']).toEqual(['市人民政府副市长']);
  });

  it('lists them in the order of the text, and no one else', () => {
    expect(article!.officials.map((p) => p.name)).toEqual(['韦承志', '柯振宇', '钟立群', '沈沐阳']);
    expect(article!.people).toEqual([]);
  });

  it('reads 财政局 as a bureau although 政局 is also a word', () => {
    expect(article!.organizations.map((o) => o.name)).toContain('市财政局');
  });
});

describe('a title in apposition after the name', () => {
  const officials = (text: string) => parsePage(text, { issueDate: '2024-01-10' }).articles[0]!.officials.map((p) => [p.name, p.titles]);

  it('in brackets or between commas belongs to the name', () => {
    expect(officials('会议由韦承志（市委副书记）主持。')).toEqual([['韦承志', ['市委副书记']]]);
    expect(officials('钟立群，市发改委主任，介绍了有关情况。')).toEqual([['钟立群', ['市发改委主任']]]);
  });

  it('does not take a title that goes on to its own name, nor a post inside a longer noun', () => {
    expect(officials('会见了钟立群，副市长沈沐阳陪同。')).toEqual([['沈沐阳', ['副市长']]]);
    expect(officials('钟立群，市长质量奖获得者，介绍了经验。')).toEqual([]);
  });
});
