import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticDraft } from '../checklist/testing';
import { LIMITS, type Status } from '../schema/checklist';
import { parseBackup } from '../checklist/backup';
import { LEDGER_HEADER } from '../checklist/ledger-rows';
import { BULK_CHUNK, statusNotes } from './item-actions';
import { DB_VERSION, LuoshiDB } from './database';
import { V10_STORES } from './migrations/v10';
import { checklistRepository, type ChecklistRepository } from './repository';

let db: LuoshiDB;
let repo: ChecklistRepository;
let dbCount = 0;
beforeEach(() => {
  db = new LuoshiDB(`bulk-${++dbCount}`);
  repo = checklistRepository(db);
});
afterEach(async () => {
  await db.delete();
});

/** A synthetic draft of `n` actions saved: its document and its items' ids in draft order. */
async function savedDraft(n: number): Promise<{ documentId: string; ids: string[] }> {
  const draft = syntheticDraft(n);
  const { documentId } = await repo.saveAnalysis({ key: 'k', text: draft.text, analysis: draft.analysis });
  return { documentId, ids: (await repo.listItems({ documentId })).map((i) => i.id) };
}

describe('setStatusMany', () => {
  it('changes every item in one transaction, logs each change, and reports progress chunk by chunk', async () => {
    const { ids } = await savedDraft(1200);
    await repo.setStatus(ids[0]!, 'in_progress');
    const progress: [number, number][] = [];
    const changed = await repo.setStatusMany([...ids, ids[1]!], 'in_progress', { note: '集中推进', onProgress: (done, total) => progress.push([done, total]) });
    expect(changed).toBe(1200);
    expect(progress).toEqual([[BULK_CHUNK, 1200], [2 * BULK_CHUNK, 1200], [1200, 1200]]);
    expect(await repo.listItems({ status: 'in_progress' })).toHaveLength(1200);
    expect((await repo.listNotes(ids[5]!)).map((x) => x.text)).toEqual(['状态：未启动 → 推进中。集中推进']);
    expect((await repo.listNotes(ids[0]!)).map((x) => x.text)).toEqual(['状态：未启动 → 推进中', '状态：推进中 → 推进中。集中推进']);
    // Without a note, items already at the status are left alone.
    expect(await repo.setStatusMany(ids.slice(0, 10), 'in_progress')).toBe(0);
  });

  it('changes nothing when an id is unknown or a 销号 has no note', async () => {
    const { ids } = await savedDraft(20);
    await expect(repo.setStatusMany([...ids, 'nope'], 'done')).rejects.toMatchObject({ code: 'not_found' });
    await expect(repo.setStatusMany(ids, 'closed')).rejects.toMatchObject({ code: 'invalid' });
    expect(await repo.listItems({ status: 'not_started' })).toHaveLength(20);
    expect(await db.notes.count()).toBe(0);
  });

  it('reads a large selection in one getAll and a small one id by id, with the same outcome and order of progress', async () => {
    const { ids } = await savedDraft(1200);
    const progress: number[] = [];
    // Most of the table (getAll), in an order of our own.
    const most = ids.slice(0, 700).toReversed();
    expect(await repo.setStatusMany(most, 'behind', { onProgress: (done) => progress.push(done) })).toBe(700);
    expect(progress).toEqual([500, 700]);
    // A few of it (bulkGet).
    expect(await repo.setStatusMany(ids.slice(700, 1250), 'done')).toBe(500);
    expect(await repo.listItems({ status: 'behind' })).toHaveLength(700);
    expect(await repo.listItems({ status: 'done' })).toHaveLength(500);
    expect((await repo.listNotes(most[0]!)).map((x) => x.text)).toEqual(['状态：未启动 → 滞后']);
    // An unknown id in a large selection changes nothing either.
    await expect(repo.setStatusMany([...ids, 'nope'], 'in_progress')).rejects.toMatchObject({ code: 'not_found' });
    expect(await repo.listItems({ status: 'in_progress' })).toHaveLength(0);
    // One note per chunk of one document and previous status (500 + 200, then 500), each item's log reading its own.
    expect(await db.notes.count()).toBe(3);
    for (const id of ids) expect(await repo.listNotes(id)).toHaveLength(1);
  });
});


