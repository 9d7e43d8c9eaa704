import { describe, expect, it } from 'vitest';
import { lint } from '../test-utils';

const dup = (text: string) => lint(text, ['numbering-duplicate']);

describe('rule numbering-duplicate', () => {
  it('reports a heading numbered as the sibling before it, on the marker', () => {
    expect(dup('一、甲项\n二、乙项\n二、丙项')).toEqual(['numbering-duplicate@二、: Unexpected duplicate 「二、」, expected 3: 序号重复']);
    expect(dup('一、重点任务\n（一）抓项目\n（二）抓招商\n（二）抓服务')).toEqual(['numbering-duplicate@（二）: Unexpected duplicate 「（二）」, expected 3: 序号重复']);
  });

  it('is silent on the same number under another parent, and on gaps', () => {
    expect(dup('一、甲项\n（一）子项\n二、乙项\n（一）子项')).toEqual([]);
    expect(dup('一、甲项\n三、丙项')).toEqual([]);
  });
});
