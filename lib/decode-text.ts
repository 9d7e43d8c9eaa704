/**
 * Turns the bytes of a draft file into the string the analysis sees. Shared by the CLI (node) and the dashboard
 * (browser), so both accept the same files: UTF-8 with or without BOM, UTF-16 with a BOM, else GB18030/GBK.
 *
 * nb. For UTF-8 the result is exactly `readFileSync(f, 'utf8')` — a BOM is kept as U+FEFF and `\r\n` stays — because
 * Analysis offsets are defined against that string (analysis-json.md). Other encodings have no such promise.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Why bytes were refused: no text at all, not a text file, or text in no encoding we read. */
export type DecodeError = 'empty' | 'binary' | 'undecodable';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: DecodeError };

/** One-line messages for each DecodeError, Chinese and English. */
export const decodeErrorMessages: Record<DecodeError, { zh: string; en: string }> = {
  empty: { zh: '文件为空', en: 'file is empty' },
  binary: { zh: '不是文本文件', en: 'not a text file' },
  undecodable: { zh: '无法识别文件编码（支持 UTF-8、GB18030）', en: 'unknown text encoding (UTF-8 and GB18030 are supported)' },
};

/** How many leading bytes the binary sniffing looks at; enough to judge, cheap on a 5 MB file. */
const SNIFF_BYTES = 64 * 1024;

/** Decodes a draft file's bytes, or says why it cannot be read as a draft. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  const utf16 = utf16Encoding(bytes);
  if (utf16) return finish(tryDecode(utf16, bytes, false), utf16);
  if (looksBinary(bytes)) return { ok: false, error: 'binary' };
  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  return finish(tryDecode('gb18030', bytes, false), 'gb18030');
}

function finish(text: string | null, encoding: TextEncodingName): DecodeResult {
  if (text === null) return { ok: false, error: 'undecodable' };
  // String.prototype.trim also drops U+FEFF, U+3000 and NBSP, so a file of only a BOM and full-width spaces is empty.
  if (text.trim() === '') return { ok: false, error: 'empty' };
  return { ok: true, text, encoding };
}

/** `keepBom` keeps a UTF-8 BOM in the text, as Node's `'utf8'` decoding does. */
function tryDecode(encoding: TextEncodingName, bytes: Uint8Array, keepBom: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: keepBom }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16Encoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * True for any NUL byte, or more than 1 in 20 C0 control bytes other than tab, line feed, form
 * feed, carriage return and escape in the first 64 KB. Text in UTF-8 or GB18030 never uses those bytes otherwise.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return controls * 20 > n;
}
