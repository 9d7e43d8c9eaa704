/**
 * LuoshiDB: the one IndexedDB database of the checklist (Dexie). It lives in the extension's origin only — the
 * background and extension pages. A content script's IndexedDB is the *page's* database (Dexie #233), so opening it
 * there would scatter the checklist over every site; `assertExtensionOrigin` refuses that.
 *
 * Versions (Dexie `version(n)`, each with its upgrade, tested from a v1 fixture):
 *  1 — documents, items (see migrations/v1.ts);
 *  2 — anchors, progress log (notes), revisions, settings, indexes for owner, status and due, and a `terms` table
 *      of character bigrams per item for full-text search (apart from items, so that status or position writes
 *      never touch the large index). Items carry few indexes on purpose: each one costs on every write, and
 *      filters other than document/owner/status/due run in memory over the narrowed set;
 *  3 — revisions record what each save added, changed and orphaned (`changes`), indexed by [documentId+revision]
 *      for the cross-draft view (migrations/v2-to-v3.ts);
 *  4 — `quarantine`: the originals of rows an upgrade could only keep cut to today's limits (migrations/fit.ts).
 *      The table is declared from version 2's step on, so the v1→v2 and v2→v3 upgrades can write to it (Dexie
 *      diffs each step against the database as it is, so a database already at 2 or 3 gets it in that step), and
 *      version 4 exists so that a database already at 3 opens an upgrade that creates it;
 *  5 — the `settings` table retired: the blue-light window lives in the user's settings (browser.storage.local)
 *      only; a value the table alone held waits in `quarantine` until the background moves it there
 *      (migrations/v4-to-v5.ts);
 *  6 — `skips`: draft items marked 不入台账, by draft key and anchor (lib/checklist/skips.ts). Additive: a new empty
 *      table, no row of another table is touched (items' new optional fields — `origin`, `periodDone`,
 *      `collective` — need no index and no rewrite: absent means a draft item, no period done, none collective);
 *  7 — an item's `section` is the heading pass's `{marker, title}` pairs, no longer one string per heading
 *      (migrations/v6-to-v7.ts splits the old strings losslessly). No index changes;
 *  8 — the team ledger's sync tables (lib/sync/change-log.ts): `syncLog` (document ids written since the last push,
 *      appended in the same transaction as each write by the `changeLog` middleware), `syncMeta` (per CouchDB
 *      document: its `_rev` and the base copy a three-way merge starts from) and `syncState` (the pull checkpoint,
 *      the last sync's status). Additive: new empty tables, no other row touched;
 *  9 — the change log holds one row per write listing the document ids it wrote (`docs`), not one row per id, and
 *      loses its `doc` index: a bulk change of 5,000 items writes 20 log rows, not 10,000 (migrations/v8-to-v9.ts
 *      turns each old row into a one-id row under the same seq);
 * 10 — items keep only their `status` index; document, due day and owners are indexed in `itemKeys` (item-keys.ts,
 *      kept in step by a middleware), so a status change no longer rewrites index entries it never changes; the
 *      progress log's unused `date` index goes (migrations/v9-to-v10.ts builds `itemKeys` from every item);
 * 11 — notes gain the multi-entry `itemIds` index: a bulk status change writes one note per document, previous status
 *      and chunk, listing its items (lib/checklist/notes.ts), instead of one note per item. Additive: no row is
 *      rewritten, and the notes already stored (none has `itemIds`) add nothing to the new index.
 * No upgrade stops on a row that is only too long: it is kept, cut, with its original aside. One that cannot be
 * read at all aborts the upgrade and leaves the old version as it was; the pages then offer a rescue export
 * (rescue.ts) of what is there.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { DocumentRecord, ItemRecord, NoteRecord, QuarantineRecord, RevisionRecord, SkipRecord, TermsRecord } from '../schema/checklist';
import { termsOf } from '../checklist/search-terms';
import { V1_STORES } from './migrations/v1';
import { recordGuard } from './record-guard';
import { upgradeV1toV2 } from './migrations/v1-to-v2';
import { V2_STORES } from './migrations/v2';
import { upgradeV2toV3 } from './migrations/v2-to-v3';
import { V3_STORES } from './migrations/v3';
import { V4_STORES } from './migrations/v4';
import { upgradeV4toV5 } from './migrations/v4-to-v5';
import { V5_STORES } from './migrations/v5';
import { V6_STORES } from './migrations/v6';
import { upgradeV6toV7 } from './migrations/v6-to-v7';
import { V7_STORES } from './migrations/v7';
import { V8_STORES } from './migrations/v8';
import { upgradeV8toV9 } from './migrations/v8-to-v9';
import { V9_STORES } from './migrations/v9';
import { upgradeV9toV10 } from './migrations/v9-to-v10';
import { V10_STORES } from './migrations/v10';
import { ITEM_KEYS_STORE, itemKeysIndex, type ItemKeysRow } from './item-keys';
import { changeLog, SYNC_STORES, type SyncLogRow } from '../sync/change-log';
import type { SyncMetaRow, SyncStateRow } from '../sync/meta';

export const DB_NAME = 'LuoshiDB';
/** The schema version in force (the last `version(n)` below). */
export const DB_VERSION = 11;

