/**
 * The entry a highlight card asked for (its 在侧边栏中查看): asked of the background when the panel opens for a
 * tab and whenever the background says one is waiting (editor.focusChanged), then, once the panel shows it (the
 * entry whose `data-span` is the item's span), scrolled to the middle, focused and marked for a moment. An entry
 * the current draft does not show yet waits: it is looked for again after every render.
 */
import { useEffect, useRef } from 'react';
import { spanAttr } from '@/components/panel/entry';
import { getEntryFocus, watchEntryFocus } from './editor-source';

/** How long a focused entry stays marked. */
const MARK_MS = 2_500;

/** Shows `span`'s entry if the panel has it; returns whether it did. */
function showEntry(span: { start: number; end: number }): boolean {
  const el = document.querySelector<HTMLElement>(`[data-span="${spanAttr(span)}"]`);
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  if (el.tabIndex < 0) el.tabIndex = -1;
  el.focus({ preventScroll: true });
  el.classList.add('entry-focused');
  setTimeout(() => el.classList.remove('entry-focused'), MARK_MS);
  return true;
}

/** Shows the waiting entry, if any and the panel has it, and forgets it then. */
function applyPending(pending: { current: { start: number; end: number } | null }): void {
  if (pending.current && showEntry(pending.current)) pending.current = null;
}

export function useEntryFocus(tabId: number | null): void {
  const pending = useRef<{ start: number; end: number } | null>(null);
  /** The last entry taken (the background keeps it a while; each one is shown once). */
  const seen = useRef(0);

  useEffect(() => {
    if (tabId === null) return;
    let alive = true;
    const take = () =>
      void getEntryFocus(tabId).then((entry) => {
        if (!alive || !entry || entry.seq === seen.current) return;
        seen.current = entry.seq;
        pending.current = { start: entry.start, end: entry.end };
        requestAnimationFrame(() => applyPending(pending));
      });
    take();
    const stop = watchEntryFocus(() => tabId, take);
    return () => {
      alive = false;
      stop();
    };
  }, [tabId]);

  // After every render: the draft that holds the entry may just have arrived.
  useEffect(() => applyPending(pending));
}
