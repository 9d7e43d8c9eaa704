/**
 * The indexed fields of items, apart from them: `itemKeys` holds per item its document, due day and owners (one row
 * per item, same id), indexed, so that `items` itself carries the `status` index only. Why: IndexedDB rewrites every
 * index entry of a record on each put, changed or not, so a status change of 5,000 items rewrote some 25,000 entries
 * of document, due and owner indexes that it never changes — measured in Chromium, the item indexes were ~40% of
 * the browser process's work in a bulk status change (bare IndexedDB: 1,980 ms CPU with them, 1,240 without).
 *
 * A Dexie DBCore middleware keeps the rows in step with every write to `items`, in the write's own transaction (as
 * the sync change log does, lib/sync/change-log.ts): a put or add writes the rows' keys, a delete deletes them, a
 * clear clears them. A transaction whose item writes leave document, due day and owners as they were — a status
 * change — says so with `markKeysKept`, and writes no keys. Schema upgrades (versionchange) write none either:
 * version 10's step builds the table from every item (migrations/v9-to-v10.ts).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import type { ItemRecord } from '../schema/checklist';
import type { LuoshiDB } from './database';

/** Dexie `stores()` of the table. */
export const ITEM_KEYS_STORE = { itemKeys: 'id, documentId, due, *owners' } as const;

/** One item's indexed fields. */
export interface ItemKeysRow {
  id: string;
  documentId: string;
  due: string | null;
  owners: string[];
}

/** The keys row of an item. */
export function keysOf(item: Pick<ItemRecord, 'id' | 'documentId' | 'due' | 'owners'>): ItemKeysRow {
  return { id: item.id, documentId: item.documentId, due: item.due, owners: item.owners };
}

const kept = new WeakSet<object>();

/** Marks a transaction (Dexie's `tx.idbtrans`) whose item writes keep every item's document, due day and owners. */
export function markKeysKept(idbtrans: object): void {
  kept.add(idbtrans);
}

function keysRequest(req: DBCoreMutateRequest, trans: DBCoreTransaction): DBCoreMutateRequest {
  if (req.type === 'add' || req.type === 'put') return { type: 'put', trans, values: req.values.map((v: ItemRecord) => keysOf(v)) };
  if (req.type === 'delete') return { type: 'delete', trans, keys: req.keys };
  return { type: 'deleteRange', trans, range: req.range };
}

/** The middleware; `db.use(itemKeysIndex)` before the database opens. Inactive until the table exists. */
export const itemKeysIndex: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'luoshi-item-keys',
  create: (down: DBCore) => {
    if (!down.schema.tables.some((t) => t.name === 'itemKeys')) return down;
    return {
      ...down,
      transaction: (stores, mode, options) => down.transaction(mode === 'readwrite' && stores.includes('items') && !stores.includes('itemKeys') ? [...stores, 'itemKeys'] : stores, mode, options),
      table: (name: string) => {
        const table = down.table(name);
        if (name !== 'items') return table;
        const keys = down.table('itemKeys');
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            const trans = req.trans as DBCoreTransaction & { mode?: string };
            if (trans.mode === 'versionchange' || kept.has(trans)) return table.mutate(req);
            return table.mutate(req).then(async (res) => {
              await keys.mutate(keysRequest(req, trans));
              return res;
            });
          },
        };
      },
    };
  },
};

/** The items of a document (any order); call inside a transaction that holds items and itemKeys, or none. */
export async function itemsOfDocument(db: LuoshiDB, documentId: string): Promise<ItemRecord[]> {
  return itemsWithKeys(db, await db.itemKeys.where('documentId').equals(documentId).primaryKeys());
}

/** The items due before `day` (not those without a due day). */
export async function itemsDueBefore(db: LuoshiDB, day: string): Promise<ItemRecord[]> {
  return itemsWithKeys(db, await db.itemKeys.where('due').below(day).primaryKeys());
}

/**
 * The items of `keys`: a get per key for a few, one read of the whole table for many (a quarter of it or more) —
 * in Chromium a get is a round trip of its own, and a getAll of 5,000 items costs less than 1,250 gets.
 */
async function itemsWithKeys(db: LuoshiDB, keys: string[]): Promise<ItemRecord[]> {
  if (keys.length >= 200 && keys.length * 4 >= (await db.items.count())) {
    const wanted = new Set(keys);
    return (await db.items.toArray()).filter((it) => wanted.has(it.id));
  }
  return (await db.items.bulkGet(keys)).filter((r): r is ItemRecord => r !== undefined);
}
