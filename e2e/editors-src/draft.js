/**
 * The draft every fixture page loads: the project's fixture speech (tests/fixtures/drafts/speech.txt), one
 * paragraph per non-empty line, bundled as a string by vite. `ready(content)` publishes the page's contract with
 * the tests: `window.__editorContent()` returns the editor's own data (its API's output, or value/innerHTML), and
 * `window.__editorReady` turns true once the draft is in the editor.
 */
import speech from '../../tests/fixtures/drafts/speech.txt?raw';

export const draftText = speech.replace(/\r\n?/g, '\n');

/** The non-empty lines, in order. */
export const paragraphs = draftText.split('\n').filter((line) => line.trim() !== '');

export function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** `<p>…</p>` per paragraph. */
export const draftHtml = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');

/**
 * Marks the page ready. `content()` returns the editor's own data (a string, or JSON-able data, or a promise of either). `host` is the
 * element the user edits (it may live in an iframe's document): from now on every change to its DOM is recorded,
 * and `window.__editorMutations()` lists them, so a test can tell that the extension never touched the editor.
 */
export function ready(content, host) {
  const log = [];
  if (host) {
    const view = host.ownerDocument.defaultView;
    new view.MutationObserver((records) => {
      for (const r of records) log.push(`${r.type} ${r.target.nodeName}${r.attributeName ? `[${r.attributeName}]` : ''}`);
    }).observe(host, { childList: true, characterData: true, attributes: true, subtree: true });
  }
  window.__editorMutations = () => log.slice();
  const asText = (value) => (typeof value === 'string' ? value : JSON.stringify(value));
  window.__editorContent = () => {
    const value = content();
    // An editor whose API reads its data asynchronously (Editor.js save()) gives a promise; evaluate awaits it.
    return typeof value?.then === 'function' ? value.then(asText) : asText(value);
  };
  window.__editorReady = true;
  document.documentElement.dataset.editorReady = 'true';
}

/** Reports a failed editor setup on the page instead of leaving the test to time out without a word. */
export function fail(error) {
  window.__editorError = String(error?.stack || error);
  console.error('fixture page failed', error);
}
