// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contentEditableAdapter } from './contenteditable';
import { quill } from './quill';

describe('quill', () => {
  it('recognises its host and reads its text without the editor\'s own furniture', () => {
    document.body.innerHTML = `<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>一、总体要求</p><p>要<span class="ql-cursor">\uFEFF</span>抓落实。</p><p><br></p></div></div><div contenteditable="true" class="other">乙</div>`;
    const hosts = [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')];
    const host = hosts.find((h) => quill.matches(h));
    expect(host).toBeDefined();
    expect(hosts.filter((h) => h !== host).some((h) => quill.matches(h))).toBe(false);
    const adapter = contentEditableAdapter(host!, quill);
    expect(adapter.kind).toBe('quill');
    expect(adapter.readText().text).toBe('一、总体要求\n要抓落实。\n');
  });
});
