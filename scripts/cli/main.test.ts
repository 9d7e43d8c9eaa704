import { describe, expect, it } from 'vitest';
import { analysisSchema } from '../../lib/schema/analysis';
import { usage } from './args';
import { runCli, type CliIo } from './main';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** runCli against in-memory files; returns the exit code and everything written. */
async function run(argv: string[], files: Record<string, string> = {}, stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    sampleFile: 'sample.txt',
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return utf8(files[path]!);
    },
    readStdin: async () => utf8(stdin),
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const draft = '关于加强安全生产的讲话\n同志们：\n一、提高认识\n各镇要在年底前完成隐患排查。\n';

describe('runCli', () => {
  it('prints usage for --help', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: usage, stderr: '' });
  });

  it('analyses the built-in sample when no file is given', async () => {
    const { code, stdout, stderr } = await run(['--format', 'json'], { 'sample.txt': draft });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(analysisSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
  });

  it('prints schema-valid JSON for a file and for stdin', async () => {
    for (const result of [await run(['--format', 'json', 'a.txt'], { 'a.txt': draft }), await run(['--format=json', '-'], {}, draft)]) {
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(analysisSchema.parse(JSON.parse(result.stdout)).schema).toBe('luoshi.analysis/1');
    }
  });

  it('prints markdown by default and a table on request', async () => {
    const markdown = await run(['a.txt'], { 'a.txt': draft });
    expect(markdown.stdout).toMatch(/^# .*落实清单\n[^]*\n## 问题清单\n[^]*\n## 落实事项\n[^]*\n## 起草提示\n/);
    const table = await run(['--format', 'table', 'a.txt'], { 'a.txt': draft });
    expect(table.stdout).toContain('层次标题');
  });

  it.each([
    [['--format', 'xml', 'a.txt'], 2, 'luoshi: 不支持的输出格式（可用 json、markdown、table） / unknown format (use json, markdown or table): xml\n'],
    [['--reference-date', '2026-2-3', 'a.txt'], 2, 'luoshi: 日期无效（应为 YYYY-MM-DD） / bad date (expected YYYY-MM-DD): 2026-2-3\n'],
    [['missing.txt'], 1, 'luoshi: 文件不存在 / file not found: missing.txt\n'],
    [['blank.txt'], 1, 'luoshi: 文件为空 / file is empty: blank.txt\n'],
    [[], 1, 'luoshi: 文件不存在 / file not found: sample.txt\n'],
  ])('fails with one line for %j', async (argv, code, stderr) => {
    expect(await run(argv, { 'a.txt': draft, 'blank.txt': '\n\n' })).toEqual({ code, stdout: '', stderr });
  });
});
