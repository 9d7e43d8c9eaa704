/** The real IO of the `extract` command: node's fs, stdin, stdout and stderr. */
import { readFile } from 'node:fs/promises';
import type { CliIo } from './main';

/** Reads all of stdin, however large, as bytes (decoding is left to decodeText). */
export async function readStdin(stream: AsyncIterable<Uint8Array | string> = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export function nodeIo(sampleFile: string): CliIo {
  return {
    sampleFile,
    readFile: (path) => readFile(path),
    readStdin: () => readStdin(),
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
  };
}
