/**
 * Reading a chosen file as a draft: .docx through mammoth (./docx.ts), an .xlsx 分工表 through exceljs (./xlsx.ts:
 * one line per row, TAB-separated cells; the sheet asked for, else the first with text), .txt/.md through lib/decode-text.ts (UTF-8,
 * UTF-16 or GB18030), reported stage by stage so that a large file shows a progress bar — bytes read as they
 * stream in, then the conversion. A json backup is recognised and left to the backup import.
 */
import { decodeErrorMessages, decodeText, type TextEncodingName } from '../decode-text';
import { LIMITS } from '../schema/checklist';
import { docxToText, DocxTooLargeError } from './docx';
import { xlsxToText } from './xlsx';

export type DraftFileKind = 'docx' | 'xlsx' | 'text' | 'backup' | 'unsupported';

/** The kind of a file by its name. */
export function draftFileKind(name: string): DraftFileKind {
  const ext = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  if (ext === 'docx') return 'docx';
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'txt' || ext === 'md' || ext === 'markdown' || ext === 'text') return 'text';
  if (ext === 'json') return 'backup';
  return 'unsupported';
}

/** A file's name without directory or extension: the draft's title when its text names none. */
export function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || name;
}

/** The largest draft file accepted (the checklist keeps at most 2,000,000 characters of text). */
export const MAX_DRAFT_BYTES = 40 * 1024 * 1024;

const count = (n: number) => n.toLocaleString('en-US');

/** What a person is told when a file holds more text than a draft may have (LIMITS.draftChars, as the checklist). */
export function tooLongMessage(name: string, chars: number, atLeast = false): string {
  return `${name}：文字${atLeast ? '超过' : '有'} ${count(chars)} 字符，超出草稿上限 ${count(LIMITS.draftChars)} 字符；请拆分成几个文件后分别导入`;
}

export type ReadStage = 'read' | 'convert';
export type Progress = (stage: ReadStage, fraction: number) => void;

export type ReadDraftResult =
  | {
      ok: true;
      text: string;
      encoding: TextEncodingName | 'docx' | 'xlsx';
      messages: string[];
      /** An .xlsx workbook's sheet names and the one read (the person may pick another). */
      sheets?: string[];
      sheet?: string;
    }
  | { ok: false; error: string };

/** The bytes of a Blob, reporting the share read so far. */
export async function readBytes(file: Blob, progress: Progress = () => {}): Promise<Uint8Array> {
  const total = file.size || 1;
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const reader = file.stream().getReader();
  const out = new Uint8Array(file.size);
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value, at);
    at += value.length;
    progress('read', at / total);
  }
  return out.subarray(0, at);
}

/** Reads a .docx, .xlsx, .txt or .md file as draft text (an .xlsx: `sheet`, else its first sheet with text); errors are sentences for the person (Chinese). */
export async function readDraftFile(file: Blob & { name: string }, progress: Progress = () => {}, sheet?: string): Promise<ReadDraftResult> {
  const kind = draftFileKind(file.name);
  if (kind === 'backup') return { ok: false, error: `${file.name}：这是 json 备份文件，请用“导入备份”` };
  if (kind === 'unsupported') return { ok: false, error: `${file.name}：只支持 .docx、.xlsx、.txt、.md 文件（.doc 请先另存为 .docx，.xls 请先另存为 .xlsx）` };
  if (file.size > MAX_DRAFT_BYTES) return { ok: false, error: `${file.name}：文件过大（${(file.size / 1048576).toFixed(1)} MB）` };
  progress('read', 0);
  const bytes = await readBytes(file, progress);
  progress('convert', 0);
  if (kind === 'docx') {
    try {
      const { text, messages } = await docxToText(bytes, LIMITS.draftChars, (f) => progress('convert', f));
      progress('convert', 1);
      if (!text.trim()) return { ok: false, error: `${file.name}：文档里没有文字` };
      return { ok: true, text, encoding: 'docx', messages };
    } catch (e) {
      if (e instanceof DocxTooLargeError) return { ok: false, error: tooLongMessage(file.name, e.chars, true) };
      return { ok: false, error: `${file.name}：无法读取，不是有效的 .docx 文档` };
    }
  }
  if (kind === 'xlsx') {
    try {
      const r = await xlsxToText(bytes, sheet);
      progress('convert', 1);
      if (!r.text.trim()) return { ok: false, error: `${file.name}：工作表“${r.sheet}”里没有文字` };
      if (r.text.length > LIMITS.draftChars) return { ok: false, error: tooLongMessage(file.name, r.text.length) };
      return { ok: true, text: r.text, encoding: 'xlsx', messages: [], sheets: r.sheets, sheet: r.sheet };
    } catch {
      return { ok: false, error: sheet === undefined ? `${file.name}：无法读取，不是有效的 .xlsx 表格` : `${file.name}：没有名为“${sheet}”的工作表` };
    }
  }
  const decoded = decodeText(bytes);
  progress('convert', 1);
  if (!decoded.ok) return { ok: false, error: `${file.name}：${decodeErrorMessages[decoded.error].zh}` };
  if (decoded.text.length > LIMITS.draftChars) return { ok: false, error: tooLongMessage(file.name, decoded.text.length) };
  return { ok: true, text: decoded.text, encoding: decoded.encoding, messages: [] };
}
