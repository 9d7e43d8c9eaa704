import type { LuoshiDB } from './database';

/** Every row of every ledger table, in key order, for comparing whole databases in tests. */
export async function snapshotTables(db: LuoshiDB) {
  return {
    documents: await db.documents.orderBy('id').toArray(),
    items: await db.items.orderBy('id').toArray(),
    terms: await db.terms.orderBy('id').toArray(),
    notes: await db.notes.orderBy('id').toArray(),
    revisions: await db.revisions.orderBy('id').toArray(),
    quarantine: await db.quarantine.orderBy('id').toArray(),
    skips: await db.skips.orderBy('id').toArray(),
  };
}
