/**
 * The user's settings as the background holds them: loaded at start and followed as they change, so that the
 * synchronous `analyze` of the editor handler gets the reference date and lexicon of the settings
 * (`analyzeOptionsFor`) without waiting on storage for each keystroke.
 */
import type { AnalyzeOptions } from '@/lib/schema/analysis';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '@/lib/schema/settings';
import { analyzeOptionsFor } from '@/lib/settings/store';
import { settingsItem, type ExtensionStorage } from '@/lib/settings/storage-items';

let current: UserSettings = DEFAULT_USER_SETTINGS;

/** Starts following the settings in `storage`. */
export function startSettingsCache(storage: Pick<ExtensionStorage, 'local' | 'onChanged'>): Promise<UserSettings> {
  settingsItem.watch(storage, (s) => (current = s));
  return settingsItem.get(storage).then((s) => (current = s));
}

/** The language of the settings (for the editor content script's highlight card, editor.locale). */
export function currentLocale(): UserSettings['locale'] {
  return current.locale;
}

/** The settings' analyze options at `now`, with the caller's `options` on top. */
export function withSettings(options: AnalyzeOptions | undefined, now: number = Date.now()): AnalyzeOptions {
  return { ...analyzeOptionsFor(current, now), ...options };
}
