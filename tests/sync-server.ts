/**
 * The sync server a vitest file talks to (issue 15): the one .ci/run started (LUOSHI_SYNC_URL, with its admin in
 * LUOSHI_SYNC_ADMIN as `name:password`), else a pouchdb-server of the file's own, started before its tests and
 * stopped after them (scripts/sync-server.ts). Call `useSyncServer()` at the top of a test file; the getter it
 * returns is valid inside tests and hooks. Each test names its own database (`database()`), so files sharing the CI
 * server never meet.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { basicAuth, startSyncServer, type Credentials, type SyncServer } from '../scripts/sync-server';

export interface TestSyncServer {
  /** `http://127.0.0.1:PORT` (no credentials, no trailing slash). */
  url: string;
  /** A server admin. */
  admin: Credentials;
  /** Headers of a JSON request as the server admin. */
  adminHeaders: Record<string, string>;
  /** A database name no other test uses (lower case, as CouchDB requires): `prefix` + random. */
  database(prefix?: string): string;
  /** Whether this file started the server itself (false when .ci/run's is used). */
  own: boolean;
  /** Creates (or replaces) a CouchDB user in `_users` with these roles; resolves with its credentials. */
  user(name: string, roles: readonly string[], password?: string): Promise<Credentials>;
}

/** The server of the environment (`.ci/run`), or null when LUOSHI_SYNC_URL is unset. */
export function serverFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<TestSyncServer, 'url' | 'admin'> | null {
  const url = env.LUOSHI_SYNC_URL?.replace(/\/+$/, '');
  if (!url) return null;
  const admin = env.LUOSHI_SYNC_ADMIN ?? '';
  const colon = admin.indexOf(':');
  if (colon <= 0) throw new Error('LUOSHI_SYNC_URL is set but LUOSHI_SYNC_ADMIN (name:password of a server admin) is not');
  return { url, admin: { name: admin.slice(0, colon), password: admin.slice(colon + 1) } };
}

function testServer(url: string, admin: Credentials, own: boolean): TestSyncServer {
  return {
    url,
    admin,
    adminHeaders: { authorization: basicAuth(admin), 'content-type': 'application/json', accept: 'application/json' },
    database: (prefix = 'luoshi_test_') => `${prefix}${randomBytes(6).toString('hex')}`,
    own,
    async user(name, roles, password = randomBytes(9).toString('hex')) {
      const headers = { authorization: basicAuth(admin), 'content-type': 'application/json' };
      const path = `${url}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
      const old = await fetch(path, { headers });
      const rev = old.ok ? ((await old.json()) as { _rev: string })._rev : undefined;
      const response = await fetch(path, { method: 'PUT', headers, body: JSON.stringify({ _id: `org.couchdb.user:${name}`, ...(rev ? { _rev: rev } : {}), name, password, roles, type: 'user' }) });
      if (!response.ok) throw new Error(`creating the user ${name} failed: ${response.status} ${await response.text()}`);
      return { name, password };
    },
  };
}

/** Registers the file's hooks; returns the server's getter. */
export function useSyncServer(): () => TestSyncServer {
  let current: TestSyncServer | null = null;
  let started: SyncServer | null = null;
  beforeAll(async () => {
    const fromEnv = serverFromEnv();
    if (fromEnv) {
      current = testServer(fromEnv.url, fromEnv.admin, false);
      return;
    }
    started = await startSyncServer();
    current = testServer(started.url, started.admin, true);
  }, 60_000);
  afterAll(async () => {
    await started?.stop();
  }, 30_000);
  return () => {
    if (!current) throw new Error('the sync server is not started yet: use it inside tests or hooks');
    return current;
  };
}

/** A fetch with a cookie jar for one server, as the browser keeps CouchDB's AuthSession (node's fetch keeps none). */
export function cookieFetch(): typeof fetch {
  let cookie = '';
  return (async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
    // The last Set-Cookie wins (a sign-out answer refreshes the cookie, then expires it).
    for (const set of response.headers.getSetCookie()) cookie = /^AuthSession=;|Expires=Thu, 01 Jan 1970/.test(set) ? '' : set.split(';')[0]!;
    return response;
  }) as typeof fetch;
}
