// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { OVERLAY_ATTR } from '../editors/contract';
import { readTextSnapshot } from '../editors/text-snapshot';
import { createMirrorOverlay, createRectOverlay, runsOf } from './overlay';

describe('runsOf', () => {
  it('cuts the text at every mark edge and names the kinds covering each run', () => {
    expect(runsOf('县发改局要在6月底前完成', [
      { kind: 'action', start: 0, end: 12 },
      { kind: 'owner', start: 0, end: 4 },
      { kind: 'deadline', start: 6, end: 10 },
    ])).toEqual([
      { start: 0, end: 4, kinds: ['action', 'owner'] },
      { start: 4, end: 6, kinds: ['action'] },
      { start: 6, end: 10, kinds: ['action', 'deadline'] },
      { start: 10, end: 12, kinds: ['action'] },
    ]);
    expect(runsOf('甲乙', [])).toEqual([{ start: 0, end: 2, kinds: [] }]);
    expect(runsOf('甲乙', [{ kind: 'problem', start: 1, end: 9 }])).toEqual([{ start: 0, end: 1, kinds: [] }, { start: 1, end: 2, kinds: ['problem'] }]);
  });
});

describe('createMirrorOverlay', () => {
  it('mirrors the text with marks outside the textarea, leaves the textarea alone, and goes away on abort', () => {
    document.body.innerHTML = '<form><textarea id="t"></textarea></form>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = '县发改局要在6月底前完成。';
    const controller = new AbortController();
    const overlay = createMirrorOverlay(ta, controller.signal);
    overlay.update(ta.value, [{ kind: 'owner', start: 0, end: 4 }, { kind: 'deadline', start: 6, end: 10 }]);
    const host = document.querySelector(`[${OVERLAY_ATTR}]`) as HTMLElement;
    expect(host).toBe(overlay.element);
    expect(host.parentElement).toBe(document.body);
    expect(host.style.pointerEvents).toBe('none');
    const content = host.shadowRoot!.querySelector('.content')!;
    expect(content.textContent).toBe(`${ta.value}\u200b`);
    expect([...content.querySelectorAll('span')].map((s) => [s.className, s.textContent])).toEqual([['k-owner', '县发改局'], ['k-deadline', '6月底前']]);
    expect(ta.value).toBe('县发改局要在6月底前完成。');
    expect(document.querySelector('form')!.innerHTML).toBe('<textarea id="t"></textarea>');
    controller.abort();
    expect(document.querySelector(`[${OVERLAY_ATTR}]`)).toBeNull();
  });
});

describe('createMirrorOverlay with the Highlight API', () => {
  it('mirrors the text as one Text node and hands back its snapshot for CSS highlights', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = '县发改局要在6月底前完成。\n';
    const controller = new AbortController();
    const overlay = createMirrorOverlay(ta, controller.signal, { highlights: true });
    const snap = overlay.update(ta.value, [{ kind: 'owner', start: 0, end: 4 }]);
    expect(snap?.toRange(6, 10)?.toString()).toBe('6月底前');
    const root = overlay.element.shadowRoot!;
    expect(root.querySelectorAll('span')).toHaveLength(0);
    expect(snap?.text).toBe(ta.value);
    const lines = [...root.querySelector('.content')!.children];
    expect(lines.map((l) => l.innerHTML)).toEqual(['县发改局要在6月底前完成。', '<br>']);
    // An edit replaces only the lines it touched.
    ta.value = '县发改局要在6月底前完成。\n各乡镇配合。\n';
    const next = overlay.update(ta.value, []);
    const after = [...root.querySelector('.content')!.children];
    expect(after[0]).toBe(lines[0]);
    expect(after.map((l) => l.innerHTML)).toEqual(['县发改局要在6月底前完成。', '各乡镇配合。', '<br>']);
    expect(next?.text).toBe(ta.value);
    expect(next?.toRange(14, 17)?.toString()).toBe('各乡镇');
    const styled = (root.adoptedStyleSheets?.length ?? 0) + root.querySelectorAll('style[data-luoshi]').length;
    expect(styled).toBe(1);
    controller.abort();
  });
});

describe('createRectOverlay', () => {
  it('draws a box per client rect of each mark', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>县发改局要完成。</p></div>';
    const controller = new AbortController();
    const overlay = createRectOverlay(document, controller.signal);
    overlay.update(readTextSnapshot(document.getElementById('e')!), [{ kind: 'owner', start: 0, end: 4 }]);
    expect(overlay.element.getAttribute(OVERLAY_ATTR)).toBe('');
    expect(overlay.element.shadowRoot!.querySelectorAll('.rect').length).toBeGreaterThanOrEqual(0);
    controller.abort();
    expect(overlay.element.isConnected).toBe(false);
  });
});
