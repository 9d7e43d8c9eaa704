/**
 * The sync engine of the team ledger: one `syncOnce()` pulls the server's changes into LuoshiDB and pushes the
 * local ones, merging where both changed a record; the background calls it (debounced after writes, on an alarm,
 * at start-up) and the status UI reads `status()`.
 *
 * Pull: `_changes?since=<checkpoint>&limit=N&include_docs=true` in batches; each batch is applied in one
 * transaction together with its checkpoint, so a service worker killed at any point resumes where the last batch
 * ended and applying a batch twice changes nothing (a document whose `_rev` this client already has is skipped).
 * A record changed here and not pushed yet is merged three ways against its base (merge.ts), the merge's notes
 * logged for the push. A document's text comes from its text parts (in the batch, else fetched by id) or is the
 * local text when the hashes agree.
 *
 * Push: the change log (change-log.ts) in order, in rounds; a record equal to its base is not sent; text parts go
 * first, a document only once all its parts are on the server. Each accepted document's new `_rev` and base are
 * stored and its log entries up to the round's read removed in one transaction (entries written meanwhile stay).
 * A 409 (stale `_rev`) fetches the server's document (`GET doc?conflicts=true`), merges, and the next round pushes
 * the merge, and the sync pulls once more at the end to see what else that writer changed; an append-only
 * document already there (a push retried after a crash) is simply acknowledged. A
 * refused write (403: a read-only user, validate_doc_update) stays pending and the report says `forbidden`.
 *
 * The first sync of a database logs every existing row, so a ledger kept before the team database was set up is
 * pushed whole.
 *
 * Read-only (the unit's policy, `readOnly`, or a luoshi_reader without a writer role, from `_session` at each
 * sync): pull only, never a `_bulk_docs`. Local edits stay in LuoshiDB and in the change log — counted as pending,
 * merged with what is pulled like any unpushed edit — and go to the server once a sync is no longer read-only.
 */
import { z } from 'zod';
import type { LuoshiDB } from '../db/database';
import { writeTerms } from '../db/database';
import { documentRecordSchema, itemRecordSchema, noteRecordSchema, revisionRecordSchema, type DocumentRecord, type ItemRecord, type NoteRecord, type RevisionRecord } from '../schema/checklist';
import { CHECKPOINT_KEY, loggedDocs, markApplying, type SyncLogRow } from './change-log';
import { CouchClient, CouchError, type ChangesBatch, type Http, type UserContext } from './couch';
import { APPEND_ONLY, docId, documentBodies, documentRow, isSyncBody, parseDocId, rowBody, sameData, textSha, TABLE_OF, type DocType, type DocumentData, type ServerDoc, type SyncBody } from './docs';
import { mergeDocuments, mergeItems } from './merge';
import { EMPTY_STATUS, type ReadOnlyReason, type SyncErrorKind, type SyncMetaRow, type SyncStatusValue } from './meta';
import { readOnlyByRoles } from './roles';

/** What one `syncOnce()` did. */
export interface SyncReport {
  /** Documents the server accepted from this client (text parts not counted). */
  pushed: number;
  /** Server documents applied here (text parts not counted). */
  pulled: number;
  /** Records merged three ways because both sides had changed them. */
  conflictsMerged: number;
  /** Fields both sides changed to different values (each kept as the later edit, notable ones with a note). */
  fieldConflicts: number;
  /** Server documents skipped because they did not fit the record schemas. */
  skipped: number;
  /** Changes still waiting to be pushed. */
  pending: number;
  /** The sync pulled only (nothing pushed), and why; null when it pushed too (or failed before it knew). */
  readOnly: ReadOnlyReason | null;
  /** HTTP requests made. */
  requests: number;
  error: { kind: SyncErrorKind; message: string } | null;
  startedAt: number;
  finishedAt: number;
}

/** The status the UI shows: the last sync's outcome and the changes waiting. */
export interface SyncStatus extends SyncStatusValue {
  pending: number;
}

