import { describe, expect, it } from 'vitest';
import { execAll } from './exec-all';

const both = (re: RegExp, s: string) => [execAll(re, s).map((m) => [m.index, [...m]]), [...s.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, [...m]])];

describe('execAll', () => {
  it.each([
    [/[（(]([^（）()]{2,20})[）)]/g, '建设数据平台（县发改局牵头，县财政局配合）。完善机制(县委办负责)'],
    [/(?:^|[，,])([^，,。；;]{2,40}?)配合/g, '县住建局要牵头，县财政局配合，各乡镇配合做好'],
    [/每/g, '每月每季每年'],
    [/x*/g, '甲x乙xx'],
    [/无/g, '没有匹配的文本'],
  ])('gives what matchAll gives: %s', (re, s) => {
    const [mine, theirs] = both(re, s);
    expect(mine).toEqual(theirs);
  });

  it('leaves the regex ready for another use, also when called again inside a use of its matches', () => {
    const re = /(\d+)日/g;
    const outer = execAll(re, '5日前、10日前、25日前');
    const inner = outer.map((m) => execAll(re, `${m[1]}日`).length);
    expect(outer.map((m) => m[1])).toEqual(['5', '10', '25']);
    expect(inner).toEqual([1, 1, 1]);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a regex that is not global', () => expect(() => execAll(/a/, 'a')).toThrow(TypeError));
});
