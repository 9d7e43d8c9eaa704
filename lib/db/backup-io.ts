/**
 * Export of everything as a json backup, wipe, and import: all-or-nothing in one transaction. A file that fails
 * any check (lib/checklist/backup.ts) writes nothing and throws a ChecklistError naming the first problems; a
 * valid one replaces the whole database, so export → wipe → import gives the same data back.
 */
import { backupToJson, describeIssues, parseBackup } from '../checklist/backup';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../schema/checklist';
import { writeTerms } from './database';
import { ChecklistError, type RepoEnv } from './env';
import { getSettings } from './queries';

const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Everything in the database, in one consistent read, rows sorted by id. */
export async function exportBackup(env: RepoEnv): Promise<Backup> {
  const { db } = env;
  return db.transaction('r', [db.documents, db.items, db.notes, db.revisions, db.settings], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(env.now()).toISOString(),
    settings: await getSettings(env),
    documents: byId(await db.documents.toArray()),
    items: byId(await db.items.toArray()),
    notes: byId(await db.notes.toArray()),
    revisions: byId(await db.revisions.toArray()),
  }));
}

/** The backup as the text of a .json file. */
export async function exportBackupJson(env: RepoEnv): Promise<string> {
  return backupToJson(await exportBackup(env));
}

/** Empties every table, in one transaction. */
export async function wipe(env: RepoEnv): Promise<void> {
  const { db } = env;
  await db.transaction('rw', [db.documents, db.items, db.terms, db.notes, db.revisions, db.settings], async () => {
    await Promise.all([db.documents.clear(), db.items.clear(), db.terms.clear(), db.notes.clear(), db.revisions.clear(), db.settings.clear()]);
  });
}

/** Replaces the database with a backup file's content, or throws and writes nothing. */
export async function importBackup(env: RepoEnv, text: string): Promise<{ documents: number; items: number; notes: number }> {
  const check = parseBackup(text);
  if (!check.ok) throw new ChecklistError('import', describeIssues(check.issues), check.issues);
  const b = check.backup;
  const { db } = env;
  await db.transaction('rw', [db.documents, db.items, db.terms, db.notes, db.revisions, db.settings], async () => {
    await Promise.all([db.documents.clear(), db.items.clear(), db.terms.clear(), db.notes.clear(), db.revisions.clear(), db.settings.clear()]);
    await db.documents.bulkAdd(b.documents);
    await db.items.bulkAdd(b.items);
    await writeTerms(db, b.items);
    await db.notes.bulkAdd(b.notes);
    await db.revisions.bulkAdd(b.revisions);
    await db.settings.put({ key: 'settings', value: b.settings });
  });
  return { documents: b.documents.length, items: b.items.length, notes: b.notes.length };
}

/** Reads a backup file chosen by a person, refusing an oversized one before reading it. */
export async function importBackupFile(env: RepoEnv, file: Blob): Promise<{ documents: number; items: number; notes: number }> {
  // nb. UTF-8 Chinese is ~3 bytes a character, so the byte limit is generous against the character limit.
  if (file.size > 4 * 32 * 1024 * 1024) throw new ChecklistError('import', describeIssues([{ path: '(文件)', message: `文件过大（${(file.size / 1048576).toFixed(1)} MB）` }]));
  return importBackup(env, await file.text());
}
