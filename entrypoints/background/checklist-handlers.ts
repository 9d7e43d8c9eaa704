/**
 * Registers the checklist's message handlers in the background, the only context that writes LuoshiDB for
 * content scripts. Thin: recognise our envelope, hand it to lib/messaging, answer through sendResponse (which both
 * Chromium and Firefox support, unlike a returned promise).
 */
import { checklistRepository } from '@/lib/db/repository';
import type { LuoshiDB } from '@/lib/db/database';
import { handleChecklistMessage, isChecklistMessage } from '@/lib/messaging/handlers';

/** The part of `browser.runtime` used here (a fake in tests). */
export interface RuntimeLike {
  id: string;
  onMessage: { addListener(listener: (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => true | undefined): void };
}

/** Listens for checklist messages from this extension's own scripts and pages. */
export function registerChecklistHandlers(db: LuoshiDB, runtime: RuntimeLike): void {
  const repo = checklistRepository(db);
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isChecklistMessage(message)) return undefined;
    if (sender.id !== runtime.id) {
      sendResponse({ ok: false, error: { code: 'forbidden', message: '只接受本扩展的消息' } });
      return undefined;
    }
    handleChecklistMessage(repo, message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: { code: 'internal', message: String(error) } }));
    return true;
  });
}
