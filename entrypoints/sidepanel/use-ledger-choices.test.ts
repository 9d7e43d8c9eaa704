// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://luoshi/sidepanel.html"}
/**
 * The side panel's 不入台账 and 「加入督办台账」 against the checklist channel's own handlers over a LuoshiDB
 * (fake-indexeddb): a skip is written under the draft's key at once, a card's skip (written by the background) shows
 * on editor.skipsChanged, and an added selection on editor.itemAdded.
 */
import 'fake-indexeddb/auto';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { anchorAt } from '@/lib/anchoring/text-quote';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository } from '@/lib/db/repository';
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import { checklistChannel, checklistHandlers } from '@/lib/messaging/checklist';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { draftKey } from '@/lib/panel/draft-source';
import { sampleAnalysis, sampleText } from '@/lib/presentation/sample-analysis';
import { DEFAULT_USER_SETTINGS } from '@/lib/schema/settings';
import { App } from './app';
import { sampleEditorState } from './testing';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: LuoshiDB;
let seq = 0;
let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  db = new LuoshiDB(`sidepanel-ledger-${++seq}`);
  lastAdd = null;
  fakeBrowser.reset();
  await fakeBrowser.windows.create({ focused: true });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await db.delete();
});

/** The tab's last add as the background keeps it (editor.getAdded). */
let lastAdd: { seq: number; item: { id: string; text: string; documentId: string } | null; error: string | null } | null = null;

/** The background: the tab's EditorState, the checklist handlers, and editor.addSelection answered by `added`. */
function background(state: EditorState) {
  const handle = checklistHandlers(checklistRepository(db));
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const m = message as { channel: string; type: string; payload: Record<string, unknown> };
    if (m.channel === EDITOR_CHANNEL && m.type === 'editor.getState') {
      sendResponse({ ok: true, value: m.payload.tabId === state.tabId ? state : null });
      return true;
    }
    if (m.channel === EDITOR_CHANNEL && m.type === 'editor.getAdded') {
      sendResponse({ ok: true, value: m.payload.tabId === state.tabId ? lastAdd : null });
      return true;
    }
    if (m.channel === EDITOR_CHANNEL && m.type === 'editor.getSelection') {
      sendResponse({ ok: true, value: false });
      return true;
    }
    if (m.channel === EDITOR_CHANNEL && m.type === 'editor.addSelection') {
      sendResponse({ ok: false, error: { code: 'internal', message: '请先在编辑器中选中要加入的文字。' } });
      return true;
    }
    if (checklistChannel.is(message)) {
      void Promise.resolve(handle(m, {})).then((result) => sendResponse(structuredClone(result)));
      return true;
    }
    return undefined;
  });
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = () => [...container.querySelectorAll<HTMLElement>('.action-item')];
const buttonIn = (el: Element, label: string) => [...el.querySelectorAll<HTMLElement>('button')].find((b) => text(b) === label);

async function mounted() {
  const tab = await fakeBrowser.tabs.create({ url: 'https://oa.example.gov.cn/doc/1', active: true });
  const state = sampleEditorState(tab.id!);
  background(state);
  await act(async () => root.render(createElement(I18nProvider, { locale: 'zh-CN' }, createElement(App, { settings: DEFAULT_USER_SETTINGS }))));
  await vi.waitFor(() => expect(items()).toHaveLength(3));
  return { tabId: tab.id!, key: draftKey('page', { url: state.url, editorId: state.editorId, title: state.title }) };
}

