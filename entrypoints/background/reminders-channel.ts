/**
 * The reminders channel's listener in the background (lib/messaging/reminders.ts): a run of today's reminders on
 * request, from this extension's own pages only (lib/messaging/trust.ts).
 */
import type { LuoshiDB } from '@/lib/db/database';
import type { OnMessage } from '@/lib/messaging/channel';
import { reminderChannel } from '@/lib/messaging/reminders';
import { extensionIdentity, isExtensionPage } from '@/lib/messaging/trust';
import { runReminders, type ReminderBrowser } from './reminders';

export function listenRemindersChannel(db: LuoshiDB, api: ReminderBrowser & { runtime: { onMessage: OnMessage } }): void {
  const self = extensionIdentity(api.runtime);
  reminderChannel.listen(api.runtime.onMessage, {
    allow: (_type, sender) => isExtensionPage(sender, self),
    handle: reminderChannel.handler({ run: () => runReminders(db, api) }),
  });
}
