// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contentEditableAdapter } from './contenteditable';
import { prosemirror } from './prosemirror';

describe('prosemirror', () => {
  it('recognises its host and reads its text without the editor\'s own furniture', () => {
    document.body.innerHTML = `<div class="tiptap ProseMirror" contenteditable="true" translate="no"><h2>一、总体要求</h2><p>要抓<span class="ProseMirror-widget">▍</span>落实。</p><p><br class="ProseMirror-trailingBreak"></p></div><div contenteditable="true">乙</div>`;
    const hosts = [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')];
    const host = hosts.find((h) => prosemirror.matches(h));
    expect(host).toBeDefined();
    expect(hosts.filter((h) => h !== host).some((h) => prosemirror.matches(h))).toBe(false);
    const adapter = contentEditableAdapter(host!, prosemirror);
    expect(adapter.kind).toBe('prosemirror');
    expect(adapter.readText().text).toBe('一、总体要求\n要抓落实。\n');
  });
});
