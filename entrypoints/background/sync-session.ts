/**
 * Sign-in to the team ledger's CouchDB with its `_session` (cookie authentication): the name and password the
 * options page sends in one message are posted once and dropped; the server's AuthSession cookie stays in the
 * browser's cookie jar for the server's origin (the extension holds its host permission), where every later
 * request of the sync finds it. Sign-out deletes the session. Nothing here stores a password.
 */
import { ChannelError } from '@/lib/messaging/channel';
import type { ServerFetch } from './sync-http';

/** The user a session answer names (`userCtx`), or null (anonymous). */
export interface SessionUser {
  name: string;
  roles: string[];
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

async function call(http: ServerFetch, url: string, init: RequestInit): Promise<Response> {
  try {
    return await http(url, init);
  } catch (error) {
    throw new ChannelError('offline', `连不上团队台账服务器 (cannot reach the server): ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Posts the credentials to `<base>/_session`; the user signed in, or a ChannelError (unauthorized, offline, server). */
export async function signIn(http: ServerFetch, base: string, name: string, password: string): Promise<SessionUser> {
  const response = await call(http, `${base}/_session`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ name, password }) });
  if (response.status === 401) throw new ChannelError('unauthorized', '用户名或密码不对 (name or password is incorrect)');
  if (!response.ok) throw new ChannelError('server', `服务器拒绝登录 (sign-in refused): HTTP ${response.status}`);
  const body = (await response.json().catch(() => ({}))) as { name?: unknown; roles?: unknown };
  const roles = Array.isArray(body.roles) ? body.roles.filter((r): r is string => typeof r === 'string') : [];
  return { name: typeof body.name === 'string' ? body.name : name, roles };
}

/** The session's user now (null when the cookie is gone or expired). */
export async function currentUser(http: ServerFetch, base: string): Promise<SessionUser | null> {
  const response = await call(http, `${base}/_session`, { method: 'GET', headers: JSON_HEADERS });
  if (!response.ok) return null;
  const body = (await response.json().catch(() => ({}))) as { userCtx?: { name?: unknown; roles?: unknown } };
  const name = body.userCtx?.name;
  return typeof name === 'string' ? { name, roles: Array.isArray(body.userCtx?.roles) ? (body.userCtx.roles as string[]) : [] } : null;
}

/** Ends the session (the server expires its cookie). An unreachable server leaves it to expire by itself. */
export async function signOut(http: ServerFetch, base: string): Promise<void> {
  await call(http, `${base}/_session`, { method: 'DELETE', headers: JSON_HEADERS }).catch(() => undefined);
}
