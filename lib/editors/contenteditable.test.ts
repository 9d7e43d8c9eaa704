// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contentEditableAdapter, isEditingHost, preservesNewlines } from './contenteditable';

describe('isEditingHost', () => {
  it('is true for the top of an editable region only', () => {
    document.body.innerHTML = '<div id="a" contenteditable="true"><p id="b">甲</p></div><div id="c">乙</div>';
    expect(isEditingHost(document.getElementById('a')!)).toBe(true);
    expect(isEditingHost(document.getElementById('b')!)).toBe(false);
    expect(isEditingHost(document.getElementById('c')!)).toBe(false);
  });
});

describe('contentEditableAdapter', () => {
  it('reads the host as one draft and leaves non-editable islands out', () => {
    document.body.innerHTML = '<div id="a" contenteditable="true"><p>一、总体要求</p><p>要<span contenteditable="false">@提及</span>抓落实。</p></div>';
    const adapter = contentEditableAdapter(document.getElementById('a')!);
    expect(adapter.kind).toBe('contenteditable');
    expect(adapter.usesOverlay).toBe(false);
    expect(adapter.readText().text).toBe('一、总体要求\n要抓落实。');
  });

  it('keeps line breaks inside text where white space is preserved', () => {
    document.body.innerHTML = '<div id="a" contenteditable="true" style="white-space: pre-wrap">甲\n乙</div>';
    const root = document.getElementById('a')!;
    expect(preservesNewlines(root)).toBe(true);
    expect(contentEditableAdapter(root).readText().text).toBe('甲\n乙');
  });
});
