/**
 * Upgrade of a version-2 database to version 3: revisions gain `changes` (what the save added, changed and
 * orphaned, item by item) and a [documentId+revision] index for the cross-draft view. Revisions saved under v2
 * recorded only counts, so their `changes` is null: the view shows their counts and says the details were not kept.
 * Additive: no other table is touched. A revision only too long for today's limits is kept cut to them, its
 * original in `quarantine` (fit.ts); one that fails otherwise aborts the upgrade and leaves v2 as it was.
 */
import type { Transaction } from 'dexie';
import { revisionRecordSchema, type QuarantineRecord, type RevisionRecord } from '../../schema/checklist';
import { fitRecord, keepOriginals, quarantined } from './fit';

/** A v2 revision row as a v3 record, and its original when it had to be cut to fit. */
export function upgradeRevision(row: Record<string, unknown>): { revision: RevisionRecord; kept: QuarantineRecord | null } {
  const { record, cut } = fitRecord(revisionRecordSchema, { ...row, changes: row.changes ?? null });
  return { revision: record, kept: cut.length ? quarantined('revisions', record.id, row, cut, record.savedAt) : null };
}

/** The Dexie upgrade callback for version 3. */
export async function upgradeV2toV3(tx: Transaction): Promise<void> {
  const rows = (await tx.table('revisions').toArray()) as Record<string, unknown>[];
  const results = rows.map(upgradeRevision);
  await tx.table('revisions').bulkPut(results.map((r) => r.revision));
  await keepOriginals(
    tx,
    results.flatMap((r) => (r.kept ? [r.kept] : [])),
  );
}
