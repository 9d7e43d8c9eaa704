import { describe, expect, it } from 'vitest';
import { cnToInt, enclosedToInt, intToCn } from './numerals';

describe('numerals', () => {
  it.each([
    ['一', 1], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['7', 7], ['几', Number.NaN], ['一二三四', Number.NaN],
  ])('cnToInt(%s) = %s', (s, n) => expect(cnToInt(s)).toBe(n));
  it.each([[1, '一'], [7, '七'], [10, '十'], [12, '十二'], [20, '二十'], [35, '三十五']])('intToCn(%s) = %s', (n, s) => expect(intToCn(n)).toBe(s));
  it.each([['①', 1], ['⑳', 20], ['⑴', 1], ['⒈', 1], ['㈠', 1], ['㈩', 10], ['a', Number.NaN]])('enclosedToInt(%s) = %s', (c, n) => expect(enclosedToInt(c)).toBe(n));
});
