/**
 * Schema version 4 of LuoshiDB, frozen: version 3's tables plus `quarantine`. Kept so that version 5's step (the
 * `settings` table retired, v4-to-v5.ts) has a declared starting point and a test can build a v4 database.
 */

/** Dexie `stores()` of version 4. */
export const V4_STORES = {
  documents: 'id, key, updatedAt',
  items: 'id, documentId, status, due, *owners',
  terms: 'id, *terms',
  notes: 'id, itemId, documentId, date',
  revisions: 'id, documentId, savedAt, [documentId+revision]',
  settings: 'key',
  quarantine: 'id, table',
} as const;
