import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticDraft } from '../checklist/testing';
import { LIMITS, type Status } from '../schema/checklist';
import { BULK_CHUNK } from './item-actions';
import { LuoshiDB } from './database';
import { checklistRepository, type ChecklistRepository } from './repository';

let db: LuoshiDB;
let repo: ChecklistRepository;
let n = 0;
beforeEach(() => {
  db = new LuoshiDB(`bulk-${++n}`);
  repo = checklistRepository(db);
});
afterEach(async () => {
  await db.delete();
});

describe('setStatusMany', () => {
  it('changes every item in one transaction, logs each change, and reports progress chunk by chunk', async () => {
    const draft = syntheticDraft(1200);
    const { documentId } = await repo.saveAnalysis({ key: 'k', text: draft.text, analysis: draft.analysis });
    const ids = (await repo.listItems({ documentId })).map((i) => i.id);
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
    const draft = syntheticDraft(20);
    const { documentId } = await repo.saveAnalysis({ key: 'k', text: draft.text, analysis: draft.analysis });
    const ids = (await repo.listItems({ documentId })).map((i) => i.id);
    await expect(repo.setStatusMany([...ids, 'nope'], 'done')).rejects.toMatchObject({ code: 'not_found' });
    await expect(repo.setStatusMany(ids, 'closed')).rejects.toMatchObject({ code: 'invalid' });
    expect(await repo.listItems({ status: 'not_started' })).toHaveLength(20);
    expect(await db.notes.count()).toBe(0);
  });

  it('reads a large selection in one getAll and a small one id by id, with the same outcome and order of progress', async () => {
    const draft = syntheticDraft(1200);
    const { documentId } = await repo.saveAnalysis({ key: 'k', text: draft.text, analysis: draft.analysis });
    const ids = (await repo.listItems({ documentId })).map((i) => i.id);
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
    expect(await db.notes.count()).toBe(1200);
  });
});


describe('setStatusMany checks its rows once per kind', () => {
  it('refuses, changing nothing, a note over the limit or a status that is none, as the per-row checks did', async () => {
    const draft = syntheticDraft(600);
    const { documentId } = await repo.saveAnalysis({ key: 'k', text: draft.text, analysis: draft.analysis });
    const ids = (await repo.listItems({ documentId })).map((i) => i.id);
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
