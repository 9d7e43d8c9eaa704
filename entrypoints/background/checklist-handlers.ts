/**
 * Registers the checklist's message handlers in the background, which writes LuoshiDB for the side panel. Thin: recognise our envelope, hand it to lib/messaging, answer through sendResponse (which both
 * Chromium and Firefox support, unlike a returned promise).
 */
import { checklistRepository } from '@/lib/db/repository';
import type { LuoshiDB } from '@/lib/db/database';
import { handleChecklistMessage, isChecklistMessage } from '@/lib/messaging/handlers';
import { extensionIdentity, FORBIDDEN, isExtensionPage, type MessageSender } from '@/lib/messaging/trust';

/** The part of `browser.runtime` used here (a fake in tests). */
export interface RuntimeLike {
  id: string;
  getURL(path: string): string;
  onMessage: { addListener(listener: (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => true | undefined): void };
}

/**
 * Listens for checklist messages from this extension's own pages (the side panel, dashboard, options page) — never
 * from a content script, whose renderer a page may have taken over (lib/messaging/trust.ts).
 */
export function registerChecklistHandlers(db: LuoshiDB, runtime: RuntimeLike): void {
  const repo = checklistRepository(db);
  const self = extensionIdentity(runtime);
  runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isChecklistMessage(message)) return undefined;
    if (!isExtensionPage(sender, self)) {
      sendResponse(FORBIDDEN);
      return undefined;
    }
    handleChecklistMessage(repo, message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: { code: 'internal', message: String(error) } }));
    return true;
  });
}
