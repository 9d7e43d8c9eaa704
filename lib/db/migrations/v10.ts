/**
 * Schema version 10 of LuoshiDB, frozen: items indexed by status only, their document, due day and owners in
 * `itemKeys`; notes by item and document. Kept so that version 11's step (bulk status notes indexed by every item
 * they list) has a declared starting point and a test can build a v10 database.
 */

/** Dexie `stores()` of version 10. */
export const V10_STORES = {
  documents: 'id, key, updatedAt',
  items: 'id, status',
  itemKeys: 'id, documentId, due, *owners',
  terms: 'id, *terms',
  notes: 'id, itemId, documentId',
  revisions: 'id, documentId, savedAt, [documentId+revision]',
  quarantine: 'id, table',
  skips: 'id, key',
  syncLog: '++seq',
  syncMeta: 'doc',
  syncState: 'key',
} as const;
