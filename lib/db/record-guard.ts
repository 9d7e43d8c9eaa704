/**
 * The one schema for stored records, applied on every write: a Dexie DBCore middleware checks each row added or
 * put into documents, items, notes, revisions, skips (and, in the upgrades, the retired settings table) against lib/schema/checklist.ts — the same schemas a
 * backup is restored with — and refuses the write (the transaction aborts, nothing is written) with a Chinese
 * message naming the table, the field and the limit. So every repository path, the upgrades and any future writer
 * can only store what a backup restores. `quarantine` rows (kept originals from an upgrade) are only bounded in
 * shape. Search terms are derived and not checked. A writer that builds many rows of one shape from rows already
 * stored (the bulk status change: 5,000 items and their notes) checks them itself once per kind of row and marks
 * its transaction with `markChecked`; the guard then lets that transaction's writes to those tables through (in
 * Chromium the per-row checks of a 5,000-item bulk change were ~200 ms of script and most of its garbage).
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { z } from 'zod';
import { formatPath } from '../checklist/backup';
import { documentRecordSchema, itemRecordSchema, noteRecordSchema, revisionRecordSchema, settingRecordSchema, skipRecordSchema } from '../schema/checklist';
import { ChecklistError } from './env';

const SCHEMAS: Record<string, { schema: z.ZodType; label: string }> = {
  documents: { schema: documentRecordSchema, label: '文稿' },
  items: { schema: itemRecordSchema, label: '事项' },
  notes: { schema: noteRecordSchema, label: '进展情况' },
  revisions: { schema: revisionRecordSchema, label: '修订记录' },
  settings: { schema: settingRecordSchema, label: '设置' },
  skips: { schema: skipRecordSchema, label: '不入台账记录' },
};

/** Checks one row for `table`; throws a ChecklistError naming the first problems, or returns. */
export function checkRecord(table: string, row: unknown): void {
  const entry = SCHEMAS[table];
  if (!entry) return;
  const parsed = entry.schema.safeParse(row);
  if (parsed.success) return;
  const issues = parsed.error.issues.slice(0, 3).map((i) => ({ path: `${table}.${formatPath(i.path)}`, message: i.message }));
  throw new ChecklistError('invalid', `无法保存${entry.label}：${issues.map((i) => `${i.path}：${i.message}`).join('；')}`, issues);
}

const checked = new WeakMap<object, ReadonlySet<string>>();

/** Marks a transaction (Dexie's `tx.idbtrans`) whose writes to `tables` its writer has checked: not checked again. */
export function markChecked(idbtrans: object, tables: readonly string[]): void {
  checked.set(idbtrans, new Set(tables));
}

function checkRequest(table: string, req: DBCoreMutateRequest): void {
  if (req.type !== 'add' && req.type !== 'put') return;
  for (const row of req.values) checkRecord(table, row);
}

/** The middleware; `db.use(recordGuard)` before the database opens. */
export const recordGuard: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'luoshi-record-guard',
  create: (down: DBCore) => ({
    ...down,
    table: (name: string) => {
      const table = down.table(name);
      if (!SCHEMAS[name]) return table;
      return {
        ...table,
        mutate: (req: DBCoreMutateRequest) => {
          if (checked.get(req.trans)?.has(name)) return table.mutate(req);
          try {
            checkRequest(name, req);
          } catch (error) {
            return Promise.reject(error);
          }
          return table.mutate(req);
        },
      };
    },
  }),
};
