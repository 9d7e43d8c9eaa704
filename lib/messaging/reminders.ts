/**
 * The reminders channel: an extension page (the options page's 「立即检查」, the e2e test) asks the background to
 * run today's reminders at once — the handler the daily alarm runs (entrypoints/background/reminders.ts) — and is
 * told which items were overdue or due soon and the badge it set. Only the extension's own pages may send it
 * (entrypoints/background/reminders-channel.ts).
 */
import { z } from 'zod';
import { defineChannel } from './channel';

export const REMINDER_CHANNEL = 'luoshi.reminders';

/** What a run did: the ids reminded of, and the badge text. */
export const reminderRunSchema = z.object({ overdue: z.array(z.string()), dueSoon: z.array(z.string()), badge: z.string() });
export type ReminderRun = z.infer<typeof reminderRunSchema>;

export interface ReminderProtocol {
  run: { request: Record<string, never>; response: ReminderRun };
}

const schemas = { run: { request: z.object({}).strict(), response: reminderRunSchema } };

export const reminderChannel = defineChannel<ReminderProtocol, typeof schemas>(REMINDER_CHANNEL, schemas);
