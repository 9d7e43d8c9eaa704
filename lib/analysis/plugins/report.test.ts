import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { report, toFindings } from './report';

describe('report and toFindings', () => {
  it('turns input offsets into a vfile message with rule, severity and place, and back into findings', () => {
    const input = '第一行\r\n第二行XX\n';
    const file = new VFile({ value: input, data: { input } });
    report(file, 'placeholder', 'warning', 'Unexpected XX', 8, 10);
    report(file, 'boilerplate', 'info', 'Unexpected 水印', 0, 3);
    expect(file.messages.map((m) => [m.ruleId, m.source, m.fatal, m.place])).toEqual([
      ['placeholder', 'luoshi', false, { start: { line: 2, column: 4, offset: 8 }, end: { line: 2, column: 6, offset: 10 } }],
      ['boilerplate', 'luoshi', undefined, { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } }],
    ]);
    expect(toFindings(file)).toEqual([
      { rule: 'boilerplate', severity: 'info', message: 'Unexpected 水印', start: 0, end: 3 },
      { rule: 'placeholder', severity: 'warning', message: 'Unexpected XX', start: 8, end: 10 },
    ]);
  });
});
