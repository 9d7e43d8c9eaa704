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

  it('keeps findings vfile messages (Errors with reason and place) and leaves the stack trace limit as it was', () => {
    const input = '各单位要在X月X日前完成';
    const file = new VFile({ value: input, data: { input } });
    const before = Error.stackTraceLimit;
    report(file, 'placeholder', 'error', 'Unexpected X月X日', 5, 9);
    expect(Error.stackTraceLimit).toBe(before);
    const [m] = file.messages;
    expect(m!.constructor.name).toBe('VFileMessage');
    expect(m).toBeInstanceOf(Error);
    expect([m!.reason, m!.message, m!.ruleId, m!.fatal, m!.line, m!.column, m!.stack]).toEqual(['Unexpected X月X日', 'Unexpected X月X日', 'placeholder', true, 1, 6, '']);
  });
});
