/** The real command as a child process: what a user or score.mjs sees on stdout, stderr and in the exit code. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisSchema } from '../lib/schema/analysis';

const tsx = join('node_modules', '.bin', 'tsx');

function extract(args: string[], stdin?: string | Buffer): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['scripts/extract.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(stdin);
  });
}

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-extract-'));
  writeFileSync(file('draft.txt'), '\uFEFF关于加强安全生产的讲话\r\n同志们：\r\n一、提高认识\r\n各镇要在年底前完成隐患排查。\r\n');
  writeFileSync(file('binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Sequential, with room to spare: each run starts tsx, and a successful one compiles the whole engine.
describe('scripts/extract.ts', { timeout: 90_000 }, () => {
  it('prints Analysis JSON for the built-in sample and nothing else', async () => {
    const { code, stdout, stderr } = await extract(['--format', 'json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(analysisSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
  });

  it('prints Analysis JSON for a file with a BOM and \\r\\n', async () => {
    const { code, stdout, stderr } = await extract(['--format', 'json', '--reference-date', '2026-07-05', file('draft.txt')]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(analysisSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
  });

  it('prints a markdown checklist and a table', async () => {
    const markdown = await extract([file('draft.txt')]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('## 落实事项');
    const table = await extract(['--format', 'table', file('draft.txt')]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('层次标题');
  });

  it('reads 5 MB from stdin', async () => {
    // Long plain lines: the point is the plumbing (stdin, a large string, stdout), not the engine's speed.
    const { code, stdout, stderr } = await extract(['--format', 'json', '-'], `${'abcdefghij'.repeat(100)}\n`.repeat(5243));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(analysisSchema.safeParse(JSON.parse(stdout)).success).toBe(true);
  });

  it.each([
    [['nope.txt'], 'luoshi: 文件不存在 / file not found: nope.txt\n'],
    [['BINARY'], 'luoshi: 不是文本文件 / not a text file: BINARY\n'],
    [['--format', 'xml', 'DRAFT'], 'luoshi: 不支持的输出格式（可用 json、markdown、table） / unknown format (use json, markdown or table): xml\n'],
    [['--reference-date', '2026-13-01', 'DRAFT'], 'luoshi: 日期无效（应为 YYYY-MM-DD） / bad date (expected YYYY-MM-DD): 2026-13-01\n'],
  ])('fails with exactly one line on stderr for %j', async (args, expected) => {
    const names: Record<string, string> = { BINARY: 'binary.bin', DRAFT: 'draft.txt' };
    const real = (s: string) => (names[s] ? file(names[s]) : s);
    const { code, stdout, stderr } = await extract(args.map(real));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe(expected.replace('BINARY', real));
  });

  it('fails on empty stdin', async () => {
    expect(await extract(['-'], '')).toEqual({ code: 1, stdout: '', stderr: 'luoshi: 文件为空 / file is empty: stdin\n' });
  });
});
