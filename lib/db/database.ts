/**
 * LuoshiDB: the one IndexedDB database of the checklist (Dexie). It lives in the extension's origin only — the
 * background and extension pages. A content script's IndexedDB is the *page's* database (Dexie #233), so opening it
 * there would scatter the checklist over every site; `assertExtensionOrigin` refuses that.
 *
 * Versions (Dexie `version(n)`, each with its upgrade, tested from a v1 fixture):
 *  1 — documents, items (see migrations/v1.ts);
 *  2 — anchors, progress log (notes), revisions, settings, indexes for owner, status, due, trash and bigram search.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { DocumentRecord, ItemRecord, NoteRecord, RevisionRecord, Settings } from '../schema/checklist';
import { V1_STORES } from './migrations/v1';
import { upgradeV1toV2 } from './migrations/v1-to-v2';

export const DB_NAME = 'LuoshiDB';

/** The schema in force: table → Dexie index spec (primary key first; * = multi-entry; [a+b] = compound). */
export const STORES = {
  documents: 'id, key, updatedAt',
  items: 'id, documentId, [documentId+order], kind, status, due, *owners, *terms, orphaned, deletedAt, updatedAt',
  notes: 'id, itemId, documentId, date',
  revisions: 'id, documentId, savedAt',
  settings: 'key',
} as const;

export interface SettingRow {
  key: 'settings';
  value: Settings;
}

export class LuoshiDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  items!: EntityTable<ItemRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  revisions!: EntityTable<RevisionRecord, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DB_NAME, options?: DexieOptions, location: Pick<Location, 'protocol'> | undefined = globalThis.location) {
    assertExtensionOrigin(location);
    super(name, options);
    this.version(1).stores(V1_STORES);
    this.version(2).stores(STORES).upgrade(upgradeV1toV2);
  }
}

/** Throws when called from a web page's origin (a content script); extension pages, workers and node pass. */
export function assertExtensionOrigin(location: Pick<Location, 'protocol'> | undefined): void {
  if (location && /^(https?|file|ftp):$/.test(location.protocol)) {
    throw new Error('LuoshiDB must not be opened from a content script or web page: send a message to the background instead');
  }
}

let shared: LuoshiDB | undefined;

/** The database of this extension context, created on first use. */
export function getDatabase(): LuoshiDB {
  shared ??= new LuoshiDB();
  return shared;
}
