import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '@/lib/analysis/index';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository } from '@/lib/db/repository';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { CAPTURE_COMMAND, CAPTURE_MENU_ID, CAPTURE_SHORTCUT } from '@/lib/panel/capture';
import { draftKey, siteOf } from '@/lib/panel/draft-source';
import { editorStateSchema } from '@/lib/schema/editor';
import { enabledSitesItem, settingsItem } from '@/lib/settings/storage-items';
import { ADD_HOOK, addSelection, CAPTURE_HOOK, onCaptureCommand, onMenuClick, readSelection, registerCapture, type CaptureBrowser, type CaptureDeps, type TabLike } from './capture';

/** An event the test can fire (contextMenus and commands are not in WXT's fake browser). */
function fakeEvent<A extends unknown[]>() {
  const listeners: ((...args: A) => void)[] = [];
  return { addListener: (cb: (...args: A) => void) => void listeners.push(cb), fire: (...args: A) => listeners.forEach((l) => l(...args)) };
}

const speech = ['关于推进重点项目建设的讲话', '同志们：', '一、在工作落实上再发力', '由县住建局牵头，县应急管理局配合，9月底前完成在建项目质量安全大检查。', '各镇要在年底前上报方案。'].join('\n');
const tab = { id: 7, url: 'https://docs.qq.com/doc/DVabc', title: '重点项目讲话 - 腾讯文档' };

function setup(selection: string | Error = speech) {
  const onClicked = fakeEvent<[{ menuItemId: string | number; selectionText?: string; frameId?: number }, TabLike | undefined]>();
  const onCommand = fakeEvent<[string, TabLike | undefined]>();
  const b = {
    runtime: fakeBrowser.runtime,
    storage: fakeBrowser.storage,
    contextMenus: { create: vi.fn<CaptureBrowser['contextMenus']['create']>(() => CAPTURE_MENU_ID), update: vi.fn<NonNullable<CaptureBrowser['contextMenus']['update']>>(() => undefined), onClicked },
    commands: { onCommand },
    tabs: { get: vi.fn<(id: number) => Promise<TabLike>>(async (id) => ({ ...tab, id })) },
    scripting: {
      executeScript: vi.fn<CaptureBrowser['scripting']['executeScript']>(async () => {
        if (selection instanceof Error) throw selection;
        return [
          { frameId: 0, result: '' },
          { frameId: 3, result: selection },
        ];
      }),
    },
    sidePanel: { open: vi.fn<(o: { tabId: number }) => Promise<void>>(async () => {}) },
  };
  const states = new Map<number, EditorState>();
  const published: EditorState[] = [];
  const deps: CaptureDeps = {
    browser: b,
    current: (tabId) => states.get(tabId),
    publish: (state) => {
      states.set(state.tabId, state);
      published.push(state);
    },
    now: () => new Date(2026, 2, 12, 9).getTime(),
  };
  return { b, deps, states, published, onClicked, onCommand };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the manifest', () => {
  it('declares the capture command with the shortcut the panel names, and the permissions it needs', async () => {
    // The manifest is per browser (wxt.config.ts): Chromium's is read here.
    const config = (await import('@/wxt.config')).default.manifest as unknown as (env: { browser: string }) => { permissions: string[]; commands: Record<string, { suggested_key: { default: string } }> };
    const manifest = config({ browser: 'chrome' });
    expect(manifest.commands[CAPTURE_COMMAND]!.suggested_key.default).toBe(CAPTURE_SHORTCUT);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['contextMenus', 'scripting', 'activeTab', 'sidePanel']));
  });
});

