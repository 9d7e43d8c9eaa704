/**
 * Upgrade of a version-9 database to version 10: items keep only their `status` index; document, due day and owners
 * are indexed in `itemKeys` (lib/db/item-keys.ts), one row per item built here from every item; the progress log's
 * unused `date` index goes. No item or note is rewritten, nothing is logged for sync (a versionchange transaction).
 */
import type { Transaction } from 'dexie';
import { keysOf } from '../item-keys';
import type { ItemRecord } from '../../schema/checklist';

/** The Dexie upgrade callback for version 10. */
export async function upgradeV9toV10(tx: Transaction): Promise<void> {
  const items: ItemRecord[] = await tx.table('items').toArray();
  await tx.table('itemKeys').bulkPut(items.map(keysOf));
}
