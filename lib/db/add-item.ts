/**
 * 新增事项: an item a person adds to the 台账 — by hand, every column given (the dashboard's form), or from a
 * selection in a draft (「加入督办台账」 on selected text), anchored to that text like any item (lib/anchoring
 * `anchorAt`: the quote with its context), so a later save of the draft finds it again. One transaction.
 *
 * Where it goes: the named document; else the latest checklist of the draft's key — or, for a selection in a draft
 * not saved yet, a new checklist of that draft (its text kept, so the next save of the draft merges into it, the
 * texts being the same); else, for an item with no draft at all, the one 手工登记事项 checklist. The item is marked
 * `origin: 'manual'` and pinned, so a merge of its draft never orphans it, and its values are its `draft` values
 * (nothing to revert to). Status and progress may be given; a status other than 未启动 is logged like any change.
 */
import { anchorAt } from '../anchoring/text-quote';
import { isoDay } from '../calendar';
import { statusLabels } from '../checklist/status';
import type { SectionStep } from '../schema/analysis';
import { isHttpUrl, LIMITS, type Anchor, type DocumentRecord, type ItemDeadline, type ItemKind, type ItemRecord, type Status } from '../schema/checklist';
import { writeTerms } from './database';
import { ChecklistError, type RepoEnv } from './env';
import { itemsOfDocument } from './item-keys';

/** The key of the checklist that holds items added with no draft. */
export const MANUAL_KEY = 'luoshi:manual';
export const MANUAL_TITLE = '手工登记事项';

export interface AddItemInput {
  /** Add to this checklist. */
  documentId?: string;
  /** Else to the latest checklist of this draft key (saveAnalysis's key). */
  key?: string;
  /** Text selected in the draft: the whole draft text and the selection's [start, end) in it. */
  selection?: { text: string; start: number; end: number };
  /** A new checklist's title and page (when the selection's draft has none yet). */
  title?: string | null;
  url?: string | null;
  kind?: ItemKind;
  /** The item's text; for a selection, the selected text when not given. */
  text?: string;
  detail?: string;
  /** The heading path, as the Analysis gives it ({marker, title} per heading). */
  section?: SectionStep[];
  owners?: string[];
  lead?: string[];
  coop?: string[];
  deadline?: ItemDeadline | null;
  status?: Status;
  progress?: number | null;
}

const firstLine = (s: string) => s.trim().split('\n')[0]!.trim().slice(0, 80);

/** Adds one item; see the module comment. Resolves with the new record. */
export async function addItem(env: RepoEnv, input: AddItemInput): Promise<ItemRecord> {
  const { db } = env;
  const sel = input.selection;
  if (sel && !(sel.start >= 0 && sel.start < sel.end && sel.end <= sel.text.length)) throw new ChecklistError('invalid', '所选文字的位置无效');
  const text = (input.text ?? (sel ? sel.text.slice(sel.start, sel.end) : '')).trim();
  if (!text) throw new ChecklistError('invalid', '事项内容不能为空');
  return db.transaction('rw', [db.documents, db.items, db.itemKeys, db.terms, db.notes], async () => {
    const now = env.now();
    if ((await db.items.count()) + 1 > LIMITS.items) throw new ChecklistError('invalid', `督办台账的事项已达上限 ${LIMITS.items.toLocaleString('zh-CN')} 项；请先导出备份并清理不再需要的文稿。`);
    let doc: DocumentRecord | undefined;
    if (input.documentId) {
      doc = await db.documents.get(input.documentId);
      if (!doc) throw new ChecklistError('not_found', `找不到文稿 ${input.documentId}`);
    } else {
      const key = input.key ?? (sel ? null : MANUAL_KEY);
      if (!key) throw new ChecklistError('invalid', '从所选文字新增事项须注明文稿');
      doc = (await db.documents.where('key').equals(key).toArray()).sort((a, b) => b.updatedAt - a.updatedAt)[0];
      if (!doc) {
        const draftText = sel?.text ?? '';
        doc = {
          id: env.newId(),
          key,
          title: (input.title || (key === MANUAL_KEY ? MANUAL_TITLE : firstLine(draftText)) || '未命名文稿').slice(0, LIMITS.titleChars),
          url: input.url && isHttpUrl(input.url) ? input.url : null,
          site: null,
          editor: key === MANUAL_KEY ? 'manual' : null,
          referenceDate: isoDay(now),
          text: draftText,
          createdAt: now,
          updatedAt: now,
          revision: 1,
        };
        await db.documents.add(doc);
      }
    }
    const anchor: Anchor = sel ? anchorAt(sel.text, sel.start, sel.end) : { exact: text, prefix: '', suffix: '', start: 0 };
    const siblings = await itemsOfDocument(db, doc.id);
    const order = sel ? siblings.filter((s) => s.anchor.start <= anchor.start).length : siblings.reduce((m, s) => Math.max(m, s.order + 1), 0);
    const lead = input.lead ?? [];
    const coop = input.coop ?? [];
    const owners = [...new Set([...(input.owners ?? []), ...lead, ...coop])];
    const deadline = input.deadline ?? null;
    const kind = input.kind ?? 'action';
    const item: ItemRecord = {
      id: env.newId(),
      documentId: doc.id,
      kind,
      text,
      detail: input.detail ?? '',
      group: null,
      section: input.section ?? [],
      owners,
      lead,
      coop,
      deadline,
      due: deadline?.due ?? null,
      status: input.status ?? 'not_started',
      progress: input.progress ?? null,
      anchor,
      order,
      orphaned: 0,
      pinned: 1,
      deletedAt: null,
      edited: [],
      draft: { text, owners, lead, coop, deadline },
      createdAt: now,
      updatedAt: now,
      origin: 'manual',
    };
    await db.items.add(item);
    await writeTerms(db, [item]);
    if (item.status !== 'not_started') {
      await db.notes.add({ id: env.newId(), itemId: item.id, documentId: doc.id, date: isoDay(now), text: `状态：${statusLabels.not_started} → ${statusLabels[item.status]}`, kind: 'status', progress: null, createdAt: now });
    }
    return item;
  });
}
