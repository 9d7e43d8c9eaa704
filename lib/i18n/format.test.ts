import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatMessage, messageArguments } from './format';

describe('formatMessage', () => {
  it('fills values and leaves unknown ones as written', () => {
    expect(formatMessage('en', 'a {x} b {y}', { x: 1 })).toBe('a 1 b {y}');
    expect(formatMessage('zh-CN', '共 {n} 项', { n: 0 })).toBe('共 0 项');
    expect(formatMessage('en', 'no values {x}')).toBe('no values {x}');
  });

  it('words plurals by Intl.PluralRules, with exact matches first and # for the count', () => {
    const m = '{n, plural, =0 {no groups} one {# group} other {# groups}} in {doc}';
    expect([0, 1, 2, 21, 1.5].map((n) => formatMessage('en', m, { n, doc: 'D' }))).toEqual(['no groups in D', '1 group in D', '2 groups in D', '21 groups in D', '1.5 groups in D']);
    expect(formatMessage('zh-CN', '{n, plural, other {#项}}', { n: 1 })).toBe('1项');
    expect(formatMessage('en', '{a, plural, one {# x of {b}} other {# xs of {b}}}', { a: 1, b: 'B' })).toBe('1 x of B');
  });

  it('leaves a plural whose count is missing, or that does not parse, as written', () => {
    expect(formatMessage('en', '{n, plural, one {# a} other {# as}}', { m: 1 })).toBe('{n, plural, one {# a} other {# as}}');
    expect(formatMessage('en', '{n, plural, one {# a}}', { n: 1 })).toBe('{n, plural, one {# a}}');
    expect(formatMessage('en', 'open {n', { n: 1 })).toBe('open {n');
  });

  it('names the values a message takes', () => {
    expect(messageArguments('{a} {b, plural, one {# {c}} other {# {c}s}} {a}')).toEqual(['a', 'b', 'c']);
    expect(messageArguments('{n, plural, one {it} =2 {both} other {them}}')).toEqual(['n']);
  });
});

describe('dates', () => {
  it('reads a day in Chinese as 年月日 and in English as "Dec 15, 2026"', () => {
    expect(formatDay('zh-CN', '2026-12-15')).toBe('2026年12月15日');
    expect(formatDay('en', '2026-12-15')).toBe('Dec 15, 2026');
    expect(formatDay('en', '2027-01-01')).toBe('Jan 1, 2027');
    expect(formatDay('en', '2026-06-30')).toBe('Jun 30, 2026');
    expect(formatDay('en', '年底前')).toBe('年底前');
  });

  it('reads a moment in local time', () => {
    const ms = new Date(2026, 11, 15, 9, 5).getTime();
    expect(formatDateTime('zh-CN', ms)).toBe('2026年12月15日 09:05');
    expect(formatDateTime('en', ms)).toMatch(/^Dec 15, 2026, 9:05\s?AM$/);
  });
});
