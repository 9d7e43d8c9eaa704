import { describe, expect, it } from 'vitest';
import { readInput, type InputReader } from './read-input';

const utf8 = (s: string) => new TextEncoder().encode(s);
const errno = (code: string) => Object.assign(new Error(code), { code });

function reader(files: Record<string, Uint8Array | Error>, stdin: Uint8Array = new Uint8Array()): InputReader {
  return {
    readFile: async (path) => {
      const found = files[path];
      if (found === undefined) throw errno('ENOENT');
      if (found instanceof Error) throw found;
      return found;
    },
    readStdin: async () => stdin,
  };
}

describe('readInput', () => {
  it('returns UTF-8 text as is, BOM and \\r\\n included', async () => {
    expect(await readInput('a.txt', reader({ 'a.txt': utf8('\uFEFF讲话\r\n') }))).toBe('\uFEFF讲话\r\n');
  });

  it('reads stdin for -', async () => {
    expect(await readInput('-', reader({}, utf8('同志们：')))).toBe('同志们：');
  });

  it('decodes GB18030', async () => {
    expect(await readInput('gbk.txt', reader({ 'gbk.txt': Uint8Array.from([0xc2, 0xe4, 0xca, 0xb5]) }))).toBe('落实');
  });

  it.each([
    ['missing.txt', reader({}), 'luoshi: 文件不存在 / file not found: missing.txt'],
    ['dir', reader({ dir: errno('EISDIR') }), '这是目录，不是文件 / is a directory: dir'],
    ['secret.txt', reader({ 'secret.txt': errno('EACCES') }), '没有读取权限 / permission denied: secret.txt'],
    ['odd.txt', reader({ 'odd.txt': errno('EIO') }), '无法读取 / cannot read (EIO): odd.txt'],
    ['empty.txt', reader({ 'empty.txt': utf8(' \r\n\u3000') }), '文件为空 / file is empty: empty.txt'],
    ['-', reader({}), '文件为空 / file is empty: stdin'],
    ['a.png', reader({ 'a.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) }), '不是文本文件 / not a text file: a.png'],
    ['latin1.txt', reader({ 'latin1.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9]) }), '无法识别文件编码（支持 UTF-8、GB18030） / unknown text encoding (UTF-8 and GB18030 are supported): latin1.txt'],
  ])('refuses %s', async (path, input, message) => {
    await expect(readInput(path, input)).rejects.toThrow(message.replace(/^luoshi: /, ''));
  });
});
