/**
 * The json backup (luoshi.checklist-backup, version 1): building it, and checking a file before anything is
 * written. A backup is outside input, possibly hostile, so `parseBackup` refuses, with the first problems named by
 * path and reason: files over the size limit, nesting deeper than the format has, truncated or non-JSON text,
 * another format or version, fields that fail the schema, strings carrying markup or script, control characters,
 * duplicate ids and dangling references. Derived fields (`due`) are recomputed, never trusted; search terms are
 * not in the file at all (the import rebuilds them).
 */
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup } from '../schema/checklist';

/** Largest backup accepted, in UTF-16 code units of the file's text (about 30 MB of Chinese text). */
export const MAX_BACKUP_CHARS = 32 * 1024 * 1024;
/** Deepest nesting the format has is 5 (backup › items › item › draft › owners); anything far deeper is not ours. */
export const MAX_DEPTH = 16;
/** How many problems an error message names. */
const MAX_ISSUES = 5;

export interface BackupIssue {
  path: string;
  message: string;
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; issues: BackupIssue[] };

const fail = (path: string, message: string): BackupCheck => ({ ok: false, issues: [{ path, message }] });

/** Maximum nesting depth of JSON text, ignoring brackets inside strings; stops counting past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** A path as people read it: items[3].status. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '(根)';
}

/** Markup or script that has no business in a checklist string. */
const HOSTILE = /<\s*\/?\s*(script|iframe|object|embed|svg|math|style|link|meta|img|base|form)\b|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html|\bon[a-z]+\s*=/i;
// oxlint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function scanStrings(value: unknown, path: PropertyKey[], issues: BackupIssue[]): void {
  if (issues.length >= MAX_ISSUES) return;
  if (typeof value === 'string') {
    if (HOSTILE.test(value)) issues.push({ path: formatPath(path), message: '含有网页标记或脚本，拒绝导入' });
    else if (CONTROL.test(value)) issues.push({ path: formatPath(path), message: '含有控制字符，拒绝导入' });
  } else if (Array.isArray(value)) value.forEach((v, i) => scanStrings(v, [...path, i], issues));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) scanStrings(v, [...path, k], issues);
}

function checkReferences(b: Backup): BackupIssue[] {
  const issues: BackupIssue[] = [];
  const unique = (table: 'documents' | 'items' | 'notes' | 'revisions') => {
    const seen = new Set<string>();
    b[table].forEach((r, i) => {
      if (seen.has(r.id)) issues.push({ path: `${table}[${i}].id`, message: `重复的 id ${r.id}` });
      seen.add(r.id);
    });
    return seen;
  };
  const docs = unique('documents');
  const items = unique('items');
  unique('notes');
  unique('revisions');
  const itemDoc = new Map(b.items.map((it) => [it.id, it.documentId]));
  b.items.forEach((it, i) => docs.has(it.documentId) || issues.push({ path: `items[${i}].documentId`, message: `文稿 ${it.documentId} 不存在` }));
  b.notes.forEach((n, i) => {
    if (!items.has(n.itemId)) issues.push({ path: `notes[${i}].itemId`, message: `事项 ${n.itemId} 不存在` });
    else if (itemDoc.get(n.itemId) !== n.documentId) issues.push({ path: `notes[${i}].documentId`, message: '与所属事项的文稿不一致' });
  });
  b.revisions.forEach((r, i) => docs.has(r.documentId) || issues.push({ path: `revisions[${i}].documentId`, message: `文稿 ${r.documentId} 不存在` }));
  return issues;
}

/** Checks a backup file's text; never throws. On success the derived fields are recomputed. */
export function parseBackup(text: string): BackupCheck {
  if (text.length > MAX_BACKUP_CHARS) return fail('(文件)', `文件过大（${(text.length / 1048576).toFixed(1)} M 字符，上限 ${MAX_BACKUP_CHARS / 1048576} M）`);
  if (jsonDepth(text, MAX_DEPTH) > MAX_DEPTH) return fail('(文件)', `嵌套层数超过 ${MAX_DEPTH}，不是落实备份文件`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('(文件)', `不是完整的 JSON（可能被截断）：${error instanceof Error ? error.message : String(error)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('(根)', '应为 JSON 对象');
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) return fail('format', `不是落实备份文件（应为 "${BACKUP_FORMAT}"）`);
  if (head.version !== BACKUP_VERSION) return fail('version', `不支持的备份版本 ${JSON.stringify(head.version)}（本版本读取版本 ${BACKUP_VERSION}）`);
  const scanned: BackupIssue[] = [];
  scanStrings(raw, [], scanned);
  if (scanned.length) return { ok: false, issues: scanned };
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: formatPath(i.path), message: i.message })) };
  const refs = checkReferences(parsed.data);
  if (refs.length) return { ok: false, issues: refs.slice(0, MAX_ISSUES) };
  const backup = parsed.data;
  backup.items = backup.items.map((it) => ({ ...it, due: it.deadline?.due ?? null }));
  return { ok: true, backup };
}

/** One message naming the first problems: 「备份文件无效：items[3].status：…；…」. */
export function describeIssues(issues: readonly BackupIssue[]): string {
  return `备份文件无效，未导入任何数据：${issues
    .slice(0, MAX_ISSUES)
    .map((i) => `${i.path}：${i.message}`)
    .join('；')}`;
}

/** The backup file's text. */
export function backupToJson(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}
