import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, LuoshiDB } from '../db/database';
import { checklistRepository } from '../db/repository';
import { analysisOf } from '../checklist/testing';
import { CHECKPOINT_KEY, loggedDocs, markApplying } from './change-log';

let name = '';
let db: LuoshiDB;
afterEach(async () => {
  db?.close();
  if (name) await Dexie.delete(name);
});

let n = 0;
function open(dbName: string) {
  name = dbName;
  db = new LuoshiDB(dbName);
  return checklistRepository(db, { now: () => Date.UTC(2026, 2, 12, 8), newId: () => `id${++n}` });
}

const TEXT = '一、城市更新\n市住建局要加快推进老旧小区改造，6月底前完成。\n各区政府要做好征收工作。';
const analysis = analysisOf(TEXT, [{ quote: '市住建局要加快推进老旧小区改造', owners: ['市住建局'], deadline: { text: '6月底前', due: '2026-06-30' } }, { quote: '各区政府要做好征收工作', owners: ['各区政府'] }]);
/** The log's document ids in order; `logRows()` the rows as written. */
const logged = async () => (await db.syncLog.orderBy('seq').toArray()).flatMap((r) => r.docs);
const logRows = async () => (await db.syncLog.orderBy('seq').toArray()).map((r) => r.docs);

describe('change log', () => {
  it('logs every document, item and revision a save writes, in its transaction, and no search terms', async () => {
    const repo = open('cl-save');
    const saved = await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    const items = await db.items.toArray();
    const revs = await db.revisions.toArray();
    expect((await logged()).sort()).toEqual([`document:${saved.documentId}`, ...items.map((i) => `item:${i.id}`), `revision:${revs[0]!.id}`].sort());
    expect((await logged()).some((d) => d.startsWith('terms') || d.includes('skip'))).toBe(false);
  });

  it('logs status changes with their note, notes, edits, trash and restore', async () => {
    const repo = open('cl-actions');
    await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    await db.syncLog.clear();
    const [item] = (await db.items.toArray()).sort((a, b) => a.order - b.order);
    await repo.setStatus(item!.id, 'in_progress');
    const note = (await db.notes.toArray())[0]!;
    expect(await logRows()).toEqual([[`item:${item!.id}`], [`note:${note.id}`]]);
    await db.syncLog.clear();
    const added = await repo.addNote(item!.id, { text: '已完成方案编制', progress: 30 });
    await repo.editItem(item!.id, { owners: ['市住建局', '市财政局'] });
    await repo.deleteItem(item!.id);
    await repo.restoreItem(item!.id);
    // The note's progress updates the item too.
    expect(await logged()).toEqual([`note:${added.id}`, ...Array.from({ length: 4 }, () => `item:${item!.id}`)]);
  });

  it('logs the whole bulk status change of many items in its one transaction, one row per table written', async () => {
    const repo = open('cl-bulk');
    await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    await db.syncLog.clear();
    const ids = (await db.items.toArray()).map((i) => i.id);
    await repo.setStatusMany(ids, 'done');
    const written = await logRows();
    expect(written).toHaveLength(2);
    expect(written.find((r) => r[0]!.startsWith('item:'))!.toSorted()).toEqual(ids.map((i) => `item:${i}`).sort());
    // The items of one document, all from 未启动: one bulk note lists them both.
    expect(written.find((r) => r[0]!.startsWith('note:'))).toHaveLength(1);
    expect((await loggedDocs(db.syncLog)).size).toBe(3);
  });

  it('writes no log entry when the write fails (the transaction aborts)', async () => {
    const repo = open('cl-abort');
    await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    await db.syncLog.clear();
    const [item] = await db.items.toArray();
    await expect(db.transaction('rw', db.items, async () => {
      await db.items.put({ ...item!, progress: 50 });
      throw new Error('boom');
    })).rejects.toThrow('boom');
    await expect(repo.editItem(item!.id, { text: 'x'.repeat(2_000_001) })).rejects.toThrow(/事项/);
    expect(await logged()).toEqual([]);
    expect((await db.items.get(item!.id))!.progress).toBeNull();
  });

  it('does not log the sync engine’s own writes', async () => {
    const repo = open('cl-apply');
    await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    await db.syncLog.clear();
    const [item] = await db.items.toArray();
    await db.transaction('rw', [db.items, db.syncLog], async (tx) => {
      markApplying(tx.idbtrans);
      await db.items.put({ ...item!, status: 'done' });
    });
    expect(await logged()).toEqual([]);
    await db.items.put({ ...item!, status: 'behind' });
    expect(await logged()).toEqual([`item:${item!.id}`]);
  });

  it('forgets the sync metadata and the checkpoint of a cleared table (wipe, restore), and logs a restore’s rows', async () => {
    const repo = open('cl-wipe');
    await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    const [item] = await db.items.toArray();
    await db.syncMeta.bulkPut([
      { doc: `item:${item!.id}`, rev: '1-a', base: item!, by: null },
      { doc: 'document:x', rev: '1-b', base: { sha: 's', part: 0, parts: 1, text: '' }, by: null },
    ]);
    await db.syncState.put({ key: CHECKPOINT_KEY, since: '7-abc' });
    const backup = await repo.exportBackupJson();
    await db.syncLog.clear();
    await repo.wipe();
    expect(await db.syncMeta.count()).toBe(0);
    expect(await db.syncState.get(CHECKPOINT_KEY)).toBeUndefined();
    expect(await logged()).toEqual([]);
    await repo.importBackup(backup);
    expect((await logged()).filter((d) => d.startsWith('item:'))).toHaveLength(2);
  });
});

