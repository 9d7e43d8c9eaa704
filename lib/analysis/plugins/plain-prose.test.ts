import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkPlainProse } from './plain-prose';

const types = (md: string) => unified().use(remarkParse).use(remarkPlainProse).parse(md).children.map((c) => c.type);

describe('remarkPlainProse', () => {
  it.each([
    ['1. 抓谋划', ['paragraph']],
    ['* 完成率*%', ['paragraph']],
    ['# 标题', ['paragraph']],
    ['> 注意', ['paragraph']],
    ['***', ['paragraph']],
    ['    缩进四格的正文', ['paragraph']],
    ['标题\n===', ['paragraph']],
    ['甲\n\n乙', ['paragraph', 'paragraph']],
  ])('%j stays plain text', (md, expected) => expect(types(md)).toEqual(expected));

  it('leaves emphasis markers in the text', () => {
    const tree = unified().use(remarkParse).use(remarkPlainProse).parse('**加粗**与*斜体*');
    expect(JSON.stringify(tree.children[0])).toContain('**加粗**与*斜体*');
  });
});
