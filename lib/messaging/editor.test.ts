import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../analysis';
import { EDITOR_CHANNEL } from '../editors/contract';
import { channelRequest } from './channel';
import { editorBackend, editorChannel, FOCUS_TTL_MS, type EditorSender } from './editor';
import type { EditorProtocol, EditorState } from './editor-protocol';
import { badgePlaceOf, withBadgePlace, type BadgePlaces } from '../settings/badge-places';
import { anchorAt } from '../anchoring/text-quote';
import type { SkipRecord } from '../schema/checklist';

const text = '县发改局要在6月底前完成项目入库。';

function setup() {
  const broadcast = vi.fn<(message: unknown) => void>();
  const openPanel = vi.fn<(tabId: number, windowId: number | undefined, sender: EditorSender) => Promise<'panel' | 'tab'>>(async () => 'panel');
  const backend = editorBackend({ analyze, broadcast, openPanel });
  const from = (sender: EditorSender) => async (message: unknown) => structuredClone(editorChannel.is(message) ? await backend.handle(message, sender) : undefined);
  return { backend, broadcast, openPanel, from };
}

const published = (over: Partial<EditorState> = {}): Omit<EditorState, 'tabId' | 'frameId'> => ({
  url: 'https://oa.example.gov.cn/1',
  title: '讲话',
  editorKind: 'quill',
  editorId: 'quill-1',
  text,
  analysis: analyze(text),
  canHighlight: true,
  reason: null,
  at: 1,
  ...over,
});

/** Sends as the content script does (the bare sender); `from` is the background as seen from that sender. */
const send = <K extends keyof EditorProtocol & string>(through: (m: unknown) => Promise<unknown>, type: K, payload: EditorProtocol[K]['request']) =>
  channelRequest<EditorProtocol>(EDITOR_CHANNEL, through)(type, payload);

