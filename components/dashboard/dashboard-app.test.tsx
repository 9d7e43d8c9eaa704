// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://luoshi-test/dashboard.html"}
/**
 * The dashboard under live updates and at its edges: the open item panel keeps what is being typed when its item
 * refreshes under it (a status change, another tab's edit — the checklist arrives again as new props, as
 * entrypoints/dashboard/use-checklist.ts gives it), the count while a large checklist loads, and each view's empty
 * state (回收站为空, not 还没有督办台账). One repository on fake-indexeddb; the page's props are given by the test.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticDraft } from '@/lib/checklist/testing';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository, type ChecklistRepository } from '@/lib/db/repository';
import { DEFAULT_USER_SETTINGS } from '@/lib/schema/settings';
import { supervisionNumbers } from '@/lib/settings/supervision-numbers';
import { memoryStorage } from '@/lib/settings/testing';
import { DashboardApp, type ChecklistData, type DashboardActions } from './dashboard-app';
import { mountIn, mountZh, until } from './testing';

let db: LuoshiDB;
let repo: ChecklistRepository;
let n = 0;
let cleanup = () => {};
let clock = Date.UTC(2026, 2, 12, 9);

beforeEach(() => {
  db = new LuoshiDB(`dashboard-app-test-${++n}`);
  repo = checklistRepository(db, { now: () => (clock += 1000) });
  history.replaceState(null, '', location.pathname);
});
afterEach(async () => {
  cleanup();
  cleanup = () => {};
  await db.delete();
});

const actions = (): DashboardActions => ({ repo, rescueExport: async () => '', openOptions: () => {}, openAtItem: async () => 'no-url', numbers: supervisionNumbers(memoryStorage().storage) });

/** The checklist as the page's live query reads it. */
async function read(): Promise<ChecklistData> {
  const [documents, items] = await Promise.all([db.documents.toArray(), db.items.toArray()]);
  return { documents, items };
}

function app(data: ChecklistData | undefined) {
  return <DashboardApp settings={DEFAULT_USER_SETTINGS} checklist={{ data, error: null }} actions={actions()} />;
}

/** Types into a controlled input or textarea the way React listens for it, leaving the caret at `caret`. */
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string, caret = value.length) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')!.set!;
  act(() => {
    el.focus();
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.setSelectionRange(caret, caret);
  });
}

async function seeded(count = 12) {
  const draft = syntheticDraft(count);
  const { documentId } = await repo.saveAnalysis({ key: 'k', text: draft.text, analysis: draft.analysis });
  const items = await repo.listItems({ documentId });
  return { documentId, ids: items.map((i) => i.id) };
}

