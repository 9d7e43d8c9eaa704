/**
 * Version 5 retires the `settings` table: the blue-light window (`warnDays`) has one home, the user's settings in
 * `browser.storage.local` (`settingsItem`, lib/settings/storage-items.ts), which the options page sets, the lights,
 * reminders and exports read, and backups carry. The table held a mirror of it, or — in a database from before the
 * options page wrote it — the only copy.
 *
 * Nothing is lost, in two steps, because an IndexedDB upgrade cannot wait on browser storage:
 * 1. the upgrade (`upgradeV4toV5`, inside the versionchange transaction) keeps a settings row whose value is not the
 *    default as a quarantine row `settings/settings` with nothing cut, before Dexie drops the table;
 * 2. `adoptRetiredSettings`, run by the background at start (the first run of the new version), moves that value into
 *    the stored settings when they hold no blue-light window of their own, then deletes the row. A value over the
 *    settings' range (the table allowed 365 days, the settings 60) is stored at 60 and its row stays, as a kept
 *    original with `warnDays` cut. If the browser stops in between, the row is still there at the next start.
 */
import type { Transaction } from 'dexie';
import { WARN_DAYS_MAX } from '../../schema/settings';
import { DEFAULT_SETTINGS, settingRecordSchema, type QuarantineRecord } from '../../schema/checklist';
import { settingsItem, type ExtensionStorage } from '../../settings/storage-items';
import type { LuoshiDB } from '../database';
import { quarantined } from './fit';

/** The quarantine row a retired settings value waits in. */
export const RETIRED_SETTINGS_ID = 'settings/settings';

/** The quarantine row keeping a v4 settings row, or null when it holds nothing but the default. */
export function retiredSettingsRow(row: unknown, at: number): QuarantineRecord | null {
  if (row === undefined || row === null) return null;
  const parsed = settingRecordSchema.safeParse(row);
  if (parsed.success && parsed.data.value.warnDays === DEFAULT_SETTINGS.warnDays) return null;
  return quarantined('settings', 'settings', row, [], at);
}

/** The Dexie upgrade callback for version 5 (the table is still readable here; Dexie drops it after the step). */
export async function upgradeV4toV5(tx: Transaction): Promise<void> {
  const kept = retiredSettingsRow(await tx.table('settings').get('settings'), Date.now());
  if (kept) await tx.table('quarantine').put(kept);
}

/** Whether stored settings name a valid blue-light window themselves (not just the default filled in on read). */
function ownsWarnDays(raw: unknown): boolean {
  const reminders = typeof raw === 'object' && raw !== null ? (raw as { reminders?: unknown }).reminders : undefined;
  const value = typeof reminders === 'object' && reminders !== null ? (reminders as { warnDays?: unknown }).warnDays : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= WARN_DAYS_MAX;
}

export type Adoption = 'none' | 'adopted' | 'kept-settings' | 'adopted-cut' | 'unreadable';

/**
 * Moves a retired settings value (step 2 above) into `storage`'s settings. Returns what happened: `none` (nothing
 * waiting), `adopted`, `kept-settings` (the settings had their own value, which stays; the mirror is dropped),
 * `adopted-cut` (stored at the settings' maximum, original kept), `unreadable` (the row is kept as it is).
 */
export async function adoptRetiredSettings(db: LuoshiDB, storage: Pick<ExtensionStorage, 'local'>): Promise<Adoption> {
  const row = await db.quarantine.get(RETIRED_SETTINGS_ID);
  if (!row || row.cut.length) return 'none';
  const parsed = settingRecordSchema.safeParse(row.original);
  if (!parsed.success) {
    await db.quarantine.put({ ...row, cut: ['value'] });
    return 'unreadable';
  }
  if (ownsWarnDays(await settingsItem.raw(storage))) {
    await db.quarantine.delete(RETIRED_SETTINGS_ID);
    return 'kept-settings';
  }
  const max = WARN_DAYS_MAX;
  const { warnDays } = parsed.data.value;
  const settings = await settingsItem.get(storage);
  await settingsItem.set(storage, { ...settings, reminders: { ...settings.reminders, warnDays: Math.min(max, warnDays) } });
  if (warnDays > max) {
    await db.quarantine.put({ ...row, cut: ['value.warnDays'] });
    return 'adopted-cut';
  }
  await db.quarantine.delete(RETIRED_SETTINGS_ID);
  return 'adopted';
}