export interface SyncEngineOptions {
  db: LuoshiDB;
  /** The server's origin, e.g. `https://couch.example.gov.cn`. */
  url: string;
  database: string;
  /** What sends the requests (the background's fetch bound to the server; node's fetch in tests). */
  http: Http;
  now?: () => number;
  newId?: () => string;
  /** Changes per pull batch. */
  pullBatch?: number;
  /** Log entries per push round. */
  pushBatch?: number;
  /** The unit's policy makes this browser read-only: pull, never push. */
  readOnly?: boolean;
}

const textRefSchema = z.object({ sha: z.string().regex(/^[0-9a-f]{64}$/), parts: z.number().int().positive(), length: z.number().int().nonnegative() });
const documentDataSchema = documentRecordSchema.omit({ text: true }).extend({ textRef: textRefSchema });
const SCHEMA_OF = { document: documentDataSchema, item: itemRecordSchema, note: noteRecordSchema, revision: revisionRecordSchema } as const;

/** Most documents and bytes in one `_bulk_docs` request. */
const BULK_DOCS = 200;
const BULK_BYTES = 4_000_000;
const STATUS_KEY = 'status';
/** Merges of one record in one sync before it waits for the next (another writer keeps changing it). */
const MAX_MERGES = 3;
const SEEDED_KEY = 'seeded';
const SYNCED = ['documents', 'items', 'notes', 'revisions'] as const;

type LocalRow = DocumentRecord | ItemRecord | NoteRecord | RevisionRecord;
type Body = SyncBody & { _rev?: string };

