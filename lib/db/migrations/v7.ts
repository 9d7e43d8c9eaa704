/**
 * Schema version 7 of LuoshiDB, frozen: version 6's tables (sections as {marker, title} need no index change).
 * Kept so that version 8's step (the sync tables, lib/sync/change-log.ts) has a declared starting point and a test
 * can build a v7 database.
 */

/** Dexie `stores()` of version 7. */
export const V7_STORES = {
  documents: 'id, key, updatedAt',
  items: 'id, documentId, status, due, *owners',
  terms: 'id, *terms',
  notes: 'id, itemId, documentId, date',
  revisions: 'id, documentId, savedAt, [documentId+revision]',
  quarantine: 'id, table',
  skips: 'id, key',
} as const;
