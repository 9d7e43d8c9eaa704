/**
 * CKEditor 4.22.1 (the last open-source release: 4.23 and later want a licence key) from node_modules/ckeditor4,
 * which the test server mounts at /vendor/ckeditor4/ with its plugins, skins and language files. One script for
 * the three modes, named by the page's `<body data-mode>`: `classic` (an iframe document, CKEDITOR.replace),
 * `inline` (CKEDITOR.inline on a contenteditable div) and `divarea` (the divarea plugin: a div in place of the
 * iframe, mounted over the textarea). Calls home are off: `versionCheck: false`, no SCAYT / WSC spell-checkers.
 * The draft is loaded with setData and read back with getData.
 * `?late`: nothing is mounted until the test calls `window.__mount()` (an editor mounting over its textarea after
 * the content script has started); `window.__mountable` turns true once the page could mount.
 */
import { draftHtml, fail, ready } from './draft.js';
import { loadScript } from './load-script.js';

const mode = document.body.dataset.mode;

async function mount() {
  const CKEDITOR = window.CKEDITOR;
  const config = {
    versionCheck: false,
    removePlugins: 'scayt,wsc',
    extraPlugins: mode === 'divarea' ? 'divarea' : '',
    language: 'zh-cn',
    height: 600,
    toolbar: [['Undo', 'Redo'], ['Bold', 'Italic'], ['Format']],
    contentsCss: [],
    bodyClass: 'luoshi-fixture',
  };
  CKEDITOR.addCss('body{font:15px/1.7 "WenQuanYi Micro Hei",sans-serif;margin:8px 12px;} p{margin:0 0 .6em;}');
  const editor = mode === 'inline' ? CKEDITOR.inline('editor', config) : CKEDITOR.replace('editor', config);
  window.__ckeditor = editor;
  await new Promise((resolve) => editor.on('instanceReady', resolve));
  await new Promise((resolve) => editor.setData(draftHtml, { callback: resolve }));
  editor.resetUndo();
  ready(() => editor.getData(), editor.editable().$);
}

try {
  window.CKEDITOR_BASEPATH = '/vendor/ckeditor4/';
  await loadScript('/vendor/ckeditor4/ckeditor.js');
  window.CKEDITOR.disableAutoInline = true;
  if (new URLSearchParams(location.search).has('late')) {
    window.__mount = () => mount().catch(fail);
    window.__mountable = true;
  } else {
    await mount();
  }
} catch (error) {
  fail(error);
}
