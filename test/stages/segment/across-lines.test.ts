// Latin lines cut inside a name: running text, never a headline. Names are invented.
import { describe, expect, it } from 'vitest';
import { nameAcrossLines, titleAcrossLines } from '../../../src/stages/segment/across-lines.js';

/** The spans of the first two lines of a text. */
function lines(text: string): [{ start: number; end: number }, { start: number; end: number }] {
  const cut = text.indexOf('\n');
  return [{ start: 0, end: cut }, { start: cut + 1, end: text.indexOf('\n', cut + 1) < 0 ? text.length : text.indexOf('\n', cut + 1) }];
}

describe('a family name and its given name across a line break', () => {
  it('is found for a pinyin given name and a hyphenated Cantonese one', () => {
    expect(nameAcrossLines('Vice-Governor Luo\nXiaoqing presided', ...lines('Vice-Governor Luo\nXiaoqing presided'))).toBe(true);
    expect(nameAcrossLines('Secretary for Health Pang\nYiu-cheong said', ...lines('Secretary for Health Pang\nYiu-cheong said'))).toBe(true);
  });

  it('is not found where the line ends in an ordinary word', () => {
    expect(nameAcrossLines('Shenzhen chipmaker wins top\nProvincial prize', ...lines('Shenzhen chipmaker wins top\nProvincial prize'))).toBe(false);
  });
});

describe('a title and its holder across a line break', () => {
  it('is found where the holder opens the next line with a verb of speech', () => {
    const text = 'Undersecretary for Housing\nFelix Chow Tak-ming said most';
    expect(titleAcrossLines(text, ...lines(text))).toBe(true);
  });

  it('is not found where the next line is a deck', () => {
    const text = 'Lawmakers press housing chief\nSecretary insists units on track';
    expect(titleAcrossLines(text, ...lines(text))).toBe(false);
  });
});
