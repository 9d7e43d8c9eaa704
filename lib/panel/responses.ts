/**
 * The checklist answers the side panel relies on, checked where they are received (the background is ours, but a
 * stale service worker after an update may answer in an older shape): what a save did, and which checklists exist.
 */
import { z } from 'zod';
import { mergeReportSchema } from '../schema/checklist';

/** saveAnalysis's answer: the document, its revision, whether it was new, and the merge report. */
export const saveResultSchema = z.object({
  documentId: z.string().min(1),
  revision: z.number().int().positive(),
  created: z.boolean(),
  report: mergeReportSchema,
});

/** The part of listDocuments's answer the panel reads: each checklist's id, key and revision. */
export const documentKeysSchema = z.array(z.object({ id: z.string().min(1), key: z.string(), revision: z.number().int().positive() }));

export type SaveResult = z.infer<typeof saveResultSchema>;