describe('side panel: 不入台账 and 加入督办台账', () => {
  it('writes a skip under the draft key at once and takes it back with 撤销', async () => {
    const { key } = await mounted();
    await act(async () => buttonIn(items()[2]!, '不入台账')!.click());
    await vi.waitFor(() => expect(items()[2]!.classList.contains('skipped')).toBe(true));
    const [skip] = await db.skips.toArray();
    expect(skip).toMatchObject({ key, kind: 'action', text: '坚决打好三大攻坚战', anchor: { exact: '坚决打好三大攻坚战' } });
    await act(async () => buttonIn(items()[2]!, '撤销')!.click());
    await vi.waitFor(() => expect(items()[2]!.classList.contains('skipped')).toBe(false));
    expect(await db.skips.count()).toBe(0);
  });

  it("shows a highlight card's skip as soon as the background says the draft's skips changed", async () => {
    const { tabId, key } = await mounted();
    const item = sampleAnalysis.problemGroups[0]!.items[1]!;
    await checklistRepository(db).skipItem({ key, kind: 'problem', anchor: anchorAt(sampleText, item.start, item.end), text: item.title });
    expect(container.querySelector('.problem-items li.skipped')).toBeNull();
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.skipsChanged', payload: { tabId, key } }, {}, () => {}));
    await vi.waitFor(() => expect(text(container.querySelector('.problem-items li.skipped'))).toContain(item.title));
    expect(text(container.querySelector('.pending-choices'))).toBe('保存时：1 条不入台账。');
  });

  it('says what was added from the page (editor.itemAdded for this tab only), and why nothing was', async () => {
    const { tabId } = await mounted();
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.itemAdded', payload: { tabId: tabId + 1, id: 'x', text: '别的标签页', documentId: 'd0' } }, {}, () => {}));
    expect(container.querySelector('.added-item')).toBeNull();
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.itemAdded', payload: { tabId, id: 'i1', text: '开工率是检验项目工作成效最直接的标尺。', documentId: 'd1' } }, {}, () => {}));
    expect(text(container.querySelector('.added-item'))).toBe('已加入督办台账：「开工率是检验项目工作成效最直接的标尺」。 在督办台账中查看');
    expect(container.querySelector('.added-item a')!.getAttribute('href')).toBe('dashboard.html?document=d1');
    // Nothing selected in the page: the button waits, and says why.
    const button = () => container.querySelector<HTMLButtonElement>('[data-testid="add-selection"]')!;
    expect(button().disabled).toBe(true);
    expect(text(container.querySelector('#add-selection-hint'))).toBe('先在编辑器中选中文字');
    expect(button().getAttribute('aria-describedby')).toBe('add-selection-hint');
    // Another tab's selection changes nothing; this tab's enables it.
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.selectionChanged', payload: { tabId: tabId + 1, has: true } }, {}, () => {}));
    expect(button().disabled).toBe(true);
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.selectionChanged', payload: { tabId, has: true } }, {}, () => {}));
    expect(button().disabled).toBe(false);
    expect(container.querySelector('#add-selection-hint')).toBeNull();
    await act(async () => button().click());
    await vi.waitFor(() => expect(text(container.querySelector('.add-selection .error'))).toBe('加入失败：请先在编辑器中选中要加入的文字。'));
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.selectionChanged', payload: { tabId, has: false } }, {}, () => {}));
    expect(button().disabled).toBe(true);
  });

  it("shows why the context menu's add failed (editor.addFailed), also to a panel the click opened only after it failed", async () => {
    lastAdd = { seq: 1, item: null, error: '请先在编辑器中选中要加入的文字。' };
    const { tabId } = await mounted();
    await vi.waitFor(() => expect(text(container.querySelector('[data-testid="add-selection-error"]'))).toBe('加入失败：请先在编辑器中选中要加入的文字。'));
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.itemAdded', payload: { tabId, id: 'i1', text: '开工率是检验项目工作成效最直接的标尺。', documentId: 'd1' } }, {}, () => {}));
    expect(container.querySelector('[data-testid="add-selection-error"]')).toBeNull();
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.addFailed', payload: { tabId: tabId + 1, message: '别的标签页' } }, {}, () => {}));
    expect(container.querySelector('[data-testid="add-selection-error"]')).toBeNull();
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.addFailed', payload: { tabId, message: '台账已满' } }, {}, () => {}));
    expect(text(container.querySelector('[data-testid="add-selection-error"]'))).toBe('加入失败：台账已满');
    expect(container.querySelector('.added-item')).toBeNull();
  });

  it('keeps a split made before the first save when the panel is closed and opened again, until a save', async () => {
    const { key } = await mounted();
    await act(async () => buttonIn(items()[0]!, '拆分')!.click());
    await act(async () => container.querySelectorAll<HTMLElement>('.split-point')[1]!.click());
    expect(items()).toHaveLength(4);
    expect(text(container.querySelector('.pending-choices'))).toBe('保存时：1 条拆分。');
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([`luoshi.pendingSplits.${key}`]));
    // The panel closes and opens again: the split is back before anything is saved.
    act(() => root.unmount());
    root = createRoot(container);
    await act(async () => root.render(createElement(I18nProvider, { locale: 'zh-CN' }, createElement(App, { settings: DEFAULT_USER_SETTINGS }))));
    await vi.waitFor(() => expect(items()).toHaveLength(4));
    expect(text(items()[0]!.querySelector('.part-mark'))).toBe('拆分 1/2');
    // Undone, the entry goes; split again and saved, the checklist holds it and the session forgets it.
    await act(async () => buttonIn(items()[0]!, '撤销拆分')!.click());
    expect(items()).toHaveLength(3);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
    await act(async () => buttonIn(items()[0]!, '拆分')!.click());
    await act(async () => container.querySelectorAll<HTMLElement>('.split-point')[1]!.click());
    await act(async () => container.querySelector<HTMLElement>('.save-bar button')!.click());
    await vi.waitFor(async () => expect(await db.items.count()).toBeGreaterThan(0));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
    expect((await db.items.toArray()).map((i) => i.text)).toContain('力争早日竣工投运');
  });

  it('keeps an owner correction made before saving when the panel is closed and opened again; the save makes it a hand edit and forgets it', async () => {
    await mounted();
    const second = items()[1]!;
    await act(async () => buttonIn(second, '修改')!.click());
    const owners = second.querySelector<HTMLInputElement>('input')!;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(owners), 'value')!.set!;
    act(() => {
      setter.call(owners, '县农业农村局（牵头）、各镇（配合）');
      owners.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => buttonIn(second, '完成')!.click());
    expect(text(items()[1]!.querySelector('.edited-mark'))).toBe('已修改');
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.storage.session.get(null)).some((k) => k.startsWith('luoshi.pendingEdits.'))).toBe(true));
    act(() => root.unmount());
    root = createRoot(container);
    await act(async () => root.render(createElement(I18nProvider, { locale: 'zh-CN' }, createElement(App, { settings: DEFAULT_USER_SETTINGS }))));
    await vi.waitFor(() => expect(text(items()[1]?.querySelector('.edited-mark'))).toBe('已修改'));
    expect(text(items()[1]!.querySelector('.facts'))).toContain('县农业农村局（牵头）、各镇（配合）');
    await act(async () => container.querySelector<HTMLElement>('.save-bar button')!.click());
    await vi.waitFor(async () => expect(await db.items.count()).toBeGreaterThan(0));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
    const saved = (await db.items.toArray()).find((i) => i.owners.includes('县农业农村局'))!;
    expect(saved.lead).toEqual(['县农业农村局']);
    expect([...saved.edited].sort()).toEqual(['coop', 'lead', 'owners']);
  });
});
