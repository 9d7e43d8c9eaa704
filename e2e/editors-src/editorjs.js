/**
 * Editor.js 2 (one editing host per block): it starts with one empty paragraph block, then the draft is loaded
 * with render() — the blocks come after the first empty one, as on a page that fetches its draft — and read back
 * with save() (the blocks' types and data: block ids and the save time differ on every load).
 * `?late`: the draft is rendered only when the test calls `window.__mount()` (blocks rendered after the content
 * script has bound the empty first block); `window.__mountable` turns true once the page could.
 */
import EditorJS from '@editorjs/editorjs';
import { escapeHtml, fail, paragraphs, ready } from './draft.js';

async function load(editor) {
  await editor.render({ blocks: paragraphs.map((text) => ({ type: 'paragraph', data: { text: escapeHtml(text) } })) });
  const host = document.querySelector('#editor .codex-editor__redactor');
  while (!host.textContent.includes(paragraphs.at(-1))) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(r));
  ready(() => editor.save().then((data) => data.blocks.map((b) => [b.type, b.data])), host);
}

try {
  const editor = new EditorJS({ holder: 'editor', minHeight: 0, data: { blocks: [] } });
  await editor.isReady;
  if (new URLSearchParams(location.search).has('late')) {
    window.__mount = () => load(editor).catch(fail);
    window.__mountable = true;
  } else {
    await load(editor);
  }
} catch (error) {
  fail(error);
}
