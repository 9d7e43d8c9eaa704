// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contentEditableAdapter } from './contenteditable';
import { lexical } from './lexical';

describe('lexical', () => {
  it('recognises its host and reads its text without the editor\'s own furniture', () => {
    document.body.innerHTML = `<div contenteditable="true" data-lexical-editor="true" role="textbox"><p dir="ltr"><span data-lexical-text="true">一、总体要求</span></p><p><span data-lexical-text="true">要抓落实。</span><span data-lexical-decorator="true" contenteditable="true">图</span></p><p><br></p></div><div contenteditable="true">乙</div>`;
    const hosts = [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')];
    const host = hosts.find((h) => lexical.matches(h));
    expect(host).toBeDefined();
    expect(hosts.filter((h) => h !== host).some((h) => lexical.matches(h))).toBe(false);
    const adapter = contentEditableAdapter(host!, lexical);
    expect(adapter.kind).toBe('lexical');
    expect(adapter.readText().text).toBe('一、总体要求\n要抓落实。\n');
  });
});
