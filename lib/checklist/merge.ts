/**
 * Merging a (revised) draft into a checklist, without loss. Old items pair with the draft's items by their
 * anchors (lib/anchoring: exact quote first, then fuzzy), kind by kind. A paired item keeps its id, status, notes,
 * progress and every hand-edited field; fields not edited by hand follow the draft. Draft items without a partner
 * become new items. Old items without a partner are marked orphaned: kept, shown, restorable, never deleted
 * (items pinned by hand stay as they are). Pure: the repository writes the result in one transaction.
 *
 * A fuzzy pair must be the same task reworded, not another task in its place: the quotes must share enough
 * bigrams (FUZZY), the units named must not be two different sets, and an item already 已完成 or 已销号 pairs
 * only with a sentence very close to its own (FINISHED_FUZZY) — else the old item is orphaned and the sentence
 * added, so a new task never inherits a closed one's id and status. A status other than 未启动 that a fuzzy pair
 * does carry to a reworded sentence is named in the report (`carried`).
 *
 * Hand edits are per field: only a field in `edited` is kept, and the report lists each one kept against a
 * different draft value (`handEdits`), with the draft's earlier value when the draft changed it since the last
 * save — a draft change the merge did not apply because of the hand edit. A draft item may carry `hand` values
 * (side-panel corrections made before saving): they become the item's values and are flagged as hand edits,
 * while `draft` keeps what the draft itself says.
 */
import { matchAnchors } from '../anchoring/match-anchors';
import type { ChangedField, DraftValues, EditableField, HandEditReport, ItemRecord, MergeReport, RevisionChanges, Status } from '../schema/checklist';
import { formatSection } from '../presentation/labels';
import type { DraftItem } from './draft-items';

export interface MergeContext {
  documentId: string;
  now: number;
  newId: () => string;
}

export interface MergeResult {
  /** Records to write: changed, newly orphaned and new ones. Unchanged records are left out. */
  put: ItemRecord[];
  /** Ids among `put` whose searchable text changed or that are new: their search terms must be rewritten. */
  reindex: string[];
  report: MergeReport;
  /** The same, item by item: what this revision added, changed (field by field) and orphaned. */
  changes: RevisionChanges;
  /** Per old item id, the id of the draft item it paired with (the same id) and how. */
  pairs: { id: string; how: 'exact' | 'fuzzy'; score: number }[];
}

const EDITABLE: readonly EditableField[] = ['text', 'owners', 'lead', 'coop', 'deadline'];

/** Anchor pairing thresholds (bigram Dice of the quotes; with agreeing context a little less). */
export const FUZZY = { minScore: 0.55, minScoreWithContext: 0.45, minContext: 0.5 } as const;
/** Dice a fuzzy pair needs when the two name different units, or when the old item is finished or closed. */
export const FINISHED_FUZZY = 0.8;
const FINISHED: ReadonlySet<Status> = new Set(['done', 'closed']);

