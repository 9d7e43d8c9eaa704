/**
 * Export of everything as a json backup, wipe, and import: all-or-nothing in one transaction. A file that fails
 * any check (lib/checklist/backup.ts) writes nothing and throws a ChecklistError naming the first problems; a
 * valid one replaces the whole database, so export → wipe → import gives the same data back. With a preferences
 * store (the dashboard's), the backup also carries the user's settings and enabled sites, and a restore puts them
 * back. The blue-light window (`warnDays`) has one home, the user's settings: a backup's top-level `settings` repeats
 * it (what version 1 files carried, and what older readers expect), and a version-1 file's value is restored into
 * the settings. The 督办编号 register rides in the preferences (lib/settings/preferences.ts), merged on restore so
 * that no number is given twice; a backup without it leaves the register as it is.
 */
import { backupToJson, describeIssues, parseBackup } from '../checklist/backup';
import { logEntries } from '../checklist/notes';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type Preferences } from '../schema/checklist';
import { WARN_DAYS_MAX } from '../schema/settings';
import { writeTerms } from './database';
import { ChecklistError, type RepoEnv } from './env';
import { getSettings } from './queries';

const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Everything in the database, in one consistent read, rows sorted by id; plus the preferences when reachable. */
export async function exportBackup(env: RepoEnv): Promise<Backup> {
  const { db } = env;
  // nb. Read before the transaction: awaiting browser storage inside it would let the transaction commit.
  const preferences = env.preferences ? await env.preferences.read() : undefined;
  const settings = preferences ? { warnDays: preferences.settings.reminders.warnDays } : await getSettings(env);
  return db.transaction('r', [db.documents, db.items, db.notes, db.revisions, db.quarantine, db.skips], async () => {
    const quarantine = byId(await db.quarantine.toArray());
    const skips = byId(await db.skips.toArray());
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(env.now()).toISOString(),
      settings,
      ...(preferences && { preferences }),
      documents: byId(await db.documents.toArray()),
      items: byId(await db.items.toArray()),
      notes: byId(await db.notes.toArray()),
      revisions: byId(await db.revisions.toArray()),
      ...(quarantine.length && { quarantine }),
      ...(skips.length && { skips }),
    };
  });
}

/** The backup as the text of a .json file. */
export async function exportBackupJson(env: RepoEnv): Promise<string> {
  try {
    return backupToJson(await exportBackup(env));
  } catch (error) {
    // JSON.stringify past the engine's longest string.
    if (error instanceof RangeError) throw new ChecklistError('invalid', `数据过大，无法写成一个备份文件：${error.message}`);
    throw error;
  }
}

/** Empties every table, in one transaction. */
export async function wipe(env: RepoEnv): Promise<void> {
  const { db } = env;
  await db.transaction('rw', [db.documents, db.items, db.terms, db.notes, db.revisions, db.quarantine, db.skips], async () => {
    await Promise.all([db.documents.clear(), db.items.clear(), db.terms.clear(), db.notes.clear(), db.revisions.clear(), db.quarantine.clear(), db.skips.clear()]);
  });
}

export interface ImportSummary {
  documents: number;
  items: number;
  /** Progress-log entries as the items' logs show them (a bulk status note once per item it lists). */
  notes: number;
  /** Enabled sites the backup restored (their host permission must be granted again on a new browser), or null when it carried none. */
  sites: string[] | null;
}

/**
 * The preferences to write after a restore: a version-2 file's own, or the stored ones with version 1's warnDays
 * (its settings table's value; at most WARN_DAYS_MAX, the settings' range).
 */
async function restoredPreferences(env: RepoEnv, b: Backup): Promise<Preferences | null> {
  if (!env.preferences) return null;
  if (b.preferences) return b.preferences;
  const current = await env.preferences.read();
  const warnDays = Math.min(WARN_DAYS_MAX, b.settings.warnDays);
  return { ...current, settings: { ...current.settings, reminders: { ...current.settings.reminders, warnDays } } };
}

