/**
 * The item panel's focus as a dialog's (issue 14): opening it moves the focus in (to its heading, so a screen
 * reader reads the item); Tab and Shift+Tab go round its controls; Esc (or its close button) closes it and gives the
 * focus back to what opened it — the row's link, found again by the item's id when the table re-rendered it.
 * The panel is re-created when its item changes (a save, a live update): the focus then goes back to the same
 * control, and nothing is taken from the table when the focus was not in the panel.
 */
import { useCallback, useLayoutEffect, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** What the last panel left behind: its item, what opened it, and the control that had the focus. */
interface Memory {
  key: string;
  opener: HTMLElement | null;
  /** The focused control when the panel went away (its test id, else its place among the focusables); null if outside. */
  focus: { testId: string | null; index: number } | null;
  closing: boolean;
  /** A panel of this item is on the page (false between a re-creation's unmount and mount). */
  mounted: boolean;
}
let memory: Memory | null = null;

/** The panel's controls that Tab reaches, in order (hidden ones left out). */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.checkVisibility?.() ?? true);
}

/**
 * Tab and Shift+Tab go round `panel`'s controls: Tab on the last goes to the first, Shift+Tab on the first (or from
 * anything that is not one of them, such as the heading) goes to the last. Other keys pass.
 */
export function keepTabInside(panel: HTMLElement, e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault'>): void {
  if (e.key !== 'Tab') return;
  const all = focusables(panel);
  if (all.length === 0) return;
  const at = all.indexOf(document.activeElement as HTMLElement);
  if (e.shiftKey && at <= 0) {
    e.preventDefault();
    all.at(-1)!.focus();
  } else if (!e.shiftKey && at === all.length - 1) {
    e.preventDefault();
    all[0]!.focus();
  }
}

/** Where the focus goes back to after the panel of item `key` closed. */
function returnTarget(key: string, opener: HTMLElement | null): HTMLElement | null {
  if (opener?.isConnected) return opener;
  return document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(key)}"] .row-link`);
}

/** Where in `panel` the element `el` is, to find the same control in a re-created panel. */
function placeOf(panel: HTMLElement, el: HTMLElement): NonNullable<Memory['focus']> {
  return { testId: el.dataset.testid ?? null, index: focusables(panel).indexOf(el) };
}

/** Puts the focus on the control `place` names in `panel`, or on the heading when it is gone or disabled now. */
function refocus(panel: HTMLElement, heading: HTMLElement | null, place: NonNullable<Memory['focus']>) {
  const target = (place.testId ? panel.querySelector<HTMLElement>(`[data-testid="${CSS.escape(place.testId)}"]`) : null) ?? focusables(panel)[place.index] ?? heading;
  target?.focus();
  if (document.activeElement !== target) heading?.focus();
}

/**
 * Dialog focus for the panel in `ref`, whose heading is `heading`, showing item `key`. Returns the panel's handlers
 * (focus and blur to follow the focused control, keydown for the Tab loop and Esc) and `close`, which closes it
 * through `onClose` and returns the focus.
 */
export function useDialogFocus(ref: RefObject<HTMLElement | null>, heading: RefObject<HTMLElement | null>, key: string, onClose: () => void) {
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!panel) return undefined;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (memory?.key !== key) {
      // Opened (or another item opened): remember the opener and move the focus in.
      memory = { key, opener: active && active !== document.body && !panel.contains(active) ? active : null, focus: null, closing: false, mounted: true };
      heading.current?.focus();
    } else {
      memory.mounted = true;
      // Re-created around the same item (a save, a live update) while the focus was in it: the same control.
      if (memory.focus && (active === null || active === document.body)) refocus(panel, heading.current, memory.focus);
    }
    return () => {
      const m = memory;
      if (!m || m.key !== key) return;
      const at = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // nb. Focus on <body> is focus lost (a control removed or disabled): the last control focused is kept.
      if (at && panel.contains(at)) m.focus = placeOf(panel, at);
      else if (at && at !== document.body) m.focus = null;
      m.mounted = false;
      if (m.closing) {
        memory = null;
        const target = returnTarget(key, m.opener);
        // nb. After the commit: the table may re-render its rows as the panel goes.
        requestAnimationFrame(() => (target?.isConnected ? target : returnTarget(key, null))?.focus());
      } else {
        // Closed some other way (a tab, the address): forget it unless a new panel of the item came at once.
        requestAnimationFrame(() => {
          if (memory === m && !m.mounted) memory = null;
        });
      }
    };
  }, [ref, heading, key]);

  const close = useCallback(() => {
    if (memory) memory.closing = true;
    onClose();
  }, [onClose]);

  const onFocus = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const panel = ref.current;
      if (panel && memory?.key === key && e.target instanceof HTMLElement) memory.focus = placeOf(panel, e.target);
    },
    [ref, key],
  );

  const onBlur = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const panel = ref.current;
      if (!panel || memory?.key !== key) return;
      const to = e.relatedTarget;
      if (to instanceof Node && !panel.contains(to)) {
        memory.focus = null;
        return;
      }
      // Focus going nowhere (the focused button became disabled, as 更新状态 does after its save): keep it in the panel.
      if (to === null) {
        const m = memory;
        requestAnimationFrame(() => {
          if (panel.isConnected && m.focus && document.activeElement === document.body) refocus(panel, heading.current, m.focus);
        });
      }
    },
    [ref, heading, key],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const panel = ref.current;
      if (!panel || e.defaultPrevented) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        close();
        return;
      }
      keepTabInside(panel, e);
    },
    [ref, close],
  );

  return { onKeyDown, onFocus, onBlur, close };
}
