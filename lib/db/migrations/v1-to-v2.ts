/**
 * Upgrade of a version-1 database to version 2, as pure row functions plus the Dexie upgrade that applies them.
 * Old rows are data from another time, so each field is read defensively and every new row is checked with zod. A
 * row that is only too long for today's limits is kept cut to them, its original in the `quarantine` table
 * (fit.ts), so one oversized row never stops the upgrade and nothing is lost; should a row fail otherwise, the
 * upgrade throws, IndexedDB aborts the version change, and the v1 data stays untouched. A page URL that is not
 * http(s) is not kept as a link (the key still has it).
 *
 * status label → id (variants too; an unknown label becomes 未启动 and is kept in a note) · owners string → list ·
 * quote + position → anchor with context from the document text · note → the first entry of the progress log.
 */
import type { Transaction } from 'dexie';
import { anchorAt } from '../../anchoring/text-quote';
import { DEFAULT_SETTINGS, documentRecordSchema, isHttpUrl, itemRecordSchema, noteRecordSchema, type DocumentRecord, type ItemRecord, type NoteRecord, type QuarantineRecord } from '../../schema/checklist';
import { isoDay } from '../../calendar';
import { termsOf } from '../../checklist/search-terms';
import { parseStatus } from '../../checklist/status';
import { fitRecord, keepOriginals, quarantined } from './fit';
import type { V1Document, V1Item } from './v1';

const str = (x: unknown, fallback = ''): string => (typeof x === 'string' ? x : fallback);
const num = (x: unknown, fallback = 0): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? Math.floor(x) : fallback);
const day = (x: unknown): string | null => (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? x : null);

/** A v1 document as a v2 record, and its original when it had to be cut to fit. */
export function upgradeDocument(d: V1Document): { doc: DocumentRecord; kept: QuarantineRecord | null } {
  const savedAt = num(d.savedAt);
  const url = typeof d.url === 'string' && d.url ? d.url : null;
  let site: string | null = null;
  try {
    site = url ? new URL(url).hostname || null : null;
  } catch {
    site = null;
  }
  const { record, cut } = fitRecord(documentRecordSchema, {
    id: str(d.id),
    key: url ?? str(d.id),
    title: str(d.title, '未命名文稿'),
    url: url && isHttpUrl(url) ? url : null,
    site,
    editor: null,
    referenceDate: isoDay(savedAt),
    text: str(d.text),
    createdAt: savedAt,
    updatedAt: savedAt,
    revision: 1,
  });
  return { doc: record, kept: cut.length ? quarantined('documents', record.id, d, cut, savedAt) : null };
}

/**
 * A v1 item as a v2 record plus its notes, and the originals of what had to be cut to fit; `text` is the
 * document's text (for the anchor's context).
 */
export function upgradeItem(it: V1Item, text: string, order: number): { item: ItemRecord; notes: NoteRecord[]; kept: QuarantineRecord[] } {
  const quote = str(it.quote) || str(it.text);
  const hinted = num(it.position, -1);
  const start = hinted >= 0 && text.startsWith(quote, hinted) ? hinted : text.indexOf(quote);
  const anchor = start >= 0 && quote ? anchorAt(text, start, start + quote.length) : { exact: quote, prefix: '', suffix: '', start: Math.max(0, hinted) };
  const owners = [...new Set(str(it.owners).split(/[、,，;；\s]+/).filter(Boolean))];
  const due = day(it.due);
  const deadlineText = str(it.deadline);
  const deadline = deadlineText || due ? { text: deadlineText || due!, due, type: due ? ('absolute' as const) : ('relative' as const) } : null;
  const label = str(it.status);
  const status = parseStatus(label) ?? 'not_started';
  const createdAt = num(it.createdAt);
  const updatedAt = num(it.updatedAt, createdAt);
  const values = { text: str(it.text), owners, lead: [] as string[], coop: [] as string[], deadline };
  const base = {
    id: str(it.id),
    documentId: str(it.documentId),
    kind: it.kind === 'problem' ? ('problem' as const) : ('action' as const),
    ...values,
    detail: '',
    group: null,
    section: [],
    due,
    status,
    progress: null,
    anchor,
    order,
    orphaned: 0 as const,
    pinned: 0 as const,
    deletedAt: null,
    edited: [],
    draft: values,
    createdAt,
    updatedAt,
  };
  const { record: item, cut } = fitRecord(itemRecordSchema, base);
  const kept: QuarantineRecord[] = cut.length ? [quarantined('items', item.id, it, cut, updatedAt)] : [];
  const notes: NoteRecord[] = [];
  const note = (suffix: string, body: string) => {
    const fitted = fitRecord(noteRecordSchema, { id: `${item.id}~v1${suffix}`, itemId: item.id, documentId: item.documentId, date: isoDay(updatedAt), text: body, kind: 'note', progress: null, createdAt: updatedAt });
    notes.push(fitted.record);
    if (fitted.cut.length) kept.push(quarantined('notes', fitted.record.id, { itemId: item.id, text: body }, fitted.cut, updatedAt));
  };
  if (str(it.note).trim()) note('note', str(it.note));
  if (label && !parseStatus(label)) note('status', `原状态：${label}`);
  return { item, notes, kept };
}

/** The Dexie upgrade callback for version 2. NOTE rewrites every document and item row. */
export async function upgradeV1toV2(tx: Transaction): Promise<void> {
  const docs = (await tx.table('documents').toArray()) as V1Document[];
  const items = (await tx.table('items').toArray()) as V1Item[];
  const kept: QuarantineRecord[] = [];
  const upgradedDocs = docs.map((d) => {
    const r = upgradeDocument(d);
    if (r.kept) kept.push(r.kept);
    return r.doc;
  });
  // Anchors are found in the text as stored (cut to the limit where it was too long).
  const texts = new Map(upgradedDocs.map((d) => [d.id, d.text]));
  await tx.table('documents').bulkPut(upgradedDocs);
  const byDoc = new Map<string, V1Item[]>();
  for (const it of items) byDoc.set(it.documentId, [...(byDoc.get(it.documentId) ?? []), it]);
  const upgraded: ItemRecord[] = [];
  const notes: NoteRecord[] = [];
  for (const [docId, list] of byDoc) {
    // Order by where the quote was found, not by the stored position, which may be stale.
    const results = list.map((it) => upgradeItem(it, texts.get(docId) ?? '', 0)).sort((a, b) => a.item.anchor.start - b.item.anchor.start);
    results.forEach((r, order) => {
      upgraded.push({ ...r.item, order });
      notes.push(...r.notes);
      kept.push(...r.kept);
    });
  }
  await keepOriginals(tx, kept);
  await tx.table('items').bulkPut(upgraded);
  await tx.table('terms').bulkPut(upgraded.map((it) => ({ id: it.id, terms: termsOf(it) })));
  await tx.table('notes').bulkAdd(notes);
  await tx.table('settings').put({ key: 'settings', value: DEFAULT_SETTINGS });
}
