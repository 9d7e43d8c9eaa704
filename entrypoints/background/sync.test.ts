import { describe, expect, it, vi } from 'vitest';
import type { OnMessage } from '@/lib/messaging/channel';
import { SYNC_CHANNEL, type SyncStatus } from '@/lib/messaging/sync';
import type { MessageSender } from '@/lib/messaging/trust';
import { MANAGED_KEYS, syncConfigItem } from '@/lib/settings/storage-items';
import { memoryStorage } from '@/lib/settings/testing';
import { ROLES } from '@/server/provision';
import { useSyncServer } from '@/tests/sync-server';
import { DEBOUNCE_MS, startSync, touchesChangeLog, SYNC_ALARM, type EngineFactory, type SyncBrowser, type SyncEngineLike } from './sync';

const server = useSyncServer();
const PAGE: MessageSender = { id: 'me', url: 'chrome-extension://me/dashboard.html' };

/** An engine that counts its runs; a run takes `ms` (real time) and may fail. */
function fakeEngine(ms = 0) {
  const calls = { runs: 0, made: 0, fail: null as null | { kind: string; message: string } };
  let lastSync: number | null = null;
  const engine: SyncEngineLike = {
    async syncOnce() {
      calls.runs++;
      await new Promise((r) => setTimeout(r, ms));
      if (calls.fail) throw new Error(calls.fail.message);
      lastSync = 1000 + calls.runs;
    },
    status: async () => ({ lastSync, lastAttempt: lastSync, lastError: calls.fail, conflictsMerged: 2, pending: 3 }),
  };
  return { engine, calls };
}

function fakeBrowser(local: Record<string, unknown>, managed: Record<string, unknown> = {}, granted = true) {
  const { storage, data } = memoryStorage(local, managed);
  const alarms: Record<string, { periodInMinutes: number }> = {};
  let onAlarm: ((a: { name: string }) => void) | undefined;
  let onMessage: Parameters<OnMessage['addListener']>[0] | undefined;
  const sent: unknown[] = [];
  const asked: string[][] = [];
  const api: SyncBrowser = {
    storage: storage as SyncBrowser['storage'],
    alarms: {
      create: (name, info) => void (alarms[name] = info),
      clear: (name) => void delete alarms[name],
      onAlarm: { addListener: (l) => (onAlarm = l) },
    },
    permissions: { contains: async ({ origins }) => (asked.push(origins), granted) },
    runtime: { id: 'me', getURL: (p) => `chrome-extension://me${p}`, onMessage: { addListener: (l) => (onMessage = l) }, sendMessage: async (m) => void sent.push(m) },
  };
  const send = (type: string, payload: unknown = {}, sender: MessageSender = PAGE) =>
    new Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>((resolve) => onMessage?.({ channel: SYNC_CHANNEL, type, payload }, sender, resolve as (r: unknown) => void));
  return { api, data, alarms, sent, asked, send, fire: (name: string) => onAlarm?.({ name }) };
}

