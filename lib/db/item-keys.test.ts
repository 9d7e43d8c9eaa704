import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { analysisOf } from '../checklist/testing';
import { DB_VERSION, LuoshiDB } from './database';
import { itemsDueBefore, itemsOfDocument, keysOf } from './item-keys';
import { checklistRepository } from './repository';

let name = '';
let db: LuoshiDB;
let n = 0;
afterEach(async () => {
  db?.close();
  if (name) await Dexie.delete(name);
});

function open(dbName: string) {
  name = dbName;
  db = new LuoshiDB(dbName);
  return checklistRepository(db, { now: () => Date.UTC(2026, 2, 12, 8), newId: () => `k${++n}` });
}

const TEXT = '一、城市更新\n市住建局要加快推进老旧小区改造，6月底前完成。\n各区政府要做好征收工作。\n市财政局要在4月底前保障资金。';
const analysis = analysisOf(TEXT, [
  { quote: '市住建局要加快推进老旧小区改造', owners: ['市住建局'], deadline: { text: '6月底前', due: '2026-06-30' } },
  { quote: '各区政府要做好征收工作', owners: ['各区政府'] },
  { quote: '市财政局要在4月底前保障资金', owners: ['市财政局'], deadline: { text: '4月底前', due: '2026-04-30' } },
]);

/** Every keys row, by id, against what the items say they should be. */
async function inStep() {
  const items = await db.items.toArray();
  const keys = await db.itemKeys.toArray();
  return { keys: keys.sort((a, b) => a.id.localeCompare(b.id)), expected: items.map(keysOf).sort((a, b) => a.id.localeCompare(b.id)) };
}

describe('itemKeys', () => {
  it('follows every write path: save, hand edit of owners and deadline, add, trash, wipe and restore', async () => {
    const repo = open('keys-writes');
    const { documentId } = await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    let s = await inStep();
    expect(s.keys).toHaveLength(3);
    expect(s.keys).toEqual(s.expected);
    const [first] = (await db.items.toArray()).sort((a, b) => a.order - b.order);
    await repo.editItem(first!.id, { owners: ['市住建局', '市城管局'], deadline: { text: '3月底前', due: '2026-03-31', type: 'absolute' } });
    expect(await repo.listItems({ owner: '市城管局' })).toHaveLength(1);
    expect((await itemsDueBefore(db, '2026-04-01')).map((i) => i.id)).toEqual([first!.id]);
    await repo.addItem({ documentId, text: '市审计局要开展专项审计', owners: ['市审计局'] });
    expect((await itemsOfDocument(db, documentId)).length).toBe(4);
    s = await inStep();
    expect(s.keys).toEqual(s.expected);
    const backup = await repo.exportBackupJson();
    await repo.wipe();
    expect(await db.itemKeys.count()).toBe(0);
    await repo.importBackup(backup);
    s = await inStep();
    expect(s.keys).toHaveLength(4);
    expect(s.keys).toEqual(s.expected);
    expect(await repo.listItems({ owner: '市审计局' })).toHaveLength(1);
  });

  it('a bulk status change writes no keys row, and the keys stay right', async () => {
    const repo = open('keys-bulk');
    const { documentId } = await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    const before = await db.itemKeys.toArray();
    // A keys row changed behind the middleware's back would stay so if the bulk change wrote none: proof it wrote none.
    await db.itemKeys.update(before[0]!.id, { owners: ['标记'] });
    await repo.setStatusMany((await db.items.toArray()).map((i) => i.id), 'in_progress');
    expect((await db.itemKeys.get(before[0]!.id))!.owners).toEqual(['标记']);
    await db.itemKeys.put(before[0]!);
    const s = await inStep();
    expect(s.keys).toEqual(s.expected);
    expect(await repo.listItems({ documentId, status: 'in_progress' })).toHaveLength(3);
  });

  it('an aborted write leaves the keys as they were', async () => {
    const repo = open('keys-abort');
    await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    const [item] = await db.items.toArray();
    await expect(
      db.transaction('rw', db.items, async () => {
        await db.items.put({ ...item!, owners: ['市档案局'] });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.itemKeys.where('owners').equals('市档案局').count()).toBe(0);
  });
});

describe('version 10', () => {
  it('builds itemKeys from every item of a version-9 database, rewrites no item, and drops the moved indexes', async () => {
    const { V9_STORES } = await import('./migrations/v9');
    const repo = open('keys-v9-source');
    await repo.saveAnalysis({ key: 'k', text: TEXT, analysis });
    await repo.setStatus((await db.items.toArray())[0]!.id, 'done');
    const rows = { documents: await db.documents.toArray(), items: await db.items.toArray(), notes: await db.notes.toArray() };
    db.close();
    await Dexie.delete('keys-v9-source');
    name = 'keys-v9';
    const v9 = new Dexie(name);
    v9.version(9).stores(V9_STORES);
    await v9.table('documents').bulkAdd(rows.documents);
    await v9.table('items').bulkAdd(rows.items);
    await v9.table('notes').bulkAdd(rows.notes);
    v9.close();
    db = new LuoshiDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.items.toArray()).toEqual(rows.items);
    expect(await db.notes.toArray()).toEqual(rows.notes);
    const s = await inStep();
    expect(s.keys).toHaveLength(3);
    expect(s.keys).toEqual(s.expected);
    expect(db.items.schema.indexes.map((i) => i.name)).toEqual(['status']);
    expect(db.notes.schema.indexes.map((i) => i.name).sort()).toEqual(['documentId', 'itemId', 'itemIds']);
    // Nothing logged for sync by the upgrade.
    expect(await db.syncLog.count()).toBe(0);
    const repo2 = checklistRepository(db);
    expect(await repo2.listItems({ owner: '市财政局' })).toHaveLength(1);
  });
});

describe('itemsOfDocument, itemsDueBefore', () => {
  it('read the same items whether few (a get each) or many (the whole table, filtered)', async () => {
    const { syntheticDraft } = await import('../checklist/testing');
    const repo = open('keys-many');
    const big = syntheticDraft(300);
    const a = await repo.saveAnalysis({ key: 'big', text: big.text, analysis: big.analysis });
    const b = await repo.saveAnalysis({ key: 'small', text: TEXT, analysis });
    const byId = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const all = await db.items.toArray();
    expect(byId(await itemsOfDocument(db, a.documentId))).toEqual(byId(all.filter((i) => i.documentId === a.documentId)));
    expect(byId(await itemsOfDocument(db, b.documentId))).toEqual(byId(all.filter((i) => i.documentId === b.documentId)));
    expect(await itemsOfDocument(db, 'none')).toEqual([]);
    for (const day of ['2026-04-01', '2026-07-01', '2099-01-01']) expect(byId(await itemsDueBefore(db, day))).toEqual(byId(all.filter((i) => i.due !== null && i.due < day)));
  });
});
