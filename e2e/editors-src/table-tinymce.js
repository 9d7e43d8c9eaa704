/** TinyMCE classic (iframe) holding the task-table draft (see task-table.js); TinyMCE is loaded as in tinymce.js. */
import { fail, ready } from './draft.js';
import { loadScript } from './load-script.js';
import { taskTableHtml } from './task-table.js';

try {
  await loadScript('/vendor/tinymce/tinymce.min.js');
  const [editor] = await window.tinymce.init({
    selector: '#editor',
    license_key: 'gpl',
    base_url: '/vendor/tinymce',
    suffix: '.min',
    menubar: false,
    promotion: false,
    branding: false,
    statusbar: false,
    plugins: [],
    toolbar: 'undo redo | bold italic',
    height: 600,
    browser_spellcheck: false,
    content_style: 'body{font:15px/1.7 "WenQuanYi Micro Hei",sans-serif;} p{margin:0 0 .6em;} td{border:1px solid #999;padding:2px 6px;}',
  });
  editor.setContent(taskTableHtml);
  editor.undoManager.clear();
  ready(() => editor.getContent(), editor.getBody());
} catch (error) {
  fail(error);
}
