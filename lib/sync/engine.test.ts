import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LuoshiDB } from '../db/database';
import { checklistRepository, type ChecklistRepository } from '../db/repository';
import { analysisOf } from '../checklist/testing';
import type { Credentials } from '../../scripts/sync-server';
import { provision, ROLES } from '../../server/provision';
import { useSyncServer } from '../../tests/sync-server';
import { SyncEngine, type SyncReport } from './engine';
import { CHECKPOINT_KEY } from './change-log';

const server = useSyncServer();
const T0 = Date.UTC(2026, 2, 12, 8);

/** One browser: its own LuoshiDB (fake-indexeddb), repository and engine, with a switch to go offline. */
export interface Client {
  name: string;
  db: LuoshiDB;
  repo: ChecklistRepository;
  engine: SyncEngine;
  offline: boolean;
}

let clock = T0;
const tick = () => (clock += 1000);
const opened: Client[] = [];
let ids = 0;

async function client(label: string, database: string, who: Credentials | null): Promise<Client> {
  const name = `${label}-${database}`;
  const db = new LuoshiDB(name);
  const repo = checklistRepository(db, { now: () => clock, newId: () => `${label}${++ids}` });
  const c: Client = { name, db, repo, engine: undefined as unknown as SyncEngine, offline: false };
  c.engine = new SyncEngine({
    db,
    url: server().url,
    database,
    now: () => clock,
    newId: () => `${label}m${++ids}`,
    http: (input, init) => (c.offline ? Promise.reject(new TypeError('fetch failed: offline')) : fetch(input, init)),
  });
  if (who) await c.engine.signIn(who.name, who.password);
  opened.push(c);
  return c;
}

afterAll(async () => {
  for (const c of opened) {
    c.db.close();
    await Dexie.delete(c.name);
  }
});

/** The synced tables of a client, rows sorted by id. */
async function ledger(c: Client) {
  const by = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    documents: by(await c.db.documents.toArray()),
    items: by(await c.db.items.toArray()),
    notes: by(await c.db.notes.toArray()),
    revisions: by(await c.db.revisions.toArray()),
  };
}

const TEXT = '一、城市更新\n市住建局要加快推进老旧小区改造，6月底前完成。\n各区政府要做好房屋征收工作。\n市财政局要保障改造资金。';
const analysis = analysisOf(TEXT, [
  { quote: '市住建局要加快推进老旧小区改造', owners: ['市住建局'], deadline: { text: '6月底前', due: '2026-06-30' } },
  { quote: '各区政府要做好房屋征收工作', owners: ['各区政府'] },
  { quote: '市财政局要保障改造资金', owners: ['市财政局'] },
]);

