/**
 * One interface for every editor Luoshi reads (Harper's lint-framework idea: the shell never knows which editor it
 * talks to). An adapter names the editor's root, reads it as a TextSnapshot and reports changes; it never writes to
 * the editor. Each kind of editor has its own file; `detect-editor.ts` finds them on a page.
 */
import type { EditorKind } from './contract';
import type { TextSnapshot } from './text-snapshot';

/** One editor on a page (or in a frame's document). */
export interface EditorAdapter {
  readonly kind: EditorKind;
  /** Stable for the element's lifetime and unique in its frame (`quill-1`, `textarea-2`). */
  readonly id: string;
  /** The element whose text is the draft: the textarea, the editing host, a block suite's container, a frame's body. */
  readonly root: HTMLElement;
  /** True for `<textarea>`: no Text nodes to range over, so highlights are drawn by the mirror overlay. */
  readonly usesOverlay: boolean;
  /** The draft now. Reads the DOM only. */
  readText(): TextSnapshot;
  /** Calls `cb` after the text may have changed (typing, paste, the editor's own API), until `signal` aborts. */
  onChange(cb: () => void, signal: AbortSignal): void;
}

let counter = 0;
const ids = new WeakMap<Element, string>();

/** The id of an editor root: assigned on first sight, kept while the element lives. */
export function editorIdOf(root: Element, kind: EditorKind): string {
  let id = ids.get(root);
  if (!id) {
    id = `${kind}-${++counter}`;
    ids.set(root, id);
  }
  return id;
}

/** Listens for edits under `root`: input events, and DOM mutations for changes made through the editor's API. */
export function watchMutations(root: Node, cb: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  root.addEventListener('input', cb, { capture: true, signal });
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  if (!view?.MutationObserver) return;
  const observer = new view.MutationObserver(cb);
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** Calls `cb(true)` on compositionstart and `cb(false)` on compositionend under `target`. */
export function watchComposition(target: EventTarget, cb: (composing: boolean) => void, signal: AbortSignal): void {
  target.addEventListener('compositionstart', () => cb(true), { capture: true, signal });
  target.addEventListener('compositionend', () => cb(false), { capture: true, signal });
}
