import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { activeTab, fetchEditorState, pinnedTabId, revealInEditor, watchActiveDraft, type RefreshCause } from './editor-source';
import { enabledSitesItem } from '@/lib/settings/storage-items';
import { sampleEditorState } from './testing';

const state: EditorState = sampleEditorState(1, { frameId: 4, title: 'OA' });

/** Makes the fake background answer editor.getState with `answer`. */
function answerGetState(answer: unknown) {
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const m = message as { channel?: string; type?: string };
    if (m.channel !== EDITOR_CHANNEL || m.type !== 'editor.getState') return undefined;
    sendResponse(answer);
    return true;
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  // nb. The fake has no focused window until one is focused, and `currentWindow` queries need one.
  await fakeBrowser.windows.create({ focused: true });
});

const anyTab = {} as never;

describe('activeTab / pinnedTabId', () => {
  it('gives the active tab of the window, or the tab the page was opened for', async () => {
    expect(await activeTab(null)).toBeNull();
    const a = await fakeBrowser.tabs.create({ url: 'https://oa.example.gov.cn/a', active: true });
    const b = await fakeBrowser.tabs.create({ url: 'https://docs.qq.com/doc/x' });
    expect(await activeTab(null)).toEqual({ id: a.id, url: 'https://oa.example.gov.cn/a', title: '' });
    expect(await activeTab(b.id!)).toEqual({ id: b.id, url: 'https://docs.qq.com/doc/x', title: '' });
    expect(await activeTab(999)).toBeNull();
    expect([pinnedTabId('?tab=12'), pinnedTabId(''), pinnedTabId('?tab=x'), pinnedTabId('?tab=-1')]).toEqual([12, null, null, null]);
  });
});

describe('fetchEditorState', () => {
  it('returns the validated state, or null when the tab has none', async () => {
    answerGetState({ ok: true, value: state });
    expect(await fetchEditorState(1)).toEqual(state);
    fakeBrowser.runtime.onMessage.removeAllListeners();
    answerGetState({ ok: true, value: null });
    expect(await fetchEditorState(1)).toBeNull();
  });

  it('gives null when nobody answers, and rejects a malformed state or an error', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    expect(await fetchEditorState(1)).toBeNull();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    answerGetState({ ok: true, value: { ...state, editorKind: 'word' } });
    await expect(fetchEditorState(1)).rejects.toThrow(/回答格式不对/);
    fakeBrowser.runtime.onMessage.removeAllListeners();
    answerGetState({ ok: false, error: { code: 'bad_request', message: '消息无效' } });
    await expect(fetchEditorState(1)).rejects.toThrow('消息无效');
  });
});

describe('revealInEditor', () => {
  it('sends editor.reveal to the state’s tab and frame', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: null } as never);
    await revealInEditor(state, { start: 3, end: 9 });
    expect(send).toHaveBeenCalledWith(1, { channel: EDITOR_CHANNEL, type: 'editor.reveal', payload: { editorId: 'iframe-body-1', start: 3, end: 9 } }, { frameId: 4 });
    send.mockResolvedValue({ ok: false, error: { code: 'not_found', message: '找不到编辑器' } } as never);
    await expect(revealInEditor(state, { start: 3, end: 9 })).rejects.toThrow('找不到编辑器');
  });
});

describe('watchActiveDraft', () => {
  it('refreshes on tab switch, on the shown tab’s navigation and on its stateChanged, and stops when asked', async () => {
    const causes: RefreshCause[] = [];
    let current: number | null = 1;
    const stop = watchActiveDraft(
      () => current,
      (cause) => causes.push(cause),
      null,
    );
    await fakeBrowser.tabs.create({ url: 'https://a.example/', active: true });
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' }, anyTab);
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'complete' }, anyTab);
    await fakeBrowser.tabs.onUpdated.trigger(1, { title: 'x' }, anyTab);
    await fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.stateChanged', payload: { tabId: 1 } }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.stateChanged', payload: { tabId: 2 } }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.stateChanged', payload: { tabId: '1' } }, {}, () => {});
    await fakeBrowser.runtime.onMessage.trigger({ channel: 'luoshi.checklist', type: 'editor.stateChanged', payload: { tabId: 1 } }, {}, () => {});
    expect(causes).toEqual(['activated', 'updated', 'state']);
    // The enabled sites changed (a site turned off or on): look again; other storage does not count.
    await fakeBrowser.storage.local.set({ [enabledSitesItem.key]: ['https://oa.example.gov.cn'] });
    await fakeBrowser.storage.local.set({ 'luoshi.somethingElse': 1 });
    expect(causes).toEqual(['activated', 'updated', 'state', 'sites']);
    stop();
    current = 2;
    await fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.stateChanged', payload: { tabId: 2 } }, {}, () => {});
    await fakeBrowser.storage.local.set({ [enabledSitesItem.key]: [] });
    expect(causes).toHaveLength(4);
  });

  it('does not follow tab switches when pinned to a tab', async () => {
    const causes: RefreshCause[] = [];
    watchActiveDraft(
      () => 5,
      (cause) => causes.push(cause),
      5,
    );
    await fakeBrowser.tabs.create({ url: 'https://a.example/', active: true });
    await fakeBrowser.tabs.onUpdated.trigger(5, { url: 'https://a.example/2' }, anyTab);
    expect(causes).toEqual(['updated']);
  });

  it('never answers a message (the background’s reply must not be taken)', async () => {
    watchActiveDraft(
      () => 1,
      () => {},
      null,
    );
    const replies = await fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.stateChanged', payload: { tabId: 1 } }, {}, () => {});
    expect(replies).toEqual([undefined]);
  });
});
