import { describe, expect, it } from 'vitest';
import { quoteSpan, squashSpace, truncate } from './quote';

describe('squashSpace', () => {
  it('collapses line breaks, full-width spaces, NBSP and a BOM', () => {
    expect(squashSpace('\uFEFF 一、\u3000总体\u00a0要求\r\n 二、 ')).toBe('一、 总体 要求 二、');
  });
});

describe('truncate', () => {
  it.each([
    ['一二三', 3, '一二三'],
    ['一二三四', 3, '一二…'],
    ['a😀bc', 3, 'a😀…'],
  ])('%s to %s → %s', (s, max, expected) => expect(truncate(s, max)).toBe(expected));
});

describe('quoteSpan', () => {
  const text = '同志们：\r\n要在X月X日前\u3000完成。';
  it('slices the span and puts it on one line', () => {
    expect(quoteSpan(text, { start: 0, end: 9 })).toBe('同志们： 要在X');
  });
  it('cuts long spans', () => {
    expect(quoteSpan(text, { start: 6, end: text.length }, 5)).toBe('要在X月…');
  });
});