describe('sync against the real server', () => {
  let database = '';
  let alice: Credentials;
  let bob: Credentials;
  let reader: Credentials;
  let outsider: Credentials;

  beforeAll(async () => {
    const s = server();
    database = s.database();
    await provision({ url: s.url, database, admin: s.admin });
    alice = await s.user(`alice_${database}`, [ROLES.editor]);
    bob = await s.user(`bob_${database}`, [ROLES.editor]);
    reader = await s.user(`reader_${database}`, [ROLES.reader]);
    outsider = await s.user(`outsider_${database}`, ['another_team']);
  }, 60_000);

  it('two clients editing the same items offline merge on reconnect: both identical, no note lost', async () => {
    const a = await client('a', database, alice);
    const b = await client('b', database, bob);
    const saved = await a.repo.saveAnalysis({ key: 'https://oa.example.gov.cn/doc/1', text: TEXT, analysis });
    const first = await a.engine.syncOnce();
    expect(first.error).toBeNull();
    expect(first.pushed).toBe(5); // the document, three items, the revision
    const got = await b.engine.syncOnce();
    expect(got).toMatchObject({ error: null, pulled: 5, pushed: 0 });
    expect(await ledger(b)).toEqual(await ledger(a));
    expect((await b.db.documents.get(saved.documentId))!.text).toBe(TEXT);

    const [i1, i2, i3] = (await a.db.items.toArray()).sort((x, y) => x.order - y.order);
    a.offline = true;
    b.offline = true;
    // Offline, both change item 1 (status, owners, notes), A edits item 2 that B deletes, B edits item 3's deadline.
    tick();
    await a.repo.setStatus(i1!.id, 'in_progress');
    await a.repo.addNote(i1!.id, { text: '甲：已完成摸底调查', progress: 20 });
    await a.repo.editItem(i1!.id, { owners: ['市住建局', '市城管局'] });
    await a.repo.addNote(i2!.id, { text: '甲：征收方案已上报', progress: 40 });
    tick();
    await b.repo.setStatus(i1!.id, 'done', { note: '乙：提前完成' });
    await b.repo.editItem(i1!.id, { owners: ['市住建局', '市发展改革委'] });
    await b.repo.deleteItem(i2!.id);
    await b.repo.editItem(i3!.id, { deadline: { text: '9月底前', due: '2026-09-30', type: 'absolute' } });
    const offline = await a.engine.syncOnce();
    expect(offline.error?.kind).toBe('offline');
    expect((await a.engine.status()).pending).toBeGreaterThan(0);

    a.offline = false;
    b.offline = false;
    const ra = await a.engine.syncOnce();
    const rb = await b.engine.syncOnce();
    const ra2 = await a.engine.syncOnce();
    const rb2 = await b.engine.syncOnce();
    for (const r of [ra, rb, ra2, rb2]) expect(r.error).toBeNull();
    expect(rb.conflictsMerged).toBeGreaterThan(0);
    expect(rb2).toMatchObject({ pushed: 0, pending: 0 });
    expect(ra2.pending).toBe(0);

    const la = await ledger(a);
    expect(await ledger(b)).toEqual(la);
    const item = (id: string) => la.items.find((x) => x.id === id)!;
    // Item 1: status changed on both → the later (B's 已完成) with A's 推进中 as a note; owners as sets.
    expect(item(i1!.id).status).toBe('done');
    expect([...item(i1!.id).owners].sort()).toEqual(['市住建局', '市城管局', '市发展改革委'].sort());
    expect(item(i1!.id).progress).toBe(20);
    // Item 2: deleted by B, edited by A → kept, with a note; item 3: B's deadline.
    expect(item(i2!.id).deletedAt).toBeNull();
    expect(item(i2!.id).progress).toBe(40);
    expect(item(i3!.id).due).toBe('2026-09-30');
    const texts = la.notes.map((n) => n.text);
    for (const t of ['甲：已完成摸底调查', '甲：征收方案已上报']) expect(texts).toContain(t);
    expect(texts.some((t) => t.includes('乙：提前完成'))).toBe(true);
    expect(texts.some((t) => t.includes('状态：未启动 → 推进中'))).toBe(true);
    expect(texts).toContain(`并发修改：状态同时被「${alice.name}」设为「推进中」，已采用较晚的修改「已完成」。`);
    expect(texts.some((t) => t.startsWith('并发修改：此事项同时被') && t.includes('移入回收站'))).toBe(true);
    // Who changed it last, as the server says.
    expect(await a.engine.lastChangedBy('item', i1!.id)).toBe(bob.name);
    const status = await b.engine.status();
    expect(status).toMatchObject({ pending: 0, lastError: null, user: bob.name });
    expect(status.conflictsMerged).toBeGreaterThan(0);
  }, 60_000);

  it('refuses a user outside the database’s members, and one not signed in', async () => {
    const o = await client('o', database, outsider);
    const r = await o.engine.syncOnce();
    // Not an expired session (that one asks for the password again): a non-member, named (CouchDB 403, pouchdb-server 401).
    expect(r.error).toEqual({ kind: 'forbidden', message: expect.stringMatching(new RegExp(`^${outsider.name} 不是数据库 ${database} 的成员`)) });
    expect(r.pulled).toBe(0);
    expect(await o.db.items.count()).toBe(0);
    const nobody = await client('n', database, null);
    expect((await nobody.engine.syncOnce()).error).toMatchObject({ kind: 'unauthorized' });
    await expect(o.engine.signIn(outsider.name, 'wrong password')).rejects.toMatchObject({ kind: 'unauthorized' });
  }, 60_000);

  it('a read-only user (luoshi_reader) pulls only: its edit is kept here as pending, never sent, no error', async () => {
    const r = await client('r', database, reader);
    const first = await r.engine.syncOnce();
    expect(first.error).toBeNull();
    expect(first.readOnly).toBe('role');
    expect(first.pulled).toBeGreaterThan(0);
    const [item] = await r.db.items.toArray();
    tick();
    await r.repo.setStatus(item!.id, 'behind');
    const kept = await r.engine.syncOnce();
    expect(kept).toMatchObject({ error: null, readOnly: 'role', pushed: 0, pending: 2 }); // the item and its status note
    // Only pulls: the changes feed, after the session; not one _bulk_docs.
    expect(kept.requests).toBe(2);
    expect((await r.db.items.get(item!.id))!.status).toBe('behind');
    expect(await r.engine.status()).toMatchObject({ readOnly: 'role', lastError: null, pending: 2 });
    const check = await client('c', database, alice);
    await check.engine.syncOnce();
    expect((await check.db.items.get(item!.id))!.status).not.toBe('behind');
    // The server refuses a reader's write anyway (validate_doc_update: read_only), whatever a client does.
    const write = await fetch(`${server().url}/${database}/_bulk_docs`, {
      method: 'POST',
      headers: { authorization: `Basic ${btoa(`${reader.name}:${reader.password}`)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ docs: [{ _id: 'note:by-hand', type: 'note', by: reader.name, data: { id: 'by-hand', itemId: item!.id, documentId: item!.documentId, text: 'x' } }] }),
    });
    expect(((await write.json()) as { reason?: string }[])[0]!.reason).toMatch(/^read_only/);
  }, 60_000);

  it('the unit’s read-only policy: an editor’s browser pulls the others’ changes and sends none of its own until it is lifted', async () => {
    const a = await client('pa', database, alice);
    await a.engine.syncOnce();
    const locked = await client('pl', database, bob);
    const policyEngine = new SyncEngine({ db: locked.db, url: server().url, database, now: () => clock, http: (u, i) => fetch(u, i), readOnly: true });
    await policyEngine.signIn(bob.name, bob.password);
    expect(await policyEngine.syncOnce()).toMatchObject({ error: null, readOnly: 'policy', pushed: 0 });
    const items = (await locked.db.items.toArray()).filter((i) => i.deletedAt === null);
    const mine = items.find((i) => i.status !== 'done');
    const theirs = items.find((i) => i !== mine && i.status !== 'in_progress');
    tick();
    await locked.repo.setStatus(mine!.id, 'done', { note: '已完成并上报' });
    tick();
    await a.repo.setStatus(theirs!.id, 'in_progress');
    expect((await a.engine.syncOnce()).pushed).toBeGreaterThan(0);
    const pulled = await policyEngine.syncOnce();
    expect(pulled).toMatchObject({ error: null, readOnly: 'policy', pushed: 0, pending: 2 });
    expect((await locked.db.items.get(theirs!.id))!.status).toBe('in_progress');
    expect((await locked.db.items.get(mine!.id))!.status).toBe('done');
    await a.engine.syncOnce();
    expect((await a.db.items.get(mine!.id))!.status).not.toBe('done');
    // The policy lifted: the edit kept here goes out with the next sync.
    const lifted = await locked.engine.syncOnce();
    expect(lifted).toMatchObject({ error: null, readOnly: null, pending: 0 });
    expect(lifted.pushed).toBe(2);
    await a.engine.syncOnce();
    expect((await a.db.items.get(mine!.id))!.status).toBe('done');
  }, 60_000);

  it('a database the server does not have: not_found, named, nothing pulled or sent, local edits kept', async () => {
    const missing = `${database}_missing`;
    const m = await client('m', missing, alice);
    await m.repo.saveAnalysis({ key: 'https://oa.example.gov.cn/doc/m', text: TEXT, analysis });
    const r = await m.engine.syncOnce();
    expect(r.error).toEqual({ kind: 'not_found', message: `数据库 ${missing}：not_found: no_db_file` });
    expect(r).toMatchObject({ pulled: 0, pushed: 0, pending: 5 });
    expect(await m.engine.status()).toMatchObject({ lastError: { kind: 'not_found' }, lastSync: null, pending: 5 });
    // Provisioned, the next sync sends what waited.
    await provision({ url: server().url, database: missing, admin: server().admin });
    expect(await m.engine.syncOnce()).toMatchObject({ error: null, pushed: 5, pending: 0 });
  }, 60_000);

  it('a push with a stale _rev (409) fetches the server’s version, merges it and pushes the merge', async () => {
    const a = await client('x', database, alice);
    const b = await client('y', database, bob);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    const [item] = (await a.db.items.toArray()).filter((i) => i.deletedAt === null);
    tick();
    await b.repo.setStatus(item!.id, 'behind', { note: '乙：资金未到位' });
    tick();
    await a.repo.setStatus(item!.id, 'extension');
    await a.repo.editItem(item!.id, { text: '甲改写的事项内容' });
    // A pushes between B's pull and B's push: B's write carries a stale _rev.
    let raced: SyncReport | null = null;
    b.engine = new SyncEngine({
      db: b.db,
      url: server().url,
      database,
      now: () => clock,
      http: async (input, init) => {
        if (!raced && String(input).endsWith('/_bulk_docs')) {
          raced = await a.engine.syncOnce();
        }
        return fetch(input, init);
      },
    });
    await b.engine.signIn(bob.name, bob.password);
    const rb = await b.engine.syncOnce();
    expect(raced).toMatchObject({ error: null, pushed: 2 }); // A's item and its status note
    expect(rb.error).toBeNull();
    expect(rb.conflictsMerged).toBe(1);
    expect(rb.pending).toBe(0);
    await a.engine.syncOnce();
    expect(await ledger(a)).toEqual(await ledger(b));
    const merged = (await a.db.items.get(item!.id))!;
    expect(merged.status).toBe('extension');
    expect(merged.text).toBe('甲改写的事项内容');
    const texts = (await a.db.notes.where('itemId').equals(item!.id).toArray()).map((n) => n.text);
    expect(texts).toContain(`并发修改：状态同时被「${bob.name}」设为「滞后」，已采用较晚的修改「申请延期」。`);
    expect(texts.some((t) => t.includes('乙：资金未到位'))).toBe(true);
  }, 60_000);

  it('pushes a bulk change’s log rows (one per table written) in rounds smaller than a row, and a push cut off mid-row leaves exactly the unsent ids pending', async () => {
    const c = await client('bulk', database, alice);
    expect((await c.engine.syncOnce()).error).toBeNull();
    const live = (await c.db.items.toArray()).filter((i) => i.deletedAt === null);
    tick();
    await c.repo.setStatusMany(live.map((i) => i.id), 'behind', { note: '集中调度' });
    // One row of item ids, one of note ids — a bulk note per document and previous status, listing its items.
    const bulkNotes = (await c.db.notes.toArray()).filter((n) => n.text.endsWith('。集中调度'));
    expect(bulkNotes).toHaveLength(new Set(live.map((i) => `${i.documentId} ${i.status}`)).size);
    expect(bulkNotes.flatMap((n) => n.itemIds ?? [n.itemId]).sort()).toEqual(live.map((i) => i.id).sort());
    expect((await c.db.syncLog.toArray()).map((r) => r.docs.length)).toEqual([live.length, bulkNotes.length]);
    const total = live.length + bulkNotes.length;
    let posts = 1;
    c.engine = new SyncEngine({
      db: c.db,
      url: server().url,
      database,
      now: () => clock,
      pushBatch: 2,
      http: (input, init) => (String(input).endsWith('/_bulk_docs') && posts-- <= 0 ? Promise.reject(new TypeError('killed')) : fetch(input, init)),
    });
    await c.engine.signIn(alice.name, alice.password);
    const cut = await c.engine.syncOnce();
    expect(cut).toMatchObject({ pushed: 2, pending: total - 2 });
    expect(cut.error?.kind).toBe('offline');
    posts = Infinity;
    expect(await c.engine.syncOnce()).toMatchObject({ error: null, pushed: total - 2, pending: 0 });
    expect(await c.db.syncLog.count()).toBe(0);
    const other = await client('bulk-other', database, bob);
    await other.engine.syncOnce();
    // The bulk notes arrive as they were written (the server takes their item lists), and each item's log reads its own.
    expect((await other.db.notes.toArray()).filter((n) => n.text.endsWith('。集中调度')).sort((a, b) => a.id.localeCompare(b.id))).toEqual(bulkNotes.sort((a, b) => a.id.localeCompare(b.id)));
    for (const i of live) {
      expect((await other.db.items.get(i.id))!.status).toBe('behind');
      expect((await other.repo.listNotes(i.id)).filter((n) => n.text.endsWith('。集中调度'))).toEqual([expect.objectContaining({ itemId: i.id })]);
    }
  }, 60_000);

  it('resumes after being cut off mid-sync and applies a batch twice without change', async () => {
    const c = await client('k', database, alice);
    let budget = 3;
    c.engine = new SyncEngine({
      db: c.db,
      url: server().url,
      database,
      now: () => clock,
      pullBatch: 2,
      http: (input, init) => (budget-- > 0 ? fetch(input, init) : Promise.reject(new TypeError('killed'))),
    });
    await c.engine.signIn(alice.name, alice.password);
    const cut = await c.engine.syncOnce();
    expect(cut.error?.kind).toBe('offline');
    const partial = await c.db.syncState.get(CHECKPOINT_KEY);
    expect(partial?.since).toBeDefined();
    budget = Infinity;
    expect((await c.engine.syncOnce()).error).toBeNull();
    const reference = await client('ref', database, alice);
    await reference.engine.syncOnce();
    expect(await ledger(c)).toEqual(await ledger(reference));
    // Pull everything again from the start: nothing changes, nothing is logged.
    await c.db.syncState.delete(CHECKPOINT_KEY);
    const again = await c.engine.syncOnce();
    expect(again).toMatchObject({ error: null, pulled: 0, pushed: 0, pending: 0 });
    expect(await ledger(c)).toEqual(await ledger(reference));
  }, 60_000);
});
