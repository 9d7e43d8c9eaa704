// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { editorIdOf, watchComposition, watchMutations } from './editor-adapter';

describe('editorIdOf', () => {
  it('gives each root one stable id, distinct between roots', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    expect(editorIdOf(a, 'quill')).toBe(editorIdOf(a, 'quill'));
    expect(editorIdOf(a, 'quill')).not.toBe(editorIdOf(b, 'quill'));
    expect(editorIdOf(b, 'textarea')).toMatch(/^quill-\d+$/);
  });
});

describe('watchMutations', () => {
  it('reports input events and DOM changes until aborted', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>甲</p></div>';
    const root = document.getElementById('e')!;
    const cb = vi.fn<() => void>();
    const controller = new AbortController();
    watchMutations(root, cb, controller.signal);
    root.dispatchEvent(new Event('input', { bubbles: true }));
    expect(cb).toHaveBeenCalledTimes(1);
    root.querySelector('p')!.firstChild!.textContent = '乙';
    await new Promise((r) => setTimeout(r, 10));
    expect(cb.mock.calls.length).toBeGreaterThan(1);
    controller.abort();
    const n = cb.mock.calls.length;
    root.dispatchEvent(new Event('input', { bubbles: true }));
    root.append('丙');
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).toHaveBeenCalledTimes(n);
  });
});

describe('watchComposition', () => {
  it('reports composition start and end', () => {
    const target = document.createElement('div');
    const seen: boolean[] = [];
    watchComposition(target, (c) => seen.push(c), new AbortController().signal);
    target.dispatchEvent(new Event('compositionstart'));
    target.dispatchEvent(new Event('compositionend'));
    expect(seen).toEqual([true, false]);
  });
});
