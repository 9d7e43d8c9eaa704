// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { BADGE_TAG } from '@/lib/editors/contract';
import { badgeDocument, badgeLabel, showBadge, userClicked } from './badge';

describe('badge', () => {
  it('labels the counts in Chinese', () => {
    expect(badgeLabel({ problems: 3, actions: 12, findings: 5 })).toBe('问题 3 · 事项 12 · 提示 5');
  });

  it('is one element outside the body, updated in place, that opens the panel and goes away', () => {
    document.body.innerHTML = '<div contenteditable="true">甲</div>';
    const onClick = vi.fn<() => void>();
    showBadge(document, { problems: 1, actions: 2, findings: 3 }, onClick);
    const remove = showBadge(document, { problems: 4, actions: 5, findings: 6 }, onClick);
    const badges = document.querySelectorAll(BADGE_TAG);
    expect(badges).toHaveLength(1);
    expect(badges[0]!.parentElement).toBe(document.documentElement);
    const button = badges[0]!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('落实问题 4 · 事项 5 · 提示 6');
    // The page's script clicking it (button.click(), a dispatched event) opens nothing.
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onClick).not.toHaveBeenCalled();
    // The browser's own click event (trusted) does.
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button.dispatchEvent(trusted);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(document.body.innerHTML).toBe('<div contenteditable="true">甲</div>');
    remove();
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });

  it('takes a click as the person’s only when trusted and inside a user activation', () => {
    const trusted = new MouseEvent('click');
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    expect(userClicked(trusted, { userActivation: { isActive: true } })).toBe(true);
    expect(userClicked(trusted, { userActivation: { isActive: false } })).toBe(false);
    expect(userClicked(trusted, {})).toBe(true);
    expect(userClicked(new MouseEvent('click'), { userActivation: { isActive: true } })).toBe(false);
  });

  it("is taken over by another frame's annotator, which the first one's removal then leaves alone", () => {
    const top = showBadge(document, { problems: 1, actions: 0, findings: 0 }, () => undefined, 'top');
    const frame = showBadge(document, { problems: 2, actions: 3, findings: 4 }, () => undefined, 'frame');
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    top();
    expect(document.querySelector(BADGE_TAG)?.shadowRoot?.textContent).toContain('问题 2');
    frame();
    expect(document.querySelector(BADGE_TAG)).toBeNull();
  });

  it('goes to the top page from a same-origin frame', () => {
    expect(badgeDocument(window)).toBe(document);
  });
});
