/**
 * The three-way merge of a record changed here and on the server since the copy both started from (the base, the
 * last version this client had from or sent to the server). Pure: records in, merged record and the progress notes
 * that record what was set aside out; the sync engine writes both in one transaction.
 *
 * Per field, against the base:
 *  - changed on one side only → that side's value;
 *  - changed on both to the same value → that value;
 *  - owners, lead, coop, collective: merged as sets (added on either side kept, removed on either side dropped),
 *    and the owners always hold the lead and co-operating units;
 *  - hand-edit flags (`edited`): the union;
 *  - status, progress, deadline, text, detail changed on both: the later edit (the record's `updatedAt`; a tie
 *    decided by the values, so every client decides alike) wins and the other value is written as a progress note
 *    「并发修改：…同时被…设为「…」，已采用较晚的修改「…」。」;
 *  - other fields changed on both (order, anchor, section, the draft's values …): the later edit;
 *  - `deletedAt` (the trash): deletes are soft, and an edit never silently loses to a delete — when one side moved
 *    the item to the trash while the other changed it, the item stays in the ledger, the edit applied, and a note
 *    says it was deleted elsewhere;
 *  - createdAt the earlier, updatedAt the later.
 * With no base (the same record reached both sides separately, e.g. a backup restored on one), every differing
 * field counts as changed on both sides and sets are united.
 */
import { statusLabels } from '../checklist/status';
import { isoDay } from '../calendar';
import { formatChineseDate } from '../presentation/labels';
import { LIMITS, type ItemDeadline, type ItemRecord, type NoteRecord, type Status } from '../schema/checklist';
import { canonical, sameData, type DocumentData } from './docs';

/** Where the merge runs: its clock and id source, and optionally who made each side's edit (for the notes). */
export interface MergeEnv {
  now: number;
  newId: () => string;
  localBy?: string | null;
  remoteBy?: string | null;
}

/** A field both sides changed to different values: which value was kept and which set aside. */
export interface FieldConflict {
  field: string;
  kept: unknown;
  lost: unknown;
  /** Which side's value was kept. */
  winner: 'local' | 'remote';
}

export interface ItemMergeResult {
  item: ItemRecord;
  /** Progress notes recording each value set aside (and each delete undone); new records with unique ids. */
  notes: NoteRecord[];
  conflicts: FieldConflict[];
}

const SET_FIELDS = new Set(['owners', 'lead', 'coop', 'collective']);
/** Fields whose losing value is kept as a note, with the words a note names them by. */
const NOTED: Record<string, string> = { status: '状态', progress: '进度', deadline: '时限', text: '事项内容', detail: '问题表述' };
const EDITABLE_ORDER = ['text', 'owners', 'lead', 'coop', 'deadline'] as const;
/** Longest value a note quotes (so two quotes and the words stay within one note's limit). */
const QUOTE_CHARS = Math.floor((LIMITS.noteChars - 200) / 2);

type Side = 'local' | 'remote';

/** The side whose edit is later: by `updatedAt`, a tie by the values' canonical texts (the same on every client). */
function laterSide(localAt: number, remoteAt: number, localValue: unknown, remoteValue: unknown): Side {
  if (localAt !== remoteAt) return localAt > remoteAt ? 'local' : 'remote';
  return canonical(localValue) >= canonical(remoteValue) ? 'local' : 'remote';
}

/** A three-way merge of two lists as sets, local order first, then what the remote side added. */
export function mergeSet(base: readonly string[] | null | undefined, local: readonly string[] | undefined, remote: readonly string[] | undefined): string[] {
  const b = new Set(base ?? []);
  const l = new Set(local ?? []);
  const r = new Set(remote ?? []);
  const out: string[] = [];
  for (const x of l) if (r.has(x) || !b.has(x)) out.push(x);
  for (const x of r) if (!l.has(x) && !b.has(x)) out.push(x);
  return out;
}

/** One field merged three ways; `conflict` set when both sides changed it to different values. */
function mergeField<T>(field: string, base: T | undefined, local: T, remote: T, hasBase: boolean, at: { local: number; remote: number }): { value: T; side: Side | 'both'; conflict?: FieldConflict } {
  const localChanged = !hasBase || !sameData(base, local);
  const remoteChanged = !hasBase || !sameData(base, remote);
  if (sameData(local, remote)) return { value: local, side: 'both' };
  if (!remoteChanged) return { value: local, side: 'local' };
  if (!localChanged) return { value: remote, side: 'remote' };
  const winner = laterSide(at.local, at.remote, local, remote);
  const [kept, lost] = winner === 'local' ? [local, remote] : [remote, local];
  return { value: kept, side: winner, conflict: { field, kept, lost, winner } };
}

/** A field's value as a note quotes it. */
export function describeValue(field: string, value: unknown): string {
  if (field === 'status') return statusLabels[value as Status] ?? String(value);
  if (field === 'progress') return value === null || value === undefined ? '未填报' : `${String(value)}%`;
  if (field === 'deadline') {
    const d = value as ItemDeadline | null;
    if (!d) return '未明确';
    return d.due && d.due !== d.text ? `${d.text}（${formatChineseDate(d.due)}）` : d.text;
  }
  const text = typeof value === 'string' ? value : canonical(value);
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text;
}

function note(env: MergeEnv, item: ItemRecord, text: string): NoteRecord {
  return { id: env.newId(), itemId: item.id, documentId: item.documentId, date: isoDay(env.now), text, kind: 'note', progress: null, createdAt: env.now };
}

function whoOf(env: MergeEnv, side: Side): string {
  const by = side === 'local' ? env.localBy : env.remoteBy;
  return by ? `「${by}」` : side === 'local' ? '本机' : '另一处';
}

