/**
 * The generic contenteditable adapter: an editing host (`el.isContentEditable && !el.parentElement?.isContentEditable`)
 * read as one draft. The rich editors (CKEditor 5, Quill, ProseMirror, Lexical, Slate) are this adapter plus a
 * `HostSpec` of their own, in their own files: how to recognise their host and which of their nodes are not text.
 */
import type { EditorKind } from './contract';
import { editorIdOf, watchMutations, type EditorAdapter } from './editor-adapter';
import { readTextSnapshot, type ReadOptions } from './text-snapshot';

/** How one editor is recognised by its editing host, and what of its DOM is not draft text. */
export interface HostSpec {
  kind: EditorKind;
  matches(host: HTMLElement): boolean;
  /** Widgets, carets, placeholders and fillers to leave out of the text. */
  skip?: (el: Element) => boolean;
}

/** Whether `el` is the top of an editable region (not a descendant of another one). */
export function isEditingHost(el: Element): el is HTMLElement {
  const h = el as HTMLElement;
  return h.isContentEditable === true && !h.parentElement?.isContentEditable;
}

/** Whether an element's text keeps its line breaks (`white-space: pre*` or `break-spaces`). */
export function preservesNewlines(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  const ws = view?.getComputedStyle ? view.getComputedStyle(el).whiteSpace : '';
  return /^(pre|break-spaces)/.test(ws ?? '');
}

/** Islands inside an editor that are never draft text (non-editable widgets are dropped by `editableOnly`). */
const skipCommon = (el: Element) => el.getAttribute('aria-hidden') === 'true' && el.getAttribute('contenteditable') === 'false';

/** An adapter over an editing host; `spec` names the editor kind and its skipped nodes. */
export function contentEditableAdapter(root: HTMLElement, spec?: Pick<HostSpec, 'kind' | 'skip'>, extra: ReadOptions = {}): EditorAdapter {
  const kind = spec?.kind ?? 'contenteditable';
  const own = spec?.skip;
  const skip = own ? (el: Element) => own(el) || skipCommon(el) : skipCommon;
  return {
    kind,
    id: editorIdOf(root, kind),
    root,
    usesOverlay: false,
    readText: () => readTextSnapshot(root, { skip, editableOnly: true, preserveNewlines: preservesNewlines(root), ...extra }),
    onChange: (cb, signal) => watchMutations(root, cb, signal),
  };
}
