import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository } from '@/lib/db/repository';
import { analysisOf } from '@/lib/checklist/testing';
import { reminderLastRunItem, reminderLogItem, settingsItem } from '@/lib/settings/storage-items';
import type { OnMessage } from '@/lib/messaging/channel';
import { REMINDER_CHANNEL } from '@/lib/messaging/reminders';
import type { MessageSender } from '@/lib/messaging/trust';
import { redCandidates, REMINDER_ALARM, registerReminders, runReminders, scheduleReminders, type ReminderBrowser } from './reminders';
import { listenRemindersChannel } from './reminders-channel';

let db: LuoshiDB;
let dbSeq = 0;
beforeEach(() => {
  db = new LuoshiDB(`background-reminders-${++dbSeq}`);
});
afterEach(async () => {
  await db.delete();
});

function fakeApi(settings: unknown = {}) {
  const data: Record<string, unknown> = { [settingsItem.key]: settings };
  const notifications: { id: string; title: string; message: string; iconUrl: string }[] = [];
  const badge: string[] = [];
  const alarms: Record<string, { when?: number; periodInMinutes?: number }> = {};
  const tabs: string[] = [];
  let onAlarm: ((a: { name: string }) => void) | undefined;
  let onMessage: Parameters<OnMessage['addListener']>[0] | undefined;
  let onClicked: ((id: string) => void) | undefined;
  const api: ReminderBrowser & { runtime: { onMessage: OnMessage } } = {
    alarms: { create: (name, info) => (alarms[name] = info), onAlarm: { addListener: (l) => (onAlarm = l) } },
    notifications: { create: async (id, o) => notifications.push({ id, title: o.title, message: o.message, iconUrl: o.iconUrl }), onClicked: { addListener: (l) => (onClicked = l) } },
    action: { setBadgeText: ({ text }) => void badge.push(text), setBadgeBackgroundColor: () => undefined },
    storage: { local: { get: async (k) => (k in data ? { [k]: data[k] } : {}), set: async (items) => void Object.assign(data, items) } },
    runtime: { id: 'me', getURL: (p) => `chrome-extension://me${p}`, onMessage: { addListener: (l) => (onMessage = l) } },
    tabs: { create: async ({ url }) => tabs.push(url) },
  };
  return { api, data, notifications, badge, alarms, tabs, fire: (name: string) => onAlarm?.({ name }), send: (m: unknown, sender: MessageSender = { id: 'me', url: 'chrome-extension://me/options.html' }) => new Promise((resolve) => onMessage?.(m, sender, resolve)), click: (id: string) => onClicked?.(id) };
}

async function seed() {
  const repo = checklistRepository(db);
  const text = '县发改局要在5月10日前完成项目入库。\n县财政局要在5月22日前拨付资金。\n各乡镇要在6月30日前完成排查。';
  await repo.saveAnalysis({
    key: 'k',
    text,
    analysis: analysisOf(text, [
      { quote: '县发改局要在5月10日前完成项目入库', owners: ['县发改局'], deadline: { text: '5月10日前', due: '2026-05-10' } },
      { quote: '县财政局要在5月22日前拨付资金', owners: ['县财政局'], deadline: { text: '5月22日前', due: '2026-05-22' } },
      { quote: '各乡镇要在6月30日前完成排查', owners: ['各乡镇'], deadline: { text: '6月30日前', due: '2026-06-30' } },
    ]),
  });
}

const may20 = new Date(2026, 4, 20, 9, 0).getTime();

