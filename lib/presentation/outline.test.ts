import { describe, expect, it } from 'vitest';
import type { Heading } from '../schema/analysis';
import { buildOutline, type OutlineNode } from './outline';

const h = (level: number, marker: string): Heading => ({ level, marker, title: marker, start: 0, end: 0, inline: false });
const shape = (nodes: OutlineNode[]): unknown[] => nodes.map((n) => [n.heading.marker, shape(n.children)]);

describe('buildOutline', () => {
  it('nests headings by level', () => {
    const outline = buildOutline([h(1, '一、'), h(2, '（一）'), h(3, '1.'), h(2, '（二）'), h(1, '二、'), h(2, '（一）')]);
    expect(shape(outline)).toEqual([
      ['一、', [['（一）', [['1.', []]]], ['（二）', []]]],
      ['二、', [['（一）', []]]],
    ]);
  });

  it('hangs a heading that skips a level under the nearest smaller level, and starts roots at any level', () => {
    expect(shape(buildOutline([h(2, '（一）'), h(1, '一、'), h(3, '1.'), h(2, '（一）')]))).toEqual([
      ['（一）', []],
      ['一、', [['1.', []], ['（一）', []]]],
    ]);
  });

  it('is empty for no headings', () => expect(buildOutline([])).toEqual([]));
});
