/**
 * The team ledger's sync in the background (issue 15): when it runs, and the channel the pages use.
 * - When: at start-up, on the alarm `luoshi.sync` every `intervalMinutes` (the user's or the policy's), and
 *   debounced (DEBOUNCE_MS) after local checklist writes — the change log's table (lib/sync) mutating in any context
 *   — so a burst of edits is one run. Runs never overlap: a request during a run makes one more run after it.
 * - What: the engine's `syncOnce` (lib/sync, injected as `engineFor`), over the fetch bound to the server in force
 *   (sync-http.ts), as the user signed in with `_session` (sync-session.ts). Not configured, not signed in, or no
 *   host permission for the server's origin: nothing is sent, and the status says why. Read-only (the policy's
 *   flag, given to the engine; or a luoshi_reader, seen at sign-in and by the engine at each sync): pull only, local
 *   edits kept here as pending; the status says `readOnlyBy` policy or role.
 * - The channel (lib/messaging/sync.ts), from the extension's own pages only: status, 立即同步, sign in and out; each
 *   run ends with `changed` sent to the pages.
 */
import type { OnMessage } from '@/lib/messaging/channel';
import { ChannelError } from '@/lib/messaging/channel';
import { syncChannel, syncErrorKindSchema, type SyncErrorKindValue, type SyncStatus } from '@/lib/messaging/sync';
import { extensionIdentity, isExtensionPage } from '@/lib/messaging/trust';
import type { SyncConfig } from '@/lib/settings/sync-config';
import { originPattern } from '@/lib/settings/sync-config';
import { readOnlyByRoles } from '@/lib/sync/roles';
import { readSyncConfig, syncConfigItem, syncConfigTouchedBy, type ExtensionStorage } from '@/lib/settings/storage-items';
import { serverFetch, type ServerFetch } from './sync-http';
import { signIn, signOut } from './sync-session';

/** The alarm of the periodic sync. */
export const SYNC_ALARM = 'luoshi.sync';
/** How long after the last local write a sync starts. */
export const DEBOUNCE_MS = 3000;

/** What the scheduler needs of the sync engine (lib/sync). */
export interface SyncEngineLike {
  /** One push and pull; rejects (or records an error in its status) when the server refuses or cannot be reached. */
  syncOnce(): Promise<unknown>;
  /** The engine's account of the last runs and the changes waiting to be pushed. */
  status(): Promise<{ readOnly?: 'policy' | 'role' | null; user?: string | null; lastSync: number | null; lastAttempt: number | null; lastError: { kind: string; message: string } | null; conflictsMerged: number; pending: number }>;
}

/** Makes the engine for a configuration, its bound fetch and the user signed in. */
export type EngineFactory = (context: { config: SyncConfig; fetch: ServerFetch; user: string }) => SyncEngineLike;

/** The browser APIs used (a fake in tests). */
export interface SyncBrowser {
  storage: ExtensionStorage & { onChanged: NonNullable<ExtensionStorage['onChanged']> };
  alarms: {
    create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): Promise<void> | void;
    clear(name: string): Promise<boolean> | void;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  runtime: { id: string; getURL(path: string): string; onMessage: OnMessage; sendMessage(message: unknown): Promise<unknown> };
}

