/**
 * The json backup (luoshi.checklist-backup, version 4; versions 1 to 3 still read): building it, and checking a file
 * before anything is written. A backup is outside input, possibly hostile, so `parseBackup` refuses, with the first
 * problems named by path and reason: files over the size limit, nesting deeper than the format has, truncated or
 * non-JSON text, another format or version, prototype keys (__proto__, constructor, prototype), arrays longer than
 * any table may be, fields that fail the record schemas, links that are not http(s), duplicate ids and dangling
 * references (every item a bulk status note lists included). The record schemas are the ones every write is
 * checked with (lib/db/record-guard.ts), so whatever Luoshi saved restores: free text is text — markup, form feeds
 * and other control characters included. Derived fields (`due`) are recomputed, never trusted; search terms are not
 * in the file at all (the import rebuilds them).
 */
import { BACKUP_FORMAT, BACKUP_VERSIONS_READ, backupSchema, LIMITS, type Backup } from '../schema/checklist';
import { formatPath } from '../schema/issue-path';
import { legacySection } from './legacy-section';
import { noteItemIds } from './notes';

/**
 * Largest backup accepted, in UTF-16 code units of the file's text: 256 M characters (a database of hundreds of
 * drafts at the largest size; the browser cannot hold a much longer string anyway).
 */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;
/** Deepest nesting the format has is 6 (backup › revisions › revision › changes › changed › entry); far deeper is not ours. */
export const MAX_DEPTH = 16;
/** How many problems an error message names. */
const MAX_ISSUES = 5;
/** Keys that would reach an object's prototype if a later step copied them: never in a file of ours. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const TABLE_LIMITS = { documents: LIMITS.documents, items: LIMITS.items, notes: LIMITS.notes, revisions: LIMITS.revisions } as const;

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

export { formatPath };

/** The first prototype key anywhere in `value` (depth already bounded), or null. */
function prototypeKey(value: unknown, path: PropertyKey[]): BackupIssue | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = prototypeKey(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      if (PROTOTYPE_KEYS.has(k)) return { path: formatPath([...path, k]), message: `含有原型键 ${k}，不是落实备份文件` };
      const found = prototypeKey((value as Record<string, unknown>)[k], [...path, k]);
      if (found) return found;
    }
  }
  return null;
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
    // A bulk status note's items (lib/checklist/notes.ts) are each checked like a note's one item.
    const field = n.itemIds ? 'itemIds' : 'itemId';
    const ids = noteItemIds(n);
    const gone = ids.find((id) => !items.has(id));
    if (gone !== undefined) issues.push({ path: `notes[${i}].${field}`, message: `事项 ${gone} 不存在` });
    else if (ids.some((id) => itemDoc.get(id) !== n.documentId)) issues.push({ path: `notes[${i}].documentId`, message: '与所属事项的文稿不一致' });
  });
  b.revisions.forEach((r, i) => docs.has(r.documentId) || issues.push({ path: `revisions[${i}].documentId`, message: `文稿 ${r.documentId} 不存在` }));
  return issues;
}

/** Checks a backup file's text; never throws. On success the derived fields are recomputed. */
export function parseBackup(text: string, options: { maxChars?: number } = {}): BackupCheck {
  const maxChars = options.maxChars ?? MAX_BACKUP_CHARS;
  if (text.length > maxChars) return fail('(文件)', `文件过大（${(text.length / 1048576).toFixed(1)} M 字符，上限 ${(maxChars / 1048576).toFixed(0)} M）`);
  if (jsonDepth(text, MAX_DEPTH) > MAX_DEPTH) return fail('(文件)', `嵌套层数超过 ${MAX_DEPTH}，不是落实备份文件`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('(文件)', `不是完整的 JSON（可能被截断）：${error instanceof Error ? error.message : String(error)}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('(根)', '应为 JSON 对象');
  const head = raw as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) return fail('format', `不是落实备份文件（应为 "${BACKUP_FORMAT}"）`);
  if (!(BACKUP_VERSIONS_READ as readonly unknown[]).includes(head.version)) {
    return fail('version', `不支持的备份版本 ${JSON.stringify(head.version) ?? 'undefined'}（本版本读取版本 ${BACKUP_VERSIONS_READ.join('、')}）`);
  }
  // Huge arrays are refused by their length before any row is looked at.
  for (const [table, limit] of Object.entries(TABLE_LIMITS)) {
    const rows = head[table];
    if (Array.isArray(rows) && rows.length > limit) return fail(table, `共 ${rows.length} 条，超过上限 ${limit} 条`);
  }
  const proto = prototypeKey(raw, []);
  if (proto) return { ok: false, issues: [proto] };
  // Versions 1 and 2 stored each heading of an item's section as one string (legacy-section.ts).
  if (head.version !== 3 && Array.isArray(head.items)) {
    head.items = head.items.map((it: unknown) => (it && typeof it === 'object' && !Array.isArray(it) ? { ...it, section: legacySection((it as { section?: unknown }).section) } : it));
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: formatPath(i.path), message: i.message })) };
  const refs = checkReferences(parsed.data);
  if (refs.length) return { ok: false, issues: refs.slice(0, MAX_ISSUES) };
  const backup = parsed.data;
  if (backup.version === 1 && backup.preferences) return fail('preferences', '第 1 版备份不含偏好设置');
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
