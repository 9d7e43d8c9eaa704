/**
 * Upgrade of a version-8 database to version 9: the sync change log (lib/sync/change-log.ts) holds one row per
 * write listing the document ids it wrote, instead of one row per id; its `doc` index goes. Each old row
 * `{seq, doc, at}` becomes `{seq, docs: [doc], at}` under the same seq, so the push order and every pending change
 * are kept. Not logged (a versionchange transaction), no other table touched.
 */
import type { Transaction } from 'dexie';

/** The Dexie upgrade callback for version 9. */
export async function upgradeV8toV9(tx: Transaction): Promise<void> {
  await tx
    .table('syncLog')
    .toCollection()
    .modify((row: { doc?: unknown; docs?: unknown }) => {
      if (Array.isArray(row.docs)) return;
      row.docs = typeof row.doc === 'string' ? [row.doc] : [];
      delete row.doc;
    });
  // A row that named no document (none was ever written so) would be pushed as nothing: dropped.
  await tx
    .table('syncLog')
    .filter((row: { docs: unknown[] }) => !row.docs.length)
    .delete();
}
