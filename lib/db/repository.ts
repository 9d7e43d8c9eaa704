/**
 * The checklist repository: every read and write of the 督办台账 as plain async functions, each in one
 * transaction, bound to one database and environment. Callers: the background's message handlers and extension
 * pages (never a content script; see database.ts).
 */
import { checkBackupFile, exportBackup, exportBackupJson, importBackup, importBackupFile, restoreBackup, wipe } from './backup-io';
import type { LuoshiDB } from './database';
import { makeEnv, type RepoEnv } from './env';
import { addNote, completePeriod, deleteItem, editItem, restoreItem, revertEdit, setStatus, setStatusMany } from './item-actions';
import { getDocument, getItem, getSettings, listDocuments, listItems, listNotes, listRevisions, loadLedger, quarantineCount, searchItems } from './queries';
import { saveAnalysis } from './save-analysis';
import { addItem } from './add-item';
import { listSkips, skipItem, unskipItem } from './skip-actions';

type Bound<F> = F extends (env: RepoEnv, ...args: infer A) => infer R ? (...args: A) => R : never;

const functions = {
  saveAnalysis,
  setStatus,
  setStatusMany,
  addNote,
  editItem,
  revertEdit,
  deleteItem,
  restoreItem,
  completePeriod,
  addItem,
  skipItem,
  unskipItem,
  listSkips,
  listDocuments,
  getDocument,
  getItem,
  listItems,
  searchItems,
  listNotes,
  listRevisions,
  loadLedger,
  getSettings,
  quarantineCount,
  exportBackup,
  exportBackupJson,
  importBackup,
  importBackupFile,
  checkBackupFile,
  restoreBackup,
  wipe,
};

export type ChecklistRepository = { [K in keyof typeof functions]: Bound<(typeof functions)[K]> } & { env: RepoEnv };

/** The repository on `db`; `overrides` fixes the clock or the id source (tests). */
export function checklistRepository(db: LuoshiDB, overrides: Partial<Omit<RepoEnv, 'db'>> = {}): ChecklistRepository {
  const env = makeEnv(db, overrides);
  const bound = Object.fromEntries(Object.entries(functions).map(([name, fn]) => [name, (...args: unknown[]) => (fn as (e: RepoEnv, ...a: unknown[]) => unknown)(env, ...args)]));
  return { ...(bound as Omit<ChecklistRepository, 'env'>), env };
}

export { ChecklistError, type RepoEnv } from './env';
export type { ItemFilter } from './queries';
export type { ItemEdit } from './item-actions';
export type { SaveAnalysisInput, SaveAnalysisResult } from './save-analysis';
export type { AddItemInput } from './add-item';
export type { BackupPreview, ImportSummary } from './backup-io';
