/**
 * The checklist channel's listener in the background, which writes LuoshiDB for the extension's pages
 * (lib/messaging/checklist.ts). Messages are taken from this extension's own pages only (the side panel, dashboard,
 * options page) — never from a content script, whose renderer a page may have taken over (lib/messaging/trust.ts).
 * `preferences` gives the lights their blue-light window (the user's settings).
 */
import { checklistRepository, type ChecklistRepository } from '@/lib/db/repository';
import type { LuoshiDB } from '@/lib/db/database';
import type { PreferencesStore } from '@/lib/db/env';
import type { OnMessage } from '@/lib/messaging/channel';
import { checklistChannel, checklistHandlers } from '@/lib/messaging/checklist';
import { extensionIdentity, isExtensionPage } from '@/lib/messaging/trust';

/** The part of `browser.runtime` used here (a fake in tests). */
export interface RuntimeLike {
  id: string;
  getURL(path: string): string;
  onMessage: OnMessage;
}

/**
 * Listens; returns the repository, which the background's own writers share (the highlight card's 不入台账 and
 * 「加入督办台账」, which come from a content script or the context menu, not on this channel).
 */
export function listenChecklistChannel(db: LuoshiDB, runtime: RuntimeLike, preferences?: PreferencesStore): ChecklistRepository {
  const self = extensionIdentity(runtime);
  const repo = checklistRepository(db, { preferences });
  checklistChannel.listen(runtime.onMessage, {
    allow: (_type, sender) => isExtensionPage(sender, self),
    handle: checklistHandlers(repo),
  });
  return repo;
}
