/**
 * Iframe editors (UEditor's `#ueditor_0`, TinyMCE classic, KindEditor …): the content script runs inside the
 * about:blank/srcdoc frame (allFrames + matchAboutBlank) and finds the frame's own `<body>` editable. Such frames
 * are often written with `document.open()/write()` after load, which replaces the body and drops listeners; the
 * content script's page observer sees the document rewritten and detects again, and a new body gets a new adapter.
 */
import { contentEditableAdapter } from './contenteditable';
import type { EditorAdapter } from './editor-adapter';

/** Whether a document's body is itself the editing host (the iframe-editor pattern). */
export function hasEditableBody(doc: Document): boolean {
  const body = doc.body;
  return !!body && body.isContentEditable && !body.parentElement?.isContentEditable;
}

/** An adapter over an editable body; null when the body is not editable. */
export function iframeBodyAdapter(doc: Document): EditorAdapter | null {
  return hasEditableBody(doc) ? contentEditableAdapter(doc.body, { kind: 'iframe-body' }) : null;
}
