// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { BADGE_TAG } from '@/lib/editors/contract';
import { avoidLine, badgeDocument, badgeLabel, dockAt, dockedPosition, dockForKey, showBadge, userClicked } from './badge';

const trusted = (type: string) => {
  const e = new MouseEvent(type, { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
};

describe('badge', () => {
  it('labels the counts in Chinese, and in English with plurals', () => {
    expect(badgeLabel({ problems: 3, actions: 12, findings: 5 })).toBe('问题 3 · 事项 12 · 提示 5');
    expect(badgeLabel({ problems: 1, actions: 12, findings: 0 }, 'en')).toBe('1 problem · 12 tasks · 0 hints');
    expect(badgeLabel({ problems: 2, actions: 1, findings: 1 }, 'en')).toBe('2 problems · 1 task · 1 hint');
  });

  it('is one element outside the body, updated in place, that opens the panel and goes away', () => {
    document.body.innerHTML = '<div contenteditable="true">甲</div>';
    const onOpen = vi.fn<() => void>();
    showBadge(document, { problems: 1, actions: 2, findings: 3 }, { onOpen });
    const badge = showBadge(document, { problems: 4, actions: 5, findings: 6 }, { onOpen });
    const badges = document.querySelectorAll(BADGE_TAG);
    expect(badges).toHaveLength(1);
    expect(badges[0]!.parentElement).toBe(document.documentElement);
    const button = badges[0]!.shadowRoot!.querySelector('button.open') as HTMLButtonElement;
    expect(button.querySelector('.full')!.textContent).toBe('问题 4 · 事项 5 · 提示 6');
    expect(button.querySelector('b')!.textContent).toBe('落实');
    // The page's script clicking it (button.click(), a dispatched event) opens nothing.
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onOpen).not.toHaveBeenCalled();
    // The browser's own click event (trusted) does.
    button.dispatchEvent(trusted('click'));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(document.body.innerHTML).toBe('<div contenteditable="true">甲</div>');
    badge.remove();
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });

  it('speaks English when the settings do', () => {
    showBadge(document, { problems: 1, actions: 2, findings: 0 }, { onOpen: () => undefined, locale: 'en' });
    const shadow = document.querySelector(BADGE_TAG)!.shadowRoot!;
    const open = shadow.querySelector('.open')!;
    expect(open.textContent).toBe('Luoshi 1 problem · 2 tasks · 0 hints1 · 2 · 0');
    // Named by what it shows (label in name), the action and the counts as its description.
    expect(open.hasAttribute('aria-label')).toBe(false);
    expect(open.getAttribute('title')).toBe('Luoshi: open the side panel — 1 problem · 2 tasks · 0 hints');
    expect(shadow.querySelector('.hide')!.getAttribute('aria-label')).toMatch(/^Hide the badge on this site/);
    expect(shadow.querySelector('.grip')!.getAttribute('aria-label')).toMatch(/^Drag the badge/);
    document.querySelector(BADGE_TAG)!.remove();
  });

  it('hides on the person’s × only, and says so', () => {
    const onHide = vi.fn<() => void>();
    showBadge(document, { problems: 1, actions: 0, findings: 0 }, { onOpen: () => undefined, onHide });
    const hide = document.querySelector(BADGE_TAG)!.shadowRoot!.querySelector('button.hide') as HTMLButtonElement;
    hide.click();
    expect(onHide).not.toHaveBeenCalled();
    expect(document.querySelector(BADGE_TAG)).not.toBeNull();
    hide.dispatchEvent(trusted('click'));
    expect(onHide).toHaveBeenCalledTimes(1);
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });

  it('takes a click as the person’s only when trusted and inside a user activation', () => {
    const e = trusted('click');
    expect(userClicked(e, { userActivation: { isActive: true } })).toBe(true);
    expect(userClicked(e, { userActivation: { isActive: false } })).toBe(false);
    expect(userClicked(e, {})).toBe(true);
    expect(userClicked(new MouseEvent('click'), { userActivation: { isActive: true } })).toBe(false);
  });

  it("is taken over by another frame's annotator, which the first one's removal then leaves alone", () => {
    const top = showBadge(document, { problems: 1, actions: 0, findings: 0 }, { onOpen: () => undefined, owner: 'top' });
    const frame = showBadge(document, { problems: 2, actions: 3, findings: 4 }, { onOpen: () => undefined, owner: 'frame' });
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    top.remove();
    expect(document.querySelector(BADGE_TAG)?.shadowRoot?.textContent).toContain('问题 2');
    frame.remove();
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });

  it('goes to the top page from a same-origin frame', () => {
    expect(badgeDocument(window)).toBe(document);
  });
});

describe('badge placement', () => {
  const size = { width: 200, height: 30 };
  const view = { width: 1000, height: 800 };

  it('sits at its dock: an edge, and a place along it', () => {
    expect(dockedPosition({ edge: 'bottom', along: 1 }, size, view)).toEqual({ x: 788, y: 758 });
    expect(dockedPosition({ edge: 'top', along: 0 }, size, view)).toEqual({ x: 12, y: 12 });
    expect(dockedPosition({ edge: 'left', along: 0.5 }, size, view)).toEqual({ x: 12, y: 385 });
    expect(dockedPosition({ edge: 'right', along: 0 }, size, view)).toEqual({ x: 788, y: 12 });
    // A viewport narrower than the badge: it starts at the left, never off screen.
    expect(dockedPosition({ edge: 'bottom', along: 1 }, size, { width: 180, height: 800 })).toEqual({ x: 12, y: 758 });
  });

  it('is docked where it is dropped: the nearest edge, corners snapping', () => {
    expect(dockAt(400, 760, size, view)).toEqual({ edge: 'bottom', along: 0.5 });
    expect(dockAt(5, 300, size, view)).toEqual({ edge: 'left', along: 0.386 });
    expect(dockAt(790, 2, size, view)).toEqual({ edge: 'top', along: 1 });
    expect(dockAt(20, 750, size, view)).toEqual({ edge: 'bottom', along: 0 });
    // Dropping it where it is docked gives the same dock back.
    for (const dock of [{ edge: 'bottom', along: 0.4 }, { edge: 'left', along: 0.25 }, { edge: 'right', along: 0.75 }, { edge: 'top', along: 0.5 }] as const) {
      const at = dockedPosition(dock, size, view);
      expect(dockAt(at.x, at.y, size, view)).toEqual(dock);
    }
  });

  it('moves out of the caret line’s way, and only then', () => {
    const at = { x: 788, y: 758 };
    // A line elsewhere, or beside the badge, leaves it where it is.
    expect(avoidLine(at, size, view, null)).toEqual(at);
    expect(avoidLine(at, size, view, { left: 0, right: 700, top: 760, bottom: 780 })).toEqual(at);
    expect(avoidLine(at, size, view, { left: 0, right: 1000, top: 300, bottom: 320 })).toEqual(at);
    // The line under the badge: to the other half of the viewport.
    expect(avoidLine(at, size, view, { left: 100, right: 900, top: 760, bottom: 780 })).toEqual({ x: 788, y: 12 });
    // A line across the middle, where mirroring does not help: just above it.
    const middle = { x: 12, y: 385 };
    expect(avoidLine(middle, size, view, { left: 0, right: 1000, top: 390, bottom: 410 })).toEqual({ x: 12, y: 355 });
    // No room above: just below.
    expect(avoidLine({ x: 12, y: 12 }, size, { width: 1000, height: 100 }, { left: 0, right: 1000, top: 10, bottom: 60 })).toEqual({ x: 12, y: 65 });
  });

  it('goes to a corner with the arrow keys', () => {
    expect(dockForKey('ArrowLeft', { edge: 'bottom', along: 1 })).toEqual({ edge: 'bottom', along: 0 });
    expect(dockForKey('ArrowUp', { edge: 'bottom', along: 1 })).toEqual({ edge: 'top', along: 1 });
    expect(dockForKey('ArrowDown', { edge: 'left', along: 0.2 })).toEqual({ edge: 'bottom', along: 0 });
    expect(dockForKey('ArrowRight', { edge: 'left', along: 0.9 })).toEqual({ edge: 'bottom', along: 1 });
    expect(dockForKey('Enter', { edge: 'left', along: 0.9 })).toBeNull();
  });
});
