/**
 * Upgrade of a version-6 database to version 7: an item's `section` becomes the heading pass's `{marker, title}`
 * pairs instead of one string per heading (lib/checklist/legacy-section.ts splits the old strings, losslessly:
 * marker + title is the old string). No index changes; the search terms read marker + title, so they stay as
 * they are. Every item is rewritten through the record checks; one that fails them aborts the upgrade and leaves
 * version 6 as it was.
 */
import type { Transaction } from 'dexie';
import { legacySection } from '../../checklist/legacy-section';

/** The Dexie upgrade callback for version 7. */
export async function upgradeV6toV7(tx: Transaction): Promise<void> {
  await tx
    .table('items')
    .toCollection()
    .modify((item: { section?: unknown }) => {
      item.section = legacySection(item.section);
    });
}
