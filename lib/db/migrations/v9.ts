/**
 * Schema version 9 of LuoshiDB, frozen: version 8's tables with the change log as one row per write (no `doc`
 * index). Kept so that version 10's step (item indexes moved to `itemKeys`, migrations/v9-to-v10.ts) has a declared
 * starting point and a test can build a v9 database.
 */
import { V8_STORES } from './v8';

/** Dexie `stores()` of version 9. */
export const V9_STORES = {
  ...V8_STORES,
  syncLog: '++seq',
} as const;
