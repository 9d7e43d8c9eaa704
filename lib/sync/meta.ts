/**
 * The sync engine's local bookkeeping, kept in LuoshiDB beside the ledger (version 8): per CouchDB document the
 * `_rev` this client last had and the base copy a three-way merge starts from, and the engine's state — the pull
 * checkpoint (`since`, opaque: stored and sent back as CouchDB gave it) and the last sync's status.
 */
import type { DataOf, DocType } from './docs';

/** What this client knows of one server document: its revision, its body's data then (the base), who wrote it. */
export interface SyncMetaRow {
  doc: string;
  rev: string;
  base: DataOf[DocType];
  /** The user who wrote that revision (the body's `by`): the dashboard's 最后修改人. */
  by: string | null;
}

/** The kinds of failure a sync reports, for the status UI and the scheduler. */
export type SyncErrorKind = 'unauthorized' | 'forbidden' | 'offline' | 'not_found' | 'server' | 'invalid';

/**
 * Why this client only pulls and never pushes: the unit's policy (the managed read-only flag), or the user's roles on
 * the server (luoshi_reader without a writer role, read at each sync from `_session`); null when it pushes too.
 * Local edits are kept here and counted as pending — not sent while read-only, sent once it is lifted.
 */
export type ReadOnlyReason = 'policy' | 'role';

/** The outcome of the last sync, kept for the status UI. */
export interface SyncStatusValue {
  /** Whether the last sync was pull-only, and why. */
  readOnly: ReadOnlyReason | null;
  lastSync: number | null;
  lastAttempt: number | null;
  lastError: { kind: SyncErrorKind; message: string } | null;
  /** Conflicts merged in all syncs so far. */
  conflictsMerged: number;
  /** The user signed in at the last sync. */
  user: string | null;
}

/** A row of `syncState`: the checkpoint (key 'checkpoint', `since`) or the status (key 'status', `value`). */
export interface SyncStateRow {
  key: string;
  since?: string | number;
  value?: SyncStatusValue;
}

/** The status before any sync. */
export const EMPTY_STATUS: SyncStatusValue = { readOnly: null, lastSync: null, lastAttempt: null, lastError: null, conflictsMerged: 0, user: null };