export interface SyncOptions {
  /** The engine (lib/sync's SyncEngine in the extension); absent, nothing runs (status, sign-in and sign-out answer). */
  engineFor?: EngineFactory;
  /** What sends the bound requests: the global fetch when absent (a cookie-keeping one in tests). */
  send?: typeof fetch;
  /** Calls `listener` after each local write to the ledger (the change log's table mutating, any context). */
  onLocalWrite?(listener: () => void): void;
  setTimeout?: (f: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

const KNOWN_KINDS = new Set<string>(syncErrorKindSchema.options);

/** Whether a Dexie `storagemutated` event touches the change log of database `dbName` (a local checklist write). */
export function touchesChangeLog(parts: Record<string, unknown>, dbName: string): boolean {
  const prefix = `idb://${dbName}/syncLog/`;
  return Object.keys(parts).some((k) => k.startsWith(prefix));
}

/** Starts the scheduler and the channel; returns the handles the tests drive. */
export function startSync(api: SyncBrowser, options: SyncOptions) {
  const setTimer = options.setTimeout ?? ((f, ms) => setTimeout(f, ms));
  const clearTimer = options.clearTimeout ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const send = options.send;
  let engine: { key: string; engine: SyncEngineLike } | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let debounce: unknown = null;
  /** Why the last run could not start or failed outside the engine (cleared by a run that starts). */
  let blocked: { kind: SyncErrorKindValue; message: string } | null = null;
  /** The user who signed in here with a read-only role (luoshi_reader only), until a sync of theirs says. */
  let readerSignedIn: string | null = null;

  const engineOf = (config: SyncConfig, user: string): SyncEngineLike | null => {
    if (!options.engineFor) return null;
    const key = JSON.stringify([config.url, config.database, config.readOnly, user]);
    if (engine?.key !== key) engine = { key, engine: options.engineFor({ config, fetch: serverFetch(config.url!, send), user }) };
    return engine.engine;
  };

  async function status(): Promise<SyncStatus> {
    const config = await readSyncConfig(api.storage);
    const base: SyncStatus = {
      configured: config.url !== null,
      server: config.url,
      database: config.database,
      user: config.user,
      readOnly: config.readOnly,
      readOnlyBy: config.readOnly ? 'policy' : null,
      running: running !== null,
      lastSync: null,
      lastAttempt: null,
      lastError: blocked,
      pending: 0,
      conflictsMerged: 0,
    };
    const current = config.url && config.user ? engineOf(config, config.user) : null;
    if (!current) return base;
    const s = await current.status();
    const lastError = blocked ?? (s.lastError ? { kind: (KNOWN_KINDS.has(s.lastError.kind) ? s.lastError.kind : 'server') as SyncErrorKindValue, message: s.lastError.message } : null);
    // The policy's flag is known now; the user's read-only role as of this user's last sync, else of the sign-in.
    const role = s.user === config.user && s.lastAttempt !== null ? s.readOnly === 'role' : readerSignedIn === config.user;
    const readOnlyBy = config.readOnly ? 'policy' : role ? 'role' : null;
    return { ...base, readOnly: readOnlyBy !== null, readOnlyBy, lastSync: s.lastSync, lastAttempt: s.lastAttempt, lastError, pending: s.pending, conflictsMerged: s.conflictsMerged };
  }

  const announce = async () => {
    const now = await status();
    await api.runtime.sendMessage(syncChannel.envelope('changed', now)).catch(() => undefined);
    return now;
  };

  async function runOnce(): Promise<void> {
    const config = await readSyncConfig(api.storage);
    if (!config.url || !config.origin || !config.user) {
      blocked = null;
      return;
    }
    if (!(await api.permissions.contains({ origins: [originPattern(config.origin)] }).catch(() => false))) {
      blocked = { kind: 'permission', message: `没有访问 ${config.origin} 的权限，请在设置页重新登录 (no host permission for the server)` };
      return;
    }
    blocked = null;
    const current = engineOf(config, config.user);
    if (!current) return;
    try {
      await current.syncOnce();
    } catch (error) {
      // The engine records what it knows in its status; anything it threw without a record is shown here.
      const s = await current.status().catch(() => null);
      if (!s?.lastError) blocked = { kind: 'server', message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Runs now, or once more after the run in progress; resolves with the status after it. */
  function runNow(): Promise<SyncStatus> {
    if (running) {
      // The loop below sees the flag and runs once more before it ends.
      again = true;
      return running.then(status);
    }
    running = (async () => {
      do {
        again = false;
        await runOnce();
      } while (again);
    })().finally(() => {
      running = null;
      if (again) void runNow();
    });
    return running.then(announce);
  }

  /** A run DEBOUNCE_MS after the last call. */
  function poke(): void {
    if (debounce !== null) clearTimer(debounce);
    debounce = setTimer(() => {
      debounce = null;
      void runNow();
    }, DEBOUNCE_MS);
  }

  async function schedule(): Promise<void> {
    const config = await readSyncConfig(api.storage);
    if (config.url) await api.alarms.create(SYNC_ALARM, { periodInMinutes: config.intervalMinutes, delayInMinutes: config.intervalMinutes });
    else await api.alarms.clear(SYNC_ALARM);
  }

  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void runNow();
  });
  api.storage.onChanged.addListener((changes, area) => {
    if (!syncConfigTouchedBy(changes as Record<string, unknown>, area)) return;
    engine = null;
    void schedule().then(() => runNow());
  });
  options.onLocalWrite?.(poke);

  const self = extensionIdentity(api.runtime);
  syncChannel.listen(api.runtime.onMessage, {
    allow: (_type, sender) => isExtensionPage(sender, self),
    handle: syncChannel.handler({
      status: () => status(),
      syncNow: () => runNow(),
      async signIn({ name, password }) {
        const config = await readSyncConfig(api.storage);
        if (!config.url || !config.origin) throw new ChannelError('invalid', '请先填写团队台账服务器地址 (no server set)');
        if (!(await api.permissions.contains({ origins: [originPattern(config.origin)] }))) throw new ChannelError('permission', `没有访问 ${config.origin} 的权限 (no host permission)`);
        const user = await signIn(serverFetch(config.url, send), config.url, name, password);
        // The name goes with the URL it signed in to; the password is not kept.
        readerSignedIn = readOnlyByRoles(user.roles) ? user.name : null;
        const stored = await syncConfigItem.get(api.storage);
        await syncConfigItem.set(api.storage, { ...stored, url: config.url, user: user.name });
        // The same name again (a session that had expired) changes nothing stored: sync now all the same.
        void runNow();
        return { user: user.name, roles: user.roles };
      },
      async signOut() {
        const config = await readSyncConfig(api.storage);
        if (config.url) await signOut(serverFetch(config.url, send), config.url);
        const stored = await syncConfigItem.get(api.storage);
        await syncConfigItem.set(api.storage, { ...stored, user: null });
        engine = null;
        readerSignedIn = null;
        return status();
      },
    }),
  });

  void schedule().then(() => runNow());
  return { runNow, poke, status, schedule };
}
