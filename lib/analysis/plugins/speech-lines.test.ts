import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { remarkPlainProse } from './plain-prose';
import { remarkSpeechLines } from './speech-lines';

function lines(input: string) {
  const processor = unified().use(remarkParse).use(remarkPlainProse).use(remarkSpeechLines);
  const file = new VFile({ value: input, data: { input } });
  const tree = processor.runSync(processor.parse(file), file) as import('mdast').Root;
  return { tree, lines: file.data.lines!.map((l) => [l.text, input.slice(l.start, l.end)]) };
}

describe('remarkPlainProse + remarkSpeechLines', () => {
  it('makes one paragraph per line and no markdown of speech text', () => {
    const input = '一、总体要求\n1. 抓谋划\n* 完成率*%\n> 注意安全\n***\n# 标题';
    const { tree, lines: ls } = lines(input);
    expect(tree.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(ls).toEqual([
      ['一、总体要求', '一、总体要求'],
      ['1. 抓谋划', '1. 抓谋划'],
      ['完成率*%', '* 完成率*%'],
      ['注意安全', '> 注意安全'],
      ['***', '***'],
      ['标题', '# 标题'],
    ]);
  });

  it('keeps exact offsets through CRLF, full-width spaces, NBSP and blank lines', () => {
    const input = '\u3000\u3000同志们：\r\n\r\n\u00a0今天开会。\r\n';
    const { lines: ls, tree } = lines(input);
    expect(ls).toEqual([
      ['同志们：', '\u3000\u3000同志们：'],
      ['今天开会。', '\u00a0今天开会。'],
    ]);
    expect(tree.children.map((c) => [c.position!.start.offset, c.position!.end.offset, c.position!.start.line])).toEqual([
      [0, 6, 1],
      [10, 16, 3],
    ]);
  });
});
