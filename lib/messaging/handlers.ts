/**
 * The background's side of the checklist protocol: recognises our envelope, validates the payload with zod, calls
 * the repository, and answers with a Result — never a thrown error, which would not cross contexts intact.
 */
import type { ChecklistRepository } from '../db/repository';
import { ChecklistError } from '../db/env';
import { checklistRequestSchemas, type ChecklistRequestType } from '../schema/checklist';
import { formatPath } from '../checklist/backup';
import { CHECKLIST_CHANNEL, type ChecklistProtocol, type Result } from './protocol';

type Handlers = { [K in keyof ChecklistProtocol]: (repo: ChecklistRepository, payload: never) => Promise<ChecklistProtocol[K]['response']> };

const handlers = {
  saveAnalysis: (repo, p: ChecklistProtocol['saveAnalysis']['request']) => repo.saveAnalysis(p),
  listDocuments: async (repo) => (await repo.listDocuments()).map(({ text: _text, ...doc }) => doc),
  listItems: (repo, p: ChecklistProtocol['listItems']['request']) => repo.listItems(p),
  listNotes: (repo, p: ChecklistProtocol['listNotes']['request']) => repo.listNotes(p.itemId),
  setStatus: (repo, p: ChecklistProtocol['setStatus']['request']) => repo.setStatus(p.itemId, p.status, { date: p.date, note: p.note }),
  addNote: (repo, p: ChecklistProtocol['addNote']['request']) => repo.addNote(p.itemId, p),
  editItem: (repo, p: ChecklistProtocol['editItem']['request']) => repo.editItem(p.itemId, p.edit),
  revertEdit: (repo, p: ChecklistProtocol['revertEdit']['request']) => repo.revertEdit(p.itemId, p.field),
  deleteItem: (repo, p: ChecklistProtocol['deleteItem']['request']) => repo.deleteItem(p.itemId),
  restoreItem: (repo, p: ChecklistProtocol['restoreItem']['request']) => repo.restoreItem(p.itemId),
} satisfies Handlers;

/** Whether a runtime message is a checklist message (anything else is left to other listeners). */
export function isChecklistMessage(message: unknown): message is { channel: typeof CHECKLIST_CHANNEL; type: unknown; payload: unknown } {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === CHECKLIST_CHANNEL;
}

/** Handles one checklist message; the answer is always a Result. */
export async function handleChecklistMessage(repo: ChecklistRepository, message: { type: unknown; payload: unknown }): Promise<Result<unknown>> {
  const type = message.type;
  if (typeof type !== 'string' || !Object.hasOwn(checklistRequestSchemas, type)) {
    return { ok: false, error: { code: 'bad_request', message: `未知的消息类型 ${String(type)}` } };
  }
  const parsed = checklistRequestSchemas[type as ChecklistRequestType].safeParse(message.payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => ({ path: formatPath(i.path), message: i.message }));
    return { ok: false, error: { code: 'bad_request', message: `消息 ${type} 的内容无效：${issues.map((i) => `${i.path}：${i.message}`).join('；')}`, issues } };
  }
  try {
    const handler = handlers[type as ChecklistRequestType] as (repo: ChecklistRepository, payload: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(repo, parsed.data) };
  } catch (error) {
    if (error instanceof ChecklistError) return { ok: false, error: { code: error.code, message: error.message, issues: [...error.issues] } };
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