describe('setStatusMany checks its rows once per kind', () => {
  it('refuses, changing nothing, a note over the limit or a status that is none, as the per-row checks did', async () => {
    const { ids } = await savedDraft(600);
    await repo.setStatus(ids[550]!, 'extension');
    // The one note over the limit is the last chunk's only 申请延期 → … text (a char longer than 未启动's): checked too.
    const long = 'x'.repeat(LIMITS.noteChars - '状态：未启动 → 推进中。'.length);
    await expect(repo.setStatusMany(ids, 'in_progress', { note: long })).rejects.toMatchObject({ code: 'invalid' });
    await expect(repo.setStatusMany(ids, 'nonsense' as Status)).rejects.toMatchObject({ code: 'invalid' });
    expect(await repo.listItems({ status: 'in_progress' })).toHaveLength(0);
    expect(await db.notes.count()).toBe(1);
    // Within the limit for every text: all change.
    const fits = 'x'.repeat(LIMITS.noteChars - '状态：未启动 → 推进中。'.length - 1);
    expect(await repo.setStatusMany(ids, 'in_progress', { note: fits })).toBe(600);
    expect((await db.notes.toArray()).every((x) => x.text.length <= LIMITS.noteChars)).toBe(true);
  });
});

describe('the progress log of a bulk change', () => {
  const at = () => {
    let k = 0;
    return { newId: () => `b${++k}`, date: '2027-03-05', now: 9 };
  };
  const text = (from: Status) => `状态：${from} → done`;

  it('is one note per document and previous status, listing its items in order; a group of one is a plain note', () => {
    const items = [
      { id: 'a1', documentId: 'dA', status: 'not_started' as const },
      { id: 'b1', documentId: 'dB', status: 'not_started' as const },
      { id: 'a2', documentId: 'dA', status: 'behind' as const },
      { id: 'a3', documentId: 'dA', status: 'not_started' as const },
      { id: 'b2', documentId: 'dB', status: 'not_started' as const },
    ];
    expect(statusNotes(items, text, at())).toEqual([
      { id: 'b1', itemId: 'a1', documentId: 'dA', itemIds: ['a1', 'a3'], date: '2027-03-05', text: '状态：not_started → done', kind: 'status', progress: null, createdAt: 9 },
      { id: 'b2', itemId: 'b1', documentId: 'dB', itemIds: ['b1', 'b2'], date: '2027-03-05', text: '状态：not_started → done', kind: 'status', progress: null, createdAt: 9 },
      { id: 'b3', itemId: 'a2', documentId: 'dA', date: '2027-03-05', text: '状态：behind → done', kind: 'status', progress: null, createdAt: 9 },
    ]);
    expect(statusNotes([], text, at())).toEqual([]);
  });

  it('splits a group at LIMITS.noteItems', () => {
    const items = Array.from({ length: 2 * LIMITS.noteItems + 3 }, (_, k) => ({ id: `i${k}`, documentId: 'd', status: 'in_progress' as const }));
    const notes = statusNotes(items, text, at());
    expect(notes.map((n) => n.itemIds?.length)).toEqual([LIMITS.noteItems, LIMITS.noteItems, 3]);
    expect(notes.flatMap((n) => n.itemIds!)).toEqual(items.map((i) => i.id));
  });

  it('reads as each item’s own entry: in its log, in its document’s ledger, through a backup and its restore', async () => {
    const big = syntheticDraft(30);
    const small = syntheticDraft(4);
    const a = await repo.saveAnalysis({ key: 'a', text: big.text, analysis: big.analysis });
    const b = await repo.saveAnalysis({ key: 'b', text: small.text, analysis: small.analysis });
    const aIds = (await repo.listItems({ documentId: a.documentId })).map((i) => i.id);
    const bIds = (await repo.listItems({ documentId: b.documentId })).map((i) => i.id);
    await repo.setStatus(aIds[3]!, 'behind');
    await repo.addNote(aIds[3]!, { text: '征地未完成', date: '2027-03-01' });
    expect(await repo.setStatusMany([...bIds, ...aIds], 'done', { date: '2027-03-05' })).toBe(34);
    // 未启动 → 已完成 in each document, 滞后 → 已完成 for the one item of A that was behind: three notes, not 34.
    expect((await db.notes.toArray()).filter((n) => n.date === '2027-03-05')).toHaveLength(3);
    expect((await repo.listNotes(aIds[3]!)).map((n) => [n.itemId, n.text])).toEqual([
      [aIds[3], '状态：未启动 → 滞后'],
      [aIds[3], '征地未完成'],
      [aIds[3], '状态：滞后 → 已完成'],
    ]);
    for (const id of [aIds[0]!, aIds[29]!, bIds[2]!]) expect(await repo.listNotes(id)).toEqual([expect.objectContaining({ itemId: id, text: '状态：未启动 → 已完成', date: '2027-03-05' })]);
    const ledger = (await repo.loadLedger(b.documentId))!;
    expect(ledger.rows).toHaveLength(4);
    for (const row of ledger.rows) expect(row.cells[LEDGER_HEADER.indexOf('进展情况')]).toContain('状态：未启动 → 已完成');
    // A backup carries the notes as stored and restores them so that every item's log reads the same.
    const json = await repo.exportBackupJson();
    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    // What the restore page shows and says: the entries the items' logs hold (34 + 2), not the 5 stored notes.
    expect(await db.notes.count()).toBe(5);
    expect((await repo.checkBackupFile(new Blob([json]))).notes).toBe(36);
    const before = await Promise.all([...aIds, ...bIds].map((id) => repo.listNotes(id)));
    expect(await repo.importBackup(json)).toMatchObject({ notes: 36 });
    expect(await Promise.all([...aIds, ...bIds].map((id) => repo.listNotes(id)))).toEqual(before);
    // A backup whose bulk note lists an item that is not there, or one of another document, is refused.
    const backup = JSON.parse(json);
    const k = backup.notes.findIndex((n: { itemIds?: string[] }) => n.itemIds);
    const gone = structuredClone(backup);
    gone.notes[k].itemIds.push('nope');
    const r1 = parseBackup(JSON.stringify(gone));
    expect(r1.ok ? [] : r1.issues).toContainEqual({ path: `notes[${k}].itemIds`, message: '事项 nope 不存在' });
    const other = structuredClone(backup);
    const otherDoc = other.notes[k].documentId === a.documentId ? bIds[0] : aIds[0];
    other.notes[k].itemIds.push(otherDoc);
    const r2 = parseBackup(JSON.stringify(other));
    expect(r2.ok ? [] : r2.issues).toContainEqual({ path: `notes[${k}].documentId`, message: '与所属事项的文稿不一致' });
  });

  it('is refused when its item list is not well formed (first item other than itemId, an item twice, a list of one)', async () => {
    const { documentId, ids: [x, y] } = await savedDraft(3);
    const row = { id: 'bn', itemId: x!, documentId, date: '2027-03-05', text: '状态：未启动 → 已完成', kind: 'status' as const, progress: null, createdAt: 1 };
    for (const itemIds of [[y!, x!], [x!, x!], [x!]]) await expect(db.notes.add({ ...row, itemIds })).rejects.toMatchObject({ code: 'invalid' });
    await db.notes.add({ ...row, itemIds: [x!, y!] });
    expect((await repo.listNotes(y!)).map((n) => n.itemId)).toEqual([y]);
  });
});

describe('version 11', () => {
  it('opens a version-10 database with its notes as they were, indexed by their items, and rewrites nothing', async () => {
    const { ids } = await savedDraft(6);
    await repo.setStatus(ids[0]!, 'in_progress');
    await repo.addNote(ids[1]!, { text: '已召开专题会', progress: 20 });
    const rows = { documents: await db.documents.toArray(), items: await db.items.toArray(), itemKeys: await db.itemKeys.toArray(), notes: await db.notes.toArray() };
    db.close();
    await Dexie.delete(db.name);
    const v10 = new Dexie(db.name);
    v10.version(10).stores(V10_STORES);
    for (const [table, list] of Object.entries(rows)) await v10.table(table).bulkAdd(list);
    v10.close();
    db = new LuoshiDB(v10.name);
    repo = checklistRepository(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.notes.toArray()).toEqual(rows.notes);
    expect(await db.items.toArray()).toEqual(rows.items);
    expect(await db.notes.where('itemIds').anyOf(ids).count()).toBe(0);
    expect(await db.syncLog.count()).toBe(0);
    expect((await repo.listNotes(ids[1]!)).map((n) => n.text)).toEqual(['已召开专题会']);
    await repo.setStatusMany(ids, 'done');
    // 推进中 → 已完成 for the first (a plain note), one note listing the five 未启动 ones.
    expect(new Set(await db.notes.where('itemIds').anyOf(ids).primaryKeys()).size).toBe(1);
    expect(await db.notes.where('itemIds').anyOf(ids).count()).toBe(5);
    expect((await repo.listNotes(ids[0]!)).map((n) => n.text)).toEqual(['状态：未启动 → 推进中', '状态：推进中 → 已完成']);
  });
});
