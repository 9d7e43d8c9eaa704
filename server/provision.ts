/**
 * Provisioning of the team ledger's database on a CouchDB 3.x (or pouchdb-server) the unit runs: the database, its
 * `_security` (who may read: the members' roles; who administers it) and the design document `_design/luoshi`
 * whose validate_doc_update (server/validate_doc_update.js) guards every write. Idempotent: run it again and it
 * changes nothing that is already right (`npm run sync:provision -- URL`, scripts/sync-provision.ts). Only the
 * documented CouchDB API is used (`GET /`, `GET /_session`, `PUT /db`, `PUT /db/_security`, `GET|PUT /db/_design/…`)
 * as a server admin, with Basic credentials; `fetch` is injected (node's in the CLI and tests).
 */
import { readFileSync } from 'node:fs';
import { SYNC_ROLES } from '../lib/sync/roles';

/** The roles the team database knows (lib/sync/roles.ts, where the client reads them too). */
export const ROLES = SYNC_ROLES;

/** The design document's id. */
export const DESIGN_ID = '_design/luoshi';

/** The default database name. */
export const DEFAULT_DATABASE = 'luoshi';

/** CouchDB's rule for a database name. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

export interface Credentials {
  name: string;
  password: string;
}

/** The validate_doc_update source as stored: the function expression of server/validate_doc_update.js. */
export function validateSource(): string {
  const file = readFileSync(new URL('./validate_doc_update.js', import.meta.url), 'utf8');
  const start = file.indexOf('function luoshiValidate');
  if (start < 0) throw new Error('server/validate_doc_update.js has no function luoshiValidate');
  return file.slice(start).trim();
}

/** The design document (without `_rev`). */
export function designDocument(): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: DESIGN_ID, language: 'javascript', validate_doc_update: validateSource() };
}

/** The database's `_security`: members by role (editors and readers), admins by role. */
export function securityObject(): { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } } {
  return { admins: { names: [], roles: [ROLES.admin] }, members: { names: [], roles: [ROLES.editor, ROLES.reader, ROLES.admin] } };
}

export interface ProvisionOptions {
  /** The server's base URL, e.g. `http://couch.intranet:5984` (credentials, if any, go in `admin`). */
  url: string;
  database?: string;
  admin: Credentials;
  fetch?: typeof fetch;
}

export interface ProvisionReport {
  /** What answered `GET /`: `CouchDB 3.3.3`, `pouchdb-server 4.2.0`. */
  server: string;
  database: 'created' | 'exists';
  security: 'set' | 'unchanged';
  design: 'created' | 'updated' | 'unchanged';
}

/** A provisioning step that failed, with the server's answer. */
export class ProvisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvisionError';
  }
}

/** The base URL without credentials or trailing slash, and the credentials it carried (`http://admin:pw@host`). */
export function splitUrl(text: string): { url: string; credentials: Credentials | null } {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new ProvisionError(`不是有效的网址 (not a URL): ${text}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ProvisionError(`只支持 http(s) 网址 (http or https only): ${text}`);
  const credentials = parsed.username ? { name: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) } : null;
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.href.replace(/\/+$/, ''), credentials };
}

/** Keys sorted at every level, for comparing JSON values. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
  return value;
}
const same = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

/** Creates (or checks) the database, its _security and its design document. */
export async function provision(options: ProvisionOptions): Promise<ProvisionReport> {
  const http = options.fetch ?? fetch;
  const database = options.database ?? DEFAULT_DATABASE;
  if (!DATABASE_NAME.test(database)) throw new ProvisionError(`数据库名只能用小写字母开头，含小写字母、数字和 _$()+-/ (bad database name): ${database}`);
  const base = options.url.replace(/\/+$/, '');
  const auth = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${options.admin.name}:${options.admin.password}`)))}`;
  const headers = { authorization: auth, accept: 'application/json', 'content-type': 'application/json' };
  const call = async (method: string, path: string, body?: unknown, anonymous = false) => {
    let response: Response;
    try {
      response = await http(`${base}${path}`, { method, headers: anonymous ? { accept: 'application/json' } : headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new ProvisionError(`连不上 ${base} (cannot reach the server): ${error instanceof Error ? error.message : String(error)}`);
    }
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // Not JSON: reported with the status below when it matters.
    }
    return { status: response.status, json, text };
  };
  const fail = (what: string, r: { status: number; text: string }) => new ProvisionError(`${what}: HTTP ${r.status} ${r.text.slice(0, 300)}`);

  // The welcome is public: asked without credentials, so that a wrong password is reported as one below.
  const welcome = await call('GET', '/', undefined, true);
  if (welcome.status !== 200) throw fail('服务器没有正常应答 (GET /)', welcome);
  const server = typeof welcome.json.couchdb === 'string' ? `CouchDB ${String(welcome.json.version)}` : 'express-pouchdb' in welcome.json ? `pouchdb-server ${String(welcome.json.version)}` : null;
  if (!server) throw new ProvisionError(`${base} 不是 CouchDB (not a CouchDB server)`);

  const session = await call('GET', '/_session');
  const roles = (session.json.userCtx as { roles?: unknown } | undefined)?.roles;
  if (session.status !== 200 || !Array.isArray(roles) || !roles.includes('_admin')) throw new ProvisionError(`${options.admin.name} 不是服务器管理员，或密码不对 (a server admin is needed)`);

  const created = await call('PUT', `/${encodeURIComponent(database)}`);
  if (created.status !== 201 && created.status !== 202 && created.status !== 412) throw fail(`建立数据库 ${database} 失败 (creating the database)`, created);

  const security = securityObject();
  const current = await call('GET', `/${encodeURIComponent(database)}/_security`);
  let securityDone: ProvisionReport['security'] = 'unchanged';
  if (current.status !== 200 || !same(current.json, security)) {
    const put = await call('PUT', `/${encodeURIComponent(database)}/_security`, security);
    if (put.status !== 200) throw fail('设置 _security 失败 (setting _security)', put);
    securityDone = 'set';
  }

  const design = designDocument();
  const designPath = `/${encodeURIComponent(database)}/${DESIGN_ID}`;
  const old = await call('GET', designPath);
  let designDone: ProvisionReport['design'];
  if (old.status === 404) designDone = 'created';
  else if (old.status !== 200) throw fail('读取设计文档失败 (reading the design document)', old);
  else if (old.json.validate_doc_update === design.validate_doc_update && old.json.language === design.language) designDone = 'unchanged';
  else designDone = 'updated';
  if (designDone !== 'unchanged') {
    const body = old.status === 200 ? { ...design, _rev: old.json._rev } : design;
    const put = await call('PUT', designPath, body);
    if (put.status !== 201 && put.status !== 202) throw fail('写入设计文档失败 (writing the design document)', put);
  }
  return { server, database: created.status === 412 ? 'exists' : 'created', security: securityDone, design: designDone };
}
