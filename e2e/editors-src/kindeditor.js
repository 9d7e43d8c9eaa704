/**
 * KindEditor 4.1.10 from node_modules/kindeditor, mounted by the test server at /vendor/kindeditor/ with its themes,
 * language files and plugins. It hides the page's textarea and edits an iframe document in designMode. The draft is
 * loaded with html(value) and read back with html().
 */
import { draftHtml, fail, ready } from './draft.js';
import { loadScript } from './load-script.js';

try {
  await loadScript('/vendor/kindeditor/kindeditor-all.js');
  const K = window.KindEditor;
  const editor = K.create('#editor', {
    basePath: '/vendor/kindeditor/',
    langType: 'zh-CN',
    width: '100%',
    height: '600px',
    resizeType: 0,
    items: ['undo', 'redo', '|', 'bold', 'italic'],
    cssData: 'body{font:15px/1.7 "WenQuanYi Micro Hei",sans-serif;margin:8px 12px;} p{margin:0 0 .6em;}',
  });
  editor.html(draftHtml);
  ready(() => editor.html(), editor.edit.doc.body);
} catch (error) {
  fail(error);
}