describe('version 8', () => {
  it('adds the sync tables to a version-7 database without touching or logging its rows', async () => {
    name = 'cl-v7';
    const { V7_STORES } = await import('../db/migrations/v7');
    const repo = open('cl-v7-source');
    await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    const rows = { documents: await db.documents.toArray(), items: await db.items.toArray() };
    db.close();
    await Dexie.delete('cl-v7-source');
    const v7 = new Dexie(name);
    v7.version(7).stores(V7_STORES);
    await v7.table('documents').bulkAdd(rows.documents);
    await v7.table('items').bulkAdd(rows.items);
    v7.close();
    db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.items.toArray()).toEqual(rows.items);
    expect(await db.syncLog.count()).toBe(0);
    expect(await db.syncMeta.count()).toBe(0);
  });
});

describe('version 9', () => {
  it('turns each version-8 log row (one document id) into a one-id row under the same seq, and drops the doc index', async () => {
    name = 'cl-v8';
    const { V8_STORES } = await import('../db/migrations/v8');
    const repo = open('cl-v8-source');
    await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    const items = await db.items.toArray();
    db.close();
    await Dexie.delete('cl-v8-source');
    const v8 = new Dexie(name);
    v8.version(8).stores(V8_STORES);
    await v8.table('items').bulkAdd(items);
    // Pending changes as version 8 logged them, a document logged twice among them; seqs with a gap (some pushed).
    const old = [
      { seq: 3, doc: `item:${items[0]!.id}`, at: 1 },
      { seq: 4, doc: 'note:n1', at: 2 },
      { seq: 9, doc: `item:${items[0]!.id}`, at: 3 },
      { seq: 10, doc: `item:${items[1]!.id}`, at: 3 },
    ];
    await v8.table('syncLog').bulkAdd(old);
    await v8.table('syncState').put({ key: CHECKPOINT_KEY, since: '5-x' });
    v8.close();
    db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.syncLog.orderBy('seq').toArray()).toEqual(old.map(({ seq, doc, at }) => ({ seq, docs: [doc], at })));
    expect(db.syncLog.schema.indexes).toEqual([]);
    expect(await db.items.toArray()).toEqual(items);
    expect(await db.syncState.get(CHECKPOINT_KEY)).toEqual({ key: CHECKPOINT_KEY, since: '5-x' });
    expect([...(await loggedDocs(db.syncLog))].sort()).toEqual([`item:${items[0]!.id}`, `item:${items[1]!.id}`, 'note:n1'].sort());
    // The next write's row comes after the old ones.
    await db.items.put({ ...items[1]!, progress: 10 });
    expect((await db.syncLog.orderBy('seq').last())).toMatchObject({ seq: 11, docs: [`item:${items[1]!.id}`] });
  });
});
