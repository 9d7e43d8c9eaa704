// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hasEditableBody, iframeBodyAdapter } from './iframe-body';

describe('iframeBodyAdapter', () => {
  it('reads an editable body (UEditor, TinyMCE classic) as the draft', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<p>一、总体要求</p><p>要抓落实。</p>';
    expect(iframeBodyAdapter(doc)).toBeNull();
    doc.body.setAttribute('contenteditable', 'true');
    expect(hasEditableBody(doc)).toBe(true);
    const adapter = iframeBodyAdapter(doc)!;
    expect(adapter.kind).toBe('iframe-body');
    expect(adapter.root).toBe(doc.body);
    expect(adapter.readText().text).toBe('一、总体要求\n要抓落实。');
  });
});
