/**
 * A CouchDB-compatible test server for the team ledger's sync (issue 15): `pouchdb-server` (pinned devDependency,
 * Apache-2.0, the CouchDB HTTP API in node) started on 127.0.0.1 on a free port with a temporary data folder, waited
 * for until it answers, given a server admin, and stopped by its PID (the folder removed). Used by the vitest helper
 * (tests/sync-server.ts) when LUOSHI_SYNC_URL is unset, and by .ci/run:
 *
 *   tsx scripts/sync-server.ts start    starts one detached, prints LUOSHI_SYNC_URL=…, LUOSHI_SYNC_ADMIN=name:password,
 *                                       LUOSHI_SYNC_PID=…, LUOSHI_SYNC_DIR=… (shell assignments) and exits;
 *                                       the caller kills the PID and removes the folder.
 *
 * Storage is LevelDB through leveldown's prebuilt linux binary (shipped in the npm package; nothing is built or
 * downloaded). nb. pouchdb-server 4.2.0 dies on `PUT /db` from a user who is not a server admin (express-pouchdb
 * issue: PouchDB.new returns a promise there): databases are created with the admin's credentials only, as
 * `npm run sync:provision` does; CouchDB itself answers such a request with 401.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';

/** A server admin's name and password (CouchDB's `[admins]`). */
export interface Credentials {
  name: string;
  password: string;
}

export interface SyncServer {
  /** `http://127.0.0.1:PORT`, no trailing slash, no credentials. */
  url: string;
  admin: Credentials;
  pid: number;
  /** The temporary data folder (removed by stop). */
  dir: string;
  /** Kills the server by its PID and removes its folder; resolves once it exited. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The admin to create; a random password when omitted. */
  admin?: Partial<Credentials>;
  /** Leave the process running after this one exits (`start` on the command line). */
  detached?: boolean;
  /** How long to wait for the server to answer, ms. */
  timeoutMs?: number;
}

const require = createRequire(import.meta.url);

/** The `Authorization` header of Basic credentials. */
export function basicAuth({ name, password }: Credentials): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

/** A TCP port free on 127.0.0.1 at the time of asking. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves when `url` answers CouchDB's welcome; rejects when the child exits first or the time is up. */
async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (exited !== null) throw new Error(`pouchdb-server exited with ${exited} before answering`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) });
      const body = (await response.json()) as Record<string, unknown>;
      if (response.ok && ('couchdb' in body || 'express-pouchdb' in body)) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`pouchdb-server did not answer at ${url} within ${timeoutMs} ms`);
}

function exitOf(child: ChildProcess | number): Promise<void> {
  if (typeof child !== 'number') {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => child.once('exit', () => resolve()));
  }
  return (async () => {
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(child, 0);
      } catch {
        return;
      }
      await sleep(50);
    }
  })();
}

/** Kills `pid` (SIGTERM, then SIGKILL after 5 s) and waits for it to be gone. */
export async function stopByPid(pid: number, child?: ChildProcess): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const gone = exitOf(child ?? pid);
  const late = await Promise.race([gone.then(() => false), sleep(5000).then(() => true)]);
  if (late) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await gone;
  }
}

/** Makes `admin` a server admin (`PUT /_config/admins/NAME`) while the server is still an admin party. */
async function createAdmin(url: string, admin: Credentials): Promise<void> {
  const response = await fetch(`${url}/_config/admins/${encodeURIComponent(admin.name)}`, { method: 'PUT', body: JSON.stringify(admin.password) });
  if (!response.ok) throw new Error(`creating the server admin failed: ${response.status} ${await response.text()}`);
  const session = await fetch(`${url}/_session`, { headers: { authorization: basicAuth(admin) } });
  const roles = ((await session.json()) as { userCtx?: { roles?: string[] } }).userCtx?.roles ?? [];
  if (!roles.includes('_admin')) throw new Error('the server admin was not accepted');
}

/** Starts pouchdb-server on 127.0.0.1 (a free port, a new temporary folder) with a server admin. */
export async function startSyncServer(options: StartOptions = {}): Promise<SyncServer> {
  const admin: Credentials = { name: options.admin?.name ?? 'admin', password: options.admin?.password ?? randomBytes(12).toString('hex') };
  const bin = require.resolve('pouchdb-server/bin/pouchdb-server');
  let lastError: unknown;
  // A port found free can be taken before the server binds it: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-sync-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const log = openSync(join(dir, 'server.log'), 'a');
    // cwd is the folder: pouchdb-server writes its log.txt there; config.json and the databases go in it too.
    const child = spawn(process.execPath, [bin, '--host', '127.0.0.1', '--port', String(port), '--dir', join(dir, 'data'), '--config', join(dir, 'config.json'), '--no-stdout-logs', '--no-color'], {
      cwd: dir,
      stdio: ['ignore', log, log],
      detached: options.detached ?? false,
    });
    const pid = child.pid;
    try {
      if (pid === undefined) throw new Error('pouchdb-server did not start');
      await waitUntilReady(url, child, options.timeoutMs ?? 30_000);
      await createAdmin(url, admin);
      if (options.detached) child.unref();
      return {
        url,
        admin,
        pid,
        dir,
        async stop() {
          await stopByPid(pid, options.detached ? undefined : child);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      lastError = error;
      if (pid !== undefined) await stopByPid(pid, child);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/** The shell assignments .ci/run reads (values quoted for `eval`). */
export function shellAssignments(server: Pick<SyncServer, 'url' | 'admin' | 'pid' | 'dir'>): string {
  const q = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  return [
    `LUOSHI_SYNC_URL=${q(server.url)}`,
    `LUOSHI_SYNC_ADMIN=${q(`${server.admin.name}:${server.admin.password}`)}`,
    `LUOSHI_SYNC_PID=${server.pid}`,
    `LUOSHI_SYNC_DIR=${q(server.dir)}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolvePath(process.argv[1])).href) {
  const command = process.argv[2];
  if (command !== 'start') {
    console.error('usage: tsx scripts/sync-server.ts start   (prints LUOSHI_SYNC_URL, LUOSHI_SYNC_ADMIN, LUOSHI_SYNC_PID, LUOSHI_SYNC_DIR)');
    process.exit(2);
  }
  startSyncServer({ detached: true }).then(
    (server) => {
      console.log(shellAssignments(server));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(`sync server: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
