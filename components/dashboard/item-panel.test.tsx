// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://luoshi-test/dashboard.html"}
/**
 * One edit model on both pages (lib/edits): a deadline corrected in the dashboard's item panel gets the same dated
 * deadline, light and reminders as the same words typed in the side panel before saving. Both pages' components
 * run on one repository (fake-indexeddb), and the stored items are compared.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/index';
import { correctionsBetween } from '@/lib/checklist/corrections';
import { lightOf } from '@/lib/checklist/lights';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository, type ChecklistRepository } from '@/lib/db/repository';
import { planReminders } from '@/lib/reminders/plan';
import type { ItemRecord } from '@/lib/schema/checklist';
import { DraftPanel } from '../panel/draft-panel';
import { ItemPanel } from './item-panel';
import { mountZh, until } from './testing';

// The draft's reference date: a Saturday.
const REFERENCE = '2026-12-05';
const draft = (deadline: string) => `关于老旧小区改造的通知\n县住建局要${deadline}完成老旧小区改造任务。\n`;

let db: LuoshiDB;
let repo: ChecklistRepository;
let n = 0;
let cleanup = () => {};

beforeEach(() => {
  db = new LuoshiDB(`item-panel-test-${++n}`);
  repo = checklistRepository(db, { now: () => Date.UTC(2026, 11, 5) });
});
afterEach(async () => {
  cleanup();
  cleanup = () => {};
  db.close();
});

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Lets React and the database run until `get()` gives a value `ok` accepts. */
async function waitFor<T>(get: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const value = await get();
    if (ok(value)) return value;
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
  throw new Error('timed out');
}

