import { describe, expect, it } from 'vitest';
import type { HeadingRec, NumberedTask } from '../types';
import { numberingIssues } from './numbering';

const h = (line: number, family: string, value: number, marker: string, parent = ''): HeadingRec => ({
  line, level: 1, family, value, marker, title: 'T', titleStart: marker.length, titleEnd: marker.length + 1, inline: false,
  path: parent ? [{ marker: '', title: parent }, { marker, title: 'T' }] : [{ marker, title: 'T' }],
});

describe('numberingIssues', () => {
  it('finds one issue per heading: late start, skip, back, duplicate', () => {
    const hs = [h(0, 'cn-dun', 2, '二、'), h(1, 'cn-dun', 4, '四、'), h(2, 'cn-dun', 3, '三、'), h(3, 'cn-dun', 3, '三、')];
    expect(numberingIssues(hs).map((i) => [i.kind, i.heading.marker, i.prev?.marker ?? null, i.expected])).toEqual([
      ['late-start', '二、', null, 1],
      ['skip', '四、', '二、', 3],
      ['back', '三、', '四、', 5],
      ['duplicate', '三、', '三、', 4],
    ]);
  });

  it('counts numbered task lines of the family as siblings, and restarts under a new parent', () => {
    const tasks: NumberedTask[] = [{ line: 2, family: 'cn-paren', value: 2, marker: '（二）' }];
    const hs = [h(0, 'cn-dun', 1, '一、'), h(1, 'cn-paren', 1, '（一）', '一、T'), h(3, 'cn-paren', 3, '（三）', '一、T'), h(4, 'cn-dun', 2, '二、'), h(5, 'cn-paren', 1, '（一）', '二、T')];
    expect(numberingIssues(hs, tasks)).toEqual([]);
    expect(numberingIssues(hs).map((i) => [i.kind, i.heading.marker])).toEqual([['skip', '（三）']]);
  });
});
