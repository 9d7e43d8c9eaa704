/**
 * Which reminders to raise today, pure: items overdue (red light) and items due within the blue-light window
 * (`warnDays`), each at most once a day — `log` remembers the day each item was last reminded — and the toolbar
 * badge's count of overdue items. The background turns a plan into notifications (entrypoints/background/reminders.ts).
 */
import { daysBetween } from '../calendar';
import { dueOn, lightOf } from '../checklist/lights';
import { translate, type Locale } from '../i18n/index';
import type { ItemRecord } from '../schema/checklist';
import type { ReminderSettings } from '../schema/settings';

/** Item id → the ISO day it was last reminded. */
export type ReminderLog = Record<string, string>;

export interface ReminderPlan {
  overdue: ItemRecord[];
  dueSoon: ItemRecord[];
  /** The log to store: today's reminders added, older days dropped. */
  log: ReminderLog;
}

const FINISHED = new Set(['done', 'closed']);

/** The reminders of `today` for `items` under the reminder settings and the log of earlier ones. */
export function planReminders(items: readonly ItemRecord[], today: string, settings: Pick<ReminderSettings, 'enabled' | 'overdue' | 'dueSoon' | 'warnDays'>, log: ReminderLog): ReminderPlan {
  const next: ReminderLog = Object.fromEntries(Object.entries(log).filter(([, day]) => day === today));
  if (!settings.enabled) return { overdue: [], dueSoon: [], log: next };
  const overdue: ItemRecord[] = [];
  const dueSoon: ItemRecord[] = [];
  for (const it of items) {
    if (it.deletedAt !== null || next[it.id] === today) continue;
    if (settings.overdue && lightOf(it, today, { warnDays: settings.warnDays }) === 'red') overdue.push(it);
    else if (settings.dueSoon && !FINISHED.has(it.status)) {
      // A recurrence (每月25日前) is due again every period: its next due day.
      const due = dueOn(it, today);
      if (due !== null && due >= today && daysBetween(today, due) <= settings.warnDays) dueSoon.push(it);
    }
  }
  const key = (it: ItemRecord) => dueOn(it, today) ?? '9999-12-31';
  const byDue = (a: ItemRecord, b: ItemRecord) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  overdue.sort(byDue);
  dueSoon.sort(byDue);
  for (const it of [...overdue, ...dueSoon]) next[it.id] = today;
  return { overdue, dueSoon, log: next };
}

/** How many items are overdue (red) on `today`: the badge count. */
export function overdueCount(items: readonly ItemRecord[], today: string, warnDays = 3): number {
  let n = 0;
  for (const it of items) if (lightOf(it, today, { warnDays }) === 'red') n++;
  return n;
}

/** The badge text for a count: '' for none, '999+' past 999. */
export function badgeText(count: number): string {
  return count <= 0 ? '' : count > 999 ? '999+' : String(count);
}

/** A notification's title and message for a group of items (the first few named, the rest counted), in `locale`. */
export function reminderText(kind: 'overdue' | 'dueSoon', items: readonly Pick<ItemRecord, 'text'>[], warnDays: number, locale: Locale = 'zh-CN'): { title: string; message: string } {
  const title = translate(locale, kind === 'overdue' ? 'reminder.overdue' : 'reminder.dueSoon', { n: items.length, days: warnDays });
  const cut = (s: string) => (s.length > 30 ? `${s.slice(0, 29)}…` : s);
  const named = items.slice(0, 3).map((i) => `· ${cut(i.text)}`);
  const rest = items.length > 3 ? [translate(locale, 'reminder.more', { n: items.length })] : [];
  return { title, message: [...named, ...rest].join('\n') };
}
