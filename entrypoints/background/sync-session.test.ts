import { beforeAll, describe, expect, it } from 'vitest';
import { cookieFetch, useSyncServer } from '@/tests/sync-server';
import { ROLES } from '@/server/provision';
import { serverFetch } from './sync-http';
import { currentUser, signIn, signOut } from './sync-session';

const server = useSyncServer();

describe('sign-in with _session against the real server', () => {
  let editor: { name: string; password: string };
  beforeAll(async () => {
    editor = await server().user(`signin_${server().database('')}`, [ROLES.editor]);
  });

  it('signs in, is the session’s user by its cookie, and signs out', async () => {
    const { url } = server();
    const http = serverFetch(url, cookieFetch());
    expect(await currentUser(http, url)).toBeNull();
    expect(await signIn(http, url, editor.name, editor.password)).toEqual({ name: editor.name, roles: [ROLES.editor] });
    expect(await currentUser(http, url)).toEqual({ name: editor.name, roles: [ROLES.editor] });
    await signOut(http, url);
    expect(await currentUser(http, url)).toBeNull();
  });

  it('says a wrong password and an unreachable server apart', async () => {
    const { url } = server();
    await expect(signIn(serverFetch(url, cookieFetch()), url, editor.name, 'wrong')).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(signIn(serverFetch('http://127.0.0.1:9', cookieFetch()), 'http://127.0.0.1:9', editor.name, 'x')).rejects.toMatchObject({ code: 'offline' });
  });
});