/** Fields other than the trash and the clock that `side` changed against the base. */
function editedBesidesDelete(base: ItemRecord | null, side: ItemRecord): boolean {
  if (!base) return true;
  const keys = new Set([...Object.keys(base), ...Object.keys(side)]);
  for (const k of keys) {
    if (k === 'deletedAt' || k === 'updatedAt') continue;
    if (!sameData(base[k as keyof ItemRecord], side[k as keyof ItemRecord])) return true;
  }
  return false;
}

/** Merges an item changed on both sides since `base`; see the module comment. */
export function mergeItems(base: ItemRecord | null, local: ItemRecord, remote: ItemRecord, env: MergeEnv): ItemMergeResult {
  const hasBase = base !== null;
  const at = { local: local.updatedAt, remote: remote.updatedAt };
  const out: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  const notes: string[] = [];
  const sides: Record<string, Side | 'both'> = {};
  const keys = new Set([...Object.keys(local), ...Object.keys(remote), ...(base ? Object.keys(base) : [])]);
  for (const key of keys) {
    const b = base?.[key as keyof ItemRecord];
    const l = local[key as keyof ItemRecord];
    const r = remote[key as keyof ItemRecord];
    if (key === 'createdAt') out[key] = Math.min(local.createdAt, remote.createdAt);
    else if (key === 'updatedAt') out[key] = Math.max(local.updatedAt, remote.updatedAt);
    else if (key === 'deletedAt') continue;
    else if (SET_FIELDS.has(key)) {
      if (l === undefined && r === undefined) continue;
      out[key] = mergeSet(b as string[] | undefined, l as string[] | undefined, r as string[] | undefined);
    } else if (key === 'edited') {
      const union = new Set([...local.edited, ...remote.edited]);
      out[key] = EDITABLE_ORDER.filter((f) => union.has(f));
    } else {
      const m = mergeField(key, b, l, r, hasBase, at);
      sides[key] = m.side;
      if (m.value !== undefined) out[key] = m.value;
      if (m.conflict) {
        conflicts.push(m.conflict);
        if (NOTED[key]) {
          const loser: Side = m.conflict.winner === 'local' ? 'remote' : 'local';
          notes.push(`并发修改：${NOTED[key]}同时被${whoOf(env, loser)}设为「${describeValue(key, m.conflict.lost)}」，已采用较晚的修改「${describeValue(key, m.conflict.kept)}」。`);
        }
      }
    }
  }
  // The stored due day follows the deadline it was read from.
  if (sides.deadline === 'local' || sides.deadline === 'remote') out.due = (sides.deadline === 'local' ? local : remote).due;
  // The owners hold the lead and co-operating units (as a hand edit keeps them).
  out.owners = [...new Set([...(out.owners as string[]), ...(out.lead as string[]), ...(out.coop as string[])])];
  out.deletedAt = mergeDelete(base, local, remote, notes, conflicts, env);
  const item = out as unknown as ItemRecord;
  return { item, notes: notes.map((text) => note(env, item, text)), conflicts };
}

/** The trash field: a delete on one side against an edit on the other keeps the item (see the module comment). */
function mergeDelete(base: ItemRecord | null, local: ItemRecord, remote: ItemRecord, notes: string[], conflicts: FieldConflict[], env: MergeEnv): number | null {
  const b = base?.deletedAt ?? null;
  const l = local.deletedAt;
  const r = remote.deletedAt;
  if (l === r) return l;
  const localChanged = !base || l !== b;
  const remoteChanged = !base || r !== b;
  const restoreFor = (deleter: Side) => {
    conflicts.push({ field: 'deletedAt', kept: null, lost: deleter === 'local' ? l : r, winner: deleter === 'local' ? 'remote' : 'local' });
    notes.push(`并发修改：此事项同时被${whoOf(env, deleter)}移入回收站，因另一处同时修改了它，已保留在台账中；如确需删除，请再次删除。`);
    return null;
  };
  if (localChanged && !remoteChanged) {
    if (l !== null && editedBesidesDelete(base, remote)) return restoreFor('local');
    return l;
  }
  if (remoteChanged && !localChanged) {
    if (r !== null && editedBesidesDelete(base, local)) return restoreFor('remote');
    return r;
  }
  // Both changed: both deleted → the later time; one restored, one deleted → kept in the ledger, with a note.
  if (l !== null && r !== null) return Math.max(l, r);
  return restoreFor(l !== null ? 'local' : 'remote');
}

export interface DocumentMergeResult {
  data: DocumentData;
  conflicts: FieldConflict[];
}

/**
 * Merges a document's data (its record with the text named by `textRef`): per field as items, the later save's
 * text winning when both saved (the other text stays on the server, its parts append-only, and each save's
 * revision record is kept), the higher revision number, createdAt the earlier, updatedAt the later.
 */
export function mergeDocuments(base: DocumentData | null, local: DocumentData, remote: DocumentData): DocumentMergeResult {
  const hasBase = base !== null;
  const at = { local: local.updatedAt, remote: remote.updatedAt };
  const out: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  const keys = new Set([...Object.keys(local), ...Object.keys(remote), ...(base ? Object.keys(base) : [])]);
  for (const key of keys) {
    const k = key as keyof DocumentData;
    if (key === 'createdAt') out[key] = Math.min(local.createdAt, remote.createdAt);
    else if (key === 'updatedAt') out[key] = Math.max(local.updatedAt, remote.updatedAt);
    else if (key === 'revision') out[key] = Math.max(local.revision, remote.revision);
    else {
      const m = mergeField(key, base?.[k], local[k], remote[k], hasBase, at);
      if (m.value !== undefined) out[key] = m.value;
      if (m.conflict) conflicts.push(m.conflict);
    }
  }
  return { data: out as unknown as DocumentData, conflicts };
}
