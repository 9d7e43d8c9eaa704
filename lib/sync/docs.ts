/**
 * The team ledger's CouchDB documents: which local rows sync, their document ids, and the bodies sent and read.
 * Every body is `{_id, type, by, data}`: `type` one of DOC_TYPES (the server's validate_doc_update knows them),
 * `by` the user who wrote it last (CouchDB's userCtx name, shown as 最后修改人), `data` the local record as
 * lib/schema/checklist.ts stores it — except a document's `text`, which travels in its own `text` docs (a draft may
 * be 2,000,000 characters; CouchDB refuses documents over `max_document_size`, 8 MB by default): the document's
 * data names the text by its SHA-256 (`textRef`), and the text is cut into parts of at most TEXT_PART_BYTES of
 * JSON each, ids `text:<sha>:<n>` — content-addressed, so they never change once written and two clients writing
 * the same text write the same docs. Notes, revisions and text parts are append-only (never updated); items and
 * documents are merged field by field on a conflict (merge.ts). Nothing is ever deleted on the server: an item's
 * delete is its `deletedAt` (回收站). Search terms, skips, quarantine and the user's settings stay local.
 */
import type { DocumentRecord, ItemRecord, NoteRecord, RevisionRecord } from '../schema/checklist';

/** Every document type the team database holds. */
export const DOC_TYPES = ['document', 'text', 'item', 'note', 'revision'] as const;
export type DocType = (typeof DOC_TYPES)[number];
/** Types whose documents are written once and never changed (the server refuses an update). */
export const APPEND_ONLY: ReadonlySet<DocType> = new Set(['text', 'note', 'revision']);

/** Local tables that sync, and the document type of their rows. */
export const SYNCED_TABLES = { documents: 'document', items: 'item', notes: 'note', revisions: 'revision' } as const satisfies Record<string, DocType>;
export type SyncedTable = keyof typeof SYNCED_TABLES;
export const TABLE_OF: Record<Exclude<DocType, 'text'>, SyncedTable> = { document: 'documents', item: 'items', note: 'notes', revision: 'revisions' };

/** Largest JSON size (UTF-8 bytes) of one text part: well under CouchDB's 8 MB document and request limits. */
export const TEXT_PART_BYTES = 1_000_000;

/** A document's data as it syncs: the record without its text, which `textRef` names. */
export type DocumentData = Omit<DocumentRecord, 'text'> & { textRef: { sha: string; parts: number; length: number } };
export interface TextData {
  sha: string;
  part: number;
  parts: number;
  text: string;
}

export interface DataOf {
  document: DocumentData;
  text: TextData;
  item: ItemRecord;
  note: NoteRecord;
  revision: RevisionRecord;
}

/** A document body as stored on the server (without `_rev`, which sync-meta keeps). */
export interface SyncBody<T extends DocType = DocType> {
  _id: string;
  type: T;
  by: string | null;
  data: DataOf[T];
}

/** A body with its CouchDB revision (and, when asked for, its conflicting revisions). */
export type ServerDoc = SyncBody & { _rev: string; _deleted?: boolean; _conflicts?: string[] };

/** The document id of a row of `type`: `item:<id>`. */
export function docId(type: DocType, id: string): string {
  return `${type}:${id}`;
}

/** The type and local id of a document id, or null for one that is not ours (a design doc, an unknown type). */
export function parseDocId(id: string): { type: DocType; id: string } | null {
  const at = id.indexOf(':');
  if (at < 1) return null;
  const type = id.slice(0, at) as DocType;
  if (!DOC_TYPES.includes(type)) return null;
  return { type, id: id.slice(at + 1) };
}

/** Whether a server document is one of ours in the expected shape (anything else is left alone). */
export function isSyncBody(doc: unknown): doc is ServerDoc {
  if (!doc || typeof doc !== 'object') return false;
  const d = doc as Partial<ServerDoc>;
  return typeof d._id === 'string' && typeof d.type === 'string' && (DOC_TYPES as readonly string[]).includes(d.type) && !!d.data && typeof d.data === 'object' && parseDocId(d._id)?.type === d.type;
}

/** SHA-256 of a text's UTF-16 code units (hex): the same in the service worker, pages and node. */
export async function textSha(text: string): Promise<string> {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', units));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A text cut into parts whose JSON string is at most `maxBytes` UTF-8 bytes each, never inside a surrogate pair.
 * Linear: each character's JSON size is counted once.
 */
export function splitText(text: string, maxBytes = TEXT_PART_BYTES): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    const hi = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const size = hi ? 4 : jsonBytes(c);
    if (bytes + size > maxBytes && i > start) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 2;
    }
    bytes += size;
    if (hi) i++;
  }
  if (start < text.length || parts.length === 0) parts.push(text.slice(start));
  return parts;
}

/** Bytes one UTF-16 unit takes in a JSON string (escapes included). */
function jsonBytes(c: number): number {
  if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09) return 2;
  if (c < 0x20) return 6;
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdfff) return 6; // a lone surrogate is escaped
  return 3;
}

/** The bodies a document row syncs as: its data with `textRef`, and its text parts. */
export async function documentBodies(row: DocumentRecord, by: string | null): Promise<{ doc: SyncBody<'document'>; parts: SyncBody<'text'>[] }> {
  const { text, ...rest } = row;
  const sha = await textSha(text);
  const pieces = splitText(text);
  const data: DocumentData = { ...rest, textRef: { sha, parts: pieces.length, length: text.length } };
  return {
    doc: { _id: docId('document', row.id), type: 'document', by, data },
    parts: pieces.map((piece, part) => ({ _id: docId('text', `${sha}:${part}`), type: 'text', by, data: { sha, part, parts: pieces.length, text: piece } })),
  };
}

/** The document row of a document's data and its whole text. */
export function documentRow(data: DocumentData, text: string): DocumentRecord {
  const { textRef: _ref, ...rest } = data;
  return { ...rest, text };
}

/** The body of a row of a synced table other than documents. */
export function rowBody(type: 'item' | 'note' | 'revision', row: ItemRecord | NoteRecord | RevisionRecord, by: string | null): SyncBody {
  return { _id: docId(type, row.id), type, by, data: row } as SyncBody;
}

/** A JSON text of `value` with object keys sorted: equal values give equal texts whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
        .map((k) => [k, o[k]]),
    );
  });
}

/** Whether two values are equal as data (key order and undefined fields ignored). */
export function sameData(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}
