/**
 * Schema version 3 of LuoshiDB, frozen: revisions with their item-by-item `changes` and the [documentId+revision]
 * index. Kept so that version 4's step has a declared starting point and a test can build a v3 database.
 */

/** Dexie `stores()` of version 3. */
export const V3_STORES = {
  documents: 'id, key, updatedAt',
  items: 'id, documentId, status, due, *owners',
  terms: 'id, *terms',
  notes: 'id, itemId, documentId, date',
  revisions: 'id, documentId, savedAt, [documentId+revision]',
  settings: 'key',
} as const;
