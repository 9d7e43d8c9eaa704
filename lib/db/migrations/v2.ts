/**
 * Schema version 2 of LuoshiDB, frozen: anchors, the progress log, revisions with the merge counts only, settings
 * and the search-terms table. Kept so that version 3's upgrade has a declared starting point and a test can build
 * a v2 database exactly as it was.
 */

/** Dexie `stores()` of version 2. */
export const V2_STORES = {
  documents: 'id, key, updatedAt',
  items: 'id, documentId, status, due, *owners',
  terms: 'id, *terms',
  notes: 'id, itemId, documentId, date',
  revisions: 'id, documentId, savedAt',
  settings: 'key',
} as const;
