import { describe, expect, it } from 'vitest';
import { lineLocator } from './line-locator';

describe('lineLocator', () => {
  const text = '\uFEFF标题\r\n同志们：\r\n\r\n一、总体要求';
  const lineOf = lineLocator(text);
  it.each([
    [0, 1],
    [3, 1],
    [4, 1],
    [5, 2],
    [11, 3],
    [12, 3],
    [13, 4],
    [text.length, 4],
  ])('offset %s is on line %s', (offset, line) => expect(lineOf(offset)).toBe(line));

  it('puts everything on line 1 when there is no line break', () => {
    expect(lineLocator('一行')(2)).toBe(1);
  });
});

describe('lineLocator with lone \\r', () => {
  it('counts a lone carriage return as a line break', () => {
    const lineOf = lineLocator('一\r二\r\n三');
    expect([0, 2, 5].map(lineOf)).toEqual([1, 2, 3]);
  });
});