describe('live updates never discard typing', () => {
  it('a progress note typed after a status change, and an owner being edited, survive refreshes of the item', async () => {
    const { ids } = await seeded();
    const id = ids[3]!;
    history.replaceState(null, '', `#item=${id}`);
    const { q, rerender, unmount } = mountZh(app(await read()));
    cleanup = unmount;
    const note = q('note-text') as HTMLTextAreaElement;
    const owners = q('item-owners') as HTMLInputElement;
    const lead = q('item-panel')!.querySelector<HTMLInputElement>('label input')!;
    const leadBefore = lead.value;

    // The status change saved from the panel, then a note typed at once, with the caret inside it.
    act(() => {
      const select = q('item-status') as HTMLSelectElement;
      select.value = 'in_progress';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => q('item-status-save')!.click());
    await until(() => q('item-message')?.textContent === '已保存');
    type(note, '已召开专题调度会，完成选址', 5);
    // The live query brings the item back with its new status: same panel, same text, same caret.
    rerender(app(await read()));
    expect(q('note-text')).toBe(note);
    expect(note.value).toBe('已召开专题调度会，完成选址');
    expect(note.selectionStart).toBe(5);
    expect((q('item-status') as HTMLSelectElement).value).toBe('in_progress');

    // Meanwhile another tab edits the lead and changes the status again, while this one edits the owners.
    type(owners, '县住建局、县财政局');
    await repo.editItem(id, { lead: ['县审计局'] });
    await repo.setStatus(id, 'behind');
    rerender(app(await read()));
    expect(q('note-text')).toBe(note);
    expect(note.value).toBe('已召开专题调度会，完成选址');
    expect(owners.value).toBe('县住建局、县财政局');
    // Fields nobody touched follow the record.
    expect(lead.value).not.toBe(leadBefore);
    expect(lead.value).toBe('县审计局');
    expect((q('item-status') as HTMLSelectElement).value).toBe('behind');
    // A re-save of the same draft (every item gets a new version) changes nothing either.
    const draft = syntheticDraft(12);
    await repo.saveAnalysis({ key: 'k', text: draft.text, analysis: draft.analysis });
    rerender(app(await read()));
    expect(note.value).toBe('已召开专题调度会，完成选址');

    // The note saves, and is in the log.
    await act(async () => q('note-add')!.click());
    await until(() => (q('item-log')?.textContent ?? '').includes('已召开专题调度会，完成选址'));
    expect(note.value).toBe('');
    // The owners draft is still there to save, and saves.
    await act(async () => q('item-save')!.click());
    await until(() => q('item-message')?.textContent === '已保存');
    expect((await repo.getItem(id))!.owners).toEqual(expect.arrayContaining(['县住建局', '县财政局']));
    rerender(app(await read()));
    expect(owners.value).toBe('县住建局、县财政局');
  });

  it('a field in focus keeps its text until it is left, then follows the record', async () => {
    const { ids } = await seeded(3);
    const id = ids[0]!;
    history.replaceState(null, '', `#item=${id}`);
    const { q, rerender, unmount } = mountZh(app(await read()));
    cleanup = unmount;
    const deadline = q('item-deadline') as HTMLInputElement;
    const before = deadline.value;
    act(() => deadline.focus());
    await repo.editItem(id, { deadline: { text: '9月底前', due: '2026-09-30', type: 'absolute' } });
    rerender(app(await read()));
    expect(deadline.value).toBe(before);
    act(() => deadline.blur());
    expect(deadline.value).toBe('9月底前');
    expect((q('item-due') as HTMLInputElement).value).toBe('2026-09-30');
  });
});

describe('counts and empty states', () => {
  it('while a large checklist loads, the count says how much has arrived, not 共 300 项', async () => {
    const { ids } = await seeded(12);
    const all = await read();
    const { q, rerender, unmount } = mountZh(app({ ...all, items: all.items.slice(0, 5), partialOf: 12 }));
    cleanup = unmount;
    expect(q('row-count')!.textContent).toBe('正在读取：5 / 12 项');
    expect(q('row-count')!.getAttribute('aria-busy')).toBe('true');
    expect(q('bulk-bar')!.querySelector('button')!.disabled).toBe(true);
    // No overdue count from the first items either.
    expect(q('overdue-count')).toBeNull();
    rerender(app(all));
    expect(q('row-count')!.textContent).toBe(`共 ${ids.length} 项（全部 ${ids.length} 项）`);
    const today = new Date().toISOString().slice(0, 10);
    const overdue = all.items.filter((i) => i.due !== null && i.due < today).length;
    expect(q('overdue-count')?.textContent ?? '0').toBe(String(overdue));
    expect(q('bulk-bar')!.querySelector('button')!.disabled).toBe(false);
  });

  it('回收站 says it is empty while items exist, and lists a deleted one', async () => {
    const { ids } = await seeded(4);
    history.replaceState(null, '', '#view=trash');
    const { container, q, rerender, unmount } = mountZh(app(await read()));
    cleanup = unmount;
    expect(container.querySelector('.grid-body .empty')!.textContent).toBe('回收站为空。');
    expect(container.textContent).not.toContain('还没有督办台账');
    await repo.deleteItem(ids[0]!);
    rerender(app(await read()));
    expect(container.querySelector('.grid-body .empty')).toBeNull();
    expect(q('row-count')!.textContent).toBe('共 1 项（全部 1 项）');
  });

  it('each view names its own emptiness, in English too; an empty checklist says so', async () => {
    await seeded(2);
    const data = await read();
    const views: [string, string, string][] = [
      ['trash', '回收站为空。', 'The trash is empty.'],
      ['orphaned', '没有「修改稿中已无」的事项：每项都还在最新的文稿里。', 'No item is missing from its latest draft.'],
    ];
    for (const [view, zh, en] of views) {
      history.replaceState(null, '', `#view=${view}`);
      const a = mountZh(app(data));
      expect(a.container.querySelector('.grid-body .empty')!.textContent).toBe(zh);
      a.unmount();
      const b = mountIn('en', app(data));
      expect(b.container.querySelector('.grid-body .empty')!.textContent).toBe(en);
      b.unmount();
    }
    history.replaceState(null, '', location.pathname);
    const none = mountZh(app({ documents: [], items: [] }));
    expect(none.container.querySelector('.grid-body .empty')!.textContent).toContain('还没有督办台账');
    none.unmount();
  });
});

describe('bulk status', () => {
  it('changes every selected item in one call, counting chunk by chunk as it goes, then says it is done', async () => {
    const { ids } = await seeded(1200);
    const { q, rerender, unmount } = mountZh(app(await read()));
    cleanup = unmount;
    const bar = q('bulk-bar')!;
    act(() => [...bar.querySelectorAll('button')].find((b) => b.textContent === '全选当前结果')!.click());
    expect(bar.textContent).toContain('已选 1200 项');
    act(() => {
      const select = q('bulk-status') as HTMLSelectElement;
      select.value = 'done';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const text = bar.querySelector('[role=status]')?.textContent;
      if (text && shown.at(-1) !== text) shown.push(text);
    });
    observer.observe(bar, { subtree: true, childList: true, characterData: true });
    await act(async () => q('bulk-apply')!.click());
    await until(() => shown.at(-1)?.startsWith('已将') ?? false, 10_000);
    observer.disconnect();
    expect(shown).toEqual(['正在修改：500 / 1200 项', '正在修改：1000 / 1200 项', '正在修改：1200 / 1200 项', '已将 1200 项改为「已完成」']);
    expect(await db.items.where('status').equals('done').count()).toBe(ids.length);
    rerender(app(await read()));
    expect(q('row-count')!.textContent).toBe('共 1200 项（全部 1200 项）');
  });
});

