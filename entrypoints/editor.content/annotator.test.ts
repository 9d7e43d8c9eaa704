// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/lib/analysis';
import { BADGE_TAG, HIGHLIGHT, OVERLAY_ATTR } from '@/lib/editors/contract';
import type { EditorState } from '@/lib/messaging/editor-protocol';
import { DEBOUNCE_MS, DESIGN_MODE_POLL_MS, SELECTION_MS, SET_DEBOUNCE_MS, startAnnotator, type AnnotatorIO } from './annotator';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

const DRAFT = ['二、下步工作', '县发改局要在6月底前完成项目入库工作。', '各乡镇要于X月X日前上报本地项目清单。'];
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  Object.assign(window, { Highlight: FakeHighlight });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => window.setTimeout(() => cb(0), 0) as unknown as number);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelector(BADGE_TAG)?.remove();
});

function fakeIO() {
  const published: Omit<EditorState, 'tabId' | 'frameId'>[] = [];
  const analyzed: string[] = [];
  const io: AnnotatorIO = {
    analyze: async (text) => {
      analyzed.push(text);
      return analyze(text, { referenceDate: '2026-03-01' });
    },
    publish: async (state) => void published.push(state),
    openPanel: async () => 'panel',
  };
  return { io, published, analyzed };
}

const settle = (ms = DEBOUNCE_MS + 100) => new Promise((r) => setTimeout(r, ms));
const texts = (kind: keyof typeof HIGHLIGHT) => [...(registry.get(HIGHLIGHT[kind]) ?? [])].map((r) => (r as Range).toString());

