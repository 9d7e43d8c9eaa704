// @vitest-environment happy-dom
/**
 * The item panel's dialog focus (dialog-focus.ts) on a panel of its own making: the focus moves to the heading on
 * open, Tab and Shift+Tab go round the controls, a panel re-created around the same item keeps the focused control,
 * Esc closes it and the focus returns to the opener; a panel that opens while the focus is elsewhere still takes it.
 */
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDialogFocus } from './dialog-focus';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Panel({ item, onClose }: { item: string; onClose(): void }) {
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const dialog = useDialogFocus(panel, heading, item, onClose);
  return (
    <section ref={panel} role="dialog" onKeyDown={dialog.onKeyDown} onFocus={dialog.onFocus} onBlur={dialog.onBlur} data-testid="panel">
      <button type="button" onClick={dialog.close} data-testid="close">
        ×
      </button>
      <h2 ref={heading} tabIndex={-1}>
        {item}
      </h2>
      <input data-testid="note" />
      <button type="button" data-testid="save">
        保存
      </button>
    </section>
  );
}

let root: Root;
let container: HTMLDivElement;
let opener: HTMLButtonElement;
const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid=${id}]`)!;
const frame = () => act(() => new Promise((r) => requestAnimationFrame(() => r(null))));
const key = (el: Element, k: string, shiftKey = false) =>
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true }));
  });

beforeEach(() => {
  opener = document.createElement('button');
  opener.textContent = 'row';
  container = document.createElement('div');
  document.body.append(opener, container);
  root = createRoot(container);
  opener.focus();
});
afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  opener.remove();
  // A panel gone without its close is forgotten a frame later.
  await frame();
});

/** Renders the panel of `item` (a new `version` re-creates it, as the dashboard does when the item changes). */
const show = (item: string | null, version = 0, onClose = () => show(null)) =>
  act(() => root.render(item ? <Panel key={`${item}:${version}`} item={item} onClose={onClose} /> : null));

describe('useDialogFocus', () => {
  it('moves the focus to the heading on open, and Tab and Shift+Tab go round the controls', () => {
    show('a');
    expect(document.activeElement?.tagName).toBe('H2');
    $('save').focus();
    key($('save'), 'Tab');
    expect(document.activeElement).toBe($('close'));
    key($('close'), 'Tab', true);
    expect(document.activeElement).toBe($('save'));
    // From the heading, Shift+Tab goes to the last control too.
    document.querySelector<HTMLElement>('h2')!.focus();
    key(document.activeElement!, 'Tab', true);
    expect(document.activeElement).toBe($('save'));
  });

  it('Esc closes the panel and the focus returns to the opener', async () => {
    const onClose = vi.fn<() => void>(() => show(null));
    show('a', 0, onClose);
    $('note').focus();
    key($('note'), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    await frame();
    expect(document.activeElement).toBe(opener);
  });

  it('the close button returns the focus too', async () => {
    show('a');
    $('close').click();
    await frame();
    expect(document.activeElement).toBe(opener);
  });

  it('a panel re-created around the same item keeps the focused control; another item takes the focus to its heading', () => {
    show('a');
    $('note').focus();
    show('a', 1);
    expect(document.activeElement).toBe($('note'));
    show('b');
    expect(document.activeElement?.tagName).toBe('H2');
    expect(document.activeElement?.textContent).toBe('b');
  });

  it('re-created while the focus is outside it, the panel leaves the focus where it is', () => {
    show('a');
    opener.focus();
    show('a', 1);
    expect(document.activeElement).toBe(opener);
  });
});
