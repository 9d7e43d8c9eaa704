import { describe, expect, it } from 'vitest';
import type { Mark } from './marks';
import { diffTexts, remapMarks } from './span-remap';

const m = (start: number, end: number): Mark => ({ kind: 'owner', start, end });

describe('diffTexts', () => {
  it.each([
    ['甲乙丙', '甲乙丙', null],
    ['甲乙丙', '甲乙X丙', { start: 2, oldEnd: 2, newEnd: 3 }],
    ['甲乙丙', '甲丙', { start: 1, oldEnd: 2, newEnd: 1 }],
    ['甲乙丙', '甲XY丙', { start: 1, oldEnd: 2, newEnd: 3 }],
    ['', '甲', { start: 0, oldEnd: 0, newEnd: 1 }],
    ['aa', 'aaa', { start: 2, oldEnd: 2, newEnd: 3 }],
  ])('%s → %s', (a, b, edit) => {
    expect(diffTexts(a, b)).toEqual(edit);
  });
});

describe('remapMarks', () => {
  const marks = [m(0, 2), m(3, 5), m(6, 8)];
  it('keeps marks before the edit, shifts those after, drops those it touches', () => {
    expect(remapMarks(marks, { start: 5, oldEnd: 5, newEnd: 7 })).toEqual([m(0, 2), m(3, 5), m(8, 10)]);
    expect(remapMarks(marks, { start: 4, oldEnd: 4, newEnd: 5 })).toEqual([m(0, 2), m(7, 9)]);
    expect(remapMarks(marks, { start: 2, oldEnd: 6, newEnd: 2 })).toEqual([m(0, 2), m(2, 4)]);
    expect(remapMarks(marks, { start: 3, oldEnd: 3, newEnd: 4 })).toEqual([m(0, 2), m(4, 6), m(7, 9)]);
  });
  it('lets a clause mark (problem, action) that contains the edit grow or shrink with it; words are dropped', () => {
    const clause: Mark = { kind: 'problem', start: 2, end: 10 };
    const word: Mark = { kind: 'owner', start: 2, end: 10 };
    expect(remapMarks([clause, word], { start: 5, oldEnd: 5, newEnd: 7 })).toEqual([{ kind: 'problem', start: 2, end: 12 }]);
    expect(remapMarks([clause], { start: 5, oldEnd: 7, newEnd: 5 })).toEqual([{ kind: 'problem', start: 2, end: 8 }]);
    expect(remapMarks([clause], { start: 2, oldEnd: 2, newEnd: 3 })).toEqual([{ kind: 'problem', start: 3, end: 11 }]);
    expect(remapMarks([clause], { start: 1, oldEnd: 4, newEnd: 1 })).toEqual([]);
  });

  it('keeps everything without an edit', () => {
    expect(remapMarks(marks, null)).toEqual(marks);
  });
  it('follows typing in a long text exactly (property)', () => {
    const text = '县发改局要在6月底前完成项目入库。各乡镇要组织开展项目观摩拉练。';
    const at = (t: string, s: string) => ({ kind: 'owner' as const, start: t.indexOf(s), end: t.indexOf(s) + s.length });
    const before = [at(text, '县发改局'), at(text, '各乡镇')];
    const after = text.replace('6月底前', '6月30日前');
    const moved = remapMarks(before, diffTexts(text, after));
    expect(moved.map((x) => after.slice(x.start, x.end))).toEqual(['县发改局', '各乡镇']);
  });
});
