import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidth, padWidth, renderTable } from './text-width';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['落实', 4],
    ['（一）', 6],
    ['一、总体要求', 12],
    ['\u3000', 2],
    ['\uFEFFé', 1],
    ['X月X日', 6],
    ['𠀀', 2],
  ])('%s → %s', (s, width) => expect(displayWidth(s)).toBe(width));
});

describe('fitWidth', () => {
  it.each([
    ['落实事项', 8, '落实事项'],
    ['落实事项', 7, '落实事…'],
    ['落实事项', 6, '落实…'],
    ['ab落实', 4, 'ab…'],
  ])('%s in %s columns → %s', (s, width, expected) => expect(fitWidth(s, width)).toBe(expected));
});

describe('padWidth', () => {
  it('pads by columns, not characters', () => {
    expect(padWidth('落实', 6)).toBe('落实  ');
    expect(padWidth('ab', 6)).toBe('ab    ');
    expect(padWidth('落实事项', 6)).toBe('落实事项');
  });
});

describe('renderTable', () => {
  it('aligns mixed-width columns and leaves no trailing spaces', () => {
    expect(renderTable(['级', '标题', '行'], [['1', '一、总体要求', '3'], ['2', '（一）强化组织领导', '12']])).toEqual([
      '级  标题                行',
      '1   一、总体要求        3',
      '2   （一）强化组织领导  12',
    ]);
  });

  it('caps column widths', () => {
    expect(renderTable(['事项', '时限'], [['对已开工的项目，要开工不停工', '年底前']], [10])).toEqual([
      '事项       时限',
      '对已开工…  年底前',
    ]);
  });
});

describe('renderTable alignment', () => {
  it('right-aligns the columns asked for', () => {
    expect(renderTable(['名称', 'ms'], [['讲话', '12.5'], ['1MB', '1234.0']], [], ['left', 'right'])).toEqual([
      '名称      ms',
      '讲话    12.5',
      '1MB   1234.0',
    ]);
  });
});
