import { describe, expect, it } from 'vitest';
import { isIsoDate, parseArgs } from './args';
import { CliError } from './errors';

describe('parseArgs', () => {
  it.each([
    [[], { format: 'markdown', file: null, help: false }],
    [['draft.txt'], { format: 'markdown', file: 'draft.txt', help: false }],
    [['--format', 'json', '-'], { format: 'json', file: '-', help: false }],
    [['-f', 'table', 'a.md'], { format: 'table', file: 'a.md', help: false }],
    [['--format=json', '--reference-date=2026-07-05', 'a.txt'], { format: 'json', referenceDate: '2026-07-05', file: 'a.txt', help: false }],
    [['a.txt', '--reference-date', '2024-02-29'], { format: 'markdown', referenceDate: '2024-02-29', file: 'a.txt', help: false }],
    [['--', '--odd-name.txt'], { format: 'markdown', file: '--odd-name.txt', help: false }],
    [['-h'], { format: 'markdown', file: null, help: true }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--format', 'xml'], '不支持的输出格式（可用 json、markdown、table） / unknown format (use json, markdown or table): xml'],
    [['--format'], '选项缺少参数值 / option needs a value: --format'],
    [['--reference-date', '2026-02-30'], '日期无效（应为 YYYY-MM-DD） / bad date (expected YYYY-MM-DD): 2026-02-30'],
    [['--reference-date', '26-1-1'], '日期无效（应为 YYYY-MM-DD） / bad date (expected YYYY-MM-DD): 26-1-1'],
    [['--verbose'], '未知选项 / unknown option: --verbose'],
    [['a.txt', 'b.txt'], '一次只能分析一个文件 / one file at a time: a.txt b.txt'],
  ])('refuses %j', (argv, message) => {
    let error: unknown;
    try {
      parseArgs(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe(message);
    expect((error as CliError).exitCode).toBe(2);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-12-31', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2026-1-1', false],
    ['2026-01-01T00:00', false],
  ])('%s → %s', (s, expected) => expect(isIsoDate(s)).toBe(expected));
});
