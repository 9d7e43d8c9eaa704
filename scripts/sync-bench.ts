/**
 * The team ledger's sync bench (issue 15): a 5,000-item ledger (10 drafts × 500 items, a note on every 10th item)
 * pushed by one client to an empty database, then pulled whole by a second, empty client — time and HTTP requests
 * of each `syncOnce()`. Against the pouchdb-server of LUOSHI_SYNC_URL/LUOSHI_SYNC_ADMIN (.ci/run's), else one
 * started here on 127.0.0.1 and stopped by its PID (scripts/sync-server.ts). The databases are fake-indexeddb, as in
 * `npm run bench`: the figures are our code plus an in-memory IndexedDB and a local server, not a browser's disk
 * or an intranet's network. Run: `npx tsx scripts/sync-bench.ts [items]`.
 */
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { syntheticDraft } from '../lib/checklist/testing';
import { LuoshiDB } from '../lib/db/database';
import { checklistRepository } from '../lib/db/repository';
import { SyncEngine, type SyncReport } from '../lib/sync/engine';
import { provision, ROLES } from '../server/provision';
import { basicAuth, startSyncServer, type Credentials } from './sync-server';
import { serverFromEnv } from '../tests/sync-server';

const PER_DRAFT = 500;

async function user(url: string, admin: Credentials, name: string): Promise<Credentials> {
  const password = randomBytes(9).toString('hex');
  const response = await fetch(`${url}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, {
    method: 'PUT',
    headers: { authorization: basicAuth(admin), 'content-type': 'application/json' },
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, roles: [ROLES.editor], type: 'user' }),
  });
  if (!response.ok) throw new Error(`creating ${name}: ${response.status} ${await response.text()}`);
  return { name, password };
}

async function engineFor(db: LuoshiDB, url: string, database: string, who: Credentials): Promise<SyncEngine> {
  const engine = new SyncEngine({ db, url, database, http: (u, init) => fetch(u, init) });
  await engine.signIn(who.name, who.password);
  return engine;
}

const ms = (r: SyncReport) => r.finishedAt - r.startedAt;

async function main(): Promise<void> {
  const items = Number(process.argv[2] ?? 5000);
  const drafts = Math.max(1, Math.round(items / PER_DRAFT));
  const env = serverFromEnv();
  const started = env ? null : await startSyncServer();
  const url = env?.url ?? started!.url;
  const admin = env?.admin ?? started!.admin;
  const database = `luoshi_bench_${randomBytes(4).toString('hex')}`;
  const names = [`bench-a-${database}`, `bench-b-${database}`];
  try {
    await provision({ url, database, admin });
    const who = await user(url, admin, `bench_${database}`);
    const a = new LuoshiDB(names[0]);
    const repo = checklistRepository(a);
    const draft = syntheticDraft(PER_DRAFT);
    for (let d = 0; d < drafts; d++) await repo.saveAnalysis({ key: `bench-${d}`, text: draft.text, analysis: draft.analysis });
    const all = await a.items.toArray();
    for (const item of all.filter((_, i) => i % 10 === 0)) await repo.addNote(item.id, { text: `进展情况 ${item.id}`, progress: 50 });
    const push = await (await engineFor(a, url, database, who)).syncOnce();
    const b = new LuoshiDB(names[1]);
    const pull = await (await engineFor(b, url, database, who)).syncOnce();
    for (const r of [push, pull]) if (r.error) throw new Error(`${r.error.kind}: ${r.error.message}`);
    const same = (await b.items.count()) === all.length && (await b.notes.count()) === (await a.notes.count());
    console.log(`sync ${all.length.toLocaleString('en')}-item ledger → empty server: ${ms(push)} ms, ${push.requests} requests (${push.pushed} docs)`);
    console.log(`sync ${all.length.toLocaleString('en')}-item ledger ← from it, empty client: ${ms(pull)} ms, ${pull.requests} requests (${pull.pulled} docs)${same ? '' : '  MISMATCH'}`);
    a.close();
    b.close();
    if (!same) process.exitCode = 1;
  } finally {
    for (const name of names) await new LuoshiDB(name).delete();
    await started?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
