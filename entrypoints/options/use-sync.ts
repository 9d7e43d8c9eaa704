/**
 * The options page's sync section state and browser calls (components/options/sync-section.tsx): the configuration
 * in force followed in storage (the user's item and the managed policy), the background's sync status followed by
 * its `changed` messages, and the actions — save the server settings, sign in (the server origin's host permission
 * asked first, inside the click; then the background posts to `_session`), sign out. A server given up for another
 * gives its host permission back unless an enabled site still needs that origin.
 */
import { useEffect, useMemo, useState } from 'react';
import { browser } from '#imports';
import type { SignInFailure, SyncSectionActions, SyncServerInput } from '@/components/options/sync-section';
import { RequestError } from '@/lib/messaging/channel';
import { syncChannel, type SyncStatus } from '@/lib/messaging/sync';
import { enabledSitesItem, readSyncConfig, syncConfigItem, syncConfigTouchedBy, type ExtensionStorage, type SiteStorage } from '@/lib/settings/storage-items';
import { normalizeServerUrl, originPattern, serverOrigin, type SyncConfig } from '@/lib/settings/sync-config';
import { readOnlyByRoles } from '@/lib/sync/roles';

type Storage = ExtensionStorage & SiteStorage & { onChanged: NonNullable<ExtensionStorage['onChanged']> };

/** Stores the user's fields (a field the policy locks keeps the user's own value); the name goes when the URL does. */
async function storeServer(storage: Storage, config: SyncConfig, input: SyncServerInput): Promise<void> {
  const stored = await syncConfigItem.get(storage);
  const url = config.locked.url ? stored.url : normalizeServerUrl(input.url);
  const next = {
    url,
    database: config.locked.database ? stored.database : input.database,
    intervalMinutes: config.locked.intervalMinutes ? stored.intervalMinutes : input.intervalMinutes,
    user: url === stored.url ? stored.user : null,
  };
  await syncConfigItem.set(storage, next);
  const before = serverOrigin(stored.url);
  if (before && before !== serverOrigin(url)) {
    const sites = await enabledSitesItem.get(storage);
    if (!sites.includes(before)) await browser.permissions.remove({ origins: [originPattern(before)] }).catch(() => false);
  }
}

export function useSyncOptions(storage: Storage): { config: SyncConfig | null; status: SyncStatus | null; actions: SyncSectionActions } {
  const [config, setConfig] = useState<SyncConfig | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const sync = useMemo(() => syncChannel.sender((m) => browser.runtime.sendMessage(m)), []);

  useEffect(() => {
    const reload = () => void readSyncConfig(storage).then(setConfig);
    reload();
    void sync.status({}).then(setStatus, () => setStatus(null));
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (syncConfigTouchedBy(changes, area)) reload();
    };
    const onMessage = (message: unknown) => {
      const read = syncChannel.read(message);
      if (read?.type === 'changed') setStatus(read.payload);
    };
    storage.onChanged.addListener(onStorage);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      storage.onChanged.removeListener?.(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [storage, sync]);

  const actions = useMemo<SyncSectionActions>(
    () => ({
      async save(input) {
        await storeServer(storage, await readSyncConfig(storage), input);
      },
      signIn(input) {
        const current = config;
        const url = current?.locked.url ? current.url : normalizeServerUrl(input.url);
        const origin = serverOrigin(url);
        if (!current || !origin) return Promise.resolve({ ok: false as const, reason: 'other' as const, message: 'no server' });
        // nb. First, inside the click's gesture: the host permission of this one origin.
        const asking = browser.permissions.request({ origins: [originPattern(origin)] });
        return (async () => {
          if (!(await asking.catch(() => false))) return { ok: false as const, reason: 'denied' as const, message: '' };
          await storeServer(storage, current, input);
          try {
            const { user, roles } = await sync.signIn({ name: input.name, password: input.password });
            return { ok: true as const, user, readOnly: readOnlyByRoles(roles) };
          } catch (error) {
            const code = error instanceof RequestError ? error.code : '';
            const reason: SignInFailure = code === 'unauthorized' || code === 'offline' ? code : 'other';
            return { ok: false as const, reason, message: error instanceof Error ? error.message : String(error) };
          }
        })();
      },
      async signOut() {
        setStatus(await sync.signOut({}));
      },
    }),
    [config, storage, sync],
  );
  return { config, status, actions };
}
