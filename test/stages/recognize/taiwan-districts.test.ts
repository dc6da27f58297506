// Taiwan's districts by their bare name, where the text vouches for them (round-42 Taiwan page written blind).
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/index.js';

const places = (text: string) => annotate(text).filter((m) => m.label === 'place').map((m) => m.text);

describe('Taiwan districts named bare', () => {
  it('reads two or more joined in a list (往返大里、太平; 西屯、大雅及神冈等)', () => {
    expect(places('家长送托都得往返大里、太平。')).toEqual(['大里', '太平']);
    expect(places('移工多住在西屯、大雅及神冈等工业区。')).toEqual(['西屯', '大雅', '神冈']);
  });

  it('reads one whose full name the text gives elsewhere (西屯区 … 西屯)', () => {
    expect(places('座谈会在西屯区举行。住在西屯的移工出席。')).toEqual(['西屯区', '西屯']);
  });

  it('reads none alone, where the bare name is also a word (天下太平, 大雅之堂), nor in a list of words only', () => {
    expect(places('天下太平，难登大雅之堂。')).toEqual([]);
    expect(places('弘扬忠孝、仁爱、信义、和平的美德。')).toEqual([]);
  });

  it('takes no full name of a mainland district as vouching for a bare name (和平区 of Tianjin … 和平)', () => {
    expect(places('天津市和平区举行活动，呼吁维护和平。')).not.toContain('和平');
  });
});

describe('Taiwan bodies and names that are none', () => {
  const found = (text: string) => annotate(text).map((m) => `${m.label}:${m.text}`);

  it('reads a foundation with its legal form (财团法人), and the ministry of health and welfare', () => {
    expect(found('由财团法人弘道社会福利基金会经营，获卫生福利部补助。')).toEqual(['organization:财团法人弘道社会福利基金会', 'government:卫生福利部']);
  });

  it('starts no body at a verb before it (整合, 规画)', () => {
    expect(found('将整合日间照顾中心，并规画雾峰运动中心。').filter((x) => x.startsWith('organization:'))).toEqual([
      'organization:日间照顾中心', 'organization:雾峰运动中心',
    ]);
  });

  it('reads no name in a village before its head’s post (吉安里长), nor in 年代 before a verb (70年代兴建)', () => {
    expect(found('吉安里长赖清文出席').filter((x) => x.startsWith('person:'))).toEqual(['person:赖清文']);
    expect(found('护岸为民国70年代兴建').filter((x) => x.startsWith('person:'))).toEqual([]);
  });
});

describe('a list of names closed by a count of people', () => {
  it('reads each name of 甲、乙等20名志工, though one scores low, and a first item after 另有', () => {
    expect(annotate('另有林秀芬、陈阿土等20名志工获颁奖项。').filter((m) => m.label === 'person').map((m) => m.text)).toEqual(['林秀芬', '陈阿土']);
  });
});
