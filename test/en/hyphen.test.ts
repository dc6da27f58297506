// Soft hyphens of line breaks in English names: taken out where the break split a word, kept in compounds.
import { describe, expect, it } from 'vitest';
import { lineEndHyphens, unbreak } from '../../src/en/hyphen.js';
import { reflowText } from '../../src/stages/reflow/index.js';

const names = (raw: string): string => {
  const r = reflowText(raw);
  return unbreak(r.text, 0, r.text.length, lineEndHyphens(r.text, r.map));
};

describe('unbreak', () => {
  it('joins a word the line split (Equip- / ment, logis- / tics)', () => {
    expect(names('Tianfu Intelligent Equip-\nment Co Ltd')).toBe('Tianfu Intelligent Equipment Co Ltd');
    expect(names('e-commerce and logis-\ntics center')).toBe('e-commerce and logistics center');
  });

  it('keeps the hyphen of a compound broken at it, of a romanized given name, and any hyphen inside a line', () => {
    expect(names('a county-\nlevel center')).toBe('a county-level center');
    expect(names('a long-\nterm plan')).toBe('a long-term plan');
    expect(names('Sun Yat-\nsen University')).toBe('Sun Yat-sen University');
    expect(names('Tianfu Equip-ment Co Ltd')).toBe('Tianfu Equip-ment Co Ltd');
  });
});
