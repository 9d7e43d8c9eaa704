/**
 * wangEditor 5 (Slate underneath), the editor many Chinese CMS and OA systems embed: created empty, the draft
 * loaded with setHtml and read back with getHtml. Uploads are not configured (nothing leaves the page).
 */
import { createEditor, createToolbar } from '@wangeditor/editor';
import '@wangeditor/editor/dist/css/style.css';
import { draftHtml, fail, paragraphs, ready } from './draft.js';

try {
  const editor = createEditor({ selector: '#editor', html: '<p><br></p>', mode: 'default', config: { placeholder: '请输入正文' } });
  createToolbar({ editor, selector: '#toolbar', mode: 'simple', config: { toolbarKeys: ['undo', 'redo', '|', 'bold', 'italic'] } });
  editor.setHtml(draftHtml);
  // The view is patched after setHtml returns: the page is ready once the draft's last line is on screen.
  const host = document.querySelector('#editor [data-slate-editor]');
  while (!host.textContent.includes(paragraphs.at(-1))) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(r));
  ready(() => editor.getHtml(), host);
} catch (error) {
  fail(error);
}
