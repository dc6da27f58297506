import { describe, expect, it } from 'vitest';
import { reflow, reflowText } from '../../../src/stages/reflow/index.js';
import { seamsOf, toRaw } from '../../../src/text/offset-map.js';

describe('reflow', () => {
  it('joins a break between CJK characters with nothing', () => {
    expect(reflowText('2022\n年度').text).toBe('2022年度');
    expect(reflowText('中国电\n子').text).toBe('中国电子');
  });

  it('keeps one space where Latin letters or digits meet across a break', () => {
    expect(reflowText('Wuxi\nDaily').text).toBe('Wuxi Daily');
    expect(reflowText('2022\n2023').text).toBe('2022 2023');
  });

  it('joins a number the column break cuts inside Chinese text with nothing', () => {
    expect(reflowText('辦公室1\n3日舉行').text).toBe('辦公室13日舉行');
    expect(reflowText('超過7.\n5萬家').text).toBe('超過7.5萬家');
    expect(reflowText('逾5,\n200名').text).toBe('逾5,200名');
    expect(reflowText('in 2022\n2023 too').text).toBe('in 2022 2023 too'); // no Han beside the number: English
  });

  it('joins across a blank line when the line before does not end a sentence', () => {
    expect(reflowText('二季度是决定全\n\n年经济走势').text).toBe('二季度是决定全年经济走势');
    expect(reflowText('围绕服务保障\n\n“465”现代产业集群').text).toBe('围绕服务保障“465”现代产业集群');
  });

  it('breaks the paragraph after a sentence end followed by a blank or an indented line', () => {
    expect(reflowText('会议召开。\n\n会议指出').text).toBe('会议召开。\n会议指出');
    expect(reflowText('他说：“好。”\n\n会后').text).toBe('他说：“好。”\n会后');
    expect(reflowText('会议召开。\n　　会议指出').text).toBe('会议召开。\n会议指出');
    expect(reflowText('会议召开。\n会议指出').text).toBe('会议召开。会议指出'); // a column break after 。
  });

  it('handles CRLF, tabs, NBSP and ideographic spaces without moving offsets', () => {
    const raw = '\t本报讯\u00a0 近日\r\n\r\n全市\u3000\r\n上下';
    const r = reflowText(raw);
    expect(r.text).toBe('本报讯\u00a0 近日全市上下');
    for (let i = 0; i < r.text.length; i++) if (!/\s/.test(r.text[i]!)) expect(raw[r.map[i]!]).toBe(r.text[i]);
    const span = toRaw(r, r.text.indexOf('近日'), r.text.indexOf('上下') + 2);
    expect(raw.slice(span.start, span.end).replace(/\s+/g, '')).toBe('近日全市上下');
  });

  it('marks a seam where text of another part lies between two joined pieces, and none across whitespace', () => {
    const raw = '市委书\n第3版\n记某某\n\n出席';
    const r = reflow(raw, [{ start: 0, end: 3 }, { start: 8, end: 11 }, { start: 13, end: 15 }]);
    expect(r.text).toBe('市委书记某某出席');
    expect([...(seamsOf(r, raw) ?? [])]).toEqual([0, 0, 0, 1, 0, 0, 0, 0]); // before 记 only
    expect(seamsOf(reflowText('市委书\n\n记'), '市委书\n\n记')).toBeUndefined();
  });
});
