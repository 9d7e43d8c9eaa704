// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contentEditableAdapter } from './contenteditable';
import { ckeditor5 } from './ckeditor5';

describe('ckeditor5', () => {
  it('recognises its host and reads its text without the editor\'s own furniture', () => {
    document.body.innerHTML = `<div class="ck ck-content ck-editor__editable ck-editor__editable_inline" contenteditable="true"><p>一、总体要求</p><figure class="ck-widget" contenteditable="false"><img><div class="ck-widget__type-around">↵</div></figure><p>要抓落实。<br data-cke-filler="true"></p></div><div contenteditable="true">乙</div>`;
    const hosts = [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')];
    const host = hosts.find((h) => ckeditor5.matches(h));
    expect(host).toBeDefined();
    expect(hosts.filter((h) => h !== host).some((h) => ckeditor5.matches(h))).toBe(false);
    const adapter = contentEditableAdapter(host!, ckeditor5);
    expect(adapter.kind).toBe('ckeditor5');
    expect(adapter.readText().text).toBe('一、总体要求\n要抓落实。');
  });
});
