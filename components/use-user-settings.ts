/**
 * The user's settings for an extension page (dashboard, options): loaded from storage.local (validated, see
 * lib/settings/storage-items.ts), followed as they change elsewhere, written back field by field (read-modify-write, so
 * another page's changes are not lost), and the theme applied to the page (`data-theme` on <html>).
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from '#imports';
import { DEFAULT_USER_SETTINGS, type Theme, type UserSettings } from '@/lib/schema/settings';
import { settingsItem, type ExtensionStorage } from '@/lib/settings/storage-items';

/** The extension's storage, as the storage items see it. */
export const settingsStorage = browser.storage as unknown as ExtensionStorage;

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

export function useUserSettings(): UserSettingsState {
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
  }, []);
  useEffect(() => applyTheme(settings.theme), [settings.theme]);
  const update = useCallback(async (change: (latest: UserSettings) => UserSettings) => {
    const stored = await settingsItem.set(settingsStorage, change(await settingsItem.get(settingsStorage)));
    setSettings(stored);
    return stored;
  }, []);
  return { settings, loaded, update };
}
