// The lines around a line, past blank lines.
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../../src/stages/segment/classify.js';
import { splitLines } from '../../../src/stages/normalize/lines.js';
import { surnameAt } from '../../../src/lexicon/surnames.js';
import { lineAbove, nonBlankAfter } from '../../../src/stages/segment/neighbours.js';

const raw = ['第一行。', '', '第三行。', '第四行。', '', '', '第七行。'].join('\n');
const infos = classifyLines(raw, splitLines(raw), surnameAt);
const text = (k: number | undefined) => (k === undefined ? undefined : raw.slice(infos[k]!.line.start, infos[k]!.line.end));

describe('the line above', () => {
  it('is the one right above, or the one over a single blank line', () => {
    expect(lineAbove(infos, 3)).toBe(infos[2]);
    expect(lineAbove(infos, 2)).toBe(infos[0]);
    expect(lineAbove(infos, 0)).toBeUndefined();
  });
});

describe('the first line after', () => {
  it('skips the blank lines (a run of them is one blank line here), and is past the end where none is left', () => {
    expect(text(nonBlankAfter(infos, 3))).toBe('第七行。');
    expect(text(nonBlankAfter(infos, 2))).toBe('第四行。');
    expect(nonBlankAfter(infos, infos.length - 1)).toBe(infos.length);
  });
});