/** Types into a controlled input the way React listens for it. */
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const buttonIn = (root: Element, label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

/** The side panel: the action's deadline corrected inline, then 保存为督办清单. */
async function throughSidePanel(words: string): Promise<ItemRecord> {
  const text = draft('抓紧');
  const analysis = analyze(text, { referenceDate: REFERENCE });
  let documentId: string | undefined;
  // As entrypoints/sidepanel/app.tsx saves: the draft's own analysis, and the corrections beside it.
  const onSave = async (corrected: typeof analysis) => {
    const result = await repo.saveAnalysis({ key: `side:${words}`, title: null, text, analysis, corrections: correctionsBetween(analysis, corrected) });
    documentId = result.documentId;
    return result;
  };
  const { container, unmount } = mountZh(<DraftPanel text={text} analysis={analysis} pageTitle="" editorKind="textarea" host={null} onSave={onSave} />);
  const action = container.querySelector('.action-item')!;
  act(() => buttonIn(action, '修改').click());
  type(action.querySelectorAll('input')[1] as HTMLInputElement, words);
  act(() => buttonIn(action, '完成').click());
  await act(async () => buttonIn(container, '保存为督办清单').click());
  await until(() => documentId !== undefined);
  unmount();
  const [item] = await repo.listItems({ documentId });
  return item!;
}

/** The dashboard: the draft saved as it is, then the deadline corrected in the item panel and saved. */
async function throughDashboard(
  words: string,
  edit: (panel: { q(id: string): HTMLElement | null }) => void = ({ q }) => type(q('item-deadline') as HTMLInputElement, words),
  drafted = '抓紧',
): Promise<ItemRecord> {
  const text = draft(drafted);
  const { documentId } = await repo.saveAnalysis({ key: `dash:${words}`, title: null, text, analysis: analyze(text, { referenceDate: REFERENCE }) });
  const document = (await repo.getDocument(documentId))!;
  const [item] = await repo.listItems({ documentId });
  const { q, unmount } = mountZh(
    <ItemPanel row={{ item: item!, light: null, docTitle: document.title, ownersText: '', due: item!.due }} document={document} repo={repo} openAtItem={async () => 'no-url'} message={null} onMessage={() => {}} onClose={() => {}} />,
  );
  edit({ q });
  act(() => q('item-save')!.click());
  const after = await waitFor(() => repo.getItem(item!.id), (i) => i!.edited.length > 0);
  unmount();
  return after!;
}

/** What the ledger does with an item: its deadline, due day, and its light and reminders from 10 days before due to 3 days after. */
function behaviour(item: ItemRecord) {
  const days = [-10, -3, -1, 0, 1, 3].map((d) => addDays(item.due ?? REFERENCE, d));
  return {
    deadline: item.deadline,
    due: item.due,
    lights: days.map((day) => lightOf(item, day)),
    reminders: days.map((day) => {
      const plan = planReminders([item], day, { enabled: true, overdue: true, dueSoon: true, warnDays: 3 }, {});
      return plan.overdue.length ? 'overdue' : plan.dueSoon.length ? 'dueSoon' : null;
    }),
  };
}

describe('a deadline corrected in the dashboard, as in the side panel', () => {
  // After the due day a one-off turns red and is reminded as overdue; recurring work is due again next month.
  const overdue = { lights: ['red', 'red'], reminders: ['overdue', 'overdue'] };
  const recurring = { lights: [null, null], reminders: [null, null] };
  it.each([
    ['年底前', { due: '2026-12-31', type: 'period' }, overdue],
    ['12月20日前', { due: '2026-12-20', type: 'period' }, overdue],
    ['本月底前', { due: '2026-12-31', type: 'relative' }, overdue],
    ['下周五前', { due: '2026-12-11', type: 'relative' }, overdue],
    ['每月25日前', { due: '2026-12-25', type: 'period', recurrence: { unit: 'month', day: 25 } }, recurring],
  ] as const)('%s gets a date, a light and reminders', async (words, deadline, after) => {
    const side = await throughSidePanel(words);
    const dash = await throughDashboard(words);
    expect(dash.deadline).toEqual({ text: words, ...deadline });
    expect(dash.due).toBe(deadline.due);
    expect(dash.edited).toEqual(['deadline']);
    expect(side.edited).toEqual(['deadline']);
    expect(behaviour(dash)).toEqual(behaviour(side));
    // Blue within three days of the due day, with a reminder each day.
    const { lights, reminders } = behaviour(dash);
    expect(lights).toEqual([null, 'blue', 'blue', 'blue', ...after.lights]);
    expect(reminders).toEqual([null, 'dueSoon', 'dueSoon', 'dueSoon', ...after.reminders]);
  });

  it.each(['在12月20日前', '每月25日前', '抓紧'])('edits only the owners when only the owners change (drafted %s): the deadline follows the draft', async (drafted) => {
    const item = await throughDashboard('', ({ q }) => type(q('item-owners') as HTMLInputElement, '县住建局、县财政局'), drafted);
    expect(item.edited).toEqual(['owners']);
    expect(item.owners).toEqual(['县住建局', '县财政局']);
    expect(item.deadline).toEqual(item.draft.deadline);
  });
});

describe('本期已完成', () => {
  it('a recurring item shows its period\'s due day and one button that marks the period done and moves it on', async () => {
    const text = '关于创建工作的通知\n各街道要每月25日前报送创建工作进展。\n';
    const { documentId } = await repo.saveAnalysis({ key: 'dash:period', title: null, text, analysis: analyze(text, { referenceDate: REFERENCE }) });
    const document = (await repo.getDocument(documentId))!;
    const [item] = await repo.listItems({ documentId });
    expect(item!.deadline?.recurrence).toEqual({ unit: 'month', day: 25 });
    const { q, container, unmount } = mountZh(
      <ItemPanel row={{ item: item!, light: null, docTitle: document.title, ownersText: '', due: '2026-12-25' }} document={document} repo={repo} openAtItem={async () => 'no-url'} message={null} onMessage={() => {}} onClose={() => {}} />,
    );
    cleanup = unmount;
    expect(container.textContent).toContain('本期到期：2026年12月25日');
    await act(async () => q('item-complete-period')!.click());
    const done = await waitFor(() => repo.getItem(item!.id), (row) => row?.periodDone === '2026-12-25');
    expect(done!.due).toBe('2027-01-25');
    expect((await repo.listNotes(item!.id)).map((x) => x.text)).toEqual(['本期（2026年12月25日到期）已完成']);
  });

  it('a one-off item has no such button', async () => {
    const text = draft('在12月20日前');
    const { documentId } = await repo.saveAnalysis({ key: 'dash:once', title: null, text, analysis: analyze(text, { referenceDate: REFERENCE }) });
    const document = (await repo.getDocument(documentId))!;
    const [item] = await repo.listItems({ documentId });
    const { q, unmount } = mountZh(<ItemPanel row={{ item: item!, light: null, docTitle: document.title, ownersText: '', due: item!.due }} document={document} repo={repo} openAtItem={async () => 'no-url'} message={null} onMessage={() => {}} onClose={() => {}} />);
    cleanup = unmount;
    expect(q('item-complete-period')).toBeNull();
  });
});
