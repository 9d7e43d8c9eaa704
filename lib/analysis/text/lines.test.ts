import { describe, expect, it } from 'vitest';
import { cleanLine, lineSpans, rawOf, spanOf, sourceOf } from './lines';

describe('lineSpans', () => {
  it('splits at \\n, \\r\\n and \\r with exact offsets', () => {
    expect(lineSpans('甲\r\n乙\n\n丙\r丁')).toEqual([[0, 1], [3, 4], [5, 5], [6, 7], [8, 9]]);
  });
});

describe('cleanLine', () => {
  it('trims full-width spaces, NBSP and a BOM, and maps back exactly', () => {
    const input = '\ufeff\u3000\u3000同志们：\u00a0';
    const line = cleanLine(input, 0, input.length, 0);
    expect(line.text).toBe('同志们：');
    expect(spanOf(line, 0, 4)).toEqual({ start: 3, end: 7 });
    expect(rawOf(input, line, 0, 4)).toBe('同志们：');
  });

  it('strips markdown heading, callout and bold, and records the bold range', () => {
    const input = '## **（一）强化组织领导。**成立工作专班。';
    const line = cleanLine(input, 0, input.length, 0);
    expect(line.text).toBe('（一）强化组织领导。成立工作专班。');
    expect(line.md).toEqual({ heading: 2, quote: false, bullet: false });
    expect(line.bold).toEqual([[0, 10]]);
    expect(rawOf(input, line, 3, 9)).toBe('强化组织领导');
    expect(rawOf(input, line, 10, 16)).toBe('成立工作专班');
  });

  it('keeps placeholder asterisks and folds full-width digits and Ｘ', () => {
    const input = '> 完成率*%，***区，６月底前完成Ｘ个';
    const line = cleanLine(input, 0, input.length, 0);
    expect(line.md.quote).toBe(true);
    expect(line.text).toBe('完成率*%，***区，6月底前完成X个');
    expect(rawOf(input, line, 11, 16)).toBe('６月底前完');
  });
});

describe('sourceOf', () => {
  it.each([
    ['１．压实责任', 0, 2, '１．'],
    ['  （２）建成ＡＢ片区', 3, 7, '建成ＡＢ'],
    ['**一、总体**要求', 0, 4, '一、总体'],
    ['## ３．考核２０２６年', 2, 8, '考核２０２６'],
    ['一、总体要求', 2, 6, '总体要求'],
  ])('%j [%i, %i) → %j', (raw, s, e, expected) => {
    const line = cleanLine(raw, 0, raw.length, 0);
    expect(sourceOf(raw, line, s, e)).toBe(expected);
    expect(sourceOf(raw, line, s, e).length).toBe(e - s);
  });
});
