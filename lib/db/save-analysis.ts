/**
 * Saving an analysed draft: as a new checklist, or into an existing one, merging the revised draft into it without
 * losing any status, note or hand edit (lib/checklist/merge.ts). One transaction: the document, its items and a
 * revision entry are written together or not at all.
 *
 * Which checklist a draft belongs to: the one named by `documentId`; else, among the checklists with the draft's
 * key (the page with its hash route and editor, lib/panel/draft-source.ts), the latest whose items the draft
 * matches — or, when either side has no items, whose text it resembles. A draft that matches none of them is
 * another document under the same key: it becomes a new checklist, and the report names the one it was kept
 * apart from (`separatedFrom`), so saving never replaces one document's items with another's.
 *
 * Draft items marked 不入台账 under the draft's key (lib/db/skip-actions.ts) are left out before anything is
 * matched, and the report counts them (`skipped`).
 *
 * Limits are checked here with a message a person can act on (a draft over the size the app takes, a full
 * database); every record written is also checked against the one record schema (record-guard.ts).
 */
import { diceOfSets, bigramSet } from '../anchoring/bigrams';
import type { Analysis } from '../schema/analysis';
import { isHttpUrl, LIMITS, type Correction, type DocumentRecord, type MergeReport } from '../schema/checklist';
import { draftItems, withCorrections, type DraftItem } from '../checklist/draft-items';
import { mergeDraft } from '../checklist/merge';
import { withoutSkipped } from '../checklist/skips';
import { writeTerms } from './database';
import { ChecklistError, type RepoEnv } from './env';
import { itemsOfDocument } from './item-keys';

export interface SaveAnalysisInput {
  /** Save into this document; else into the document with `key` the draft matches; else into a new one. */
  documentId?: string;
  /** The caller's identity for the draft (editor page URL + route + field, file name …). */
  key: string;
  title?: string | null;
  /** The page's URL: kept when it is http(s), else dropped (it is only ever opened as a link). */
  url?: string | null;
  site?: string | null;
  editor?: string | null;
  /** The text `analysis` was made from. */
  text: string;
  analysis: Analysis;
  /** Corrections made before saving (side panel), by action span: saved as hand edits over the draft's values. */
  corrections?: Correction[];
}

export interface SaveAnalysisResult {
  documentId: string;
  revision: number;
  created: boolean;
  report: MergeReport;
}

/** Bigram Dice of two drafts' texts at or above which they are one document revised (when items cannot tell). */
export const SAME_TEXT = 0.6;

/** Whether `draft` is a revision of a checklist with `olds` items and text `oldText`, given how many items paired. */
function belongs(matched: number, olds: number, drafts: readonly DraftItem[], oldText: string, text: string): boolean {
  if (matched > 0) return true;
  if (olds > 0 && drafts.length > 0) {
    // No item pairs: only a draft that is largely the same text is the same document (every sentence reworded).
    return diceOfSets(bigramSet(oldText), bigramSet(text)) >= SAME_TEXT;
  }
  return !oldText.trim() || diceOfSets(bigramSet(oldText), bigramSet(text)) >= SAME_TEXT;
}

const count = (n: number) => n.toLocaleString('zh-CN');

/** Saves or merges; see the module comment. */
export async function saveAnalysis(env: RepoEnv, input: SaveAnalysisInput): Promise<SaveAnalysisResult> {
  const { db } = env;
  if (input.text.length > LIMITS.draftChars) {
    throw new ChecklistError('invalid', `文稿过长（${count(input.text.length)} 字符），督办台账最多保存 ${count(LIMITS.draftChars)} 字符的文稿；请分成几部分保存。`);
  }
  const all = withCorrections(draftItems(input.text, input.analysis), input.corrections);
  return db.transaction('rw', [db.documents, db.items, db.itemKeys, db.terms, db.revisions, db.skips], async () => {
    const now = env.now();
    // Items marked 不入台账 under this key (or the named document's key) stay out of every save.
    const named = input.documentId ? await db.documents.get(input.documentId) : undefined;
    const skips = await db.skips.where('key').anyOf([...new Set([input.key, named?.key ?? input.key])]).toArray();
    const { drafts, skipped } = withoutSkipped(all, skips);
    let doc: DocumentRecord | undefined;
    let separatedFrom: string | undefined;
    if (input.documentId) {
      doc = await db.documents.get(input.documentId);
      if (!doc) throw new ChecklistError('not_found', `找不到文稿 ${input.documentId}`);
    } else {
      const candidates = (await db.documents.where('key').equals(input.key).toArray()).sort((a, b) => b.updatedAt - a.updatedAt);
      for (const c of candidates) {
        const olds = await itemsOfDocument(db, c.id);
        const probe = mergeDraft(olds, drafts, { documentId: c.id, now, newId: () => '' });
        if (belongs(probe.report.matched, olds.length, drafts, c.text, input.text)) {
          doc = c;
          break;
        }
      }
      if (!doc && candidates.length) separatedFrom = candidates[0]!.id;
    }
    const created = !doc;
    if (created && (await db.documents.count()) >= LIMITS.documents) throw new ChecklistError('invalid', `督办台账已有 ${count(LIMITS.documents)} 份文稿，达到上限；请先导出备份并清理不再需要的文稿。`);
    if ((await db.revisions.count()) >= LIMITS.revisions) throw new ChecklistError('invalid', `修订记录已达上限 ${count(LIMITS.revisions)} 条；请先导出备份并清理不再需要的文稿。`);
    const documentId = doc?.id ?? env.newId();
    const olds = created ? [] : await itemsOfDocument(db, documentId);
    const { put, reindex, report, changes } = mergeDraft(olds, drafts, { documentId, now, newId: env.newId });
    if (report.added && (await db.items.count()) + report.added > LIMITS.items) throw new ChecklistError('invalid', `督办台账的事项将超过上限 ${count(LIMITS.items)} 项；请先导出备份并清理不再需要的文稿。`);
    if (separatedFrom) report.separatedFrom = separatedFrom;
    if (skipped) report.skipped = skipped;
    const revision = (doc?.revision ?? 0) + 1;
    const url = input.url && isHttpUrl(input.url) ? input.url : null;
    const title = input.title || input.analysis.title || doc?.title || '未命名文稿';
    const next: DocumentRecord = {
      id: documentId,
      key: doc?.key ?? input.key,
      title: title.length > LIMITS.titleChars ? `${title.slice(0, LIMITS.titleChars - 1)}…` : title,
      url: url ?? doc?.url ?? null,
      site: input.site ?? doc?.site ?? null,
      editor: input.editor ?? doc?.editor ?? null,
      referenceDate: input.analysis.referenceDate,
      text: input.text,
      createdAt: doc?.createdAt ?? now,
      updatedAt: now,
      revision,
    };
    await db.documents.put(next);
    if (put.length) await db.items.bulkPut(put);
    const changed = new Set(reindex);
    await writeTerms(db, put.filter((it) => changed.has(it.id)));
    await db.revisions.add({ id: env.newId(), documentId, revision, savedAt: now, textLength: input.text.length, report, changes });
    return { documentId, revision, created, report };
  });
}
