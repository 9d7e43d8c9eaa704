/**
 * What every repository function needs: the database, a clock and an id source. Injected (as better-line-counts
 * injects `window`) so tests can fix time and ids; `defaultEnv` uses the real ones.
 */
import type { LuoshiDB } from './database';

export interface RepoEnv {
  db: LuoshiDB;
  now: () => number;
  newId: () => string;
}

/** An environment on `db` with the real clock and random UUIDs, unless overridden. */
export function makeEnv(db: LuoshiDB, overrides: Partial<Omit<RepoEnv, 'db'>> = {}): RepoEnv {
  return { db, now: overrides.now ?? (() => Date.now()), newId: overrides.newId ?? (() => crypto.randomUUID()) };
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
