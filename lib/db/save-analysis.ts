/**
 * Saving an analysed draft: as a new checklist, or into an existing one (found by id or by key), merging the
 * revised draft into it without losing any status, note or hand edit (lib/checklist/merge.ts). One transaction:
 * the document, its items and a revision entry are written together or not at all.
 */
import type { Analysis } from '../schema/analysis';
import type { DocumentRecord, MergeReport } from '../schema/checklist';
import { draftItems } from '../checklist/draft-items';
import { mergeDraft } from '../checklist/merge';
import { writeTerms } from './database';
import { ChecklistError, type RepoEnv } from './env';

export interface SaveAnalysisInput {
  /** Save into this document; else into the document with `key`; else into a new one. */
  documentId?: string;
  /** The caller's identity for the draft (editor page URL + field, file name …). */
  key: string;
  title?: string | null;
  url?: string | null;
  site?: string | null;
  editor?: string | null;
  /** The text `analysis` was made from. */
  text: string;
  analysis: Analysis;
}

export interface SaveAnalysisResult {
  documentId: string;
  revision: number;
  created: boolean;
  report: MergeReport;
}

/** Saves or merges; see the module comment. */
export async function saveAnalysis(env: RepoEnv, input: SaveAnalysisInput): Promise<SaveAnalysisResult> {
  const { db } = env;
  const drafts = draftItems(input.text, input.analysis);
  return db.transaction('rw', [db.documents, db.items, db.terms, db.revisions], async () => {
    const now = env.now();
    let doc: DocumentRecord | undefined;
    if (input.documentId) {
      doc = await db.documents.get(input.documentId);
      if (!doc) throw new ChecklistError('not_found', `找不到文稿 ${input.documentId}`);
    } else {
      doc = await db.documents.where('key').equals(input.key).first();
    }
    const created = !doc;
    const documentId = doc?.id ?? env.newId();
    const olds = created ? [] : await db.items.where('documentId').equals(documentId).toArray();
    const { put, reindex, report, changes } = mergeDraft(olds, drafts, { documentId, now, newId: env.newId });
    const revision = (doc?.revision ?? 0) + 1;
    const next: DocumentRecord = {
      id: documentId,
      key: doc?.key ?? input.key,
      title: input.title || input.analysis.title || doc?.title || '未命名文稿',
      url: input.url ?? doc?.url ?? null,
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
