/**
 * The team database's roles (CouchDB users carry them in `_users`; server/provision.ts puts them in `_security`,
 * server/validate_doc_update.js checks them on every write) and what they mean for this client: a user whose only
 * Luoshi role is luoshi_reader is read-only — the engine pulls and never pushes (the server would refuse the write
 * as `read_only` anyway). A user with a writer role, or none of ours (a database admin by name, say), pushes.
 */
export const SYNC_ROLES = {
  /** May read and write the team ledger. */
  editor: 'luoshi_editor',
  /** May read it; every write is refused (validate_doc_update: read_only). */
  reader: 'luoshi_reader',
  /** Administers the database (its design document, _security) and may write. */
  admin: 'luoshi_admin',
} as const;

/** Roles that may write: ours, and CouchDB's server admin. */
const WRITERS: readonly string[] = [SYNC_ROLES.editor, SYNC_ROLES.admin, '_admin'];

/** Whether the server's roles for a user make it read-only (luoshi_reader and no writer role). */
export function readOnlyByRoles(roles: readonly string[]): boolean {
  return roles.includes(SYNC_ROLES.reader) && !roles.some((r) => WRITERS.includes(r));
}
