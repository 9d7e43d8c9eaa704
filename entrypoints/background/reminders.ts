/**
 * Reminders and the toolbar badge, in the background. A daily alarm at the set time (settings: reminders.time)
 * raises one notification for the items overdue and one for those due within the blue-light window, each item at
 * most once a day (the log in storage.local); a run missed while the browser was closed happens at the next start.
 * The badge shows the overdue count, kept current by a live query on the items (any context's write) and an
 * hourly alarm (the day turning). The reminders channel runs the same handler at once (reminders-channel.ts) — the
 * options page's 「立即检查」 and the e2e test use it. Nothing here exists only in Chromium: Firefox's browserAction stands in for
 * `action`, and a missing notifications API just skips the notices.
 */
import { liveQuery } from 'dexie';
import { DAY_MS, isoDay, nextAt } from '@/lib/calendar';
import type { LuoshiDB } from '@/lib/db/database';
import { itemsDueBefore } from '@/lib/db/item-keys';
import { badgeText, overdueCount, planReminders, reminderText } from '@/lib/reminders/plan';
import type { ReminderRun } from '@/lib/messaging/reminders';
import type { ItemRecord } from '@/lib/schema/checklist';
import { reminderLastRunItem, reminderLogItem, settingsItem, type ExtensionStorage } from '@/lib/settings/storage-items';

export const REMINDER_ALARM = 'luoshi.reminders';
export const BADGE_ALARM = 'luoshi.badge';
/** Notification ids start with this, then the kind: a click opens the matching dashboard view. */
export const NOTIFICATION_PREFIX = 'luoshi-reminder-';

type Listener<A extends unknown[]> = { addListener(listener: (...args: A) => void): void };

/** The part of the browser API used here (a fake in tests). */
export interface ReminderBrowser {
  alarms: { create(name: string, info: { when?: number; periodInMinutes?: number }): unknown; onAlarm: Listener<[{ name: string }]> };
  notifications?: { create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string; priority?: number }): Promise<unknown>; onClicked?: Listener<[string]> };
  action?: { setBadgeText(d: { text: string }): Promise<unknown> | void; setBadgeBackgroundColor(d: { color: string }): Promise<unknown> | void };
  browserAction?: ReminderBrowser['action'];
  storage: Pick<ExtensionStorage, 'local' | 'onChanged'>;
  runtime: { id: string; getURL(path: string): string };
  tabs: { create(options: { url: string }): Promise<unknown> };
}

export type { ReminderRun };

/**
 * The items that can be red today: past their due day, or marked 逾期 by hand — read through the `due` and
 * `status` indexes, so the badge never reads the whole checklist (10,000 items take the browser about a second).
 */
export async function redCandidates(db: LuoshiDB, today: string): Promise<ItemRecord[]> {
  const [late, marked] = await Promise.all([itemsDueBefore(db, today), db.items.where('status').equals('overdue').toArray()]);
  const seen = new Set(late.map((i) => i.id));
  return [...late, ...marked.filter((i) => !seen.has(i.id))];
}

/** Sets the badge to the overdue count of `items` today. */
export async function refreshBadge(api: ReminderBrowser, items: readonly ItemRecord[], now: number, warnDays: number): Promise<string> {
  const text = badgeText(overdueCount(items, isoDay(now), warnDays));
  const action = api.action ?? api.browserAction;
  await action?.setBadgeBackgroundColor({ color: '#d1242f' });
  await action?.setBadgeText({ text });
  return text;
}

/** The alarm handler: plan today's reminders, raise the notifications, store the log, refresh the badge. */
export async function runReminders(db: LuoshiDB, api: ReminderBrowser, now: number = Date.now()): Promise<ReminderRun> {
  const settings = await settingsItem.get(api.storage);
  const today = isoDay(now);
  const items = await db.items.toArray();
  const log = await reminderLogItem.get(api.storage);
  const plan = planReminders(items, today, settings.reminders, log);
  const iconUrl = api.runtime.getURL('/icon/128.png');
  const notify = async (kind: 'overdue' | 'dueSoon', list: ItemRecord[]) => {
    if (!list.length || !api.notifications) return;
    const { title, message } = reminderText(kind, list, settings.reminders.warnDays, settings.locale);
    await api.notifications.create(`${NOTIFICATION_PREFIX}${kind}-${today}`, { type: 'basic', iconUrl, title, message, priority: kind === 'overdue' ? 2 : 1 });
  };
  await notify('overdue', plan.overdue);
  await notify('dueSoon', plan.dueSoon);
  await api.storage.local.set({ ...reminderLogItem.entry(plan.log), ...reminderLastRunItem.entry(today) });
  const badge = await refreshBadge(api, items, now, settings.reminders.warnDays);
  return { overdue: plan.overdue.map((i) => i.id), dueSoon: plan.dueSoon.map((i) => i.id), badge };
}

/** Schedules the daily alarm at the set time. */
export async function scheduleReminders(api: ReminderBrowser, now: number = Date.now()): Promise<number> {
  const { reminders } = await settingsItem.get(api.storage);
  const when = nextAt(reminders.time, now);
  await api.alarms.create(REMINDER_ALARM, { when, periodInMinutes: 24 * 60 });
  return when;
}

/** Wires alarms, notifications and the badge's live query (the run-now message: reminders-channel.ts). */
export function registerReminders(db: LuoshiDB, api: ReminderBrowser): void {
  const run = () => runReminders(db, api).catch((error: unknown) => console.error('luoshi: reminders failed', error));
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void run();
    else if (alarm.name === BADGE_ALARM) void badgeNow();
  });
  api.notifications?.onClicked?.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const view = id.includes('overdue') ? 'overdue' : 'week';
    void api.tabs.create({ url: api.runtime.getURL(`/dashboard.html#view=${view}`) });
  });
  const badgeNow = async () => {
    const { reminders } = await settingsItem.get(api.storage);
    await refreshBadge(api, await redCandidates(db, isoDay(Date.now())), Date.now(), reminders.warnDays);
  };
  // The badge follows every write to the items, whichever context makes it.
  liveQuery(() => redCandidates(db, isoDay(Date.now()))).subscribe({
    next: (items) => void settingsItem.get(api.storage).then((s) => refreshBadge(api, items, Date.now(), s.reminders.warnDays)),
    error: (error: unknown) => console.error('luoshi: badge query failed', error),
  });
  void api.alarms.create(BADGE_ALARM, { periodInMinutes: 60 });
  void scheduleReminders(api);
  settingsItem.watch(api.storage, () => void scheduleReminders(api).then(badgeNow));
  // A run missed while the browser was closed: once the set time has passed today.
  void (async () => {
    const { reminders } = await settingsItem.get(api.storage);
    const last = await reminderLastRunItem.get(api.storage);
    const now = Date.now();
    const todayAt = nextAt(reminders.time, now - DAY_MS);
    if (last !== isoDay(now) && now >= todayAt && isoDay(todayAt) === isoDay(now)) await run();
  })();
}
