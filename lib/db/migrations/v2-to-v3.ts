/**
 * Upgrade of a version-2 database to version 3: revisions gain `changes` (what the save added, changed and
 * orphaned, item by item) and a [documentId+revision] index for the cross-draft view. Revisions saved under v2
 * recorded only counts, so their `changes` is null: the view shows their counts and says the details were not kept.
 * Additive: no other table is touched.
 */
import type { Transaction } from 'dexie';
import { revisionRecordSchema, type RevisionRecord } from '../../schema/checklist';

/** A v2 revision row as a v3 record (checked: a row that fails aborts the upgrade and leaves v2 as it was). */
export function upgradeRevision(row: Record<string, unknown>): RevisionRecord {
  return revisionRecordSchema.parse({ ...row, changes: row.changes ?? null });
}

/** The Dexie upgrade callback for version 3. */
export async function upgradeV2toV3(tx: Transaction): Promise<void> {
  const rows = (await tx.table('revisions').toArray()) as Record<string, unknown>[];
  await tx.table('revisions').bulkPut(rows.map(upgradeRevision));
}