const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** Splits bodies into `_bulk_docs` requests of at most BULK_DOCS documents and about BULK_BYTES. */
function chunks<T>(bodies: readonly T[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const body of bodies) {
    const size = bytesOf(body);
    if (current.length && (current.length >= BULK_DOCS || bytes + size > BULK_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(body);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}

/** The sync engine of one database on one server. */
export class SyncEngine {
  readonly client: CouchClient;
  private readonly db: LuoshiDB;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly pullBatch: number;
  private readonly pushBatch: number;
  private readonly policyReadOnly: boolean;
  private requests = 0;
  private running: Promise<SyncReport> | null = null;

  constructor(options: SyncEngineOptions) {
    this.db = options.db;
    this.client = new CouchClient({
      url: options.url,
      database: options.database,
      http: (url, init) => {
        this.requests++;
        return options.http(url, init);
      },
    });
    this.now = options.now ?? (() => Date.now());
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.pullBatch = options.pullBatch ?? 500;
    this.pushBatch = options.pushBatch ?? 500;
    this.policyReadOnly = options.readOnly ?? false;
  }

  /** Signs in to the server (CouchDB `_session`); the password is not kept. */
  signIn(name: string, password: string): Promise<UserContext> {
    return this.client.signIn(name, password);
  }

  /** Signs out. */
  signOut(): Promise<void> {
    return this.client.signOut();
  }

  /** Pulls, then pushes; one at a time (a call while one runs gets that run's report). */
  syncOnce(): Promise<SyncReport> {
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** The last sync's outcome and how many changes wait to be pushed. */
  async status(): Promise<SyncStatus> {
    const row = await this.db.syncState.get(STATUS_KEY);
    return { ...EMPTY_STATUS, ...row?.value, pending: await this.pending() };
  }

  /** Who wrote the server's current version of a record (最后修改人), or null when unknown or not synced yet. */
  async lastChangedBy(type: DocType, id: string): Promise<string | null> {
    return (await this.db.syncMeta.get(docId(type, id)))?.by ?? null;
  }

  private async pending(): Promise<number> {
    return (await loggedDocs(this.db.syncLog)).size;
  }

  private async run(): Promise<SyncReport> {
    const startedAt = this.now();
    const requestsBefore = this.requests;
    const report: SyncReport = { pushed: 0, pulled: 0, conflictsMerged: 0, fieldConflicts: 0, skipped: 0, pending: 0, readOnly: null, requests: 0, error: null, startedAt, finishedAt: startedAt };
    let user: string | null = null;
    try {
      const session = await this.client.session();
      user = session.name;
      if (!user) throw new CouchError('unauthorized', '未登录同步服务器，请先登录');
      report.readOnly = this.policyReadOnly ? 'policy' : readOnlyByRoles(session.roles) ? 'role' : null;
      await this.seed();
      await this.pullAsMember(report, user);
      if (!report.readOnly) {
        const merged = report.conflictsMerged;
        await this.push(report, user);
        // A write that raced ours (409) was merged: pull what else that writer changed, so one sync sees it all.
        if (report.conflictsMerged > merged) await this.pull(report, user);
      }
    } catch (error) {
      report.error = error instanceof CouchError ? { kind: error.kind, message: error.message } : { kind: 'invalid', message: error instanceof Error ? error.message : String(error) };
    }
    report.pending = await this.pending();
    report.finishedAt = this.now();
    report.requests = this.requests - requestsBefore;
    const previous = (await this.db.syncState.get(STATUS_KEY))?.value ?? EMPTY_STATUS;
    const value: SyncStatusValue = {
      // A failed sync (not signed in, offline) does not know; the last one that did still holds.
      readOnly: report.error && !user ? (previous.readOnly ?? null) : report.readOnly,
      lastSync: report.error ? previous.lastSync : report.finishedAt,
      lastAttempt: report.finishedAt,
      lastError: report.error,
      conflictsMerged: previous.conflictsMerged + report.conflictsMerged,
      user: user ?? previous.user,
    };
    await this.db.syncState.put({ key: STATUS_KEY, value });
    return report;
  }

  /** The first sync logs every existing row, so a ledger kept before the team database is pushed whole. */
  private async seed(): Promise<void> {
    const { db } = this;
    if (await db.syncState.get(SEEDED_KEY)) return;
    await db.transaction('rw', [db.documents, db.items, db.notes, db.revisions, db.syncLog, db.syncState], async () => {
      if (await db.syncState.get(SEEDED_KEY)) return;
      const at = this.now();
      for (const table of SYNCED) {
        const type = TABLE_TYPE[table];
        const keys = (await db.table(table).toCollection().primaryKeys()) as string[];
        if (keys.length) await db.syncLog.add({ docs: keys.map((k) => docId(type, k)), at });
      }
      await db.syncState.put({ key: SEEDED_KEY });
    });
  }

  // ---------------------------------------------------------------- pull

  /**
   * The first pull of a run, just after `_session` named the user: a refusal now is not an expired session but a
   * user outside the database's members (CouchDB answers 403, pouchdb-server 401), said so as `forbidden`.
   */
  private async pullAsMember(report: SyncReport, user: string): Promise<void> {
    try {
      await this.pull(report, user);
    } catch (error) {
      if (error instanceof CouchError && (error.kind === 'unauthorized' || error.kind === 'forbidden')) {
        throw new CouchError('forbidden', `${user} 不是数据库 ${this.client.database} 的成员 (not a member): ${error.message}`, error.status);
      }
      throw error;
    }
  }

  private async pull(report: SyncReport, user: string): Promise<void> {
    for (;;) {
      const since = (await this.db.syncState.get(CHECKPOINT_KEY))?.since ?? 0;
      const batch = await this.client.changes(since, this.pullBatch);
      await this.applyBatch(batch, report, user);
      if (batch.results.length < this.pullBatch) return;
    }
  }

  /** Applies one batch of changes and its checkpoint in one transaction (fetching missing texts first). */
  private async applyBatch(batch: ChangesBatch, report: SyncReport, user: string): Promise<void> {
    const { db } = this;
    const bodies: ServerDoc[] = [];
    const parts = new Map<string, string>();
    for (const row of batch.results) {
      const doc = row.doc;
      if (!doc || row.deleted || doc._deleted || !isSyncBody(doc)) continue;
      if (doc.type === 'text') {
        const data = doc.data as { sha?: unknown; part?: unknown; text?: unknown };
        if (typeof data.text === 'string') parts.set(doc._id, data.text);
        continue;
      }
      const parsed = SCHEMA_OF[doc.type as keyof typeof SCHEMA_OF].safeParse(doc.data);
      if (!parsed.success || (parsed.data as { id: string }).id !== parseDocId(doc._id)!.id) {
        report.skipped++;
        continue;
      }
      bodies.push({ ...doc, data: parsed.data as ServerDoc['data'] });
    }
    // Texts of documents, and the local text's hash where the local document changed, computed before the
    // transaction (a transaction cannot wait for anything but the database).
    const docBodies = bodies.filter((b) => b.type === 'document');
    const texts = new Map<string, string>();
    const localShas = new Map<string, { text: string; sha: string }>();
    if (docBodies.length) {
      const ids = docBodies.map((b) => (b.data as DocumentData).id);
      const [locals, metas, pending] = await Promise.all([db.documents.bulkGet(ids), db.syncMeta.bulkGet(docBodies.map((b) => b._id)), loggedDocs(db.syncLog)]);
      for (const [i, body] of docBodies.entries()) {
        const ref = (body.data as DocumentData).textRef;
        const local = locals[i];
        let sha: string | undefined;
        if (local) {
          const base = metas[i]?.base as DocumentData | undefined;
          sha = !pending.has(body._id) && base?.textRef ? base.textRef.sha : await textSha(local.text);
          localShas.set(body._id, { text: local.text, sha });
          if (sha === ref.sha) {
            texts.set(body._id, local.text);
            continue;
          }
        }
        const text = await this.assemble(ref, parts);
        if (text === null) report.skipped++;
        else texts.set(body._id, text);
      }
    }
    await db.transaction('rw', [db.documents, db.items, db.terms, db.notes, db.revisions, db.syncLog, db.syncMeta, db.syncState], async (tx) => {
      markApplying(tx.idbtrans);
      const ids = bodies.map((b) => b._id);
      const metas = new Map((await db.syncMeta.bulkGet(ids)).filter((m): m is SyncMetaRow => !!m).map((m) => [m.doc, m]));
      const pending = await loggedDocs(db.syncLog);
      const newMeta: SyncMetaRow[] = [];
      const termsFor: ItemRecord[] = [];
      const log: string[] = [];
      const at = this.now();
      for (const body of bodies) {
        const meta = metas.get(body._id);
        if (meta?.rev === body._rev) continue;
        const mine = pending.has(body._id);
        if (body.type === 'note' || body.type === 'revision') {
          const table = db.table(TABLE_OF[body.type]);
          const data = body.data as NoteRecord | RevisionRecord;
          if (!(await table.get(data.id))) await table.put(data);
        } else if (body.type === 'item') {
          const data = body.data as ItemRecord;
          const local = await db.items.get(data.id);
          if (local && mine) {
            const merged = mergeItems((meta?.base as ItemRecord | undefined) ?? null, local, data, { now: at, newId: this.newId, localBy: user, remoteBy: body.by });
            await db.items.put(merged.item);
            termsFor.push(merged.item);
            if (merged.notes.length) {
              await db.notes.bulkAdd(merged.notes);
              log.push(...merged.notes.map((n) => docId('note', n.id)));
            }
            report.conflictsMerged++;
            report.fieldConflicts += merged.conflicts.length;
          } else {
            await db.items.put(data);
            termsFor.push(data);
          }
        } else if (body.type === 'document') {
          const data = body.data as DocumentData;
          const remoteText = texts.get(body._id);
          if (remoteText === undefined) continue;
          const local = await db.documents.get(data.id);
          if (local && mine) {
            const hashed = localShas.get(body._id);
            const sha = hashed && hashed.text === local.text ? hashed.sha : 'changed-during-sync';
            const { text: localText, ...rest } = local;
            const merged = mergeDocuments((meta?.base as DocumentData | undefined) ?? null, { ...rest, textRef: { sha, parts: 0, length: localText.length } }, data);
            await db.documents.put(documentRow(merged.data, merged.data.textRef.sha === data.textRef.sha ? remoteText : localText));
            report.conflictsMerged++;
            report.fieldConflicts += merged.conflicts.length;
          } else {
            await db.documents.put(documentRow(data, remoteText));
          }
        }
        newMeta.push({ doc: body._id, rev: body._rev, base: body.data, by: body.by });
        report.pulled++;
      }
      await writeTerms(db, termsFor);
      if (newMeta.length) await db.syncMeta.bulkPut(newMeta);
      if (log.length) await db.syncLog.add({ docs: log, at });
      await db.syncState.put({ key: CHECKPOINT_KEY, since: batch.lastSeq });
    });
  }

  /** A document's whole text from its parts (those of the batch, the rest fetched); null when one is missing or wrong. */
  private async assemble(ref: DocumentData['textRef'], batchParts: ReadonlyMap<string, string>): Promise<string | null> {
    const pieces: string[] = [];
    for (let part = 0; part < ref.parts; part++) {
      const id = docId('text', `${ref.sha}:${part}`);
      let text = batchParts.get(id);
      if (text === undefined) {
        const doc = await this.client.get(id);
        const data = doc?.data as { text?: unknown } | undefined;
        if (typeof data?.text !== 'string') return null;
        text = data.text;
      }
      pieces.push(text);
    }
    const text = pieces.join('');
    if (text.length !== ref.length || (await textSha(text)) !== ref.sha) return null;
    return text;
  }

  // ---------------------------------------------------------------- push

  private async push(report: SyncReport, user: string): Promise<void> {
    let refusal: CouchError | null = null;
    const merges = new Map<string, number>();
    // The log is read in seq order, its document ids pushed pushBatch at a time, each read after the last: a refused
    // entry stays behind (pending, for the next sync), a merged record is logged again (read by a later read).
    let after = 0;
    for (;;) {
      const rows = await this.db.syncLog.where('seq').above(after).toArray();
      if (!rows.length) break;
      after = rows.at(-1)!.seq!;
      const entries = rows.flatMap((r) => r.docs.map((doc) => ({ seq: r.seq!, doc })));
      for (let i = 0; i < entries.length; i += this.pushBatch) {
        const round = await this.pushRound(entries.slice(i, i + this.pushBatch), report, user, merges);
        refusal ??= round;
      }
    }
    if (refusal) throw refusal;
  }

  /** One round: the bodies of `entries`' documents sent, answers stored; resolves with the first refusal, if any. */
  private async pushRound(entries: LogEntry[], report: SyncReport, user: string, merges: Map<string, number>): Promise<CouchError | null> {
    const { db } = this;
    const docs = [...new Set(entries.map((e) => e.doc))];
    const { rows, metas } = await db.transaction('r', [db.documents, db.items, db.notes, db.revisions, db.syncMeta], async () => {
      const metaRows = await db.syncMeta.bulkGet(docs);
      const rowsOf = await Promise.all(
        docs.map(async (d) => {
          const parsed = parseDocId(d);
          if (!parsed || parsed.type === 'text') return undefined;
          return (await db.table(TABLE_OF[parsed.type]).get(parsed.id)) as LocalRow | undefined;
        }),
      );
      return { rows: rowsOf, metas: metaRows };
    });
    const done = new Set<string>();
    const send: { doc: string; body: Body; sha?: string }[] = [];
    const partBodies = new Map<string, Body>();
    for (const [i, doc] of docs.entries()) {
      const parsed = parseDocId(doc);
      const row = rows[i];
      const meta = metas[i];
      if (!parsed || parsed.type === 'text' || !row) {
        done.add(doc);
        continue;
      }
      let body: Body;
      let sha: string | undefined;
      if (parsed.type === 'document') {
        const built = await documentBodies(row as DocumentRecord, user);
        body = built.doc;
        sha = built.doc.data.textRef.sha;
        if ((meta?.base as DocumentData | undefined)?.textRef?.sha !== sha) for (const p of built.parts) partBodies.set(p._id, p);
      } else {
        body = rowBody(parsed.type, row as ItemRecord | NoteRecord | RevisionRecord, user);
      }
      if (meta && (sameData(meta.base, body.data) || APPEND_ONLY.has(parsed.type))) {
        done.add(doc);
        continue;
      }
      if (meta) body._rev = meta.rev;
      send.push({ doc, body, sha });
    }

    let refusal: CouchError | null = null;
    const refuse = (_doc: string, error: string | undefined, reason: string | undefined) => {
      refusal ??= new CouchError(error === 'forbidden' || error === 'unauthorized' ? error : 'server', `${error ?? 'error'}: ${reason ?? ''}`);
    };
    // Text parts first; a document is sent only when all its parts are on the server (content-addressed: a
    // conflict means the same part is there already).
    const partsFailed = new Set<string>();
    for (const chunk of chunks([...partBodies.values()])) {
      const results = await this.client.bulkDocs(chunk);
      for (const r of results) {
        if (r.ok || r.error === 'conflict') continue;
        partsFailed.add(r.id.split(':')[1]!);
        refusal ??= new CouchError(r.error === 'forbidden' ? 'forbidden' : 'server', `${r.error ?? 'error'}: ${r.reason ?? ''}`);
      }
    }
    const sendNow = send.filter((s) => !(s.sha && partsFailed.has(s.sha)));

    const accepted: SyncMetaRow[] = [];
    const conflicts: { doc: string; body: Body }[] = [];
    for (const chunk of chunks(sendNow)) {
      const results = await this.client.bulkDocs(chunk.map((s) => s.body));
      for (const [k, s] of chunk.entries()) {
        const r = results.find((x) => x.id === s.doc) ?? results[k];
        if (r?.ok && r.rev) {
          accepted.push({ doc: s.doc, rev: r.rev, base: s.body.data, by: user });
          report.pushed++;
        } else if (r?.error === 'conflict') conflicts.push(s);
        else refuse(s.doc, r?.error, r?.reason);
      }
    }

    // Conflicts: the server's version merged with ours (appended docs already there are acknowledged). A record
    // merged is logged again, so a later round pushes the merge; one that keeps conflicting waits for the next sync.
    const remerged = new Set<string>();
    for (const c of conflicts) {
      const server = await this.client.get(c.doc);
      const type = parseDocId(c.doc)!.type;
      if (!server || server._deleted || !isSyncBody(server)) {
        refuse(c.doc, 'conflict', '服务器上的文档无法读取');
        continue;
      }
      if (APPEND_ONLY.has(type)) {
        if (sameData(server.data, c.body.data)) accepted.push({ doc: c.doc, rev: server._rev, base: server.data, by: server.by });
        else refuse(c.doc, 'conflict', '追加型文档在服务器上内容不同');
        continue;
      }
      const times = (merges.get(c.doc) ?? 0) + 1;
      merges.set(c.doc, times);
      if (times > MAX_MERGES) continue;
      if (await this.mergeConflict(c.doc, server, report, user)) remerged.add(c.doc);
      else refuse(c.doc, 'invalid', '服务器上的文档不符合格式');
    }

    const finished = new Set([...done, ...accepted.map((a) => a.doc), ...remerged]);
    // Per log row, the ids of this round that are finished: the row loses them, and goes when none is left.
    const cleared = new Map<number, Set<string>>();
    for (const e of entries) if (finished.has(e.doc)) (cleared.get(e.seq) ?? cleared.set(e.seq, new Set()).get(e.seq)!).add(e.doc);
    await db.transaction('rw', [db.syncLog, db.syncMeta], async (tx) => {
      markApplying(tx.idbtrans);
      if (accepted.length) await db.syncMeta.bulkPut(accepted);
      const seqs = [...cleared.keys()];
      const logRows = (await db.syncLog.bulkGet(seqs)).filter((r): r is SyncLogRow => !!r);
      const kept = logRows.map((r) => ({ ...r, docs: r.docs.filter((d) => !cleared.get(r.seq!)!.has(d)) }));
      if (seqs.length) await db.syncLog.bulkDelete(kept.filter((r) => !r.docs.length).map((r) => r.seq!));
      if (kept.some((r) => r.docs.length)) await db.syncLog.bulkPut(kept.filter((r) => r.docs.length));
    });
    return refusal;
  }

  /** Merges the server's version of an item or document into the local one after a 409; the merge is pushed next round. */
  private async mergeConflict(doc: string, server: ServerDoc, report: SyncReport, user: string): Promise<boolean> {
    const { db } = this;
    const type = parseDocId(doc)!.type as 'item' | 'document';
    const parsed = SCHEMA_OF[type].safeParse(server.data);
    if (!parsed.success) return false;
    let remoteText: string | null = null;
    let local: DocumentRecord | undefined;
    let localSha = '';
    if (type === 'document') {
      const ref = (parsed.data as DocumentData).textRef;
      local = await db.documents.get((parsed.data as DocumentData).id);
      if (local) localSha = await textSha(local.text);
      remoteText = local && localSha === ref.sha ? local.text : await this.assemble(ref, new Map());
      if (remoteText === null) return false;
    }
    await db.transaction('rw', [db.documents, db.items, db.terms, db.notes, db.syncLog, db.syncMeta], async (tx) => {
      markApplying(tx.idbtrans);
      const meta = await db.syncMeta.get(doc);
      const at = this.now();
      if (type === 'item') {
        const data = parsed.data as ItemRecord;
        const row = await db.items.get(data.id);
        const merged = row ? mergeItems((meta?.base as ItemRecord | undefined) ?? null, row, data, { now: at, newId: this.newId, localBy: user, remoteBy: server.by }) : { item: data, notes: [], conflicts: [] };
        await db.items.put(merged.item);
        await writeTerms(db, [merged.item]);
        if (merged.notes.length) {
          await db.notes.bulkAdd(merged.notes);
          await db.syncLog.add({ docs: merged.notes.map((n) => docId('note', n.id)), at });
        }
        report.fieldConflicts += merged.conflicts.length;
      } else {
        const data = parsed.data as DocumentData;
        const row = await db.documents.get(data.id);
        if (row) {
          const sha = local && row.text === local.text ? localSha : 'changed-during-sync';
          const { text: localText, ...rest } = row;
          const merged = mergeDocuments((meta?.base as DocumentData | undefined) ?? null, { ...rest, textRef: { sha, parts: 0, length: localText.length } }, data);
          await db.documents.put(documentRow(merged.data, merged.data.textRef.sha === data.textRef.sha ? remoteText! : localText));
          report.fieldConflicts += merged.conflicts.length;
        } else await db.documents.put(documentRow(data, remoteText!));
      }
      await db.syncMeta.put({ doc, rev: server._rev, base: parsed.data as SyncMetaRow['base'], by: server.by });
      await db.syncLog.add({ docs: [doc], at });
    });
    report.conflictsMerged++;
    return true;
  }
}

const TABLE_TYPE = { documents: 'document', items: 'item', notes: 'note', revisions: 'revision' } as const;

/** One document id of a log row, as a push round reads it. */
interface LogEntry {
  seq: number;
  doc: string;
}
