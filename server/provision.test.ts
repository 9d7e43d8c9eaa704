import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { basicAuth } from '../scripts/sync-server';
import { useSyncServer } from '../tests/sync-server';
import { LIMITS } from '../lib/schema/checklist';
import { DESIGN_ID, provision, ROLES, securityObject, splitUrl, validateSource, type Credentials } from './provision';

const server = useSyncServer();
const sha = 'a'.repeat(64);

/** A write as `who` (Basic credentials, or a session cookie); the status and the server's reason. */
async function put(db: string, doc: Record<string, unknown>, who: Credentials | { cookie: string } | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (who && 'cookie' in who) headers.cookie = who.cookie;
  else if (who) headers.authorization = basicAuth(who);
  const response = await fetch(`${server().url}/${db}/${encodeURIComponent(String(doc._id))}`, { method: 'PUT', headers, body: JSON.stringify(doc) });
  const body = (await response.json()) as { rev?: string; error?: string; reason?: string };
  return { status: response.status, rev: body.rev, reason: `${body.error ?? ''} ${body.reason ?? ''}` };
}

const item = (id: string, by: string, extra: Record<string, unknown> = {}) => ({
  _id: `item:${id}`,
  type: 'item',
  by,
  data: { id, documentId: 'd1', text: '市住建局要加快推进老旧小区改造', status: 'not_started', ...extra },
});
const note = (id: string, by: string, text: string) => ({ _id: `note:${id}`, type: 'note', by, data: { id, itemId: 'i1', documentId: 'd1', text, kind: 'note', date: '2026-03-02', progress: 30, createdAt: 1 } });

