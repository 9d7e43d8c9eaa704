import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basicAuth, shellAssignments, startSyncServer } from './sync-server';
import { serverFromEnv } from '../tests/sync-server';

describe('sync test server', () => {
  it('starts pouchdb-server on 127.0.0.1 with an admin, and stops it by its PID, its folder removed', async () => {
    const server = await startSyncServer({ admin: { name: 'ci-admin' } });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(existsSync(server.dir)).toBe(true);
      const welcome = (await (await fetch(`${server.url}/`)).json()) as Record<string, unknown>;
      expect(welcome['express-pouchdb']).toBe('Welcome!');
      // The admin is a server admin; an anonymous request is not (the server is no admin party).
      const session = (await (await fetch(`${server.url}/_session`, { headers: { authorization: basicAuth(server.admin) } })).json()) as { userCtx: { name: string; roles: string[] } };
      expect(session.userCtx).toEqual({ name: 'ci-admin', roles: ['_admin'] });
      expect((await fetch(`${server.url}/_config`)).status).toBe(401);
      // A database made by the admin exists.
      const created = await fetch(`${server.url}/made_by_admin`, { method: 'PUT', headers: { authorization: basicAuth(server.admin) } });
      expect(created.status).toBe(201);
    } finally {
      await server.stop();
    }
    expect(() => process.kill(server.pid, 0)).toThrow(/ESRCH/);
    expect(existsSync(server.dir)).toBe(false);
    await expect(fetch(`${server.url}/`)).rejects.toThrow(/fetch failed/);
  });

  it('reads the server .ci/run started from the environment', () => {
    expect(serverFromEnv({})).toBeNull();
    expect(serverFromEnv({ LUOSHI_SYNC_URL: 'http://127.0.0.1:5999/', LUOSHI_SYNC_ADMIN: 'admin:pa:ss' })).toEqual({ url: 'http://127.0.0.1:5999', admin: { name: 'admin', password: 'pa:ss' } });
    expect(() => serverFromEnv({ LUOSHI_SYNC_URL: 'http://127.0.0.1:5999' })).toThrow(/LUOSHI_SYNC_ADMIN/);
    expect(shellAssignments({ url: 'http://127.0.0.1:1', admin: { name: 'a', password: "it's" }, pid: 7, dir: '/tmp/x' })).toBe(
      "LUOSHI_SYNC_URL='http://127.0.0.1:1'\nLUOSHI_SYNC_ADMIN='a:it'\\''s'\nLUOSHI_SYNC_PID=7\nLUOSHI_SYNC_DIR='/tmp/x'",
    );
  });
});
