/**
 * The extension's one door to the network: a `fetch` bound to the team ledger's server (the URL in force,
 * lib/settings/sync-config.ts). It refuses any URL outside that server's base, sends the browser's cookies for it
 * (CouchDB's AuthSession from `_session`; `credentials: 'include'`) and nothing else. The sync engine (lib/sync) and
 * the sign-in (sync-session.ts) get it injected; the architecture test allows `fetch` in this file only.
 */

/** A fetch limited to one server. */
export type ServerFetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Refused: a request to anything but the configured server. */
export class ForeignUrlError extends Error {
  constructor(url: string) {
    super(`luoshi: refused a request outside the team ledger's server: ${url}`);
    this.name = 'ForeignUrlError';
  }
}

/** Whether `url` lies under `base` (`http://h:5984/couchdb` → its own paths only, never `/couchdb2` or another host). */
export function underBase(url: string, base: string): boolean {
  let target: URL;
  let root: URL;
  try {
    target = new URL(url);
    root = new URL(base);
  } catch {
    return false;
  }
  if (target.origin !== root.origin || target.username || target.password) return false;
  const prefix = root.pathname.replace(/\/+$/, '');
  return target.pathname === prefix || target.pathname.startsWith(`${prefix}/`);
}

/** A fetch for the server at `base` only, with its cookies, over `send` (the global fetch in the extension). */
export function serverFetch(base: string, send?: typeof fetch): ServerFetch {
  return (url, init = {}) => {
    if (!underBase(url, base)) return Promise.reject(new ForeignUrlError(url));
    const request = { ...init, credentials: 'include', redirect: 'error' } as const;
    return send ? send(url, request) : fetch(url, request);
  };
}
