// Sentences of English text: split at . ! ? before a space, but not after a title's or a company's short form.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/en/sentences.js';

describe('English sentences', () => {
  it('are not cut after Mr. or Dr.', () => {
    expect(sentencesOf('Mr. Li spoke. He left.')).toEqual([{ start: 0, end: 13 }, { start: 13, end: 22 }]);
  });

  it('end after a company\'s Ltd. where a capital that is no other legal form follows', () => {
    const t = 'It signed with Hengtai Co Ltd. Hannah Lee said so. Alpha Co. Ltd. won.';
    expect(sentencesOf(t).map((s) => t.slice(s.start, s.end).trim())).toEqual(['It signed with Hengtai Co Ltd.', 'Hannah Lee said so.', 'Alpha Co. Ltd. won.']);
  });
});
