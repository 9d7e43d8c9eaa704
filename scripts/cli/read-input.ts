/** Reads the draft named on the command line (a file, or stdin for '-') and decodes it, or fails with a CliError. */
import { decodeErrorMessages, decodeText } from '../../lib/decode-text';
import { CliError } from './errors';

/** Where bytes come from; injected so tests need no files. */
export interface InputReader {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
}

const fsErrors: Record<string, { zh: string; en: string }> = {
  ENOENT: { zh: '文件不存在', en: 'file not found' },
  EISDIR: { zh: '这是目录，不是文件', en: 'is a directory' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
};

/** The text of `path` ('-' = stdin): exactly `readFileSync(path, 'utf8')` for a UTF-8 file. */
export async function readInput(path: string, reader: InputReader): Promise<string> {
  const subject = path === '-' ? 'stdin' : path;
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await reader.readStdin() : await reader.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const { zh, en } = (code && fsErrors[code]) || { zh: '无法读取', en: `cannot read (${code ?? String(error)})` };
    throw new CliError(zh, en, subject);
  }
  const result = decodeText(bytes);
  if (!result.ok) {
    const { zh, en } = decodeErrorMessages[result.error];
    throw new CliError(zh, en, subject);
  }
  return result.text;
}
