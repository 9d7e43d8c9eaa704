// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://luoshi-test/dashboard.html"}
/** 新增事项 on a real repository (fake-indexeddb): every column stored, problems said in both languages, Esc closes. */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lightOf } from '@/lib/checklist/lights';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository, type ChecklistRepository } from '@/lib/db/repository';
import type { ItemRecord } from '@/lib/schema/checklist';
import { AddItemPanel } from './add-item';
import { mountIn, mountZh, until } from './testing';

let db: LuoshiDB;
let repo: ChecklistRepository;
let n = 0;
let cleanup = () => {};
beforeEach(() => {
  db = new LuoshiDB(`add-item-test-${++n}`);
  repo = checklistRepository(db, { now: () => Date.UTC(2026, 11, 5, 2) });
});
afterEach(() => {
  cleanup();
  cleanup = () => {};
  db.close();
});

/** Types into a controlled field the way React listens for it. */
function type(el: HTMLElement | null, value: string) {
  const input = el as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
}

function mount(locale: 'zh-CN' | 'en' = 'zh-CN', documents: { id: string; title: string; referenceDate: string; key: string }[] = []) {
  const added: ItemRecord[] = [];
  const onClose = vi.fn<() => void>();
  const ui = (
    <AddItemPanel
      documents={documents}
      today="2026-12-05"
      onAdd={async (input, note) => {
        const item = await repo.addItem(input);
        if (note) await repo.addNote(item.id, { text: note });
        return item;
      }}
      onAdded={(item) => added.push(item)}
      onClose={onClose}
    />
  );
  const m = locale === 'zh-CN' ? mountZh(ui) : mountIn(locale, ui);
  cleanup = m.unmount;
  return { ...m, added, onClose };
}

describe('新增事项', () => {
  it('stores every column: a 每月25日前 item gets its rule, its next due day and a blue light in the period', async () => {
    const { q, added, container } = mount();
    expect(document.activeElement).toBe(q('add-text'));
    type(q('add-text'), '报送重点项目推进情况');
    type(q('add-owners'), '县发改局（牵头）、各镇（配合）');
    type(q('add-deadline'), '每月25日前');
    expect(q('add-resolved')!.textContent).toBe('周期事项，下次到期：2026年12月25日');
    type(q('add-status'), 'in_progress');
    type(q('add-note'), '11月已报送');
    await act(async () => q('add-submit')!.click());
    await until(() => added.length === 1);
    const item = (await db.items.get(added[0]!.id))!;
    expect(item).toMatchObject({ kind: 'action', text: '报送重点项目推进情况', owners: ['县发改局', '各镇'], lead: ['县发改局'], coop: ['各镇'], status: 'in_progress', origin: 'manual', due: '2026-12-25' });
    expect(item.deadline).toEqual({ text: '每月25日前', due: '2026-12-25', type: 'period', recurrence: { unit: 'month', day: 25 } });
    expect(lightOf(item, '2026-12-23')).toBe('blue');
    expect(lightOf(item, '2026-12-10')).toBeNull();
    expect((await db.documents.get(item.documentId))!.title).toBe('手工登记事项');
    expect((await repo.listNotes(item.id)).map((x) => x.text)).toContain('11月已报送');
    expect(container.querySelector('[role=alert]')).toBeNull();
  });

  it('adds to a picked document, resolving the words against its reference date', async () => {
    const doc = await repo.saveAnalysis({ key: 'k1', title: '讲话', text: '县住建局要年底前完成改造。', analysis: (await import('@/lib/analysis/index')).analyze('县住建局要年底前完成改造。', { referenceDate: '2027-02-01' }) });
    const { q, added } = mount('zh-CN', [{ id: doc.documentId, title: '讲话', referenceDate: '2027-02-01', key: 'k1' }]);
    type(q('add-text'), '做好加装电梯摸底');
    type(q('add-document'), doc.documentId);
    type(q('add-deadline'), '年底前');
    expect(q('add-resolved')!.textContent).toBe('到期：2027年12月31日');
    await act(async () => q('add-submit')!.click());
    await until(() => added.length === 1);
    expect(added[0]).toMatchObject({ documentId: doc.documentId, due: '2027-12-31' });
  });

  it('says what is wrong beside each field and in a list, adds nothing, and a problem goes once its field is changed', async () => {
    const { q, added, container } = mount();
    type(q('add-deadline'), '等通知');
    type(q('add-status'), 'closed');
    await act(async () => q('add-submit')!.click());
    expect([...q('add-problems')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '请填写事项内容。',
      '无法识别时限「等通知」，请改写（如：年底前、12月20日前、每月25日前）或选择完成日期。',
      '状态为已销号时，须在进展情况中注明佐证材料。',
    ]);
    expect(q('add-text')!.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelectorAll('.field-error')).toHaveLength(3);
    type(q('add-text'), '整改');
    expect(q('add-text')!.getAttribute('aria-invalid')).toBeNull();
    expect(container.querySelectorAll('.field-error')).toHaveLength(2);
    expect(added).toHaveLength(0);
    expect(await db.items.count()).toBe(0);
  });

  it('speaks English, typed against the Chinese words', async () => {
    const { q } = mount('en');
    type(q('add-deadline'), '12月20日前');
    expect(q('add-resolved')!.textContent).toBe('Due Dec 20, 2026');
    type(q('add-deadline'), '尽快办');
    await act(async () => q('add-submit')!.click());
    expect(q('add-problems')!.textContent).toContain('Enter the item.');
  });

  it('keeps Tab inside the form: Shift+Tab on its first control goes to its last, Tab on the last to the first', () => {
    const { q, container } = mount();
    const controls = [...container.querySelectorAll<HTMLElement>('button, input, select, textarea')];
    const first = controls[0]!;
    const last = controls.at(-1)!;
    act(() => first.focus());
    act(() => first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true })));
    expect(document.activeElement).toBe(last);
    act(() => last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true })));
    expect(document.activeElement).toBe(first);
    expect(q('add-text')).not.toBeNull();
  });

  it('closes with Esc and with 取消', () => {
    const { q, onClose, container } = mount();
    act(() => q('add-text')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(onClose).toHaveBeenCalledTimes(1);
    act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === '取消')!.click());
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