describe('startAnnotator', () => {
  it('highlights a contenteditable draft, publishes its state, shows the badge, reveals a span, and never touches the editor', async () => {
    document.body.innerHTML = `<div id="e" contenteditable="true">${DRAFT.map((l) => `<p>${l}</p>`).join('')}</div>`;
    const before = document.getElementById('e')!.innerHTML;
    const { io, published } = fakeIO();
    const controller = new AbortController();
    const annotator = startAnnotator(window, io, controller.signal);
    await settle(100);
    expect(texts('owner')).toEqual(['县发改局', '各乡镇']);
    expect(texts('deadline')).toContain('6月底前');
    expect(texts('placeholder').join('')).toContain('X');
    expect(published.at(-1)).toMatchObject({ editorKind: 'contenteditable', canHighlight: true, reason: null, text: DRAFT.join('\n') });
    expect(document.documentElement.querySelector(BADGE_TAG)?.shadowRoot?.textContent).toContain('事项 2');
    expect(document.getElementById('e')!.innerHTML).toBe(before);
    const state = published.at(-1)!;
    const start = state.text.indexOf('6月底前');
    annotator.reveal(state.editorId, start, start + 4);
    expect(document.getSelection()?.toString()).toBe('6月底前');
    expect(document.getElementById('e')!.innerHTML).toBe(before);
    controller.abort();
    expect(registry.size).toBe(0);
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });

  it('does not analyse while an IME composition is open, and does once it ends', async () => {
    document.body.innerHTML = `<div id="e" contenteditable="true"><p>${DRAFT[1]}</p></div>`;
    const root = document.getElementById('e')!;
    const { io, analyzed } = fakeIO();
    const controller = new AbortController();
    startAnnotator(window, io, controller.signal);
    await settle(100);
    const n = analyzed.length;
    root.dispatchEvent(new Event('compositionstart', { bubbles: true }));
    root.querySelector('p')!.append('计划');
    root.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(analyzed.length).toBe(n);
    root.dispatchEvent(new Event('compositionend', { bubbles: true }));
    await settle();
    expect(analyzed.length).toBe(n + 1);
    expect(analyzed.at(-1)).toContain('计划');
    controller.abort();
  });

  it('mirrors a textarea in an overlay and reveals a span by selecting it', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = DRAFT.join('\n');
    const { io, published } = fakeIO();
    const controller = new AbortController();
    const annotator = startAnnotator(window, io, controller.signal);
    await settle(100);
    expect(document.querySelectorAll(`[${OVERLAY_ATTR}]`)).toHaveLength(1);
    expect(texts('owner')).toEqual(['县发改局', '各乡镇']);
    const state = published.at(-1)!;
    expect(state.editorKind).toBe('textarea');
    const start = state.text.indexOf('各乡镇');
    expect(annotator.reveal(state.editorId, start, start + 3)).toBe(true);
    expect(ta.value.slice(ta.selectionStart, ta.selectionEnd)).toBe('各乡镇');
    expect(annotator.reveal('nope', 0, 1)).toBe(false);
    controller.abort();
    expect(document.querySelectorAll(`[${OVERLAY_ATTR}]`)).toHaveLength(0);
  });

  it('says when text is selected in the bound editor, and when not (a selection outside it, or blank, is none)', async () => {
    document.body.innerHTML = `<p id="out">编辑器外的文字</p><div id="e" contenteditable="true">${DRAFT.map((l) => `<p>${l}</p>`).join('')}</div>`;
    const { io } = fakeIO();
    const said: boolean[] = [];
    io.selection = async (has) => void said.push(has);
    const controller = new AbortController();
    startAnnotator(window, io, controller.signal);
    await settle(100);
    const select = (node: Node, start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    };
    const line = document.querySelectorAll('#e p')[1]!.firstChild!;
    select(document.getElementById('out')!.firstChild!, 0, 3);
    await settle(SELECTION_MS + 30);
    expect(said).toEqual([]);
    select(line, 0, 4);
    await settle(SELECTION_MS + 30);
    expect(said).toEqual([true]);
    // Moving the selection inside the editor says nothing new; collapsing it does.
    select(line, 2, 6);
    await settle(SELECTION_MS + 30);
    expect(said).toEqual([true]);
    select(line, 2, 2);
    await settle(SELECTION_MS + 30);
    expect(said).toEqual([true, false]);
    select(line, 0, 4);
    await settle(SELECTION_MS + 30);
    controller.abort();
    expect(said).toEqual([true, false, true, false]);
  });

  it("reads a textarea's own selection", async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = DRAFT.join('\n');
    const { io } = fakeIO();
    const said: boolean[] = [];
    io.selection = async (has) => void said.push(has);
    const controller = new AbortController();
    startAnnotator(window, io, controller.signal);
    await settle(100);
    ta.setSelectionRange(7, 11);
    ta.dispatchEvent(new Event('select', { bubbles: true }));
    await settle(SELECTION_MS + 30);
    ta.setSelectionRange(5, 5);
    ta.dispatchEvent(new Event('select', { bubbles: true }));
    await settle(SELECTION_MS + 30);
    expect(said).toEqual([true, false]);
    controller.abort();
  });

  it('paints the entries the background says are marked 不入台账 as skipped, and asks again when told', async () => {
    document.body.innerHTML = `<div id="e" contenteditable="true">${DRAFT.map((l) => `<p>${l}</p>`).join('')}</div>`;
    const { io, published } = fakeIO();
    let entries: { kind: 'action' | 'problem'; start: number; end: number }[] = [];
    let asked = 0;
    io.skipped = async () => {
      asked++;
      return entries;
    };
    const controller = new AbortController();
    const annotator = startAnnotator(window, io, controller.signal);
    await settle(100);
    expect(asked).toBe(1);
    expect(texts('skipped')).toEqual([]);
    const state = published.at(-1)!;
    const task = state.analysis.actions.find((a) => a.text.includes('完成项目入库'))!;
    entries = [{ kind: 'action', start: task.start, end: task.end }];
    annotator.skipsChanged();
    await settle(50);
    expect(asked).toBe(2);
    expect(texts('skipped')).toEqual([state.text.slice(task.start, task.end)]);
    expect(texts('action').some((s) => s.includes('完成项目入库'))).toBe(false);
    expect(texts('owner')).toEqual(['各乡镇']);
    expect(document.documentElement.querySelector(BADGE_TAG)?.shadowRoot?.textContent).toContain('事项 1');
    entries = [];
    annotator.skipsChanged();
    await settle(50);
    expect(texts('skipped')).toEqual([]);
    expect(texts('owner').sort()).toEqual(['县发改局', '各乡镇'].sort());
    controller.abort();
  });

  it('binds nothing on a canvas document suite, whose editable input target is not the draft', async () => {
    document.body.innerHTML = '<div class="kix-appview-editor"><canvas class="kix-canvas-tile-content"></canvas></div><div contenteditable="true"></div>';
    const { io, published } = fakeIO();
    const controller = new AbortController();
    startAnnotator(window, io, controller.signal);
    await settle(100);
    expect(published.at(-1)).toMatchObject({ canHighlight: false, reason: 'canvas-editor' });
    expect(registry.size).toBe(0);
    controller.abort();
  });

  it('tells the panel when the page has no editor', async () => {
    document.body.innerHTML = '<p>没有编辑器</p>';
    const { io, published } = fakeIO();
    const controller = new AbortController();
    startAnnotator(window, io, controller.signal);
    await settle(100);
    expect(published.at(-1)).toMatchObject({ canHighlight: false, reason: 'no-editor', text: '' });
    controller.abort();
  });

  describe('follows the editor the user sees', () => {
    const html = DRAFT.map((l) => `<p>${l}</p>`).join('');

    it('replaces a bound textarea that an editor hides and mounts over, without a click or a timer', async () => {
      document.body.innerHTML = '<textarea id="t"></textarea>';
      const { io, published } = fakeIO();
      const controller = new AbortController();
      startAnnotator(window, io, controller.signal);
      await settle(100);
      expect(published.at(-1)).toMatchObject({ editorKind: 'textarea', text: '' });
      // As CKEditor 4's divarea does: hide the textarea (kept in the page), add its own editing host, set the data.
      document.getElementById('t')!.style.display = 'none';
      const host = document.createElement('div');
      host.contentEditable = 'true';
      document.body.append(host);
      host.innerHTML = html;
      await settle(150);
      expect(published.at(-1)).toMatchObject({ editorKind: 'contenteditable', text: DRAFT.join('\n') });
      expect(texts('owner')).toEqual(['县发改局', '各乡镇']);
      expect(document.querySelectorAll(`[${OVERLAY_ATTR}]`)).toHaveLength(0);
      controller.abort();
    });

    it('drops a bound textarea that is hidden beside no other editor and says the page has none', async () => {
      document.body.innerHTML = '<textarea id="t"></textarea><div class="editor-frame"></div>';
      const { io, published } = fakeIO();
      const controller = new AbortController();
      startAnnotator(window, io, controller.signal);
      await settle(100);
      expect(published.at(-1)).toMatchObject({ editorKind: 'textarea' });
      document.getElementById('t')!.setAttribute('style', 'visibility:hidden;display:none');
      await settle(100);
      expect(published.at(-1)).toMatchObject({ editorKind: 'paste', canHighlight: false, reason: 'no-editor' });
      expect(document.querySelectorAll(`[${OVERLAY_ATTR}]`)).toHaveLength(0);
      controller.abort();
    });

    it('replaces an empty editor by one with text, but keeps an empty one the user is in', async () => {
      document.body.innerHTML = '<div id="a" contenteditable="true"></div>';
      const { io, published } = fakeIO();
      const controller = new AbortController();
      startAnnotator(window, io, controller.signal);
      await settle(100);
      expect(published.at(-1)).toMatchObject({ text: '' });
      const b = document.createElement('div');
      b.id = 'b';
      b.contentEditable = 'true';
      b.innerHTML = html;
      document.body.append(b);
      await settle(150);
      expect(published.at(-1)).toMatchObject({ text: DRAFT.join('\n') });

      document.getElementById('a')!.focus();
      await settle(150);
      expect(published.at(-1)).toMatchObject({ text: '' });
      const c = document.createElement('div');
      c.contentEditable = 'true';
      c.innerHTML = '<p>又一段正文</p>';
      document.body.append(c);
      await settle(150);
      expect(published.at(-1)).toMatchObject({ text: '' });
      controller.abort();
    });

    it('follows blocks rendered after an empty first one into one block-suite draft (Editor.js render)', async () => {
      const block = (text: string) => `<div class="ce-block"><div class="ce-block__content"><div class="ce-paragraph" contenteditable="true">${text}</div></div></div>`;
      document.body.innerHTML = `<div class="codex-editor"><div class="codex-editor__redactor">${block('')}</div></div>`;
      const { io, published } = fakeIO();
      const controller = new AbortController();
      startAnnotator(window, io, controller.signal);
      await settle(100);
      expect(published.at(-1)).toMatchObject({ editorKind: 'contenteditable', text: '' });
      document.querySelector('.codex-editor__redactor')!.insertAdjacentHTML('beforeend', DRAFT.map(block).join(''));
      await settle(150);
      expect(published.at(-1)).toMatchObject({ editorKind: 'block-suite', text: DRAFT.join('\n') });
      expect(texts('owner')).toEqual(['县发改局', '各乡镇']);
      controller.abort();
    });

    it('binds a document that turns designMode on after the start (no mutation tells)', async () => {
      document.body.innerHTML = html;
      const { io, published } = fakeIO();
      const controller = new AbortController();
      startAnnotator(window, io, controller.signal);
      await settle(100);
      expect(published.at(-1)).toMatchObject({ reason: 'no-editor' });
      Object.defineProperty(document, 'designMode', { value: 'on', configurable: true });
      try {
        await settle(DESIGN_MODE_POLL_MS + 150);
        expect(published.at(-1)).toMatchObject({ editorKind: 'design-mode', text: DRAFT.join('\n') });
      } finally {
        controller.abort();
        delete (document as { designMode?: string }).designMode;
      }
    });

    it('switches to the editor the user focuses', async () => {
      document.body.innerHTML = `<div id="a" contenteditable="true">${html}</div><div id="b" contenteditable="true"><p>短的一段</p></div>`;
      const { io, published } = fakeIO();
      const controller = new AbortController();
      startAnnotator(window, io, controller.signal);
      await settle(100);
      expect(published.at(-1)).toMatchObject({ text: DRAFT.join('\n') });
      document.getElementById('b')!.focus();
      await settle(150);
      expect(published.at(-1)).toMatchObject({ text: '短的一段' });
      controller.abort();
    });

    it("analyses a change the user did not type at once, and typing after the pause", async () => {
      document.body.innerHTML = `<div id="e" contenteditable="true"><p>${DRAFT[0]}</p></div>`;
      const root = document.getElementById('e')!;
      const { io, analyzed } = fakeIO();
      const controller = new AbortController();
      startAnnotator(window, io, controller.signal);
      await settle(100);
      const n = analyzed.length;
      root.innerHTML = html; // the editor's API (setData) replaces the content
      await settle(SET_DEBOUNCE_MS + 60);
      expect(analyzed.length).toBe(n + 1);
      expect(texts('owner')).toEqual(['县发改局', '各乡镇']);

      const key = new KeyboardEvent('keydown', { key: 'a', bubbles: true });
      Object.defineProperty(key, 'isTrusted', { value: true });
      root.dispatchEvent(key);
      root.querySelector('p')!.append('甲');
      await settle(SET_DEBOUNCE_MS + 60);
      expect(analyzed.length).toBe(n + 1);
      await settle(DEBOUNCE_MS);
      expect(analyzed.length).toBe(n + 2);
      controller.abort();
    });

    it('analyses a stream of changes nobody types no more often than typing', async () => {
      document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
      const root = document.getElementById('e')!;
      const { io, analyzed } = fakeIO();
      const controller = new AbortController();
      startAnnotator(window, io, controller.signal);
      await settle(100);
      const n = analyzed.length;
      root.querySelector('p')!.append('甲');
      await settle(SET_DEBOUNCE_MS + 60);
      expect(analyzed.length).toBe(n + 1);
      root.querySelector('p')!.append('乙');
      await settle(SET_DEBOUNCE_MS + 60);
      expect(analyzed.length).toBe(n + 1);
      await settle(DEBOUNCE_MS);
      expect(analyzed.length).toBe(n + 2);
      expect(analyzed.at(-1)).toContain('甲乙');
      controller.abort();
    });

    it('does not analyse again when a mutation leaves the text as it was', async () => {
      document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
      const root = document.getElementById('e')!;
      const { io, analyzed } = fakeIO();
      const controller = new AbortController();
      startAnnotator(window, io, controller.signal);
      await settle(100);
      const n = analyzed.length;
      root.querySelector('p')!.setAttribute('class', 'x');
      root.append(document.createElement('br'));
      root.lastChild!.remove();
      await settle(150);
      expect(analyzed.length).toBe(n);
      controller.abort();
    });
  });
});
