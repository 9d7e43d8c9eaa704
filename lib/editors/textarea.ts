/**
 * `<textarea>`: the draft is its value. It has no Text nodes, so the Highlight API cannot paint in it; the mirror
 * overlay (lib/highlight/overlay.ts) draws the marks instead. A page script may set `value` without any event, so
 * the adapter also compares the value on a slow timer.
 */
import { editorIdOf, type EditorAdapter } from './editor-adapter';
import { valueSnapshot } from './text-snapshot';

/** How often a silently changed value is noticed. */
export const VALUE_POLL_MS = 1000;

/** An adapter over a textarea. */
export function textareaAdapter(el: HTMLTextAreaElement): EditorAdapter {
  return {
    kind: 'textarea',
    id: editorIdOf(el, 'textarea'),
    root: el,
    usesOverlay: true,
    readText: () => valueSnapshot(el.value),
    onChange(cb, signal) {
      if (signal.aborted) return;
      el.addEventListener('input', cb, { signal });
      el.addEventListener('change', cb, { signal });
      const view = el.ownerDocument.defaultView;
      if (!view) return;
      let last = el.value;
      const timer = view.setInterval(() => {
        if (el.value === last) return;
        last = el.value;
        cb();
      }, VALUE_POLL_MS);
      el.addEventListener('input', () => (last = el.value), { signal });
      signal.addEventListener('abort', () => view.clearInterval(timer), { once: true });
    },
  };
}
