import { describe, expect, it } from 'vitest';
import { cleanLine, lineSpans } from './lines';
import { isMarkdownRule, tableBlocks } from './table-model';

const linesOf = (input: string) => lineSpans(input).map(([s, e], i) => cleanLine(input, s, e, i)).filter((l) => l.text);

describe('tableBlocks', () => {
  it('reads TAB rows with exact cell spans, empty leading and inner cells kept', () => {
    const input = '附表：\n序号\t工作任务\t牵头单位\n1\t建立台账\t县商务局\n\t\t 县统计局 \n正文。\n甲\t\t';
    const blocks = tableBlocks(input, linesOf(input));
    expect(blocks).toHaveLength(1);
    const rows = blocks[0]!.rows;
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '工作任务', '牵头单位'],
      ['1', '建立台账', '县商务局'],
      ['', '', '县统计局'],
    ]);
    for (const r of rows) for (const c of r.cells) expect(input.slice(c.start, c.end)).toBe(c.text);
  });

  it('keeps an empty first cell of a row (a merged cell pasted from Excel)', () => {
    const input = '甲\t乙\t丙\n\t丁\t戊';
    const rows = tableBlocks(input, linesOf(input))[0]!.rows;
    expect(rows[1]!.cells.map((c) => c.text)).toEqual(['', '丁', '戊']);
    expect(rows[1]!.cells[1]!.start).toBe(input.indexOf('丁'));
  });

  it('reads markdown pipe tables, skipping the rule line and bold around a cell, with \\r\\n line ends', () => {
    const input = '| 序号 | **重点任务** | 责任单位 |\r\n|:---:|---|---|\r\n| 1 | 开展安全检查 | 区应急局、各街道 |\r\n';
    const [block] = tableBlocks(input, linesOf(input));
    expect(block!.kind).toBe('markdown');
    expect(block!.rules).toEqual([1]);
    expect(block!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '重点任务', '责任单位'],
      ['1', '开展安全检查', '区应急局、各街道'],
    ]);
    for (const r of block!.rows) for (const c of r.cells) expect(input.slice(c.start, c.end)).toBe(c.text);
  });

  it('needs two rows; prose lines and a change of kind end a block', () => {
    expect(tableBlocks('甲\t乙\n正文一句。', linesOf('甲\t乙\n正文一句。'))).toEqual([]);
    const input = '甲\t乙\n丙\t丁\n| a | b |\n| c | d |';
    expect(tableBlocks(input, linesOf(input)).map((b) => b.kind)).toEqual(['tsv', 'markdown']);
  });

  it('recognises rule lines', () => {
    expect(isMarkdownRule('|---|:---:|')).toBe(true);
    expect(isMarkdownRule('| 一 | 二 |')).toBe(false);
  });
});
