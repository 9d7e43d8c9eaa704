/**
 * TinyMCE classic (iframe) mode, shared by the fixture pages that hold it. TinyMCE is not bundled: it is loaded from
 * node_modules/tinymce, which the test server mounts at /vendor/tinymce/, with its skins and plugins beside it (all
 * local). The draft is set through the editor's own API and read back the same way.
 */
import { fail, ready } from './draft.js';
import { loadScript } from './load-script.js';

/** Mounts TinyMCE on #editor with `html` as its content; `css` is added to the content's style. */
export async function mountTinymce(html, css = '') {
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
      content_style: `body{font:15px/1.7 "WenQuanYi Micro Hei",sans-serif;} p{margin:0 0 .6em;}${css}`,
    });
    editor.setContent(html);
    editor.undoManager.clear();
    ready(() => editor.getContent(), editor.getBody());
  } catch (error) {
    fail(error);
  }
}
