/**
 * Reads for the side panel and the dashboard: documents, items filtered by document, owner, status, kind, light
 * and trash state, full-text search, notes, settings. Each call reads in one transaction; the most selective index
 * available narrow the set (search terms, owner, document, status: their primary keys intersected), then the
 * records are read and the rest filters in memory.
 */
import { buildLedger, type Ledger } from '../checklist/ledger-rows';
import { isoDay } from '../calendar';
import { lightOf, type Light } from '../checklist/lights';
import { matchesQuery, parseQuery } from '../checklist/search-terms';
import { byNoteDate, noteForItem } from '../checklist/notes';
import { DEFAULT_SETTINGS, type DocumentRecord, type ItemKind, type ItemRecord, type NoteRecord, type RevisionRecord, type Settings, type Status } from '../schema/checklist';
import type { RepoEnv } from './env';
import { itemsOfDocument } from './item-keys';

export interface ItemFilter {
  documentId?: string;
  /** One 责任单位, exactly as stored (lead and co-operating units are among the owners). */
  owner?: string;
  status?: Status | readonly Status[];
  kind?: ItemKind;
  /** Only items with this light on `today`. */
  light?: Light;
  /** ISO day for `light`; default today. */
  today?: string;
  /** Full-text query over text, detail, problem group, section, owners and deadline words. */
  query?: string;
  /** Whether orphaned items are listed (default true: they are shown, marked). */
  orphaned?: boolean;
  /** false (default): items not in the trash; true: only the trash. */
  trash?: boolean;
}

/** All documents, most recently saved first. */
export async function listDocuments(env: RepoEnv): Promise<DocumentRecord[]> {
  return (await env.db.documents.orderBy('updatedAt').toArray()).toReversed();
}

/** One document, or undefined. */
export async function getDocument(env: RepoEnv, id: string): Promise<DocumentRecord | undefined> {
  return env.db.documents.get(id);
}

/** One item, or undefined. */
export async function getItem(env: RepoEnv, id: string): Promise<ItemRecord | undefined> {
  return env.db.items.get(id);
}

function intersect(sets: string[][]): string[] {
  if (!sets.length) return [];
  const [first, ...rest] = [...sets].sort((a, b) => a.length - b.length);
  const others = rest.map((s) => new Set(s));
  return first!.filter((k) => others.every((s) => s.has(k)));
}

/** Items matching `filter`, in document order (by document, then position in the draft). */
export async function listItems(env: RepoEnv, filter: ItemFilter = {}): Promise<ItemRecord[]> {
  const { db } = env;
  const statuses = filter.status === undefined ? null : new Set(typeof filter.status === 'string' ? [filter.status] : filter.status);
  const query = filter.query?.trim() ? parseQuery(filter.query) : null;
  const settings = filter.light ? await getSettings(env) : DEFAULT_SETTINGS;
  const today = filter.today ?? isoDay(env.now());

  // nb. Keys first, records last: reading primary keys from an index is cheap, cloning records is not. `anyOf`
  // is avoided because it walks a cursor (quadratic in fake-indexeddb); one `equals` per status is used instead.
  const candidates = await db.transaction('r', [db.items, db.itemKeys, db.terms], async (): Promise<ItemRecord[]> => {
    const keySets: Promise<string[]>[] = [];
    if (query?.terms.length) for (const t of query.terms) keySets.push(db.terms.where('terms').equals(t).primaryKeys());
    if (filter.owner !== undefined) keySets.push(db.itemKeys.where('owners').equals(filter.owner).primaryKeys());
    if (filter.documentId !== undefined && !keySets.length) keySets.push(db.itemKeys.where('documentId').equals(filter.documentId).primaryKeys());
    if (statuses) keySets.push(Promise.all([...statuses].map((s) => db.items.where('status').equals(s).primaryKeys())).then((lists) => lists.flat()));
    if (!keySets.length) return db.items.toArray();
    const keys = intersect(await Promise.all(keySets));
    return (await db.items.bulkGet(keys)).filter((x): x is ItemRecord => x !== undefined);
  });

  const wantTrash = filter.trash ?? false;
  const out = candidates.filter(
    (it) =>
      (it.deletedAt !== null) === wantTrash &&
      (filter.documentId === undefined || it.documentId === filter.documentId) &&
      (filter.owner === undefined || it.owners.includes(filter.owner)) &&
      (!statuses || statuses.has(it.status)) &&
      (filter.kind === undefined || it.kind === filter.kind) &&
      (filter.orphaned ?? true ? true : !it.orphaned) &&
      (!query || matchesQuery(it, query.folded)) &&
      (!filter.light || lightOf(it, today, settings) === filter.light),
  );
  return out.sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.order - b.order));
}

/** Full-text search: `listItems` with a query. */
export async function searchItems(env: RepoEnv, query: string, filter: Omit<ItemFilter, 'query'> = {}): Promise<ItemRecord[]> {
  return listItems(env, { ...filter, query });
}

/** An item's progress log, oldest first. */
export async function listNotes(env: RepoEnv, itemId: string): Promise<NoteRecord[]> {
  const { db } = env;
  // Its own notes by `itemId`, bulk status notes by `itemIds` (a bulk note's first item is found by both).
  const [own, bulk] = await db.transaction('r', db.notes, () => Promise.all([db.notes.where('itemId').equals(itemId).toArray(), db.notes.where('itemIds').equals(itemId).toArray()]));
  const seen = new Set(own.map((n) => n.id));
  return [...own, ...bulk.filter((n) => !seen.has(n.id))].map((n) => noteForItem(n, itemId)).sort(byNoteDate);
}

/** A document's revisions (one per save), first save first: the cross-draft view. */
export async function listRevisions(env: RepoEnv, documentId: string): Promise<RevisionRecord[]> {
  return env.db.revisions.where('[documentId+revision]').between([documentId, 0], [documentId, Infinity]).toArray();
}

/**
 * How many rows an upgrade kept cut to today's limits (their originals are in `quarantine`); a retired settings value
 * still waiting to move into the settings (nothing cut, migrations/v4-to-v5.ts) is not one of them.
 */
export async function quarantineCount(env: RepoEnv): Promise<number> {
  return env.db.quarantine.filter((row) => row.cut.length > 0 || row.table !== 'settings').count();
}

/**
 * What the checklist reads of the user's settings: the blue-light window of `env.preferences` (browser.storage.local,
 * its one home), read before any transaction; the default without a preferences store.
 */
export async function getSettings(env: RepoEnv): Promise<Settings> {
  if (!env.preferences) return DEFAULT_SETTINGS;
  return { warnDays: (await env.preferences.read()).settings.reminders.warnDays };
}

/** The 督办台账 of one document (items not in the trash, their notes, lights as of `today`), ready to export. */
export async function loadLedger(env: RepoEnv, documentId: string, today: string = isoDay(env.now())): Promise<Ledger | undefined> {
  const { db } = env;
  // nb. Read before the transaction: awaiting browser storage inside it would let the transaction commit.
  const settings = await getSettings(env);
  return db.transaction('r', [db.documents, db.items, db.itemKeys, db.notes], async () => {
    const doc = await db.documents.get(documentId);
    if (!doc) return undefined;
    const items = await itemsOfDocument(db, documentId);
    const notes = await db.notes.where('documentId').equals(documentId).toArray();
    return buildLedger(doc, items, notes, { today, settings });
  });
}
