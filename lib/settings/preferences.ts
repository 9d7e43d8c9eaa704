/**
 * The user's preferences a backup carries (lib/schema/checklist.ts `preferencesSchema`): the settings object and
 * the enabled sites, both storage items (storage-items.ts). Read validated (each bad field at its default, bad site
 * entries dropped); written whole in one `set`, each parsed first, so what a restore writes always reads back the same.
 */
import type { Preferences } from '../schema/checklist';
import { enabledSitesItem, settingsItem, type ExtensionStorage } from './storage-items';

/** The preferences store over `storage` (the extension's, or a fake in tests). */
export function preferencesStore(storage: Pick<ExtensionStorage, 'local'>): { read(): Promise<Preferences>; write(p: Preferences): Promise<void> } {
  return {
    async read() {
      return { settings: await settingsItem.get(storage), enabledSites: await enabledSitesItem.get(storage) };
    },
    async write(p) {
      await storage.local.set({ ...settingsItem.entry(p.settings), ...enabledSitesItem.entry([...p.enabledSites]) });
    },
  };
}

/** The host-permission match patterns of enabled-site entries (origin, host or *.host), for permissions.request. */
export function sitePatterns(entries: readonly string[]): string[] {
  const out = new Set<string>();
  for (const e of entries) {
    // nb. An origin as site-toggle.ts asks for it.
    if (/^https?:\/\/[^/]+$/i.test(e)) out.add(`${e}/*`);
    else if (/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(e)) out.add(`*://${e}/*`);
  }
  return [...out];
}
