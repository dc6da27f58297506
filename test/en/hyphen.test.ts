// Soft hyphens of line breaks in English names: taken out where the break split a word, kept in compounds.
import { describe, expect, it } from 'vitest';
import { lineEndHyphens, softless, unbreak } from '../../src/en/hyphen.js';
import { parsePage } from '../../src/index.js';
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

  it('joins a capitalized word whose halves are no Chinese syllables (Stud- / ies, Arri- / aga), but not Ka- / fai', () => {
    expect(names('School of Population Stud-\nies')).toBe('School of Population Studies');
    expect(names('Maria Lopez Arri-\naga')).toBe('Maria Lopez Arriaga');
    expect(names('Chan Ka-\nfai')).toBe('Chan Ka-fai');
  });
});

describe('people and places a line broke at a soft hyphen', () => {
  it('are named without it, and a later mention by the middle name of three is the same person', () => {
    const raw = 'The deal was signed by Maria Lopez Arri-\naga, who flew from Vi-\nentiane. Lopez said it would help.';
    const a = parsePage(raw, { issueDate: '2024-04-19' }).articles[0]!;
    expect(a.people.map((p) => [p.name, p.mentions.length])).toEqual([['Maria Lopez Arriaga', 2]]);
    expect(a.places.map((p) => p.name)).toEqual(['Vientiane']);
  });
});


describe('a first part of compounds broken before no word', () => {
  it('was a soft hyphen (In- / formatization), and a committee on something keeps what it is on', () => {
    const a = parsePage('He urged the Shanghai Municipal Commission of Economy and In-\nformatization and the China National Committee on Ageing to act on Thursday.', { issueDate: '2024-04-19' }).articles[0]!;
    expect(a.organizations.map((o) => o.name)).toEqual(['Shanghai Municipal Commission of Economy and Informatization', 'China National Committee on Ageing']);
  });
});

describe('softless', () => {
  it('moves a soft hyphen to the end of its word, keeping every word\'s start and the length', () => {
    const raw = 'presented cer-\ntificates to a county-\nlevel body';
    const { text, map } = reflowText(raw);
    const out = softless(text, 0, text.length, lineEndHyphens(text, map));
    expect(out.length).toBe(text.length);
    expect(out).toContain('certificates  to');
    expect(out).toContain('county-level');
  });
});

describe('a nationality broken at its hyphen before a noun', () => {
  it('keeps the compound (Chinese- / language teachers) and makes no person of it', () => {
    expect(names('Chinese-\nlanguage teachers')).toBe('Chinese-language teachers');
    expect(parsePage('The forum trained railway engineers and Chinese-\nlanguage teachers. Many attended.', { issueDate: '2024-05-24' }).articles[0]!.people).toEqual([]);
  });
});

