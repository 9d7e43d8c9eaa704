/**
 * Reading and writing the user's settings in `browser.storage.local` (validated on every read, see
 * lib/schema/settings.ts), and what follows from them for the analysis: `analyzeOptionsFor` gives the
 * `referenceDate` and `lexicon` that every caller of `analyze` passes (the background's editor handler, the side
 * panel, the dashboard's import). Storage is injected (a fake in tests).
 */
import type { AnalyzeOptions } from '../schema/analysis';
import { parseSettings, SETTINGS_KEY, type UserSettings } from '../schema/settings';

/** The part of `browser.storage` used here. */
export interface SettingsStorage {
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged?: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/** The stored settings, each invalid or missing field at its default. */
export async function loadSettings(storage: SettingsStorage): Promise<UserSettings> {
  try {
    return parseSettings((await storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** Stores `settings` (checked first: what is stored always parses back to itself). */
export async function saveSettings(storage: SettingsStorage, settings: UserSettings): Promise<UserSettings> {
  const checked = parseSettings(settings);
  await storage.local.set({ [SETTINGS_KEY]: checked });
  return checked;
}

/** Calls `listener` with the new settings whenever they change in storage; returns the unsubscribe. */
export function watchSettings(storage: SettingsStorage, listener: (settings: UserSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, SETTINGS_KEY)) listener(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  storage.onChanged?.addListener(onChanged);
  return () => storage.onChanged?.removeListener(onChanged);
}

/** The local calendar day of `at`, ISO. */
function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The options of `analyze` under `settings` at time `now`: the reference date by the policy 「文稿日期 → 设置的日期 →
 * 今天」 (the analysis itself prefers the draft's own date; this supplies the fallback), and the office's lexicon
 * (left out when empty, so the analysis of an untouched install is the plain one).
 */
export function analyzeOptionsFor(settings: Pick<UserSettings, 'referenceDate' | 'lexicon'>, now: number = Date.now()): AnalyzeOptions {
  const { mode, date } = settings.referenceDate;
  const referenceDate = mode === 'fixed' && date ? date : localDay(now);
  const { owners, directives, boilerplate } = settings.lexicon;
  const lexicon = owners.length || directives.length || boilerplate.length ? { owners: [...owners], directives: [...directives], boilerplate: [...boilerplate] } : undefined;
  return lexicon ? { referenceDate, lexicon } : { referenceDate };
}
