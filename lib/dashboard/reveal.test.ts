import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { anchorAt } from '../anchoring/text-quote';
import type { EditorState } from '../messaging/editor-protocol';
import { editorIdOf, openAtItem, pageOf, spanIn, type RevealBrowser } from './reveal';

const saved = '同志们：\n县发改局要在6月底前完成项目入库。\n各乡镇要组织开展项目观摩拉练。';
const quote = '各乡镇要组织开展项目观摩拉练';
const item = { anchor: anchorAt(saved, saved.indexOf(quote), saved.indexOf(quote) + quote.length) };
const doc = { key: 'https://oa.example.gov.cn/doc/1#editor-1', url: 'https://oa.example.gov.cn/doc/1' };

/** A whole EditorState of tab `tabId` (the dashboard checks what the background answers), with `over` set. */
const full = (tabId: number, over: Partial<EditorState>): EditorState => {
  const text = over.text ?? saved;
  return { tabId, frameId: 0, url: doc.url, title: '讲话', editorKind: 'quill', editorId: 'ed', text, analysis: analyze(text), canHighlight: true, reason: null, at: 1, ...over };
};

function fakeBrowser(
  tabs: { id: number; url?: string; windowId?: number }[],
  state: Partial<EditorState> | null,
  stateOf: (tabId: number) => Partial<EditorState> | null = () => state,
) {
  const calls: unknown[][] = [];
  const browser: RevealBrowser = {
    tabs: {
      query: async () => tabs,
      update: async (...a) => calls.push(['update', ...a]),
      create: async (...a) => calls.push(['create', ...a]),
      sendMessage: async (...a) => (calls.push(['reveal', ...a]), { ok: true, value: null }),
    },
    windows: { update: async (...a) => calls.push(['focus', ...a]) },
    runtime: {
      sendMessage: async (m) => {
        const tabId = (m as { payload: { tabId: number } }).payload.tabId;
        const over = stateOf(tabId);
        return { ok: true, value: over && full(tabId, over) };
      },
    },
  };
  return { browser, calls };
}

describe('reveal helpers', () => {
  it('compares pages without fragments and reads the editor id from the side panel’s key', () => {
    expect(pageOf('https://a.gov.cn/x?y=1#top')).toBe('https://a.gov.cn/x?y=1');
    expect(pageOf('https://a.gov.cn/oa#/doc/edit?id=101')).toBe('https://a.gov.cn/oa#/doc/edit?id=101');
    expect(pageOf('https://a.gov.cn/oa#/doc/edit?id=101')).not.toBe(pageOf('https://a.gov.cn/oa#/doc/edit?id=202'));
    expect(editorIdOf(doc)).toBe('editor-1');
    expect(editorIdOf({ key: 'https://a.gov.cn/oa#/doc/edit?id=101#ue-1', url: 'https://a.gov.cn/oa#/doc/edit?id=101' })).toBe('ue-1');
    expect(editorIdOf({ key: 'paste:标题', url: null })).toBe(null);
  });

  it('finds the span again in the page’s current text', () => {
    const current = `新增一段。\n${saved}`;
    expect(spanIn(item, current)).toEqual({ start: current.indexOf(quote), end: current.indexOf(quote) + quote.length });
    expect(spanIn(item, null)).toEqual({ start: saved.indexOf(quote), end: saved.indexOf(quote) + quote.length });
    expect(spanIn(item, '完全不同的一篇文稿。')).toBe(null);
  });
});

describe('openAtItem', () => {
  it('reveals the item in the tab showing the page, in the state’s frame', async () => {
    const current = `前言。\n${saved}`;
    const { browser, calls } = fakeBrowser([{ id: 3, url: 'https://oa.example.gov.cn/other' }, { id: 7, url: 'https://oa.example.gov.cn/doc/1#p2', windowId: 1 }], { editorId: 'ed-9', frameId: 4, text: current });
    expect(await openAtItem(browser, doc, item)).toBe('revealed');
    const start = current.indexOf(quote);
    expect(calls).toEqual([
      ['update', 7, { active: true }],
      ['focus', 1, { focused: true }],
      ['reveal', 7, { channel: 'luoshi.editor', type: 'editor.reveal', payload: { editorId: 'ed-9', start, end: start + quote.length } }, { frameId: 4 }],
    ]);
  });

  it('opens the page when no tab shows it, and says when there is no page at all', async () => {
    const { browser, calls } = fakeBrowser([], null);
    expect(await openAtItem(browser, doc, item)).toBe('opened');
    expect(calls).toEqual([['create', { url: doc.url }]]);
    expect(await openAtItem(browser, { key: 'paste:x', url: null }, item)).toBe('no-url');
    // A link that is not a page is never opened (a row stored before the record schema checked links).
    for (const url of ['data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome://settings', 'javascript:alert(1)']) {
      expect(await openAtItem(browser, { key: url, url }, item)).toBe('no-url');
    }
    expect(calls).toHaveLength(1);
  });

  it('finds a tab whose address is hidden by the URL its content script published', async () => {
    const current = saved;
    const { browser, calls } = fakeBrowser([{ id: 3 }, { id: 7 }], null, (tabId) => (tabId === 7 ? { editorId: 'ed', frameId: 0, text: current, url: `${doc.url}#x` } : { editorId: 'o', frameId: 0, text: '', url: 'https://other.example/' }));
    expect(await openAtItem(browser, doc, item)).toBe('revealed');
    expect(calls[0]).toEqual(['update', 7, { active: true }]);
    expect(calls.at(-1)![1]).toBe(7);
  });

  it('falls back to the saved offsets and the key’s editor id without an editor state', async () => {
    const { browser, calls } = fakeBrowser([{ id: 7, url: doc.url }], null);
    expect(await openAtItem(browser, doc, item)).toBe('revealed');
    expect(calls.at(-1)).toEqual(['reveal', 7, { channel: 'luoshi.editor', type: 'editor.reveal', payload: { editorId: 'editor-1', start: saved.indexOf(quote), end: saved.indexOf(quote) + quote.length } }, undefined]);
  });
});
