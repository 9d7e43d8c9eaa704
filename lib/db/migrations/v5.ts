/**
 * Schema version 5 of LuoshiDB, frozen: version 4's tables without `settings` (retired, v4-to-v5.ts). Kept so that
 * version 6's step (the `skips` table) has a declared starting point and a test can build a v5 database.
 */

/** Dexie `stores()` of version 5. */
export const V5_STORES = {
  documents: 'id, key, updatedAt',
  items: 'id, documentId, status, due, *owners',
  terms: 'id, *terms',
  notes: 'id, itemId, documentId, date',
  revisions: 'id, documentId, savedAt, [documentId+revision]',
  quarantine: 'id, table',
} as const;
