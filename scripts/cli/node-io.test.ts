import { describe, expect, it } from 'vitest';
import { readStdin } from './node-io';

async function* chunks(parts: (string | Uint8Array)[]) {
  yield* parts;
}

describe('readStdin', () => {
  it('joins chunks into bytes without decoding them', async () => {
    const bytes = await readStdin(chunks([Uint8Array.from([0xe8, 0x90]), Uint8Array.from([0xbd]), '实']));
    expect(new TextDecoder().decode(bytes)).toBe('落实');
  });

  it('reads 5 MB in 64 KB chunks', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const bytes = await readStdin(chunks(Array.from({ length: 80 }, () => chunk)));
    expect(bytes.length).toBe(5 * 1024 * 1024);
  });
});