/** A backup file checked whole and not yet restored: what it holds, for the person to confirm the restore. */
export interface BackupPreview {
  documents: number;
  items: number;
  /** Items in the backup's trash (counted in `items`). */
  deleted: number;
  /** Progress-log entries as the items' logs show them (a bulk status note once per item it lists). */
  notes: number;
  revisions: number;
  /** When the backup was made (ISO, as the file says). */
  exportedAt: string;
  /** Enabled sites the file carries, or null when it carries no preferences (version 1). */
  sites: string[] | null;
  /** 督办单 on the file's 督办编号 register (merged into this browser's on restore), or null when it carries none. */
  numbers: number | null;
  /** The checked content, which `restoreBackup` writes. */
  backup: Backup;
}

/** The checked backup of `text`, or throws (ChecklistError 'import', naming the first problems) and writes nothing. */
function checked(text: string): Backup {
  const check = parseBackup(text);
  if (!check.ok) throw new ChecklistError('import', describeIssues(check.issues), check.issues);
  return check.backup;
}

/** What a backup holds, once every check has passed; nothing is written. */
export function previewOf(backup: Backup): BackupPreview {
  return {
    documents: backup.documents.length,
    items: backup.items.length,
    deleted: backup.items.filter((i) => i.deletedAt !== null).length,
    notes: logEntries(backup.notes),
    revisions: backup.revisions.length,
    exportedAt: backup.exportedAt,
    sites: backup.preferences ? backup.preferences.enabledSites : null,
    numbers: backup.preferences?.supervisionRegister ? backup.preferences.supervisionRegister.issued.length : null,
    backup,
  };
}

/** Replaces the database (and, with a preferences store, the preferences) with a checked backup, in one transaction. */
export async function restoreBackup(env: RepoEnv, b: Backup): Promise<ImportSummary> {
  const preferences = await restoredPreferences(env, b);
  const { db } = env;
  await db.transaction('rw', [db.documents, db.items, db.terms, db.notes, db.revisions, db.quarantine, db.skips], async () => {
    await Promise.all([db.documents.clear(), db.items.clear(), db.terms.clear(), db.notes.clear(), db.revisions.clear(), db.quarantine.clear(), db.skips.clear()]);
    await db.documents.bulkAdd(b.documents);
    await db.items.bulkAdd(b.items);
    await writeTerms(db, b.items);
    await db.notes.bulkAdd(b.notes);
    await db.revisions.bulkAdd(b.revisions);
    if (b.quarantine?.length) await db.quarantine.bulkAdd(b.quarantine);
    if (b.skips?.length) await db.skips.bulkAdd(b.skips);
  });
  if (preferences) await env.preferences!.write(preferences);
  return { documents: b.documents.length, items: b.items.length, notes: logEntries(b.notes), sites: b.preferences ? b.preferences.enabledSites : null };
}

/** Replaces the database (and, with a preferences store, the preferences) with a backup file's content, or throws and writes nothing. */
export async function importBackup(env: RepoEnv, text: string): Promise<ImportSummary> {
  return restoreBackup(env, checked(text));
}

/** Reads and checks a backup file a person chose (an oversized one refused before it is read), writing nothing: the restore's first step. */
export async function checkBackupFile(_env: RepoEnv, file: Blob): Promise<BackupPreview> {
  return previewOf(checked(await readBackupText(file)));
}

/** The text of a chosen backup file, refusing an oversized one before reading it. */
async function readBackupText(file: Blob): Promise<string> {
  // nb. UTF-8 Chinese is ~3 bytes a character, so the byte limit is generous against the character limit.
  if (file.size > 3 * 256 * 1024 * 1024) throw new ChecklistError('import', describeIssues([{ path: '(文件)', message: `文件过大（${(file.size / 1048576).toFixed(1)} MB）` }]));
  return file.text();
}

/** Reads a backup file chosen by a person, refusing an oversized one before reading it. */
export async function importBackupFile(env: RepoEnv, file: Blob): Promise<ImportSummary> {
  return importBackup(env, await readBackupText(file));
}
