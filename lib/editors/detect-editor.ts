/**
 * Finds the editors of one document (the content script runs in every frame, so iframe editors are found by the
 * frame's own script): a design-mode document or an editable body first (the iframe-editor pattern), else the
 * textareas and editing hosts of the document and of its open shadow roots, known editors by their signature,
 * block-suite hosts grouped into one draft. `pickEditor` chooses the focused one, else the one with the most text.
 */
import { blockSuiteAdapter, groupBlockSuites } from './block-suite';
import { ckeditor5 } from './ckeditor5';
import { contentEditableAdapter, isEditingHost, type HostSpec } from './contenteditable';
import { designModeAdapter } from './design-mode';
import type { EditorAdapter } from './editor-adapter';
import { iframeBodyAdapter } from './iframe-body';
import { lexical } from './lexical';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { inShadowTree, openShadowRoots, shadowHostAdapter } from './shadow';
import { slate } from './slate';
import { textareaAdapter } from './textarea';

/** Known editors, most specific first. */
export const HOST_SPECS: readonly HostSpec[] = [ckeditor5, quill, prosemirror, lexical, slate];

/** Every editor in `doc`, in document order (shadow-root editors after the light DOM's); `shadows`: its open shadow roots, when the caller has them. */
export function detectEditors(doc: Document, shadows?: readonly ShadowRoot[]): EditorAdapter[] {
  const whole = designModeAdapter(doc) ?? iframeBodyAdapter(doc);
  if (whole) return [whole];
  const roots: (Document | ShadowRoot)[] = [doc, ...(shadows ?? openShadowRoots(doc))];
  const textareas: EditorAdapter[] = [];
  const hosts: HTMLElement[] = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('textarea')) if (isUsableTextarea(el)) textareas.push(textareaAdapter(el));
    for (const el of root.querySelectorAll('[contenteditable]')) if (isEditingHost(el) && isVisible(el) && !isJunkHost(el)) hosts.push(el);
  }
  const known: EditorAdapter[] = [];
  const generic: HTMLElement[] = [];
  for (const host of hosts) {
    const spec = HOST_SPECS.find((s) => s.matches(host));
    if (spec) known.push(inShadowTree(host) ? shadowHostAdapter(host, spec) : contentEditableAdapter(host, spec));
    else generic.push(host);
  }
  const { suites, rest } = groupBlockSuites(generic);
  const others = rest.map((h) => (inShadowTree(h) ? shadowHostAdapter(h) : contentEditableAdapter(h)));
  return [...known, ...suites.map((s) => blockSuiteAdapter(s.container)), ...others, ...textareas];
}

/** The editor the user is in (focus), else the one holding the most text; null for none. */
export function pickEditor(editors: readonly EditorAdapter[], doc: Document): EditorAdapter | null {
  const active = deepActiveElement(doc);
  if (active) {
    const focused = editors.find((e) => e.root === active || e.root.contains(active));
    if (focused) return focused;
  }
  let best: EditorAdapter | null = null;
  let bestLength = -1;
  for (const e of editors) {
    const n = editorTextLength(e);
    if (n > bestLength) {
      best = e;
      bestLength = n;
    }
  }
  return best;
}

/** How much text an editor holds (a textarea's value, else the root's text), white space aside: 0 is empty. */
export function editorTextLength(editor: EditorAdapter): number {
  const text = editor.usesOverlay ? (editor.root as HTMLTextAreaElement).value : (editor.root.textContent ?? '');
  return text.trim().length;
}

/** `document.activeElement`, followed into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== doc.body ? el : null;
}

function isUsableTextarea(el: HTMLTextAreaElement): boolean {
  return !el.disabled && !el.readOnly && isVisible(el) && !el.closest('[aria-hidden="true"]');
}

/** Editors hide helper hosts (Quill's clipboard, offscreen paste bins). */
function isJunkHost(el: HTMLElement): boolean {
  return el.classList.contains('ql-clipboard') || el.getAttribute('aria-hidden') === 'true' || el.id === 'mcepastebin';
}

function isVisible(el: HTMLElement): boolean {
  if (el.hidden) return false;
  const check = (el as { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el);
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}
