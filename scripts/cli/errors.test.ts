import { describe, expect, it } from 'vitest';
import { CliError, errorLine } from './errors';

describe('errorLine', () => {
  it('prints a CliError as one line, Chinese first', () => {
    expect(errorLine(new CliError('文件不存在', 'file not found', 'a.txt'))).toBe('luoshi: 文件不存在 / file not found: a.txt\n');
    expect(errorLine(new CliError('文件为空', 'file is empty'))).toBe('luoshi: 文件为空 / file is empty\n');
  });

  it('prints anything else as an internal error without its stack', () => {
    expect(errorLine(new Error('boom\n    at somewhere'))).toBe('luoshi: 内部错误 / internal error: boom at somewhere\n');
    expect(errorLine('odd')).toBe('luoshi: 内部错误 / internal error: odd\n');
  });
});
