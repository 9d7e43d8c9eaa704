// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contentEditableAdapter } from './contenteditable';
import { slate } from './slate';

describe('slate', () => {
  it('recognises its host and reads its text without the editor\'s own furniture', () => {
    document.body.innerHTML = `<div data-slate-editor="true" data-slate-node="value" contenteditable="true" role="textbox"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">一、总体要求</span></span></span></div><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div><div data-slate-node="element"><span data-slate-string="true">要抓落实。</span></div></div><div contenteditable="true">乙</div>`;
    const hosts = [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')];
    const host = hosts.find((h) => slate.matches(h));
    expect(host).toBeDefined();
    expect(hosts.filter((h) => h !== host).some((h) => slate.matches(h))).toBe(false);
    const adapter = contentEditableAdapter(host!, slate);
    expect(adapter.kind).toBe('slate');
    expect(adapter.readText().text).toBe('一、总体要求\n\n要抓落实。');
  });
});
