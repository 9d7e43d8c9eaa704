import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode-text';

const bytes = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 exactly as readFileSync(f, "utf8") does, keeping a BOM and \\r\\n', () => {
    const raw = bytes(0xef, 0xbb, 0xbf, ...utf8('讲话\r\n一、总体要求\r\n'));
    const result = decodeText(raw);
    expect(result).toEqual({ ok: true, text: '\uFEFF讲话\r\n一、总体要求\r\n', encoding: 'utf-8' });
    expect(result.ok && result.text).toBe(Buffer.from(raw).toString('utf8'));
  });

  it('reads UTF-8 without BOM', () => {
    expect(decodeText(utf8('同志们：\n'))).toEqual({ ok: true, text: '同志们：\n', encoding: 'utf-8' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    // 「落实讲话」 in GBK, which GB18030 contains.
    expect(decodeText(bytes(0xc2, 0xe4, 0xca, 0xb5, 0xbd, 0xb2, 0xbb, 0xb0, 0x0a))).toEqual({
      ok: true,
      text: '落实讲话\n',
      encoding: 'gb18030',
    });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x3d, 0x84, 0x9e, 0x5b))).toEqual({ ok: true, text: '落实', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x84, 0x3d, 0x5b, 0x9e))).toEqual({ ok: true, text: '落实', encoding: 'utf-16be' });
  });

  it.each([
    ['no bytes', bytes()],
    ['only white space', utf8(' \n\t\r\n')],
    ['only a BOM and full-width spaces', utf8('\uFEFF\u3000\u3000\n')],
  ])('refuses an empty file: %s', (_name, raw) => {
    expect(decodeText(raw)).toEqual({ ok: false, error: 'empty' });
  });

  it('refuses binary data', () => {
    expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00))).toEqual({ ok: false, error: 'binary' });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    // 「café」 in Latin-1: 0xE9 at the end is a truncated GB18030 lead byte.
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({ ok: false, error: 'undecodable' });
  });
});

describe('looksBinary', () => {
  it.each([
    ['a NUL byte', bytes(0x41, 0x00, 0x42), true],
    ['mostly control bytes', bytes(0x01, 0x02, 0x03, 0x41), true],
    ['one control byte in plenty of text', utf8(`${'一二三四五六七'.repeat(3)}\u0007`), false],
    ['tabs, form feeds and ANSI escapes', utf8('\t标题\f\u001b[1m加粗\u001b[0m\r\n'), false],
  ])('%s → %s', (_name, raw, expected) => {
    expect(looksBinary(raw)).toBe(expected);
  });
});