describe('editor backend', () => {
  it('analyses for a content script', async () => {
    const { from } = setup();
    const analysis = await send(from({ tab: { id: 3 } }), 'editor.analyze', { text });
    expect(analysis.actions[0]?.owners).toEqual(['县发改局']);
  });

  it('keeps the latest state per tab and frame, answers the panel, and tells extension pages', async () => {
    const { from, broadcast, backend } = setup();
    const page = from({ tab: { id: 3 }, frameId: 0 });
    const frame = from({ tab: { id: 3 }, frameId: 5 });
    const panel = from({});
    expect(await send(panel, 'editor.getState', { tabId: 3 })).toBeNull();
    await send(page, 'editor.publish', published({ editorKind: 'contenteditable', canHighlight: false, reason: 'no-editor', at: 5 }));
    await send(frame, 'editor.publish', published({ editorKind: 'iframe-body', at: 2 }));
    expect(broadcast).toHaveBeenLastCalledWith({ channel: EDITOR_CHANNEL, type: 'editor.stateChanged', payload: { tabId: 3 } });
    const state = await send(panel, 'editor.getState', { tabId: 3 });
    expect(state).toMatchObject({ tabId: 3, frameId: 5, editorKind: 'iframe-body' });
    expect(await send(panel, 'editor.getState', { tabId: 4 })).toBeNull();
    backend.dropTab(3);
    expect(await send(panel, 'editor.getState', { tabId: 3 })).toBeNull();
    expect(broadcast).toHaveBeenCalledTimes(3);
  });

  it('keeps a captured selection apart: the frame publishing "no editor" afterwards does not replace it', async () => {
    const { from } = setup();
    const page = from({ tab: { id: 3 }, frameId: 0 });
    const panel = from({});
    await send(page, 'editor.publish', published({ editorKind: 'paste', canHighlight: false, reason: 'no-editor', at: 1 }));
    await send(page, 'editor.publish', published({ editorKind: 'selection', editorId: 'selection', canHighlight: false, reason: 'no-editor', at: 2 }));
    await send(page, 'editor.publish', published({ editorKind: 'paste', canHighlight: false, reason: 'no-editor', at: 3 }));
    expect(await send(panel, 'editor.getState', { tabId: 3 })).toMatchObject({ editorKind: 'selection', at: 2 });
    // An editor that can be highlighted still comes first.
    await send(from({ tab: { id: 3 }, frameId: 4 }), 'editor.publish', published({ at: 1 }));
    expect(await send(panel, 'editor.getState', { tabId: 3 })).toMatchObject({ editorKind: 'quill', frameId: 4 });
  });

  it('refuses invalid and misplaced messages with a Result', async () => {
    const { from } = setup();
    const panel = from({});
    await expect(send(panel, 'editor.publish', published())).rejects.toMatchObject({ code: 'bad_request' });
    await expect(send(panel, 'editor.publish', { ...published(), editorKind: 'word' as never })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(send(panel, 'editor.reveal', { editorId: 'x', start: 0, end: 1 })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(send(panel, 'nope' as never, {} as never)).rejects.toMatchObject({ code: 'bad_request' });
    expect(editorChannel.is({ channel: 'luoshi.checklist' })).toBe(false);
  });

  it('opens the side panel for the sender tab', async () => {
    const { from, openPanel } = setup();
    expect(await send(from({ tab: { id: 9, windowId: 2 } }), 'editor.openPanel', {})).toBe('panel');
    expect(openPanel).toHaveBeenCalledWith(9, 2, { tab: { id: 9, windowId: 2 } });
  });

  it("keeps the card's entry for the side panels while it is fresh, and tells the pages once the panel is open", async () => {
    let clock = 1_000;
    const broadcast = vi.fn<(message: unknown) => void>();
    const openPanel = vi.fn<() => Promise<'panel' | 'tab'>>(async () => 'panel');
    const backend = editorBackend({ analyze, broadcast, openPanel, now: () => clock });
    const from = (sender: EditorSender) => async (message: unknown) => structuredClone(editorChannel.is(message) ? await backend.handle(message, sender) : undefined);
    const page = from({ tab: { id: 9, windowId: 2 }, frameId: 4 });
    const panel = from({});
    expect(await send(panel, 'editor.getFocus', { tabId: 9 })).toBeNull();
    expect(await send(page, 'editor.openPanel', { entry: { start: 3, end: 17 } })).toBe('panel');
    expect(openPanel).toHaveBeenCalledTimes(1);
    expect(broadcast).toHaveBeenLastCalledWith({ channel: EDITOR_CHANNEL, type: 'editor.focusChanged', payload: { tabId: 9 } });
    expect(await send(panel, 'editor.getFocus', { tabId: 8 })).toBeNull();
    const first = await send(panel, 'editor.getFocus', { tabId: 9 });
    expect(first).toMatchObject({ start: 3, end: 17, frameId: 4 });
    // Every panel of the tab may ask (the side panel and a pinned tab); a later click has a new seq.
    expect(await send(panel, 'editor.getFocus', { tabId: 9 })).toEqual(first);
    await send(page, 'editor.openPanel', { entry: { start: 20, end: 30 } });
    const second = await send(panel, 'editor.getFocus', { tabId: 9 });
    expect(second).toMatchObject({ start: 20, end: 30 });
    expect(second!.seq).toBeGreaterThan(first!.seq);
    clock += FOCUS_TTL_MS + 1;
    expect(await send(panel, 'editor.getFocus', { tabId: 9 })).toBeNull();
    // A tab that navigates forgets its entry; the badge's openPanel (no entry) sets none.
    await send(page, 'editor.openPanel', { entry: { start: 1, end: 2 } });
    backend.dropTab(9);
    expect(await send(panel, 'editor.getFocus', { tabId: 9 })).toBeNull();
    await send(page, 'editor.openPanel', {});
    expect(await send(panel, 'editor.getFocus', { tabId: 9 })).toBeNull();
    await expect(send(page, 'editor.openPanel', { entry: { start: -1, end: 2 } })).rejects.toMatchObject({ code: 'bad_request' });
  });

  it("answers a content script with the settings' language", async () => {
    const backend = editorBackend({ analyze, broadcast: () => undefined, openPanel: async () => 'panel', locale: () => 'en' });
    const page = async (message: unknown) => structuredClone(await backend.handle(message as never, { tab: { id: 3 } }));
    expect(await send(page, 'editor.locale', {})).toBe('en');
    const { from } = setup();
    expect(await send(from({ tab: { id: 3 } }), 'editor.locale', {})).toBe('zh-CN');
  });

  it("writes the card's 不入台账 for the sender frame's draft, under the draft's key, and tells the pages", async () => {
    const broadcast = vi.fn<(message: unknown) => void>();
    const skip = vi.fn<(r: { key: string; kind: string; anchor: { exact: string; start: number }; text: string }) => Promise<{ id: string }>>(async () => ({ id: 'skip-1' }));
    const backend = editorBackend({ analyze, broadcast, openPanel: async () => 'panel', skip });
    const from = (sender: EditorSender) => async (message: unknown) => structuredClone(editorChannel.is(message) ? await backend.handle(message, sender) : undefined);
    const frame = from({ tab: { id: 7 }, frameId: 2 });
    const draft = '同志们：\n希望大家以时不我待的紧迫感投入工作。\n县发改局要在6月底前完成项目入库。';
    const analysis = analyze(draft);
    const action = analysis.actions.find((a) => a.text.startsWith('县发改局'))!;
    await expect(send(frame, 'editor.skip', { entry: { start: action.start, end: action.end }, kind: 'action' })).rejects.toMatchObject({ code: 'bad_request' });
    await send(frame, 'editor.publish', published({ text: draft, analysis, url: 'https://oa.example.gov.cn/doc#/edit/5' }));
    expect(await send(frame, 'editor.skip', { entry: { start: action.start, end: action.end }, kind: 'action' })).toEqual({ id: 'skip-1' });
    const key = 'https://oa.example.gov.cn/doc#/edit/5#quill-1';
    expect(skip).toHaveBeenCalledWith({ key, kind: 'action', anchor: expect.objectContaining({ exact: action.text, start: action.start }), text: action.text });
    expect(broadcast).toHaveBeenLastCalledWith({ channel: EDITOR_CHANNEL, type: 'editor.skipsChanged', payload: { tabId: 7, key } });
    // A span the draft has no item at (the text changed since), another frame's draft, or a finding are refused.
    await expect(send(frame, 'editor.skip', { entry: { start: 0, end: 3 }, kind: 'action' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(send(from({ tab: { id: 7 }, frameId: 3 }), 'editor.skip', { entry: { start: action.start, end: action.end }, kind: 'action' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(send(frame, 'editor.skip', { entry: { start: action.start, end: action.end }, kind: 'finding' as never })).rejects.toMatchObject({ code: 'bad_request' });
    expect(skip).toHaveBeenCalledTimes(1);
  });

  it("answers a frame which entries of its draft are marked 不入台账, and takes one back for the card's 取消不入台账", async () => {
    const broadcast = vi.fn<(message: unknown) => void>();
    const draft = '同志们：\n希望大家以时不我待的紧迫感投入工作。\n县发改局要在6月底前完成项目入库。';
    const analysis = analyze(draft);
    const action = analysis.actions.find((a) => a.text.startsWith('县发改局'))!;
    const key = 'https://oa.example.gov.cn/doc#/edit/5#quill-1';
    const marks: SkipRecord[] = [{ id: 'skip-1', key, kind: 'action', anchor: anchorAt(draft, action.start, action.end), text: action.text, createdAt: 1 }];
    const listSkips = vi.fn<(k: string) => Promise<SkipRecord[]>>(async (k: string) => (k === key ? marks.slice() : []));
    const unskip = vi.fn<(id: string) => Promise<void>>(async (id: string) => void marks.splice(marks.findIndex((m) => m.id === id), 1));
    const backend = editorBackend({ analyze, broadcast, openPanel: async () => 'panel', listSkips, unskip });
    const from = (sender: EditorSender) => async (message: unknown) => structuredClone(editorChannel.is(message) ? await backend.handle(message, sender) : undefined);
    const frame = from({ tab: { id: 7 }, frameId: 2 });
    expect(await send(frame, 'editor.skipped', {})).toEqual([]);
    await send(frame, 'editor.publish', published({ text: draft, analysis, url: 'https://oa.example.gov.cn/doc#/edit/5' }));
    expect(await send(frame, 'editor.skipped', {})).toEqual([{ kind: 'action', start: action.start, end: action.end }]);
    expect(await send(from({ tab: { id: 7 }, frameId: 3 }), 'editor.skipped', {})).toEqual([]);
    expect(backend.draftTabs()).toEqual([{ tabId: 7, key }]);
    // 取消不入台账: only for an entry that is marked.
    await expect(send(frame, 'editor.unskip', { entry: { start: 0, end: 3 }, kind: 'action' })).rejects.toMatchObject({ code: 'bad_request' });
    expect(await send(frame, 'editor.unskip', { entry: { start: action.start, end: action.end }, kind: 'action' })).toBeNull();
    expect(unskip).toHaveBeenCalledWith('skip-1');
    expect(broadcast).toHaveBeenLastCalledWith({ channel: EDITOR_CHANNEL, type: 'editor.skipsChanged', payload: { tabId: 7, key } });
    expect(await send(frame, 'editor.skipped', {})).toEqual([]);
    // From an extension page, neither is answered.
    await expect(send(from({}), 'editor.skipped', {})).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('knows whether a tab has text selected in an editor (any frame), tells the pages when that changes, forgets it with the tab', async () => {
    const { from, broadcast, backend } = setup();
    const top = from({ tab: { id: 3 }, frameId: 0 });
    const frame = from({ tab: { id: 3 }, frameId: 4 });
    const panel = from({});
    const changes = () => broadcast.mock.calls.map(([m]) => m as { type: string; payload: unknown }).filter((m) => m.type === 'editor.selectionChanged').map((m) => m.payload);
    expect(await send(panel, 'editor.getSelection', { tabId: 3 })).toBe(false);
    await send(top, 'editor.selection', { has: true });
    await send(frame, 'editor.selection', { has: true });
    expect(await send(panel, 'editor.getSelection', { tabId: 3 })).toBe(true);
    expect(await send(panel, 'editor.getSelection', { tabId: 4 })).toBe(false);
    await send(top, 'editor.selection', { has: false });
    // The frame still has one: no change for the tab.
    expect(await send(panel, 'editor.getSelection', { tabId: 3 })).toBe(true);
    await send(frame, 'editor.selection', { has: false });
    expect(await send(panel, 'editor.getSelection', { tabId: 3 })).toBe(false);
    expect(changes()).toEqual([{ tabId: 3, has: true }, { tabId: 3, has: false }]);
    await send(frame, 'editor.selection', { has: true });
    backend.dropTab(3);
    expect(await send(panel, 'editor.getSelection', { tabId: 3 })).toBe(false);
    expect(changes().at(-1)).toEqual({ tabId: 3, has: false });
    // Only a web page's script reports a selection; a page leaving does not.
    await expect(send(panel, 'editor.selection', { has: true })).rejects.toMatchObject({ code: 'bad_request' });
    await send(from({ tab: { id: 5 }, frameId: 0, documentLifecycle: 'prerender' }), 'editor.selection', { has: true });
    expect(await send(panel, 'editor.getSelection', { tabId: 5 })).toBe(false);
  });

  it("keeps the tab's last 「加入督办台账」 outcome for a panel that opens late, tells the pages, and forgets it after FOCUS_TTL_MS", async () => {
    let clock = 1000;
    const broadcast = vi.fn<(message: unknown) => void>();
    const backend = editorBackend({ analyze, broadcast, openPanel: async () => 'panel', now: () => clock });
    const panel = async (message: unknown) => structuredClone(editorChannel.is(message) ? await backend.handle(message, {}) : undefined);
    expect(await send(panel, 'editor.getAdded', { tabId: 3 })).toBeNull();
    backend.noteAdd(3, { error: '请先在编辑器中选中要加入的文字。' });
    expect(broadcast).toHaveBeenLastCalledWith({ channel: EDITOR_CHANNEL, type: 'editor.addFailed', payload: { tabId: 3, message: '请先在编辑器中选中要加入的文字。' } });
    expect(await send(panel, 'editor.getAdded', { tabId: 3 })).toEqual({ seq: 1, item: null, error: '请先在编辑器中选中要加入的文字。' });
    expect(await send(panel, 'editor.getAdded', { tabId: 4 })).toBeNull();
    const item = { id: 'i1', text: '各镇要在年底前上报方案。', documentId: 'd1' };
    backend.noteAdd(3, { item });
    expect(broadcast).toHaveBeenLastCalledWith({ channel: EDITOR_CHANNEL, type: 'editor.itemAdded', payload: { ...item, tabId: 3 } });
    expect(await send(panel, 'editor.getAdded', { tabId: 3 })).toEqual({ seq: 2, item, error: null });
    clock += FOCUS_TTL_MS + 1;
    expect(await send(panel, 'editor.getAdded', { tabId: 3 })).toBeNull();
  });

  it("answers and stores the badge's place by the sender frame's own origin", async () => {
    let places: BadgePlaces = {};
    const backend = editorBackend({
      analyze,
      broadcast: () => undefined,
      openPanel: async () => 'panel',
      badge: (origin) => badgePlaceOf(places, origin),
      setBadge: async (origin, patch) => void (places = withBadgePlace(places, origin, patch)),
    });
    const as = (sender: EditorSender) => async (message: unknown) => structuredClone(await backend.handle(message as never, sender));
    const oa = as({ tab: { id: 3 }, origin: 'https://oa.example.gov.cn', url: 'https://oa.example.gov.cn/edit' });
    const other = as({ tab: { id: 4 }, origin: 'https://cms.example.gov.cn' });
    expect(await send(oa, 'editor.badge', {})).toEqual({ hidden: false, dock: null });
    await send(oa, 'editor.setBadge', { dock: { edge: 'left', along: 0.25 } });
    await send(oa, 'editor.setBadge', { hidden: true });
    expect(await send(oa, 'editor.badge', {})).toEqual({ hidden: true, dock: { edge: 'left', along: 0.25 } });
    expect(await send(other, 'editor.badge', {})).toEqual({ hidden: false, dock: null });
    expect(places).toEqual({ 'https://oa.example.gov.cn': { hidden: true, dock: { edge: 'left', along: 0.25 } } });
    await expect(send(oa, 'editor.setBadge', { dock: { edge: 'middle', along: 2 } } as never)).rejects.toMatchObject({ code: 'bad_request' });
    await expect(send(as({ tab: { id: 5 }, url: 'about:blank' }), 'editor.setBadge', { hidden: true })).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('drops the states of frames whose site was turned off, and tells the pages; a captured selection stays', async () => {
    const { backend, broadcast } = setup();
    const as = (sender: EditorSender) => async (message: unknown) => structuredClone(await backend.handle(message as never, sender));
    await send(as({ tab: { id: 3 }, frameId: 0, origin: 'https://oa.example.gov.cn' }), 'editor.publish', published());
    await send(as({ tab: { id: 4 }, frameId: 0, origin: 'https://cms.example.gov.cn' }), 'editor.publish', published({ url: 'https://cms.example.gov.cn/1' }));
    await send(as({ tab: { id: 5 }, frameId: 0 }), 'editor.publish', published({ editorKind: 'selection', canHighlight: false }));
    broadcast.mockClear();
    backend.dropDisabled((origin) => origin === 'https://cms.example.gov.cn');
    expect(backend.stateOf(3)).toBeNull();
    expect(backend.stateOf(4)).not.toBeNull();
    expect(backend.stateOf(5)).not.toBeNull();
    expect(broadcast.mock.calls).toEqual([[{ channel: EDITOR_CHANNEL, type: 'editor.stateChanged', payload: { tabId: 3 } }]]);
    // A state taken back after a restart is judged by its page's origin.
    backend.restore([{ ...published({ url: 'https://oa.example.gov.cn/2' }), tabId: 6, frameId: 0 }]);
    backend.dropDisabled(() => false);
    expect(backend.stateOf(6)).toBeNull();
    expect(backend.stateOf(4)).toBeNull();
  });
});