/** The schema in force: table → Dexie index spec (primary key first; * = multi-entry; [a+b] = compound). */
export const STORES = {
  documents: 'id, key, updatedAt',
  items: 'id, status',
  ...ITEM_KEYS_STORE,
  terms: 'id, *terms',
  notes: 'id, itemId, documentId, *itemIds',
  revisions: 'id, documentId, savedAt, [documentId+revision]',
  quarantine: 'id, table',
  skips: 'id, key',
  ...SYNC_STORES,
} as const;

const QUARANTINE = { quarantine: STORES.quarantine };

export class LuoshiDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  items!: EntityTable<ItemRecord, 'id'>;
  itemKeys!: EntityTable<ItemKeysRow, 'id'>;
  terms!: EntityTable<TermsRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  revisions!: EntityTable<RevisionRecord, 'id'>;
  quarantine!: EntityTable<QuarantineRecord, 'id'>;
  skips!: EntityTable<SkipRecord, 'id'>;
  syncLog!: EntityTable<SyncLogRow, 'seq'>;
  syncMeta!: EntityTable<SyncMetaRow, 'doc'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;

  constructor(name: string = DB_NAME, options?: DexieOptions, location: Pick<Location, 'protocol'> | undefined = globalThis.location) {
    assertExtensionOrigin(location);
    // No query cache: Dexie's default ('cloned') deep-copies every live query's result on each read — the whole
    // checklist for the dashboard, after every write — and its optimistic copies buy nothing here.
    super(name, { cache: 'disabled', ...options });
    // Every row written is checked against the record schemas first (record-guard.ts).
    this.use(recordGuard);
    // Every write to a synced table is logged for the team ledger in the write's own transaction (lib/sync/change-log.ts).
    this.use(changeLog);
    // Items' document, due day and owners are indexed apart, kept in step with every write (item-keys.ts).
    this.use(itemKeysIndex);
    this.version(1).stores(V1_STORES);
    this.version(2)
      .stores({ ...V2_STORES, ...QUARANTINE })
      .upgrade(upgradeV1toV2);
    this.version(3)
      .stores({ ...V3_STORES, ...QUARANTINE })
      .upgrade(upgradeV2toV3);
    this.version(4).stores(V4_STORES);
    this.version(5)
      .stores({ ...V5_STORES, settings: null })
      .upgrade(upgradeV4toV5);
    this.version(6).stores(V6_STORES);
    this.version(7).stores(V7_STORES).upgrade(upgradeV6toV7);
    this.version(8).stores(V8_STORES);
    this.version(9).stores(V9_STORES).upgrade(upgradeV8toV9);
    this.version(10).stores(V10_STORES).upgrade(upgradeV9toV10);
    this.version(DB_VERSION).stores(STORES);
  }
}

/** Throws when called from a web page's origin (a content script); extension pages, workers and node pass. */
export function assertExtensionOrigin(location: Pick<Location, 'protocol'> | undefined): void {
  if (location && /^(https?|file|ftp):$/.test(location.protocol)) {
    throw new Error('LuoshiDB must not be opened from a content script or web page: send a message to the background instead');
  }
}

/** Rewrites the search terms of `items`; call inside a transaction that includes `db.terms`. */
export async function writeTerms(db: LuoshiDB, items: readonly ItemRecord[]): Promise<void> {
  if (items.length) await db.terms.bulkPut(items.map((it) => ({ id: it.id, terms: termsOf(it) })));
}

let shared: LuoshiDB | undefined;

/** The database of this extension context, created on first use. */
export function getDatabase(): LuoshiDB {
  shared ??= new LuoshiDB();
  return shared;
}
