/**
 * The sync channel (issue 15): the extension's own pages ask the background — which alone talks to the team
 * ledger's server (entrypoints/background/sync*.ts) — for the sync status, to sync now (立即同步), and to sign in or
 * out with CouchDB's `_session` (the password travels in this one message and is kept nowhere; the session is the
 * browser's cookie). The background tells open pages `changed` after each run, so the status they show follows.
 */
import { z } from 'zod';
import { defineChannel } from './channel';

export const SYNC_CHANNEL = 'luoshi.sync';

/** Why the last sync failed: no access (unauthorized: sign in again; forbidden: a read-only user or a refused
 * document), no such database on the server (not_found: a wrong name, or not provisioned yet), the server
 * unreachable, the server's error, a bad answer, or no host permission for its origin. */
export const syncErrorKindSchema = z.enum(['unauthorized', 'forbidden', 'not_found', 'offline', 'server', 'invalid', 'permission']);
export type SyncErrorKindValue = z.infer<typeof syncErrorKindSchema>;

/** What the pages show of the sync. */
export const syncStatusSchema = z.object({
  /** A server is set (by the user or the unit's policy). */
  configured: z.boolean(),
  server: z.string().nullable(),
  database: z.string(),
  /** The CouchDB user signed in, or null. */
  user: z.string().nullable(),
  /** This browser pulls only and sends nothing (local edits stay here, pending). */
  readOnly: z.boolean(),
  /** Why: the unit's policy (managed syncReadOnly), or the user's role on the server (luoshi_reader, found at sign-in
   * and at each sync); null when not read-only. */
  readOnlyBy: z.enum(['policy', 'role']).nullable(),
  running: z.boolean(),
  lastSync: z.number().nullable(),
  lastAttempt: z.number().nullable(),
  lastError: z.object({ kind: syncErrorKindSchema, message: z.string() }).nullable(),
  /** Local changes not pushed yet. */
  pending: z.number().int().nonnegative(),
  /** Conflicts merged so far (each left a 并发修改 progress note). */
  conflictsMerged: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const signInSchema = z.object({ name: z.string().min(1).max(200), password: z.string().min(1).max(1000) }).strict();

export interface SyncProtocol {
  status: { request: Record<string, never>; response: SyncStatus };
  syncNow: { request: Record<string, never>; response: SyncStatus };
  signIn: { request: z.infer<typeof signInSchema>; response: { user: string; roles: string[] } };
  signOut: { request: Record<string, never>; response: SyncStatus };
  /** Sent by the background to the pages after each run (answered by nobody). */
  changed: { request: SyncStatus; response: null };
}

const empty = z.object({}).strict();
const schemas = {
  status: { request: empty, response: syncStatusSchema },
  syncNow: { request: empty, response: syncStatusSchema },
  signIn: { request: signInSchema, response: z.object({ user: z.string(), roles: z.array(z.string()) }) },
  signOut: { request: empty, response: syncStatusSchema },
  changed: { request: syncStatusSchema, response: null },
};

export const syncChannel = defineChannel<SyncProtocol, typeof schemas>(SYNC_CHANNEL, schemas);
