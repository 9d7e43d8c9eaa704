// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://luoshi/sidepanel.html"}
import 'fake-indexeddb/auto';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/i18n';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository } from '@/lib/db/repository';
import { checklistChannel, checklistHandlers } from '@/lib/messaging/checklist';
import { EDITOR_CHANNEL } from '@/lib/editors/contract';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { sampleAnalysis, sampleText } from '@/lib/presentation/sample-analysis';
import { textFingerprint } from '@/lib/panel/draft-source';
import { DEFAULT_USER_SETTINGS } from '@/lib/schema/settings';
import { App } from './app';
import { sampleEditorState } from './testing';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const editorState = sampleEditorState;

/** A background: editor states by tab (a fake), and the checklist channel's own handlers over a LuoshiDB, recording saves. */
function background() {
  const states = new Map<number, EditorState>();
  const saves: Record<string, unknown>[] = [];
  const handle = checklistHandlers(checklistRepository(db));
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const m = message as { channel: string; type: string; payload: Record<string, unknown> };
    if (m.channel === EDITOR_CHANNEL && m.type === 'editor.getState') {
      sendResponse({ ok: true, value: states.get(m.payload.tabId as number) ?? null });
      return true;
    }
    if (checklistChannel.is(message)) {
      if (m.type === 'saveAnalysis') saves.push(m.payload);
      void Promise.resolve(handle(m, {})).then((result) => sendResponse(structuredClone(result)));
      return true;
    }
    return undefined;
  });
  return { states, saves };
}

let db: LuoshiDB;
let seq = 0;
let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  db = new LuoshiDB(`sidepanel-app-${++seq}`);
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

async function mount() {
  await act(async () => root.render(createElement(I18nProvider, { locale: 'zh-CN' }, createElement(App, { settings: DEFAULT_USER_SETTINGS }))));
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (label: string) => [...container.querySelectorAll('button')].find((b) => text(b).startsWith(label));

describe('side panel App', () => {
  it('shows the active tab’s draft, reveals a click in its frame, and follows editor.stateChanged', async () => {
    const { states } = background();
    const tab = await fakeBrowser.tabs.create({ url: 'https://oa.example.gov.cn/doc/1', active: true });
    states.set(tab.id!, editorState(tab.id!));
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: null } as never);
    await mount();
    await vi.waitFor(() => expect($('.draft-panel')).not.toBeNull());
    expect(text($('.draft-header h2'))).toBe('《关于推进重点项目建设的讲话》');
    expect(text($('.kind-chip'))).toBe('框架内编辑器');
    expect($('.notice')).toBeNull();

    await act(async () => $('.action-text')!.click());
    expect(send).toHaveBeenCalledWith(tab.id, { channel: EDITOR_CHANNEL, type: 'editor.reveal', payload: { editorId: 'iframe-body-1', start: sampleAnalysis.actions[0]!.start, end: sampleAnalysis.actions[0]!.end } }, { frameId: 2 });

    states.set(tab.id!, editorState(tab.id!, { analysis: { ...sampleAnalysis, title: '修改后的标题' } }));
    await act(() => fakeBrowser.runtime.onMessage.trigger({ channel: EDITOR_CHANNEL, type: 'editor.stateChanged', payload: { tabId: tab.id } }, {}, () => {}));
    await vi.waitFor(() => expect(text($('.draft-header h2'))).toBe('《修改后的标题》'));
  });

  it('switches to the newly active tab', async () => {
    const { states } = background();
    const first = await fakeBrowser.tabs.create({ url: 'https://oa.example.gov.cn/doc/1', active: true });
    states.set(first.id!, editorState(first.id!));
    await mount();
    await vi.waitFor(() => expect($('.draft-panel')).not.toBeNull());
    const second = await fakeBrowser.tabs.create({ url: 'https://news.example.com/' });
    await act(() => fakeBrowser.tabs.update(second.id!, { active: true }));
    await vi.waitFor(() => expect($('textarea#draft')).not.toBeNull());
    expect(text($('.notice'))).toContain('尚未在此网站启用落实');
  });

  it('shows a captured selection with why highlights are off, and saves it as a checklist under the page’s key', async () => {
    const { states, saves } = background();
    const tab = await fakeBrowser.tabs.create({ url: 'https://docs.qq.com/doc/DV', active: true });
    states.set(
      tab.id!,
      editorState(tab.id!, { url: 'https://docs.qq.com/doc/DV', title: '讲话 - 腾讯文档', editorKind: 'selection', editorId: 'selection', canHighlight: false, reason: 'canvas-editor' }),
    );
    await mount();
    await vi.waitFor(() => expect($('.draft-panel')).not.toBeNull());
    expect(text($('.notice'))).toBe(
      '这是从页面上提取的所选文字，只在侧边栏中分析，原文上不显示标注。此页面是画布式在线文档（腾讯文档），无法在原文上标注。选中文字后，右键选择「提取所选文字」，或按 Alt+Shift+K。粘贴全文分析',
    );
    expect(text($('.kind-chip'))).toBe('提取的所选文字');

    await act(async () => button('保存为督办清单')!.click());
    await vi.waitFor(() => expect(text($('.save-report'))).toBe('已保存为督办清单：5 条。 在督办台账中查看'));
    expect(saves[0]).toMatchObject({ key: 'https://docs.qq.com/doc/DV#selection', title: '关于推进重点项目建设的讲话', url: 'https://docs.qq.com/doc/DV', site: 'docs.qq.com', editor: 'selection', text: sampleText });
    await vi.waitFor(() => expect(text(button('更新清单') ?? null)).toBe('更新清单'));

    await act(async () => button('粘贴全文分析')!.click());
    expect($('textarea#draft')).not.toBeNull();
    await act(async () => button('← 回到当前页面')!.click());
    expect($('textarea#draft')).toBeNull();

    // The paste box chosen on one tab does not follow the reader to another.
    await act(async () => button('粘贴全文分析')!.click());
    const other = await fakeBrowser.tabs.create({ url: 'https://oa.example.gov.cn/doc/2' });
    states.set(other.id!, editorState(other.id!, { url: 'https://oa.example.gov.cn/doc/2' }));
    await act(() => fakeBrowser.tabs.update(other.id!, { active: true }));
    await vi.waitFor(() => expect(text($('.kind-chip'))).toBe('框架内编辑器'));
    expect($('textarea#draft')).toBeNull();
  });

  it('offers the paste box where the page has no editor, and saves a pasted draft under its title and text', async () => {
    const { states, saves } = background();
    const tab = await fakeBrowser.tabs.create({ url: 'https://oa.example.gov.cn/list', active: true });
    states.set(tab.id!, editorState(tab.id!, { url: 'https://oa.example.gov.cn/list', editorKind: 'paste', editorId: 'none', text: '', canHighlight: false, reason: 'no-editor' }));
    await mount();
    await vi.waitFor(() => expect($('textarea#draft')).not.toBeNull());
    expect(text($('.notice'))).toContain('此页面上没有找到可编辑的文稿');
    const box = $('textarea#draft') as HTMLTextAreaElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, sampleText);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect($('.draft-panel')).not.toBeNull());
    expect(text($('.kind-chip'))).toBe('粘贴的文稿');
    await act(async () => $('.action-text')!.click());
    expect([box.selectionStart, box.selectionEnd]).toEqual([sampleAnalysis.actions[0]!.start, sampleAnalysis.actions[0]!.end]);
    await act(async () => button('保存为督办清单')!.click());
    await vi.waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toMatchObject({ key: `paste:关于推进重点项目建设的讲话#${textFingerprint(sampleText)}`, url: null, site: null, editor: 'paste' });
  });
});
