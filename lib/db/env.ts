/**
 * What every repository function needs: the database, a clock and an id source. Injected (as better-line-counts
 * injects `window`) so tests can fix time and ids; `defaultEnv` uses the real ones. `preferences` reaches the
 * user's settings and enabled sites (browser.storage.local) for the backup; absent in the background and tests
 * that do not need it, where a backup carries the checklist only.
 */
import type { Preferences } from '../schema/checklist';
import type { LuoshiDB } from './database';

/** The user's preferences outside the database, read and replaced whole (lib/settings/preferences.ts). */
export interface PreferencesStore {
  read(): Promise<Preferences>;
  write(preferences: Preferences): Promise<void>;
}

export interface RepoEnv {
  db: LuoshiDB;
  now: () => number;
  newId: () => string;
  preferences?: PreferencesStore;
}

/** An environment on `db` with the real clock and random UUIDs, unless overridden. */
export function makeEnv(db: LuoshiDB, overrides: Partial<Omit<RepoEnv, 'db'>> = {}): RepoEnv {
  return { db, now: overrides.now ?? (() => Date.now()), newId: overrides.newId ?? (() => crypto.randomUUID()), preferences: overrides.preferences };
}

/** A failure the caller can show: `code` for programs, `message` (Chinese) for people. */
export class ChecklistError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid' | 'import',
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ChecklistError';
  }
}
