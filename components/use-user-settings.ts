/**
 * The user's settings for an extension page (side panel, dashboard, options): loaded from storage.local (validated,
 * see lib/settings/storage-items.ts), followed as they change elsewhere, written back field by field
 * (read-modify-write, so another page's changes are not lost), and the theme applied to the page (`data-theme` on
 * <html>). The page's entrypoint gives the storage (`browser.storage`).
 */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_USER_SETTINGS, type Theme, type UserSettings } from '@/lib/schema/settings';
import { settingsItem, type ExtensionStorage } from '@/lib/settings/storage-items';

/** Sets the page's colour theme: 'system' follows the browser. */
export function applyTheme(theme: Theme): void {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export interface UserSettingsState {
  settings: UserSettings;
  loaded: boolean;
  /** Stores a change made from this page; resolves with the stored settings. */
  update(change: (latest: UserSettings) => UserSettings): Promise<UserSettings>;
}

export function useUserSettings(settingsStorage: ExtensionStorage): UserSettingsState {
  const [settings, setSettings] = useState<UserSettings>(DEFAULT_USER_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    void settingsItem.get(settingsStorage).then((s) => {
      if (!alive) return;
      setSettings(s);
      setLoaded(true);
    });
    const stop = settingsItem.watch(settingsStorage, setSettings);
    return () => {
      alive = false;
      stop();
    };
  }, [settingsStorage]);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  const update = useCallback(async (change: (latest: UserSettings) => UserSettings) => {
    const stored = await settingsItem.set(settingsStorage, change(await settingsItem.get(settingsStorage)));
    setSettings(stored);
    return stored;
  }, [settingsStorage]);
  return { settings, loaded, update };
}
