/**
 * The user's preferences a backup carries (lib/schema/checklist.ts `preferencesSchema`): the settings object, the
 * enabled sites and the 督办编号 register, all storage items (storage-items.ts). Read validated (each bad field at its
 * default, bad site entries and register entries dropped; the register only when it holds a number); the settings
 * and sites written whole in one `set`, each parsed first, so what a restore writes always reads back the same. A
 * restored register is merged into the stored one under the numbering lock (supervision-numbers.ts `mergeRegisters`:
 * a number issued here since the backup stays issued); a backup without one leaves the stored register as it is.
 */
import type { Preferences } from '../schema/checklist';
import { exclusive, hasNumbers, supervisionNumbers, type Exclusive } from './supervision-numbers';
import { enabledSitesItem, settingsItem, supervisionRegisterItem, type ExtensionStorage } from './storage-items';

/** The preferences store over `storage` (the extension's, or a fake in tests). */
export function preferencesStore(storage: Pick<ExtensionStorage, 'local'>, lock: Exclusive = exclusive): { read(): Promise<Preferences>; write(p: Preferences): Promise<void> } {
  return {
    async read() {
      const register = await supervisionRegisterItem.get(storage);
      return { settings: await settingsItem.get(storage), enabledSites: await enabledSitesItem.get(storage), ...(hasNumbers(register) && { supervisionRegister: register }) };
    },
    async write(p) {
      await storage.local.set({ ...settingsItem.entry(p.settings), ...enabledSitesItem.entry([...p.enabledSites]) });
      if (p.supervisionRegister) await supervisionNumbers(storage, lock).restore(p.supervisionRegister);
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
