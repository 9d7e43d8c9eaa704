/**
 * Schema version 8 of LuoshiDB, frozen: version 7's tables and the sync tables as they were first declared — the
 * change log one row per document written, indexed by document id. Kept so that version 9's step (one log row per
 * write, migrations/v8-to-v9.ts) has a declared starting point and a test can build a v8 database.
 */
import { V7_STORES } from './v7';

/** Dexie `stores()` of version 8. */
export const V8_STORES = {
  ...V7_STORES,
  syncLog: '++seq, doc',
  syncMeta: 'doc',
  syncState: 'key',
} as const;
