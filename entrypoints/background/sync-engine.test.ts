// The background's sync with the real engine (lib/sync) against the real server: sign in through the channel,
// 立即同步, and a second browser sees the first one's item, with 最后修改人; a reader's browser and one under the
// read-only policy pull only, their own changes kept and shown as not sent.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisOf } from '@/lib/checklist/testing';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository } from '@/lib/db/repository';
import type { OnMessage } from '@/lib/messaging/channel';
import { SYNC_CHANNEL, type SyncStatus } from '@/lib/messaging/sync';
import type { MessageSender } from '@/lib/messaging/trust';
import { syncConfigItem } from '@/lib/settings/storage-items';
import { memoryStorage } from '@/lib/settings/testing';
import { SyncEngine } from '@/lib/sync/engine';
import { docId } from '@/lib/sync/docs';
import { provision, ROLES } from '@/server/provision';
import { cookieFetch, useSyncServer } from '@/tests/sync-server';
import { startSync, type SyncBrowser } from './sync';

const server = useSyncServer();
const PAGE: MessageSender = { id: 'me', url: 'chrome-extension://me/dashboard.html' };
const dbs: LuoshiDB[] = [];
afterAll(async () => {
  for (const db of dbs) await db.delete();
});

/** One browser: its LuoshiDB, storage and cookie jar, and the background's sync over them with the real engine. */
function browserWith(url: string, database: string, name: string, managed: Record<string, unknown> = {}) {
  const db = new LuoshiDB(`bg-sync-${name}-${database}`);
  dbs.push(db);
  const { storage } = memoryStorage({ [syncConfigItem.key]: { url, database, intervalMinutes: 5, user: null } }, managed);
  let onMessage: Parameters<OnMessage['addListener']>[0] | undefined;
  const api: SyncBrowser = {
    storage: storage as SyncBrowser['storage'],
    alarms: { create: () => undefined, clear: () => undefined, onAlarm: { addListener: () => undefined } },
    permissions: { contains: async ({ origins }) => origins.every((o) => o === `${new URL(url).origin}/*`) },
    runtime: { id: 'me', getURL: (p) => `chrome-extension://me${p}`, onMessage: { addListener: (l) => (onMessage = l) }, sendMessage: async () => undefined },
  };
  startSync(api, { send: cookieFetch(), engineFor: ({ config, fetch }) => new SyncEngine({ db, url: config.url!, database: config.database, http: fetch, readOnly: config.readOnly }) });
  const send = <T,>(type: string, payload: unknown = {}) =>
    new Promise<T>((resolve, reject) => onMessage?.({ channel: SYNC_CHANNEL, type, payload }, PAGE, (r) => ((r as { ok: boolean }).ok ? resolve((r as { value: T }).value) : reject(new Error(JSON.stringify(r))))));
  return { db, send, repo: checklistRepository(db, { now: () => Date.UTC(2026, 11, 5, 7) }) };
}

describe('background sync with the engine, on the real server', () => {
  it('signs in, syncs now, and the other browser gets the item with who changed it', async () => {
    const { url, admin } = server();
    const database = server().database();
    await provision({ url, database, admin });
    const zhang = await server().user(`zhang_${database}`, [ROLES.editor]);
    const li = await server().user(`li_${database}`, [ROLES.editor]);
    const a = browserWith(url, database, 'a');
    const b = browserWith(url, database, 'b');
    await a.send('signIn', zhang);
    await b.send('signIn', li);

    const text = '关于河道整治的通知\n区水务局要在12月20日前完成河道清淤。\n';
    await a.repo.saveAnalysis({ key: 'k', text, analysis: analysisOf(text, [{ quote: '区水务局要在12月20日前完成河道清淤', owners: ['区水务局'] }]) });
    const before = await a.send<SyncStatus>('status');
    expect(before.pending).toBeGreaterThan(0);
    const after = await a.send<SyncStatus>('syncNow');
    expect(after).toMatchObject({ user: zhang.name, pending: 0, lastError: null });
    expect(after.lastSync).not.toBeNull();

    const got = await b.send<SyncStatus>('syncNow');
    expect(got.lastError).toBeNull();
    const [item] = await b.db.items.toArray();
    expect(item?.text).toBe((await a.db.items.toArray())[0]!.text);
    expect((await b.db.syncMeta.get(docId('item', item!.id)))?.by).toBe(zhang.name);

    // A read-only user pulls the ledger; its own change is kept here, counted and said not to be sent.
    const wang = await server().user(`wang_${database}`, [ROLES.reader]);
    const c = browserWith(url, database, 'c');
    expect(await c.send<{ roles: string[] }>('signIn', wang)).toMatchObject({ roles: [ROLES.reader] });
    expect(await c.send<SyncStatus>('status')).toMatchObject({ readOnly: true, readOnlyBy: 'role' });
    expect((await c.send<SyncStatus>('syncNow')).lastError).toBeNull();
    const [mine] = await c.db.items.toArray();
    await c.repo.setStatus(mine!.id, 'in_progress');
    const kept = await c.send<SyncStatus>('syncNow');
    expect(kept).toMatchObject({ lastError: null, readOnly: true, readOnlyBy: 'role' });
    expect(kept.pending).toBeGreaterThan(0);

    // The unit's policy (managed syncReadOnly) on an editor's browser: the same, said to be the policy's.
    const zhao = await server().user(`zhao_${database}`, [ROLES.editor]);
    const d = browserWith(url, database, 'd', { syncReadOnly: true });
    await d.send('signIn', zhao);
    await d.send<SyncStatus>('syncNow');
    const [theirs] = await d.db.items.toArray();
    await d.repo.setStatus(theirs!.id, 'behind');
    const held = await d.send<SyncStatus>('syncNow');
    expect(held).toMatchObject({ lastError: null, readOnly: true, readOnlyBy: 'policy' });
    expect(held.pending).toBeGreaterThan(0);
    await b.send<SyncStatus>('syncNow');
    expect((await b.db.items.get(theirs!.id))!.status).not.toBe('behind');
  }, 60_000);
});