describe('registerCapture', () => {
  it('titles the menu item in the language of the settings, and retitles it when that changes', async () => {
    const { b, deps } = setup();
    await settingsItem.set(fakeBrowser.storage, { ...(await settingsItem.get(fakeBrowser.storage)), locale: 'en' });
    registerCapture(deps);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(b.contextMenus.create).toHaveBeenCalledWith({ id: CAPTURE_MENU_ID, title: 'Capture the selected text', contexts: ['selection'] }));
    await settingsItem.set(fakeBrowser.storage, { ...(await settingsItem.get(fakeBrowser.storage)), locale: 'zh-CN' });
    await vi.waitFor(() => expect(b.contextMenus.update).toHaveBeenLastCalledWith(CAPTURE_MENU_ID, { title: '提取所选文字' }));
  });

  it('creates the menu item on install, and on a click opens the panel at once, before reading the selection', async () => {
    const { b, deps, published, onClicked } = setup();
    registerCapture(deps);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(b.contextMenus.create).toHaveBeenCalledWith({ id: CAPTURE_MENU_ID, title: '提取所选文字', contexts: ['selection'] }));

    onClicked.fire({ menuItemId: CAPTURE_MENU_ID, selectionText: '（折行丢失的文字）', frameId: 3 }, tab);
    // Synchronously, inside the click's user gesture:
    expect(b.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    await vi.waitFor(() => expect(published).toHaveLength(1));
    expect(b.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, func: readSelection });
    expect(published[0]!.text).toBe(speech);
  });

  it('ignores other menu items and commands, and tabs without an id', async () => {
    const { b, deps } = setup();
    expect(await onMenuClick(deps, { menuItemId: 'other' }, tab)).toBeNull();
    expect(await onCaptureCommand(deps, 'toggle-site', tab)).toBeNull();
    expect(await onMenuClick(deps, { menuItemId: CAPTURE_MENU_ID, selectionText: speech }, {})).toBeNull();
    expect(b.sidePanel.open).not.toHaveBeenCalled();
  });
});

describe('onMenuClick', () => {
  it('publishes the selection as the tab’s EditorState: kind selection, no highlights, analysed, canvas reason', async () => {
    const { deps } = setup();
    const state = await onMenuClick(deps, { menuItemId: CAPTURE_MENU_ID, frameId: 3 }, tab);
    expect(editorStateSchema.parse(state)).toEqual(state);
    expect(state).toMatchObject({ tabId: 7, frameId: 3, url: tab.url, title: tab.title, editorKind: 'selection', editorId: 'selection', canHighlight: false, reason: 'canvas-editor' });
    expect(state!.analysis.referenceDate).toBe('2026-03-12');
    expect(state!.analysis.title).toBe('关于推进重点项目建设的讲话');
    expect(state!.analysis.actions.map((a) => [a.owners, a.deadline?.due])).toEqual([
      [['县住建局', '县应急管理局'], '2026-09-30'],
      [['各镇'], '2026-12-31'],
    ]);
  });

  it('falls back to the menu’s selectionText where scripting is not allowed, and says the site is not enabled', async () => {
    const { deps } = setup(new Error('Cannot access contents of the page'));
    const state = await onMenuClick(deps, { menuItemId: CAPTURE_MENU_ID, selectionText: '各镇要在年底前上报方案。' }, { id: 8, url: 'https://news.example.com/a', title: '新闻' });
    expect(state).toMatchObject({ tabId: 8, frameId: 0, text: '各镇要在年底前上报方案。', reason: 'site-disabled' });
  });

  it('keeps the page’s known reason, or none on an enabled site', async () => {
    const { deps, states } = setup();
    await fakeBrowser.storage.local.set({ [enabledSitesItem.key]: ['https://oa.example.gov.cn'] });
    const enabled = await onMenuClick(deps, { menuItemId: CAPTURE_MENU_ID }, { id: 9, url: 'https://oa.example.gov.cn/x' });
    expect(enabled!.reason).toBe('no-editor');
    states.set(10, { ...enabled!, tabId: 10, editorKind: 'quill', canHighlight: true, reason: null });
    expect((await onMenuClick(deps, { menuItemId: CAPTURE_MENU_ID }, { id: 10, url: 'https://oa.example.gov.cn/y' }))!.reason).toBeNull();
  });

  it('analyses with the reference date and lexicon of the user’s settings', async () => {
    const { deps } = setup('城投集团要在年底前完成融资方案。');
    await fakeBrowser.storage.local.set({ [settingsItem.key]: { referenceDate: { mode: 'fixed', date: '2025-05-01' }, lexicon: { owners: ['城投集团'] } } });
    const state = await onMenuClick(deps, { menuItemId: CAPTURE_MENU_ID }, tab);
    expect(state!.analysis.referenceDate).toBe('2025-05-01');
    expect(state!.analysis.actions.map((a) => [a.owners, a.deadline?.due])).toEqual([[['城投集团'], '2025-12-31']]);
  });

  it('publishes nothing for a blank selection', async () => {
    const { deps, published } = setup('  \n ');
    expect(await onMenuClick(deps, { menuItemId: CAPTURE_MENU_ID, selectionText: ' ' }, tab)).toBeNull();
    expect(published).toEqual([]);
  });
});

