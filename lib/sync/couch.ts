/**
 * The CouchDB HTTP client of the sync engine, kept to the documented API subset CouchDB 3.x and pouchdb-server both
 * speak: `_session` (cookie sign-in, who am I, sign-out), `GET /db/_changes?since=…&limit=…&include_docs=true`
 * (`since` opaque: sent back exactly as the server gave it), `POST /db/_bulk_docs`, `GET /db/doc?conflicts=true`
 * (and `?rev=` for a conflicting revision). Nothing else.
 *
 * Sign-in is CouchDB's session cookie (`AuthSession`): the password goes to `_session` once and is never kept. In
 * the extension the browser keeps the cookie for the server's origin (requests are `credentials: 'include'`); in
 * node, where fetch has no cookie jar, the client keeps the cookie itself and sends it back. Every failure becomes
 * a `CouchError` whose `kind` the caller can act on: offline (no answer, or a timeout), unauthorized (401: not
 * signed in or the session expired), forbidden (403: not a member, or the server refused the write), not_found,
 * server (5xx, or an answer that is not CouchDB's), invalid (400). The requests go through an injected `http`: in
 * the extension, the background's one door to the network, bound to the configured server.
 */
import type { SyncErrorKind } from './meta';
import type { ServerDoc, SyncBody } from './docs';

/** A failure of a request, with the kind the sync report and the status UI show. */
export class CouchError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'CouchError';
  }
}

/** Who the server says we are. */
export interface UserContext {
  name: string | null;
  roles: string[];
}

/** One row of `_changes` with its document. */
export interface ChangeRow {
  id: string;
  seq: unknown;
  deleted?: boolean;
  doc?: ServerDoc | (Record<string, unknown> & { _id: string; _rev: string; _deleted?: boolean });
}

export interface ChangesBatch {
  results: ChangeRow[];
  /** Opaque: stored and sent back as `since`. */
  lastSeq: string | number;
}

/** The answer for one document of a `_bulk_docs` request. */
export interface BulkResult {
  id: string;
  rev?: string;
  ok?: boolean;
  error?: string;
  reason?: string;
}

/** What sends a request: in the extension the background's one door to the network (bound to the server). */
export type Http = (url: string, init?: RequestInit) => Promise<Response>;

export interface CouchOptions {
  /** The server's origin (and path prefix, if any), e.g. `https://couch.example.gov.cn`; no trailing slash needed. */
  url: string;
  database: string;
  http: Http;
  /** Per request, ms. */
  timeoutMs?: number;
}

const KIND_OF_STATUS: Record<number, SyncErrorKind> = { 400: 'invalid', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found' };

/** The client of one database on one server. */
export class CouchClient {
  private readonly base: string;
  /** The database's name, as configured. */
  readonly database: string;
  private readonly db: string;
  private readonly http: Http;
  private readonly timeoutMs: number;
  /** The session cookie where the runtime lets us read it (node); the browser keeps its own. */
  private cookie: string | null = null;

  constructor(options: CouchOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.database = options.database;
    this.db = `${this.base}/${encodeURIComponent(options.database)}`;
    this.http = options.http;
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  private async request<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T; headers: Headers }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    let response: Response;
    try {
      response = await this.http(url, {
        method: init.method ?? 'GET',
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        credentials: 'include',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new CouchError('offline', `无法连接同步服务器：${error instanceof Error ? error.message : String(error)}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new CouchError('server', `同步服务器的应答不是 JSON（HTTP ${response.status}）`, response.status);
    }
    if (!response.ok) {
      const b = body as { error?: string; reason?: string };
      const kind = KIND_OF_STATUS[response.status] ?? 'server';
      throw new CouchError(kind, `${b.error ?? 'error'}: ${b.reason ?? `HTTP ${response.status}`}`, response.status);
    }
    return { status: response.status, body: body as T, headers: response.headers };
  }

  /** Signs in with CouchDB's cookie session; the password is sent once and not kept. */
  async signIn(name: string, password: string): Promise<UserContext> {
    const { body, headers } = await this.request<{ ok?: boolean; name?: string | null; roles?: string[] }>(`${this.base}/_session`, { method: 'POST', body: { name, password } });
    const set = headers.get('set-cookie');
    const match = set ? /AuthSession=[^;]*/.exec(set) : null;
    if (match) this.cookie = match[0];
    return { name: body.name ?? name, roles: body.roles ?? [] };
  }

  /** Who the session is (name null when not signed in). */
  async session(): Promise<UserContext> {
    const { body } = await this.request<{ userCtx?: UserContext }>(`${this.base}/_session`);
    return { name: body.userCtx?.name ?? null, roles: body.userCtx?.roles ?? [] };
  }

  /** Ends the session. */
  async signOut(): Promise<void> {
    try {
      await this.request(`${this.base}/_session`, { method: 'DELETE' });
    } finally {
      this.cookie = null;
    }
  }

  /** One batch of the changes feed after `since`, with documents; a missing database is `not_found`, named. */
  async changes(since: string | number, limit: number): Promise<ChangesBatch> {
    const query = `since=${encodeURIComponent(String(since))}&limit=${limit}&include_docs=true`;
    let body: { results?: ChangeRow[]; last_seq?: string | number };
    try {
      ({ body } = await this.request<{ results?: ChangeRow[]; last_seq?: string | number }>(`${this.db}/_changes?${query}`));
    } catch (error) {
      // The feed of a database is there whenever the database is: its 404 means no such database.
      if (error instanceof CouchError && error.kind === 'not_found') throw new CouchError('not_found', `数据库 ${this.database}：${error.message}`, error.status);
      throw error;
    }
    if (!Array.isArray(body.results) || body.last_seq === undefined) throw new CouchError('server', '同步服务器的变更列表格式不对');
    return { results: body.results, lastSeq: body.last_seq };
  }

  /** Writes documents; one answer per document, in order (a conflict or refusal is an answer, not a throw). */
  async bulkDocs(docs: readonly (SyncBody & { _rev?: string })[]): Promise<BulkResult[]> {
    const { body } = await this.request<BulkResult[]>(`${this.db}/_bulk_docs`, { method: 'POST', body: { docs } });
    if (!Array.isArray(body)) throw new CouchError('server', '同步服务器的写入应答格式不对');
    return body;
  }

  /** A document with its conflicting revisions listed, or one revision of it; null when it does not exist. */
  async get(id: string, options: { rev?: string } = {}): Promise<ServerDoc | null> {
    const query = options.rev ? `rev=${encodeURIComponent(options.rev)}` : 'conflicts=true';
    try {
      const { body } = await this.request<ServerDoc>(`${this.db}/${encodeURIComponent(id)}?${query}`);
      return body;
    } catch (error) {
      if (error instanceof CouchError && error.kind === 'not_found') return null;
      throw error;
    }
  }
}