/** Whether a fuzzy pair of `old` with draft item `d` at Dice `score` is the same task. */
function sameTask(old: ItemRecord, d: DraftItem, score: number): boolean {
  const a = old.draft.owners;
  const b = d.owners;
  const otherUnits = a.length > 0 && b.length > 0 && !a.some((o) => b.includes(o));
  if (otherUnits || FINISHED.has(old.status)) return score >= FINISHED_FUZZY && !(otherUnits && FINISHED.has(old.status));
  return true;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const CONTENT = ['text', 'detail', 'group', 'section', 'owners', 'lead', 'coop', 'deadline'] as const;
/** A content field as a reader compares it: lists joined with 、, the section path with ›, the deadline's words. */
export function fieldText(item: Pick<ItemRecord, ChangedField>, field: ChangedField): string {
  const v = item[field];
  if (field === 'deadline') return item.deadline ? item.deadline.text + (item.deadline.due && item.deadline.due !== item.deadline.text ? `（${item.deadline.due}）` : '') : '';
  if (field === 'section') return formatSection(item.section);
  if (Array.isArray(v)) return v.join('、');
  return typeof v === 'string' ? v : '';
}

const sameAnchor = (a: ItemRecord['anchor'], b: ItemRecord['anchor']) => a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix && a.start === b.start;

/** The values a draft item gives for the editable fields. */
export function draftValuesOf(d: DraftItem): DraftValues {
  return { text: d.text, owners: d.owners, lead: d.lead, coop: d.coop, deadline: d.deadline };
}

/** An editable field's value as a reader compares it (lists joined with 、, a deadline's words and day). */
export function editableText(field: EditableField, value: DraftValues[EditableField]): string {
  if (field === 'deadline') return fieldText({ deadline: value as DraftValues['deadline'] } as Pick<ItemRecord, ChangedField>, 'deadline');
  if (Array.isArray(value)) return value.join('、');
  return typeof value === 'string' ? value : '';
}

/**
 * Whether two values of an editable field say the same: a deadline by its words, day and rule (its type is how the
 * engine or a form classed the words, not something a person changes), the rest as they are.
 */
export function sameValue(field: EditableField, a: DraftValues[EditableField], b: DraftValues[EditableField]): boolean {
  if (field !== 'deadline') return same(a, b);
  const x = a as DraftValues['deadline'];
  const y = b as DraftValues['deadline'];
  if (!x || !y) return x === y;
  return x.text === y.text && x.due === y.due && same(x.recurrence ?? null, y.recurrence ?? null);
}

/** The side-panel corrections of `d` that differ from what the draft says, as field → value. */
function handValues(d: DraftItem): Partial<DraftValues> {
  const out: Partial<DraftValues> = {};
  if (!d.hand) return out;
  const draft = draftValuesOf(d);
  for (const f of EDITABLE) {
    const v = d.hand[f];
    if (v !== undefined && !sameValue(f, v, draft[f])) (out as Record<EditableField, unknown>)[f] = v;
  }
  return out;
}

/** A new record for a draft item (status 未启动). */
export function newItemRecord(d: DraftItem, ctx: MergeContext): ItemRecord {
  const hand = handValues(d);
  const item: ItemRecord = {
    id: ctx.newId(),
    documentId: ctx.documentId,
    kind: d.kind,
    text: d.text,
    detail: d.detail,
    group: d.group,
    section: d.section,
    owners: d.owners,
    lead: d.lead,
    coop: d.coop,
    deadline: d.deadline,
    due: d.deadline?.due ?? null,
    status: 'not_started' as const,
    progress: null,
    anchor: d.anchor,
    order: d.order,
    orphaned: 0 as const,
    pinned: 0 as const,
    deletedAt: null,
    edited: [],
    draft: draftValuesOf(d),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    ...(d.collective?.length && { collective: d.collective }),
  };
  const fields = Object.keys(hand) as EditableField[];
  if (!fields.length) return item;
  const next = { ...item, ...hand, edited: fields };
  return { ...next, owners: [...new Set([...next.owners, ...next.lead, ...next.coop])], due: next.deadline?.due ?? null };
}

/** Merges `drafts` into the document's existing items `olds` (all of them: orphaned and trashed too). */
export function mergeDraft(olds: readonly ItemRecord[], drafts: readonly DraftItem[], ctx: MergeContext): MergeResult {
  const report: MergeReport = { matched: 0, changed: 0, added: 0, orphaned: 0, keptEdits: 0 };
  const changes: RevisionChanges = { added: [], changed: [], orphaned: [] };
  const put: ItemRecord[] = [];
  const reindex: string[] = [];
  const pairs: MergeResult['pairs'] = [];
  const pairedNew = new Set<DraftItem>();
  const pairedOld = new Set<ItemRecord>();

  for (const kind of ['action', 'problem'] as const) {
    const o = olds.filter((x) => x.kind === kind);
    const n = drafts.filter((x) => x.kind === kind);
    const m = matchAnchors(
      o.map((x) => x.anchor),
      n.map((x) => x.anchor),
      FUZZY,
    );
    for (const p of m.pairs) {
      const old = o[p.from]!;
      const d = n[p.to]!;
      if (p.how === 'fuzzy' && !sameTask(old, d, p.score)) continue;
      pairedOld.add(old);
      pairedNew.add(d);
      pairs.push({ id: old.id, how: p.how, score: p.score });
      report.matched++;
      const draft = draftValuesOf(d);
      const hand = handValues(d);
      const edited = [...new Set([...old.edited, ...(Object.keys(hand) as EditableField[])])];
      const next: ItemRecord = { ...old, detail: d.detail, group: d.group, section: d.section, anchor: d.anchor, order: d.order, orphaned: 0, draft, edited };
      // Which owners are collective is the analysis's reading of the draft: it follows every save.
      if (d.collective?.length) next.collective = d.collective;
      else delete next.collective;
      let keptEdit = false;
      for (const f of EDITABLE) {
        if (hand[f] !== undefined) {
          (next as Record<EditableField, unknown>)[f] = hand[f];
          // A correction sent again (the side panel re-saving the draft it corrected) keeps a hand edit too: said.
          if (old.edited.includes(f) && !sameValue(f, hand[f] as DraftValues[EditableField], draft[f])) {
            keptEdit = true;
            const entry: HandEditReport = { id: old.id, text: next.text, field: f, kept: editableText(f, hand[f] as DraftValues[EditableField]), draft: editableText(f, draft[f]) };
            if (!sameValue(f, old.draft[f], draft[f])) entry.draftBefore = editableText(f, old.draft[f]);
            (report.handEdits ??= []).push(entry);
          }
        } else if (!old.edited.includes(f)) (next as Record<EditableField, unknown>)[f] = draft[f];
        else if (!sameValue(f, old[f], draft[f])) {
          keptEdit = true;
          const entry: HandEditReport = { id: old.id, text: next.text, field: f, kept: editableText(f, old[f]), draft: editableText(f, draft[f]) };
          if (!sameValue(f, old.draft[f], draft[f])) entry.draftBefore = editableText(f, old.draft[f]);
          (report.handEdits ??= []).push(entry);
        }
      }
      if (Object.keys(hand).length) next.owners = [...new Set([...next.owners, ...next.lead, ...next.coop])];
      next.due = next.deadline?.due ?? null;
      const contentChanged = CONTENT.some((f) => !same(old[f], next[f]));
      if (contentChanged || old.orphaned) {
        report.changed++;
        const fields = CONTENT.filter((f) => !same(old[f], next[f]));
        const pick = (it: ItemRecord) => Object.fromEntries(fields.map((f) => [f, fieldText(it, f)]));
        changes.changed.push({ id: old.id, kind, text: next.text, fields, before: pick(old), after: pick(next) });
      }
      if (keptEdit) report.keptEdits++;
      if (p.how === 'fuzzy' && old.status !== 'not_started' && old.anchor.exact !== d.anchor.exact) {
        (report.carried ??= []).push({ id: old.id, status: old.status, from: old.text, to: d.text });
      }
      if (contentChanged) reindex.push(old.id);
      const moved = !sameAnchor(old.anchor, next.anchor) || old.order !== next.order || old.orphaned !== next.orphaned || !same(old.draft, next.draft) || !same(old.edited, next.edited) || !same(old.collective, next.collective);
      if (contentChanged || moved) put.push({ ...next, updatedAt: ctx.now });
    }
  }
  for (const old of olds) {
    if (pairedOld.has(old) || old.orphaned || old.pinned) continue;
    report.orphaned++;
    changes.orphaned.push({ id: old.id, kind: old.kind, text: old.text });
    put.push({ ...old, orphaned: 1, updatedAt: ctx.now });
  }
  for (const d of drafts) {
    if (pairedNew.has(d)) continue;
    report.added++;
    const item = newItemRecord(d, ctx);
    changes.added.push({ id: item.id, kind: item.kind, text: item.text });
    put.push(item);
    reindex.push(item.id);
  }
  return { put, reindex, report, changes, pairs };
}