describe('onCaptureCommand', () => {
  it('opens the panel at once and takes the longest selection of all frames', async () => {
    const { b, deps, onCommand, published } = setup();
    registerCapture(deps);
    onCommand.fire(CAPTURE_COMMAND, tab);
    expect(b.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    await vi.waitFor(() => expect(published).toHaveLength(1));
    expect(b.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, func: readSelection });
    expect(published[0]).toMatchObject({ frameId: 3, text: speech });
  });

  it("is exposed to the e2e suite as the menu's handler, globalThis.luoshiCaptureSelection(tabId, text), without opening the panel", async () => {
    const { b, deps, published } = setup(new Error('Cannot access contents of the page'));
    registerCapture(deps);
    const hook = (globalThis as unknown as Record<string, (tabId: number, text?: string) => Promise<EditorState | null>>)[CAPTURE_HOOK];
    const state = await hook!(7, speech);
    expect(b.tabs.get).toHaveBeenCalledWith(7);
    expect(b.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, func: readSelection });
    expect(b.sidePanel.open).not.toHaveBeenCalled();
    expect(state).toMatchObject({ tabId: 7, frameId: 0, editorKind: 'selection', text: speech, url: tab.url });
    expect(published).toEqual([state]);
  });

  it('publishes nothing when the page cannot be read', async () => {
    const { deps, published } = setup(new Error('no access'));
    expect(await onCaptureCommand(deps, CAPTURE_COMMAND, tab)).toBeNull();
    expect(published).toEqual([]);
  });
});

describe('a captured selection saved from the panel', () => {
  let db: LuoshiDB;
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('becomes a checklist, and capturing the revised text again merges into it', async () => {
    db = new LuoshiDB(`capture-${Math.random()}`);
    const repo = checklistRepository(db);
    const { deps } = setup();
    const save = (s: EditorState) =>
      repo.saveAnalysis({ key: draftKey('page', s), title: s.analysis.title ?? s.title, url: s.url, site: siteOf(s.url), editor: s.editorKind, text: s.text, analysis: s.analysis });

    const first = await save((await onMenuClick(deps, { menuItemId: CAPTURE_MENU_ID }, tab))!);
    expect(first).toMatchObject({ created: true, revision: 1, report: { added: 2 } });
    const items = await repo.listItems({ documentId: first.documentId });
    expect(items.map((item) => [item.text, item.lead, item.due])).toEqual([
      ['由县住建局牵头，县应急管理局配合，9月底前完成在建项目质量安全大检查', ['县住建局'], '2026-09-30'],
      ['各镇要在年底前上报方案', [], '2026-12-31'],
    ]);

    const revised = setup(`${speech}\n县发改局要在10月底前完成项目评审。`);
    const second = await save((await onMenuClick(revised.deps, { menuItemId: CAPTURE_MENU_ID }, tab))!);
    expect(second).toMatchObject({ documentId: first.documentId, created: false, revision: 2, report: { matched: 2, added: 1, orphaned: 0 } });
  });
});