describe('runReminders', () => {
  it('notifies overdue and due-soon items once a day and sets the badge', async () => {
    await seed();
    const f = fakeApi();
    const r = await runReminders(db, f.api, may20);
    expect(r.badge).toBe('1');
    expect(f.notifications.map((n) => [n.id, n.title, n.message])).toEqual([
      ['luoshi-reminder-overdue-2026-05-20', '落实：1 项事项已逾期', '· 县发改局要在5月10日前完成项目入库'],
      ['luoshi-reminder-dueSoon-2026-05-20', '落实：1 项事项将在 3 天内到期', '· 县财政局要在5月22日前拨付资金'],
    ]);
    expect(f.notifications[0]!.iconUrl).toBe('chrome-extension://me/icon/128.png');
    expect(f.data[reminderLastRunItem.key]).toBe('2026-05-20');
    expect(Object.keys(f.data[reminderLogItem.key] as object)).toHaveLength(2);
    await runReminders(db, f.api, may20 + 3600_000);
    expect(f.notifications).toHaveLength(2);
  });

  it('stays quiet when reminders are off, but keeps the badge', async () => {
    await seed();
    const f = fakeApi({ reminders: { enabled: false } });
    expect((await runReminders(db, f.api, may20)).badge).toBe('1');
    expect(f.notifications).toEqual([]);
  });

  it('reads only the items that can be red for the badge: past due, or marked 逾期', async () => {
    await seed();
    const townships = (await db.items.toArray()).find((i) => i.text.startsWith('各乡镇'))!;
    await db.items.update(townships.id, { status: 'overdue' });
    const texts = async (day: string) => (await redCandidates(db, day)).map((i) => i.text.slice(0, 4)).sort();
    expect(await texts('2026-05-20')).toEqual(['县发改局', '各乡镇要'].sort());
    expect(await texts('2026-06-01')).toEqual(['县发改局', '县财政局', '各乡镇要'].sort());
  });

  it('schedules the daily alarm at the set time', async () => {
    const f = fakeApi({ reminders: { time: '08:30' } });
    const when = await scheduleReminders(f.api, may20);
    expect(new Date(when)).toEqual(new Date(2026, 4, 21, 8, 30));
    expect(f.alarms[REMINDER_ALARM]).toEqual({ when, periodInMinutes: 1440 });
  });
});

describe('registerReminders', () => {
  it('runs on the alarm and on the run-now message, and a click opens the dashboard view', async () => {
    await seed();
    const f = fakeApi();
    registerReminders(db, f.api);
    listenRemindersChannel(db, f.api);
    const answer = (await f.send({ channel: REMINDER_CHANNEL, type: 'run', payload: {} })) as { ok: boolean; value: { overdue: string[]; badge: string } };
    expect(answer.ok).toBe(true);
    // Today's clock decides how many are late (all three after June 2026); the badge counts them.
    expect(answer.value.overdue.length).toBeGreaterThan(0);
    expect(answer.value.badge).toBe(String(answer.value.overdue.length));
    expect(f.notifications[0]!.title).toMatch(/项事项已逾期$/);
    f.click('luoshi-reminder-overdue-2026-05-20');
    expect(f.tabs).toEqual(['chrome-extension://me/dashboard.html#view=overdue']);
    expect(f.alarms['luoshi.badge']).toEqual({ periodInMinutes: 60 });
  });

  it('runs on request only for the extension’s own pages, and only a well-formed request', async () => {
    await seed();
    const f = fakeApi();
    listenRemindersChannel(db, f.api);
    const run = { channel: REMINDER_CHANNEL, type: 'run', payload: {} };
    const senders: MessageSender[] = [
      { id: 'me', url: 'https://oa.example.gov.cn/doc/1', origin: 'https://oa.example.gov.cn', tab: { id: 3 }, frameId: 0 },
      { id: 'other', url: 'chrome-extension://other/options.html' },
      { id: 'me' },
    ];
    for (const sender of senders) expect(await f.send(run, sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const m of [{ ...run, payload: undefined }, { ...run, payload: { force: true } }, { ...run, type: 'clear' }]) expect(await f.send(m)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(f.notifications).toEqual([]);
    expect(await f.send(run)).toMatchObject({ ok: true, value: { badge: expect.any(String) } });
  });
});
