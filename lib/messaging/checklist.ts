/**
 * The checklist channel: the extension's pages ask the background, which alone writes LuoshiDB, to save an
 * analysis, list and change items (lib/db/repository.ts). One map from message type to request and response, the
 * zod schemas of both (requests from lib/schema/checklist.ts, responses the record schemas, so a stale worker's
 * answer in an older shape is caught where it arrives), and the handlers over a repository. Only the extension's
 * own pages may send on it (entrypoints/background/checklist-channel.ts).
 */
import { z } from 'zod';
import { ChecklistError } from '../db/env';
import type { ChecklistRepository } from '../db/repository';
import type { SaveAnalysisResult } from '../db/save-analysis';
import {
  checklistRequestSchemas as requests,
  documentRecordSchema,
  itemRecordSchema,
  mergeReportSchema,
  noteRecordSchema,
  skipRecordSchema,
  type ChecklistRequest,
  type DocumentRecord,
  type ItemRecord,
  type NoteRecord,
  type SkipRecord,
} from '../schema/checklist';
import { defineChannel, type Handlers } from './channel';

/** A document as listed: everything but its (large) text. */
export type DocumentSummary = Omit<DocumentRecord, 'text'>;

export interface ChecklistProtocol {
  saveAnalysis: { request: ChecklistRequest<'saveAnalysis'>; response: SaveAnalysisResult };
  listDocuments: { request: ChecklistRequest<'listDocuments'>; response: DocumentSummary[] };
  listItems: { request: ChecklistRequest<'listItems'>; response: ItemRecord[] };
  listNotes: { request: ChecklistRequest<'listNotes'>; response: NoteRecord[] };
  setStatus: { request: ChecklistRequest<'setStatus'>; response: ItemRecord };
  addNote: { request: ChecklistRequest<'addNote'>; response: NoteRecord };
  editItem: { request: ChecklistRequest<'editItem'>; response: ItemRecord };
  revertEdit: { request: ChecklistRequest<'revertEdit'>; response: ItemRecord };
  deleteItem: { request: ChecklistRequest<'deleteItem'>; response: ItemRecord };
  restoreItem: { request: ChecklistRequest<'restoreItem'>; response: ItemRecord };
  /** 本期已完成: a recurring item's current period done, its due day moved to the next. */
  completePeriod: { request: ChecklistRequest<'completePeriod'>; response: ItemRecord };
  /** 新增事项: by hand (every column) or from a selection in a draft. */
  addItem: { request: ChecklistRequest<'addItem'>; response: ItemRecord };
  /** 不入台账: leave a draft item out of this and every later save of its draft. */
  skipItem: { request: ChecklistRequest<'skipItem'>; response: SkipRecord };
  unskipItem: { request: ChecklistRequest<'unskipItem'>; response: SkipRecord };
  listSkips: { request: ChecklistRequest<'listSkips'>; response: SkipRecord[] };
}

/** The tag that marks a message as ours among everything else on runtime messaging. */
export const CHECKLIST_CHANNEL = 'luoshi.checklist';

/** saveAnalysis's answer: the document, its revision, whether it was new, and the merge report. */
const saveResultSchema = z.object({ documentId: z.string().min(1), revision: z.number().int().positive(), created: z.boolean(), report: mergeReportSchema });

const schemas = {
  saveAnalysis: { request: requests.saveAnalysis, response: saveResultSchema },
  listDocuments: { request: requests.listDocuments, response: z.array(documentRecordSchema.omit({ text: true })) },
  listItems: { request: requests.listItems, response: z.array(itemRecordSchema) },
  listNotes: { request: requests.listNotes, response: z.array(noteRecordSchema) },
  setStatus: { request: requests.setStatus, response: itemRecordSchema },
  addNote: { request: requests.addNote, response: noteRecordSchema },
  editItem: { request: requests.editItem, response: itemRecordSchema },
  revertEdit: { request: requests.revertEdit, response: itemRecordSchema },
  deleteItem: { request: requests.deleteItem, response: itemRecordSchema },
  restoreItem: { request: requests.restoreItem, response: itemRecordSchema },
  completePeriod: { request: requests.completePeriod, response: itemRecordSchema },
  addItem: { request: requests.addItem, response: itemRecordSchema },
  skipItem: { request: requests.skipItem, response: skipRecordSchema },
  unskipItem: { request: requests.unskipItem, response: skipRecordSchema },
  listSkips: { request: requests.listSkips, response: z.array(skipRecordSchema) },
};

export const checklistChannel = defineChannel<ChecklistProtocol, typeof schemas>(CHECKLIST_CHANNEL, schemas);

/** The typed sender the pages use (`checklistChannel.sender(send)`). */
export type ChecklistClient = ReturnType<typeof checklistChannel.sender>;

/** The background's handlers: each message is one repository call. */
export function checklistHandlers(repo: ChecklistRepository) {
  const handlers: Required<Handlers<ChecklistProtocol, typeof schemas, unknown>> = {
    saveAnalysis: (p) => repo.saveAnalysis(p),
    listDocuments: async () => (await repo.listDocuments()).map(({ text: _text, ...doc }) => doc),
    listItems: (p) => repo.listItems(p),
    listNotes: (p) => repo.listNotes(p.itemId),
    setStatus: (p) => repo.setStatus(p.itemId, p.status, { date: p.date, note: p.note }),
    addNote: (p) => repo.addNote(p.itemId, p),
    editItem: (p) => repo.editItem(p.itemId, p.edit),
    revertEdit: (p) => repo.revertEdit(p.itemId, p.field),
    deleteItem: (p) => repo.deleteItem(p.itemId),
    restoreItem: (p) => repo.restoreItem(p.itemId),
    completePeriod: (p) => repo.completePeriod(p.itemId, { note: p.note, date: p.date }),
    addItem: (p) => repo.addItem(p),
    skipItem: (p) => repo.skipItem(p),
    unskipItem: (p) => repo.unskipItem(p.skipId),
    listSkips: (p) => repo.listSkips(p.key),
  };
  return checklistChannel.handler(handlers, {
    knownError: (error) => (error instanceof ChecklistError ? { code: error.code, message: error.message, issues: [...error.issues] } : null),
  });
}
