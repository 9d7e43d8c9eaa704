/**
 * Schema version 6 of LuoshiDB, frozen: version 5's tables plus `skips`. Kept so that version 7's step (sections as
 * {marker, title}, v6-to-v7.ts) has a declared starting point and a test can build a v6 database.
 */

/** Dexie `stores()` of version 6. */
export const V6_STORES = {
  documents: 'id, key, updatedAt',
  items: 'id, documentId, status, due, *owners',
  terms: 'id, *terms',
  notes: 'id, itemId, documentId, date',
  revisions: 'id, documentId, savedAt, [documentId+revision]',
  quarantine: 'id, table',
  skips: 'id, key',
} as const;
