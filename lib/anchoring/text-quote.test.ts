import { describe, expect, it } from 'vitest';
import { anchorAt, commonPrefixLength, commonSuffixLength, contextAgreement } from './text-quote';

describe('anchorAt', () => {
  it('keeps the span with up to 32 characters of context and its start', () => {
    const text = `${'甲'.repeat(40)}要抓好项目落地${'乙'.repeat(40)}`;
    const a = anchorAt(text, 40, 47);
    expect(a).toEqual({ exact: '要抓好项目落地', prefix: '甲'.repeat(32), suffix: '乙'.repeat(32), start: 40 });
  });
  it('clips context at the ends of the text', () => {
    expect(anchorAt('一二三四五', 1, 3)).toEqual({ exact: '二三', prefix: '一', suffix: '四五', start: 1 });
    expect(anchorAt('一二', 0, 2, 5)).toEqual({ exact: '一二', prefix: '', suffix: '', start: 0 });
  });
  it('clamps offsets outside the text', () => {
    expect(anchorAt('一二', 5, 9)).toEqual({ exact: '', prefix: '一二', suffix: '', start: 2 });
    expect(anchorAt('一二', 1, 0)).toEqual({ exact: '', prefix: '一', suffix: '二', start: 1 });
  });
});

describe('context agreement', () => {
  it.each([
    ['abc', 'xbc', 2],
    ['', 'x', 0],
    ['同志们', '同志们', 3],
  ])('common suffix of %s and %s is %i', (a, b, n) => expect(commonSuffixLength(a, b)).toBe(n));
  it('common prefix', () => expect(commonPrefixLength('县发改局', '县发改委')).toBe(3));
  it('is 1 for identical context, 0 for different or absent context', () => {
    expect(contextAgreement({ exact: '', prefix: 'ab', suffix: 'cd' }, { exact: '', prefix: 'ab', suffix: 'cd' })).toBe(1);
    expect(contextAgreement({ exact: '', prefix: 'ab', suffix: 'cd' }, { exact: '', prefix: 'xy', suffix: 'zw' })).toBe(0);
    expect(contextAgreement({ exact: '', prefix: '', suffix: '' }, { exact: '', prefix: '', suffix: '' })).toBe(0);
    expect(contextAgreement({ exact: '', prefix: 'ab', suffix: '' }, { exact: '', prefix: 'xb', suffix: '' })).toBe(0.5);
  });
});
