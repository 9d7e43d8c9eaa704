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
    ['标题\n===', ['paragraph', 'paragraph']],
    ['甲\n\n乙', ['paragraph', 'paragraph']],
  ])('%j stays plain text', (md, expected) => expect(types(md)).toEqual(expected));

  it('makes each non-blank line one paragraph, from its first non-blank char to its end', () => {
    const md = '一、总体要求\n  各单位要抓好落实，\r\n\t\n\n同志们：\r（一）加强领导';
    const tree = unified().use(remarkParse).use(remarkPlainProse).parse(md);
    expect(tree.children.map((c) => [c.type, c.position!.start.offset, c.position!.end.offset, c.position!.start.line])).toEqual([
      ['paragraph', 0, 6, 1],
      ['paragraph', 9, 18, 2],
      ['paragraph', 23, 27, 5],
      ['paragraph', 28, 35, 6],
    ]);
    expect(tree.children.map((c) => md.slice(c.position!.start.offset, c.position!.end.offset))).toEqual(['一、总体要求', '各单位要抓好落实，', '同志们：', '（一）加强领导']);
  });

  it('leaves emphasis markers in the text', () => {
    const tree = unified().use(remarkParse).use(remarkPlainProse).parse('**加粗**与*斜体*');
    expect(JSON.stringify(tree.children[0])).toContain('**加粗**与*斜体*');
  });
});
