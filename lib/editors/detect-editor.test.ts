// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deepActiveElement, detectEditors, pickEditor } from './detect-editor';

const kinds = () => detectEditors(document).map((e) => e.kind);

describe('detectEditors', () => {
  it.each([
    ['a textarea', '<textarea>甲</textarea>', ['textarea']],
    ['a generic contenteditable', '<div contenteditable="true"><p>甲</p></div>', ['contenteditable']],
    ['CKEditor 5', '<div class="ck-editor__editable" contenteditable="true"><p>甲</p></div>', ['ckeditor5']],
    ['Quill, without its clipboard', '<div class="ql-editor" contenteditable="true"><p>甲</p></div><div class="ql-clipboard" contenteditable="true"></div>', ['quill']],
    ['Tiptap', '<div class="tiptap ProseMirror" contenteditable="true"><p>甲</p></div>', ['prosemirror']],
    ['Lexical', '<div data-lexical-editor="true" contenteditable="true"><p>甲</p></div>', ['lexical']],
    ['Slate', '<div data-slate-editor="true" contenteditable="true"><p>甲</p></div>', ['slate']],
    ['hidden, disabled and read-only textareas are not editors', '<textarea style="display:none"></textarea><textarea disabled></textarea><textarea readonly></textarea>', []],
    ['nested editable regions are one editor', '<div contenteditable="true"><div contenteditable="true">甲</div></div>', ['contenteditable']],
    ['no editor', '<p>甲</p>', []],
  ])('%s', (_name, html, expected) => {
    document.body.removeAttribute('contenteditable');
    document.body.innerHTML = html;
    expect(kinds()).toEqual(expected);
  });

  it('finds editors in open shadow roots', () => {
    document.body.innerHTML = '<oa-editor></oa-editor>';
    const shadow = document.querySelector('oa-editor')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true"><p>甲</p></div><div class="ql-editor" contenteditable="true"><p>乙</p></div>';
    expect(kinds().sort()).toEqual(['quill', 'shadow']);
  });

  it('reads an editable body as the frame editor', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.setAttribute('contenteditable', 'true');
    doc.body.innerHTML = '<p>甲</p><textarea></textarea>';
    expect(detectEditors(doc).map((e) => e.kind)).toEqual(['iframe-body']);
  });

  it('groups a block suite into one editor', () => {
    document.body.innerHTML = '<div class="doc">' + [1, 2, 3].map((i) => `<div data-block-id="${i}"><div contenteditable="true">第${i}段</div></div>`).join('') + '</div>';
    const editors = detectEditors(document);
    expect(editors.map((e) => e.kind)).toEqual(['block-suite']);
    expect(editors[0]!.readText().text).toBe('第1段\n第2段\n第3段');
  });
});

describe('pickEditor', () => {
  it('picks the focused editor, else the one with the most text; ids tell them apart', () => {
    document.body.innerHTML = '<textarea id="a">短</textarea><div id="b" contenteditable="true"><p>长一些的正文</p></div><textarea id="c">中等长度</textarea>';
    const editors = detectEditors(document);
    expect(new Set(editors.map((e) => e.id)).size).toBe(3);
    expect(pickEditor(editors, document)?.root.id).toBe('b');
    (document.getElementById('c') as HTMLTextAreaElement).focus();
    expect(deepActiveElement(document)?.id).toBe('c');
    expect(pickEditor(editors, document)?.root.id).toBe('c');
    expect(pickEditor([], document)).toBeNull();
  });
});
