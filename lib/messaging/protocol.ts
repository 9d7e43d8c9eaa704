/**
 * The checklist's message protocol between the content script / extension pages and the background, which alone
 * writes LuoshiDB. One map from message type to request and response (read-frog's ProtocolMap), one envelope,
 * and `Result` instead of exceptions across contexts (hypothesis' RPC). Types only: importing this module costs
 * a content script nothing (the zod request schemas live in lib/schema/checklist.ts and run in the background).
 */
import type { ChecklistRequest, DocumentRecord, ItemRecord, NoteRecord } from '../schema/checklist';
import type { SaveAnalysisResult } from '../db/save-analysis';

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
}

export type ChecklistMessageType = keyof ChecklistProtocol;

/** The tag that marks a message as ours among everything else on runtime messaging. */
export const CHECKLIST_CHANNEL = 'luoshi.checklist';

export interface ChecklistEnvelope<K extends ChecklistMessageType = ChecklistMessageType> {
  channel: typeof CHECKLIST_CHANNEL;
  type: K;
  payload: ChecklistProtocol[K]['request'];
}

export interface ProtocolError {
  /** not_found | invalid | import (ChecklistError codes), bad_request (failed validation), internal. */
  code: string;
  message: string;
  issues?: { path: string; message: string }[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };
