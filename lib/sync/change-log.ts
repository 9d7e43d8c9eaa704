/**
 * The change log of the team ledger: a Dexie DBCore middleware that, in the same IndexedDB transaction as every
 * write to a synced table (documents, items, notes, revisions — docs.ts), appends the written rows' document ids
 * to `syncLog`. So no write path — the repository, an import, a future writer — can change the ledger without the
 * change being pushed, and a write that fails or aborts leaves no log entry behind (and a log entry never exists
 * without its write).
 *
 * How: every readwrite transaction that touches a synced table is widened to also hold the sync tables (as Dexie
 * Cloud's mutation tracking does), and each add/put on a synced table adds one log row listing the document ids of
 * the rows it wrote (a bulkPut of 500 items: one row of 500 ids, not 500 rows — in Chromium the per-key rows were
 * about 40% of a 5,000-item bulk status change). Not
 * logged: the sync engine's own writes of what it pulled (it marks its transaction with `markApplying` and logs
 * what it must push itself) and schema upgrades (versionchange). A clear of a synced table (wipe, restore) drops
 * the sync metadata of that table and resets the pull checkpoint, so the next sync reads the team ledger again and
 * merges it into what is here — a local wipe never deletes the team's data (nothing is ever deleted on the
 * server: docs.ts).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { LuoshiDB } from '../db/database';
import { docId, SYNCED_TABLES, type SyncedTable } from './docs';

/** The local tables of the sync engine: the log, per-document metadata (_rev and base copy), checkpoint and status. */
export const SYNC_STORES = {
  syncLog: '++seq',
  syncMeta: 'doc',
  syncState: 'key',
} as const;
const SYNC_TABLE_NAMES = Object.keys(SYNC_STORES);

/** One write waiting to be pushed: the ids of the documents it wrote (one or many, never none) and when. */
export interface SyncLogRow {
  seq?: number;
  docs: string[];
  at: number;
}

/** Every document id the log holds (written and not pushed yet): the log is a few rows per write, read whole. */
export async function loggedDocs(log: LuoshiDB['syncLog']): Promise<Set<string>> {
  const docs = new Set<string>();
  await log.each((row) => {
    for (const doc of row.docs) docs.add(doc);
  });
  return docs;
}

/** The key of the pull checkpoint in `syncState`. */
export const CHECKPOINT_KEY = 'checkpoint';

const applying = new WeakSet<object>();

/** Marks a transaction (Dexie's `tx.idbtrans`) as the sync engine's: its writes are not logged by the middleware. */
export function markApplying(idbtrans: object): void {
  applying.add(idbtrans);
}

function isSynced(name: string): name is SyncedTable {
  return Object.hasOwn(SYNCED_TABLES, name);
}

function logWrites(down: DBCore, name: SyncedTable, req: DBCoreMutateRequest, primaryKey: (value: unknown) => unknown): Promise<unknown> {
  const trans = req.trans;
  const type = SYNCED_TABLES[name];
  if (req.type === 'add' || req.type === 'put') {
    const keys = req.keys ?? req.values.map(primaryKey);
    const at = Date.now();
    const docs = keys.filter((k) => typeof k === 'string').map((k) => docId(type, k as string));
    if (!docs.length) return Promise.resolve();
    return down.table('syncLog').mutate({ type: 'add', trans, values: [{ docs, at } satisfies SyncLogRow] });
  }
  const meta = down.table('syncMeta');
  if (req.type === 'delete') return meta.mutate({ type: 'delete', trans, keys: req.keys.filter((k) => typeof k === 'string').map((k) => docId(type, k as string)) });
  // deleteRange: the whole table is cleared (wipe, restore) — forget what was synced, read the team ledger again.
  return Promise.all([
    meta.mutate({ type: 'deleteRange', trans, range: { type: 2, lower: `${type}:`, upper: `${type}:\uffff`, lowerOpen: false, upperOpen: false } }),
    down.table('syncState').mutate({ type: 'delete', trans, keys: [CHECKPOINT_KEY] }),
  ]);
}

function tracked(down: DBCore, name: SyncedTable, table: DBCoreTable): DBCoreTable {
  const primaryKey = (value: unknown) => table.schema.primaryKey.extractKey?.(value);
  return {
    ...table,
    mutate: (req: DBCoreMutateRequest) => {
      const trans = req.trans as DBCoreTransaction & { mode?: string };
      if (trans.mode === 'versionchange' || applying.has(trans)) return table.mutate(req);
      return table.mutate(req).then(async (res) => {
        await logWrites(down, name, req, primaryKey);
        return res;
      });
    },
  };
}

/** The middleware; `db.use(changeLog)` before the database opens. Inactive until the sync tables exist. */
export const changeLog: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'luoshi-change-log',
  create: (down: DBCore) => {
    const active = SYNC_TABLE_NAMES.every((t) => down.schema.tables.some((s) => s.name === t));
    if (!active) return down;
    return {
      ...down,
      transaction: (stores, mode, options) => {
        const widen = mode === 'readwrite' && stores.some(isSynced);
        return down.transaction(widen ? [...new Set([...stores, ...SYNC_TABLE_NAMES])] : stores, mode, options);
      },
      table: (name: string) => {
        const table = down.table(name);
        return isSynced(name) ? tracked(down, name, table) : table;
      },
    };
  },
};
