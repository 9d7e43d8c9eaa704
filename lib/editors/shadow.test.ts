// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { inShadowTree, openShadowRoots, shadowHostAdapter } from './shadow';

describe('shadow roots', () => {
  it('finds open roots, nested ones included, and reads an editable region inside', () => {
    document.body.innerHTML = '<oa-editor></oa-editor><p>外</p>';
    const outer = document.querySelector('oa-editor')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<oa-frame></oa-frame>';
    const inner = outer.querySelector('oa-frame')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div id="e" contenteditable="true"><p>一、总体要求</p><p>要抓落实。</p></div>';
    expect(openShadowRoots(document)).toEqual([outer, inner]);
    const host = inner.getElementById('e')!;
    expect(inShadowTree(host)).toBe(true);
    expect(inShadowTree(document.querySelector('p')!)).toBe(false);
    const adapter = shadowHostAdapter(host);
    expect(adapter.kind).toBe('shadow');
    expect(adapter.readText().text).toBe('一、总体要求\n要抓落实。');
  });
});