const configured = (patch: object = {}) => ({ [syncConfigItem.key]: { url: 'http://couch.intranet:5984', database: 'luoshi', intervalMinutes: 7, user: 'zhang', ...patch } });
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('background sync scheduling', () => {
  it('sends nothing and makes no engine while no server is set, and clears the alarm', async () => {
    const b = fakeBrowser({});
    const engineFor = vi.fn<EngineFactory>();
    const sync = startSync(b.api, { engineFor });
    const status = await sync.runNow();
    expect(status).toMatchObject({ configured: false, user: null, running: false, lastError: null, pending: 0 });
    expect(engineFor).not.toHaveBeenCalled();
    expect(b.alarms[SYNC_ALARM]).toBeUndefined();
  });

  it('runs at start-up and on the alarm every interval, and tells the pages after each run', async () => {
    const b = fakeBrowser(configured());
    const { engine, calls } = fakeEngine();
    const engineFor = vi.fn<EngineFactory>(() => engine);
    startSync(b.api, { engineFor });
    await settle();
    expect(calls.runs).toBe(1);
    expect(b.alarms[SYNC_ALARM]).toEqual({ periodInMinutes: 7, delayInMinutes: 7 });
    expect(engineFor.mock.calls[0]![0]).toMatchObject({ config: { url: 'http://couch.intranet:5984', database: 'luoshi' }, user: 'zhang' });
    b.fire(SYNC_ALARM);
    b.fire('luoshi.reminders.daily');
    await settle();
    expect(calls.runs).toBe(2);
    const changed = b.sent.at(-1) as { channel: string; type: string; payload: SyncStatus };
    expect(changed).toMatchObject({ channel: SYNC_CHANNEL, type: 'changed', payload: { configured: true, user: 'zhang', lastSync: 1002, pending: 3, conflictsMerged: 2 } });
    // Only the server's origin is ever asked about.
    expect(new Set(b.asked.flat())).toEqual(new Set(['http://couch.intranet:5984/*']));
  });

  it('follows the policy: its interval and server win, and a server the user did not sign in to waits for a sign-in', async () => {
    const b = fakeBrowser(configured(), { [MANAGED_KEYS.syncInterval]: 2, [MANAGED_KEYS.syncUrl]: 'https://couch.example.gov.cn' });
    const { engine, calls } = fakeEngine();
    const sync = startSync(b.api, { engineFor: () => engine });
    await settle();
    expect(b.alarms[SYNC_ALARM]).toEqual({ periodInMinutes: 2, delayInMinutes: 2 });
    expect(calls.runs).toBe(0);
    expect(await sync.status()).toMatchObject({ configured: true, server: 'https://couch.example.gov.cn', user: null });
  });

  it('debounces local writes into one run, and never overlaps runs', async () => {
    const timers: (() => void)[] = [];
    let onWrite: () => void = () => undefined;
    const b = fakeBrowser(configured());
    const { engine, calls } = fakeEngine(30);
    const sync = startSync(b.api, {
      engineFor: () => engine,
      onLocalWrite: (l) => (onWrite = l),
      setTimeout: (f, ms) => (expect(ms).toBe(DEBOUNCE_MS), timers.push(f)),
      clearTimeout: (h) => void (timers[(h as number) - 1] = () => undefined),
    });
    await new Promise((r) => setTimeout(r, 80));
    expect(calls.runs).toBe(1);
    onWrite();
    onWrite();
    onWrite();
    expect(timers).toHaveLength(3);
    for (const t of timers) t();
    // One run for the three writes; two more requests during it make one more run, not two.
    const during = [sync.runNow(), sync.runNow()];
    await Promise.all(during);
    await settle();
    expect(calls.runs).toBe(3);
  });

  it('without the host permission sends nothing and says so', async () => {
    const b = fakeBrowser(configured(), {}, false);
    const { engine, calls } = fakeEngine();
    const sync = startSync(b.api, { engineFor: () => engine });
    const status = await sync.runNow();
    expect(calls.runs).toBe(0);
    expect(status.lastError).toMatchObject({ kind: 'permission' });
  });

  it('shows the engine’s error (a read-only user’s push refused) and clears it after a good run', async () => {
    const b = fakeBrowser(configured());
    const { engine, calls } = fakeEngine();
    const sync = startSync(b.api, { engineFor: () => engine });
    await settle();
    calls.fail = { kind: 'forbidden', message: 'read_only: 只读用户不能修改团队台账' };
    expect((await sync.runNow()).lastError).toEqual({ kind: 'forbidden', message: 'read_only: 只读用户不能修改团队台账' });
    calls.fail = null;
    expect((await sync.runNow()).lastError).toBeNull();
    // A database the server does not have keeps its own kind (the status bar says what to do about it).
    calls.fail = { kind: 'not_found', message: '数据库 luoshi：not_found: Database does not exist.' };
    expect((await sync.runNow()).lastError).toEqual({ kind: 'not_found', message: '数据库 luoshi：not_found: Database does not exist.' });
  });

  it('answers the extension’s pages only: status and 立即同步', async () => {
    const b = fakeBrowser(configured());
    const { engine, calls } = fakeEngine();
    startSync(b.api, { engineFor: () => engine });
    await settle();
    const now = await b.send('syncNow');
    expect(now).toMatchObject({ ok: true, value: { lastSync: 1002 } });
    expect(calls.runs).toBe(2);
    const refused = await b.send('status', {}, { id: 'me', url: 'https://oa.example.gov.cn/edit', tab: { id: 1 } } as MessageSender);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('local writes', () => {
  it('are the change log’s table mutating in the ledger’s database', () => {
    expect(touchesChangeLog({ 'idb://LuoshiDB/syncLog/': {}, 'idb://LuoshiDB/items/': {} }, 'LuoshiDB')).toBe(true);
    expect(touchesChangeLog({ 'idb://LuoshiDB/items/': {}, 'idb://LuoshiDB/syncMeta/': {} }, 'LuoshiDB')).toBe(false);
    expect(touchesChangeLog({ 'idb://Other/syncLog/': {} }, 'LuoshiDB')).toBe(false);
  });
});

describe('sign-in through the channel, against the real server', () => {
  it('signs in with _session, keeps the name and never the password, and signs out', async () => {
    const { url } = server();
    const editor = await server().user(`bg_${server().database('')}`, [ROLES.editor], 'pw-never-stored');
    const b = fakeBrowser({ [syncConfigItem.key]: { url, database: 'luoshi', intervalMinutes: 5, user: null } });
    const { engine } = fakeEngine();
    startSync(b.api, { engineFor: () => engine });
    const wrong = await b.send('signIn', { name: editor.name, password: 'nope' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const ok = await b.send('signIn', { name: editor.name, password: editor.password });
    expect(ok).toEqual({ ok: true, value: { user: editor.name, roles: [ROLES.editor] } });
    expect(b.data[syncConfigItem.key]).toMatchObject({ url, user: editor.name });
    expect(JSON.stringify(b.data)).not.toContain('pw-never-stored');
    const out = await b.send('signOut');
    expect(out).toMatchObject({ ok: true, value: { user: null } });
    // No server set: a sign-in is refused before anything is sent.
    const none = fakeBrowser({});
    startSync(none.api, { engineFor: () => engine });
    expect(await none.send('signIn', { name: 'a', password: 'b' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