describe('sync:provision on the real server', () => {
  let db = '';
  let editor: Credentials;
  let reader: Credentials;
  let outsider: Credentials;
  let dbAdmin: Credentials;

  beforeAll(async () => {
    const s = server();
    db = s.database();
    editor = await s.user(`ed_${db}`, [ROLES.editor]);
    reader = await s.user(`rd_${db}`, [ROLES.reader]);
    outsider = await s.user(`out_${db}`, ['some_other_team']);
    dbAdmin = await s.user(`adm_${db}`, [ROLES.admin]);
  }, 30_000);

  it('creates the database, its _security and the design document, and changes nothing the second time', async () => {
    const { url, admin } = server();
    const first = await provision({ url, database: db, admin });
    expect(first).toMatchObject({ database: 'created', security: 'set', design: 'created' });
    expect(first.server).toMatch(/^(pouchdb-server|CouchDB) /);
    const second = await provision({ url, database: db, admin });
    expect(second).toMatchObject({ database: 'exists', security: 'unchanged', design: 'unchanged' });
    const security = await (await fetch(`${url}/${db}/_security`, { headers: server().adminHeaders })).json();
    expect(security).toEqual(securityObject());
    const design = (await (await fetch(`${url}/${db}/${DESIGN_ID}`, { headers: server().adminHeaders })).json()) as { validate_doc_update: string; _rev: string };
    expect(design.validate_doc_update).toMatch(/^function luoshiValidate\(newDoc, oldDoc, userCtx, secObj\)/);
    expect(design._rev).toMatch(/^1-/);
  });

  it('refuses a wrong admin password and a server that is not there', async () => {
    const { url, admin } = server();
    await expect(provision({ url, database: db, admin: { ...admin, password: 'wrong' } })).rejects.toThrow(/不是服务器管理员/);
    await expect(provision({ url: 'http://127.0.0.1:9', database: db, admin })).rejects.toThrow(/连不上/);
    await expect(provision({ url, database: 'Bad Name', admin })).rejects.toThrow(/数据库名/);
  });

  it('is what `npm run sync:provision -- URL --db NAME` runs', async () => {
    const { url, admin } = server();
    const cli = db.replace('luoshi_test_', 'luoshi_cli_');
    const run = () => promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/sync-provision.ts', url, '--db', cli], { env: { ...process.env, LUOSHI_SYNC_ADMIN: `${admin.name}:${admin.password}` } });
    expect((await run()).stdout).toMatch(new RegExp(`database ${cli}: created; _security: set; _design/luoshi: created`));
    expect((await run()).stdout).toMatch(new RegExp(`database ${cli}: exists; _security: unchanged; _design/luoshi: unchanged`));
  }, 60_000);

  it('keeps a user outside the members out, reading and writing', async () => {
    const { url } = server();
    // CouchDB answers an authenticated non-member 403, pouchdb-server 401: refused either way.
    const read = await fetch(`${url}/${db}/_all_docs`, { headers: { authorization: basicAuth(outsider) } });
    expect([401, 403]).toContain(read.status);
    const anonymous = await fetch(`${url}/${db}/_changes?since=0`);
    expect(anonymous.status).toBe(401);
    expect([401, 403]).toContain((await put(db, item('x1', outsider.name), outsider)).status);
    const bulk = await fetch(`${url}/${db}/_bulk_docs`, { method: 'POST', headers: { authorization: basicAuth(outsider), 'content-type': 'application/json' }, body: JSON.stringify({ docs: [item('x2', outsider.name)] }) });
    // pouchdb-server lets the request in and refuses each document (unauthorized).
    const outcome = bulk.status === 201 ? ((await bulk.json()) as { error?: string }[])[0]!.error : String(bulk.status);
    expect(outcome).toMatch(/^(?:unauthorized|forbidden|401|403)$/);
    for (const id of ['item:x1', 'item:x2']) expect((await fetch(`${url}/${db}/${id}`, { headers: server().adminHeaders })).status).toBe(404);
  });

  it('lets a reader read and refuses its writes as read_only', async () => {
    const { url } = server();
    expect((await put(db, item('r1', editor.name), editor)).status).toBe(201);
    const read = await fetch(`${url}/${db}/item:r1`, { headers: { authorization: basicAuth(reader) } });
    expect(read.status).toBe(200);
    const refused = await put(db, item('r2', reader.name), reader);
    expect(refused.status).toBe(403);
    expect(refused.reason).toMatch(/forbidden read_only/);
    // _bulk_docs, as the sync client pushes: each document refused on its own.
    const bulk = await fetch(`${url}/${db}/_bulk_docs`, { method: 'POST', headers: { authorization: basicAuth(reader), 'content-type': 'application/json' }, body: JSON.stringify({ docs: [item('r3', reader.name)] }) });
    const rows = (await bulk.json()) as { error?: string; reason?: string }[];
    expect(rows[0]).toMatchObject({ error: 'forbidden' });
    expect(rows[0]!.reason).toMatch(/^read_only/);
  });

  it('lets an editor write, by a session cookie as the extension signs in', async () => {
    const { url } = server();
    const session = await fetch(`${url}/_session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: editor.name, password: editor.password }) });
    expect(session.status).toBe(200);
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie).toMatch(/^AuthSession=/);
    const written = await put(db, item('c1', editor.name), { cookie });
    expect(written.status).toBe(201);
    const updated = await put(db, { ...item('c1', editor.name, { status: 'in_progress' }), _rev: written.rev }, { cookie });
    expect(updated.status).toBe(201);
    // A database admin by role may write too.
    expect((await put(db, item('a1', dbAdmin.name), dbAdmin)).status).toBe(201);
  });

  it('refuses an unknown type, a bad id, a foreign field, a wrong author and a delete', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ _id: 'setting:x', type: 'setting', by: editor.name, data: { id: 'x' } }, /unknown_type/],
      [{ ...item('t1', editor.name), type: 'note' }, /unknown_type/],
      [{ _id: 'loose', type: 'item', by: editor.name, data: {} }, /unknown_type/],
      [{ ...item('t2', editor.name), _id: 'item:other' }, /bad_data/],
      [{ ...item('t3', editor.name), extra: 1 }, /bad_field/],
      [{ ...item('t4', editor.name), data: { id: 't4' } }, /bad_data/],
      [{ ...item('t5', editor.name), data: 'text' }, /bad_data/],
      [item('t6', 'someone_else'), /bad_by/],
      [item('t7\u0001', editor.name), /bad_id/],
      [item('x'.repeat(201), editor.name), /bad_id/],
      [{ _id: 'document:d9', type: 'document', by: editor.name, data: { id: 'd9', key: 'k', text: '正文', textRef: { sha, parts: 1, length: 2 } } }, /bad_data/],
      [{ _id: `text:${sha}:1`, type: 'text', by: editor.name, data: { sha, part: 0, parts: 1, text: '正文' } }, /bad_data/],
    ];
    for (const [doc, reason] of cases) {
      const r = await put(db, doc, editor);
      expect({ id: doc._id, status: r.status, reason: r.reason }).toMatchObject({ id: doc._id, status: 403, reason: expect.stringMatching(reason) });
    }
    const written = await put(db, item('del', editor.name), editor);
    const deleted = await fetch(`${server().url}/${db}/item:del?rev=${written.rev}`, { method: 'DELETE', headers: { authorization: basicAuth(editor) } });
    expect(deleted.status).toBe(403);
    expect(((await deleted.json()) as { reason: string }).reason).toMatch(/^no_delete/);
    // The right shapes of a document and its text are let through.
    expect((await put(db, { _id: 'document:d1', type: 'document', by: editor.name, data: { id: 'd1', key: 'k', title: '讲话', textRef: { sha, parts: 1, length: 2 } } }, editor)).status).toBe(201);
    expect((await put(db, { _id: `text:${sha}:0`, type: 'text', by: editor.name, data: { sha, part: 0, parts: 1, text: '正文' } }, editor)).status).toBe(201);
  });

  it('takes a draft key as long as the app stores one (LIMITS.keyChars), not longer', async () => {
    expect(validateSource()).toContain(`var KEY_CHARS = ${LIMITS.keyChars};`);
    const doc = (id: string, key: string) => ({ _id: `document:${id}`, type: 'document', by: editor.name, data: { id, key, title: '讲话', textRef: { sha, parts: 1, length: 2 } } });
    // The page URL of an OA system (a long hash route) with the editor id and fingerprint, at the app's limit.
    const longest = `https://oa.example.gov.cn/#/doc/edit?${'q=一'.repeat((LIMITS.keyChars - 60) / 3)}`.padEnd(LIMITS.keyChars, 'x');
    expect(longest).toHaveLength(LIMITS.keyChars);
    expect((await put(db, doc('long', longest), editor)).status).toBe(201);
    expect((await put(db, doc('k5001', 'k'.repeat(5001)), editor)).status).toBe(201);
    const over = await put(db, doc('over', `${longest}x`), editor);
    expect(over).toMatchObject({ status: 403, reason: expect.stringMatching(/bad_data/) });
  });

  it('keeps progress notes append-only: a new note is written, an edit refused, the same note again let through', async () => {
    const first = await put(db, note('n1', editor.name, '已完成方案编制'), editor);
    expect(first.status).toBe(201);
    const edited = await put(db, { ...note('n1', editor.name, '改过的进展'), _rev: first.rev }, editor);
    expect(edited.status).toBe(403);
    expect(edited.reason).toMatch(/append_only/);
    // A retried push of the same note (keys in another order) is no edit.
    const { data } = note('n1', editor.name, '已完成方案编制');
    const reordered = Object.fromEntries(Object.entries(data).toReversed());
    expect((await put(db, { _id: 'note:n1', _rev: first.rev, type: 'note', by: editor.name, data: reordered }, editor)).status).toBe(201);
    const stored = (await (await fetch(`${server().url}/${db}/note:n1`, { headers: server().adminHeaders })).json()) as { data: { text: string } };
    expect(stored.data.text).toBe('已完成方案编制');
    // A revision is append-only too; the document of an item changes no type.
    const rev = { _id: 'revision:v1', type: 'revision', by: editor.name, data: { id: 'v1', documentId: 'd1', revision: 1 } };
    const r1 = await put(db, rev, editor);
    expect(r1.status).toBe(201);
    expect((await put(db, { ...rev, _rev: r1.rev, data: { ...rev.data, revision: 2 } }, editor)).reason).toMatch(/append_only/);
  });

  it('takes a bulk status note that lists its items (LIMITS.noteItems at most, itemId first), and no other list', async () => {
    expect(validateSource()).toContain(`var NOTE_ITEMS = ${LIMITS.noteItems};`);
    const bulk = (id: string, itemIds: unknown, itemId = 'i1') => ({ _id: `note:${id}`, type: 'note', by: editor.name, data: { id, itemId, documentId: 'd1', itemIds, text: '状态：未启动 → 推进中', kind: 'status', date: '2026-03-02', progress: null, createdAt: 1 } });
    const ids = (n: number) => Array.from({ length: n }, (_, k) => `i${k + 1}`);
    expect((await put(db, bulk('b2', ids(2)), editor)).status).toBe(201);
    expect((await put(db, bulk('bmax', ids(LIMITS.noteItems)), editor)).status).toBe(201);
    for (const [id, itemIds, itemId] of [
      ['bover', ids(LIMITS.noteItems + 1), 'i1'],
      ['bone', ['i1'], 'i1'],
      ['bfirst', ['i2', 'i1'], 'i1'],
      ['bnum', ['i1', 7], 'i1'],
      ['btext', 'i1,i2', 'i1'],
    ] as const) {
      expect({ id, ...(await put(db, bulk(id, itemIds, itemId), editor)) }).toMatchObject({ id, status: 403, reason: expect.stringMatching(/bad_data/) });
    }
  });
});

describe('splitUrl', () => {
  it('takes the credentials out of the URL', () => {
    expect(splitUrl('http://admin:p%40ss@couch.intranet:5984/')).toEqual({ url: 'http://couch.intranet:5984', credentials: { name: 'admin', password: 'p@ss' } });
    expect(splitUrl('https://couch.example.gov.cn')).toEqual({ url: 'https://couch.example.gov.cn', credentials: null });
    expect(() => splitUrl('ftp://x')).toThrow(/http/);
    expect(() => splitUrl('couch')).toThrow(/网址/);
  });
});
