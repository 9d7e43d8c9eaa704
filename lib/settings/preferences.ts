/**
 * The user's preferences a backup carries (lib/schema/checklist.ts `preferencesSchema`): the settings object and
 * the enabled sites, both in `browser.storage.local`. Read validated (each bad field at its default, unknown site
 * entries dropped); written whole, settings checked first, so what a restore writes always reads back the same.
 */
import { ENABLED_SITES_KEY } from '../editors/contract';
import type { Preferences } from '../schema/checklist';
import { parseSettings, SETTINGS_KEY } from '../schema/settings';
import type { SettingsStorage } from './store';

/** The preferences store over `storage` (the extension's, or a fake in tests). */
export function preferencesStore(storage: SettingsStorage): { read(): Promise<Preferences>; write(p: Preferences): Promise<void> } {
  return {
    async read() {
      const got = await storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
      const sites = (await storage.local.get(ENABLED_SITES_KEY).catch(() => ({}) as Record<string, unknown>))[ENABLED_SITES_KEY];
      return {
        settings: parseSettings(got[SETTINGS_KEY]),
        enabledSites: Array.isArray(sites) ? [...new Set(sites.filter((s): s is string => typeof s === 'string' && s.length <= 300))].slice(0, 1000) : [],
      };
    },
    async write(p) {
      await storage.local.set({ [SETTINGS_KEY]: parseSettings(p.settings), [ENABLED_SITES_KEY]: [...p.enabledSites] });
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
