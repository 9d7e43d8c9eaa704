/**
 * Where the team ledger syncs (issue 15), decided from two sources: the user's own choice in the options page
 * (`syncConfigItem` in storage.local: server URL, database, interval, and the name signed in — never a password)
 * and the unit's policy in managed storage (public/managed_schema.json: the server URL, database, interval and a
 * read-only flag; MANAGED_KEYS names them). A field the policy sets wins over the user's and is locked in the page.
 * Pure: parsing never throws (storage is outside input); the extension asks a host permission for the server's
 * origin only (`originPattern`), and sends nothing anywhere else.
 */

/** The user's sync settings as stored. */
export interface SyncUserConfig {
  /** The server's base URL (http or https, may have a path for a reverse proxy), or null: sync off. */
  url: string | null;
  database: string;
  intervalMinutes: number;
  /** The CouchDB user name signed in with `_session`, shown and written as 最后修改人; null when signed out. */
  user: string | null;
}

/** What the unit's policy sets (each field optional). */
export interface SyncPolicy {
  url?: string;
  database?: string;
  intervalMinutes?: number;
  readOnly?: boolean;
}

/** The configuration in force. */
export interface SyncConfig {
  url: string | null;
  /** The server's origin (`https://couch.intranet:6984`), or null when no valid URL is set. */
  origin: string | null;
  database: string;
  intervalMinutes: number;
  /** The policy makes this browser read-only: it pulls and never pushes. */
  readOnly: boolean;
  user: string | null;
  /** Fields the policy sets (shown, not editable). */
  locked: { url: boolean; database: boolean; intervalMinutes: boolean; readOnly: boolean };
}

export const DEFAULT_SYNC_DATABASE = 'luoshi';
/** The alarm's period in minutes: default, and the bounds a user or policy value is clamped to. */
export const SYNC_INTERVAL = { default: 5, min: 1, max: 240 } as const;

/** CouchDB's rule for a database name. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/** Whether `name` is a valid CouchDB database name. */
export function isDatabaseName(name: string): boolean {
  return DATABASE_NAME.test(name);
}

/** A server URL as kept: http(s), no credentials, query or hash, no trailing slash; null when it is none. */
export function normalizeServerUrl(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > 500) return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !url.hostname) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The origin of a kept server URL (null for none). */
export function serverOrigin(url: string | null): string | null {
  const normal = normalizeServerUrl(url);
  return normal ? new URL(normal).origin : null;
}

/** The host permission pattern of an origin: `https://host:port/*`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

function interval(raw: unknown): number | null {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return null;
  return Math.min(SYNC_INTERVAL.max, Math.max(SYNC_INTERVAL.min, Math.round(raw)));
}

const userName = (raw: unknown) => (typeof raw === 'string' && raw.length > 0 && raw.length <= 200 ? raw : null);

/** The user's stored sync settings, each bad field at its default. */
export function parseSyncUserConfig(raw: unknown): SyncUserConfig {
  const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const database = typeof o.database === 'string' && isDatabaseName(o.database) ? o.database : DEFAULT_SYNC_DATABASE;
  return { url: normalizeServerUrl(o.url), database, intervalMinutes: interval(o.intervalMinutes) ?? SYNC_INTERVAL.default, user: userName(o.user) };
}

/** The policy's sync fields from managed storage (by their managed keys), each bad one left out. */
export function parseSyncPolicy(managed: { url?: unknown; database?: unknown; intervalMinutes?: unknown; readOnly?: unknown }): SyncPolicy {
  const policy: SyncPolicy = {};
  const url = normalizeServerUrl(managed.url);
  if (url) policy.url = url;
  if (typeof managed.database === 'string' && isDatabaseName(managed.database)) policy.database = managed.database;
  const minutes = interval(managed.intervalMinutes);
  if (minutes !== null) policy.intervalMinutes = minutes;
  if (typeof managed.readOnly === 'boolean') policy.readOnly = managed.readOnly;
  return policy;
}

/** The configuration in force: the policy's fields over the user's. */
export function effectiveSyncConfig(user: SyncUserConfig, policy: SyncPolicy): SyncConfig {
  const url = policy.url ?? user.url;
  return {
    url,
    origin: serverOrigin(url),
    database: policy.database ?? user.database,
    intervalMinutes: policy.intervalMinutes ?? user.intervalMinutes,
    readOnly: policy.readOnly ?? false,
    // The name goes with the URL it signed in to (sign-in stores both): a policy that moves the server signs it out.
    user: url !== null && url === user.url ? user.user : null,
    locked: { url: policy.url !== undefined, database: policy.database !== undefined, intervalMinutes: policy.intervalMinutes !== undefined, readOnly: policy.readOnly !== undefined },
  };
}
