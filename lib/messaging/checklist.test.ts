import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analysisOf } from '../checklist/testing';
import { LuoshiDB } from '../db/database';
import { checklistRepository, type ChecklistRepository } from '../db/repository';
import { RequestError } from './channel';
import { CHECKLIST_CHANNEL, checklistChannel, checklistHandlers, type ChecklistClient } from './checklist';

const text = '县发改局要在6月底前完成项目入库。\n各乡镇要组织开展项目观摩拉练。';
const analysis = analysisOf(text, [{ quote: '县发改局要在6月底前完成项目入库', owners: ['县发改局'], deadline: { text: '6月底前', due: '2026-06-30' } }, { quote: '各乡镇要组织开展项目观摩拉练' }]);

let db: LuoshiDB;
let repo: ChecklistRepository;
let client: ChecklistClient;
let handle: ReturnType<typeof checklistHandlers>;
let n = 0;
beforeEach(() => {
  db = new LuoshiDB(`messaging-${++n}`);
  repo = checklistRepository(db);
  // What the background does with a message, as a direct call; structuredClone stands in for the message boundary.
  handle = checklistHandlers(repo);
  client = checklistChannel.sender(async (message) => structuredClone(checklistChannel.is(message) ? await handle(message, {}) : undefined));
});
afterEach(async () => {
  await db.delete();
});

describe('checklist messages', () => {
  it('round-trip every message type through the client and the handlers', async () => {
    const saved = await client.saveAnalysis({ key: 'page#1', url: 'https://oa.example.gov.cn/1', text, analysis });
    expect(saved.report).toMatchObject({ added: 2 });
    const docs = await client.listDocuments({});
    expect(docs).toHaveLength(1);
    expect(docs[0]).not.toHaveProperty('text');
    const [first, second] = await client.listItems({ documentId: saved.documentId });
    expect((await client.setStatus({ itemId: first!.id, status: 'in_progress', date: '2026-03-20' })).status).toBe('in_progress');
    expect((await client.addNote({ itemId: first!.id, text: '已上报', progress: 30 })).progress).toBe(30);
    expect((await client.listNotes({ itemId: first!.id })).map((x) => x.kind)).toEqual(['status', 'note']);
    expect((await client.editItem({ itemId: second!.id, edit: { owners: ['各乡镇'] } })).edited).toEqual(['owners']);
    expect((await client.revertEdit({ itemId: second!.id, field: 'owners' })).owners).toEqual([]);
    expect((await client.deleteItem({ itemId: second!.id })).deletedAt).not.toBeNull();
    expect((await client.restoreItem({ itemId: second!.id })).deletedAt).toBeNull();
    expect(await client.listItems({ owner: '县发改局', status: 'in_progress' })).toHaveLength(1);
    expect(await client.listItems({ query: '观摩' })).toHaveLength(1);
    const added = await client.addItem({ key: 'page#1', selection: { text, start: 0, end: 8 }, owners: ['县发改局'] });
    expect(added).toMatchObject({ documentId: saved.documentId, origin: 'manual', text: text.slice(0, 8) });
    await expect(client.addItem({ text: 'x', status: 'bogus' as never })).rejects.toMatchObject({ code: 'bad_request' });
    const skip = await client.skipItem({ key: 'page#1', kind: 'action', anchor: second!.anchor, text: second!.text });
    expect((await client.listSkips({ key: 'page#1' })).map((s) => s.id)).toEqual([skip.id]);
    expect((await client.saveAnalysis({ key: 'page#1', text, analysis })).report).toMatchObject({ matched: 1, orphaned: 1, skipped: 1 });
    expect((await client.unskipItem({ skipId: skip.id })).id).toBe(skip.id);
    await expect(client.skipItem({ key: '', kind: 'action', anchor: second!.anchor, text: '' })).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('rejects invalid payloads with the path and writes nothing', async () => {
    const error = await client.saveAnalysis({ key: 'k', text, analysis: { ...analysis, schema: 'other' } as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'bad_request', issues: [{ path: 'analysis.schema' }] });
    expect(await db.documents.count()).toBe(0);
    await expect(client.setStatus({ itemId: 'x', status: '推进中' as never })).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('passes repository errors on as results', async () => {
    await expect(client.setStatus({ itemId: 'missing', status: 'done' })).rejects.toMatchObject({ code: 'not_found', message: '找不到事项 missing' });
  });

  it('refuses unknown types, including inherited names', async () => {
    for (const type of ['dropDatabase', 'toString', '__proto__', 42]) {
      expect(await handle({ type, payload: {} }, {})).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
  });

  it('recognises only our envelope', () => {
    expect(checklistChannel.is({ channel: CHECKLIST_CHANNEL, type: 'listItems', payload: {} })).toBe(true);
    expect(checklistChannel.is({ type: 'listItems' })).toBe(false);
    expect(checklistChannel.is('ping')).toBe(false);
    expect(checklistChannel.is(null)).toBe(false);
  });

  it('reports a missing answer', async () => {
    await expect(checklistChannel.sender(async () => undefined).listDocuments({})).rejects.toMatchObject({ code: 'no_response' });
  });
});