describe('「加入督办台账」', () => {
  const withRepo = (selection: string | Error) => {
    const s = setup(selection);
    const db = new LuoshiDB(`capture-add-${Math.random()}`);
    let n = 0;
    const repo = checklistRepository(db, { now: () => new Date(2026, 2, 12, 9).getTime(), newId: () => `id-${++n}` });
    const broadcast = vi.fn<(m: unknown) => void>();
    const deps: CaptureDeps = { ...s.deps, addItem: (input) => repo.addItem(input), broadcast };
    return { ...s, deps, db, repo, broadcast };
  };

  it('creates its menu item beside 提取所选文字 and on a click opens the panel, then adds the selection anchored in the tab\'s draft', async () => {
    const sel = '各镇要在年底前上报方案。';
    const { b, deps, states, db, broadcast, onClicked } = withRepo(sel);
    states.set(7, { tabId: 7, frameId: 0, url: 'https://oa.example.gov.cn/doc/9', title: '讲话稿', editorKind: 'contenteditable', editorId: 'ce-1', text: speech, analysis: analyze(speech), canHighlight: true, reason: null, at: 1 });
    registerCapture(deps);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(b.contextMenus.create).toHaveBeenCalledWith({ id: 'luoshi-add-selection', title: '加入督办台账', contexts: ['selection'] }));
    onClicked.fire({ menuItemId: 'luoshi-add-selection', selectionText: sel, frameId: 0 }, tab);
    expect(b.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    await vi.waitFor(() => expect(broadcast).toHaveBeenCalledTimes(1));
    const [item] = await db.items.toArray();
    expect(item).toMatchObject({ text: sel, origin: 'manual', pinned: 1, anchor: { exact: sel, start: speech.indexOf(sel) } });
    const doc = await db.documents.get(item!.documentId);
    expect(doc).toMatchObject({ key: draftKey('page', { url: 'https://oa.example.gov.cn/doc/9', editorId: 'ce-1', title: '讲话稿' }), text: speech });
    expect(broadcast).toHaveBeenCalledWith({ channel: 'luoshi.editor', type: 'editor.itemAdded', payload: { id: item!.id, text: sel, documentId: doc!.id, tabId: 7 } });
    db.close();
  });

  it('takes a selection on a page with no draft as its own text, under the page key; says so when nothing is selected', async () => {
    const { deps, db } = withRepo('  县应急管理局要在汛期前排查隐患。 ');
    const added = await addSelection(deps, tab);
    expect(added.text).toBe('县应急管理局要在汛期前排查隐患。');
    const doc = (await db.documents.toArray())[0]!;
    expect(doc.key).toBe(draftKey('page', { url: tab.url, editorId: 'selection', title: tab.title }));
    const blank = withRepo(new Error('no host access'));
    await expect(addSelection(blank.deps, tab)).rejects.toThrow('请先在编辑器中选中要加入的文字。');
    // A captured selection with no selection left on the page: the captured text is the item, in its own draft.
    const captured = '各镇要在年底前上报方案。';
    blank.states.set(7, { tabId: 7, frameId: 0, url: tab.url, title: tab.title, editorKind: 'selection', editorId: 'selection', text: captured, analysis: analyze(captured), canHighlight: false, reason: 'no-editor', at: 1 });
    expect(await addSelection(blank.deps, tab)).toMatchObject({ text: captured });
    expect((await blank.db.items.toArray())[0]!.anchor).toMatchObject({ exact: captured, start: 0 });
    db.close();
    blank.db.close();
  });

  it('a failed add from the menu goes to the side panel (outcome), not only the console; a success too', async () => {
    const outcome = vi.fn<NonNullable<CaptureDeps['outcome']>>();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const blank = withRepo(new Error('no host access'));
    const deps: CaptureDeps = { ...blank.deps, outcome };
    registerCapture(deps);
    blank.onClicked.fire({ menuItemId: 'luoshi-add-selection', frameId: 0 }, tab);
    expect(blank.b.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    await vi.waitFor(() => expect(outcome).toHaveBeenCalledWith(7, { error: '请先在编辑器中选中要加入的文字。' }));
    expect(logged).toHaveBeenCalled();
    // The checklist refusing is reported the same way.
    const refused: CaptureDeps = { ...deps, addItem: async () => Promise.reject(new Error('台账已满')) };
    registerCapture(refused);
    await expect((globalThis as unknown as Record<string, (tabId: number, text?: string) => Promise<unknown>>)[ADD_HOOK]!(7, '各镇要在年底前上报方案。')).rejects.toThrow('台账已满');
    expect(outcome).toHaveBeenLastCalledWith(7, { error: '台账已满' });
    // A success is an outcome too (the backend tells the pages), not a second broadcast.
    const ok = withRepo('各镇要在年底前上报方案。');
    const okOutcome = vi.fn<NonNullable<CaptureDeps['outcome']>>();
    const added = await addSelection({ ...ok.deps, outcome: okOutcome }, tab);
    expect(okOutcome).toHaveBeenCalledWith(7, { item: added });
    expect(ok.broadcast).not.toHaveBeenCalled();
    blank.db.close();
    ok.db.close();
  });
});
