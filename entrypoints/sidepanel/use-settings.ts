/**
 * The user's settings in the side panel (lib/settings/store.ts): loaded once, followed as they change (the options
 * page, another panel), and the language switch written back. Until they load, the defaults apply.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from '#imports';
import type { Locale } from '@/lib/i18n/index';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '@/lib/schema/settings';
import { loadSettings, saveSettings, watchSettings, type SettingsStorage } from '@/lib/settings/store';

const storage = browser.storage as unknown as SettingsStorage;

export function useSettings(): { settings: UserSettings; setLocale(locale: Locale): void } {
  const [settings, setSettings] = useState<UserSettings>(DEFAULT_USER_SETTINGS);
  useEffect(() => {
    let alive = true;
    void loadSettings(storage).then((loaded) => alive && setSettings(loaded));
    const stop = watchSettings(storage, setSettings);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  const setLocale = useCallback((locale: Locale) => {
    setSettings((s) => ({ ...s, locale }));
    // nb. Read before writing: the options page may have changed other fields since this panel loaded them.
    void loadSettings(storage).then((latest) => saveSettings(storage, { ...latest, locale }));
  }, []);
  return { settings, setLocale };
}
