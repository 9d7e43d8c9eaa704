// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT } from '../editors/contract';
import { readTextSnapshot } from '../editors/text-snapshot';
import { clearHighlights, ensureHighlightStyles, HIGHLIGHT_CSS, paintHighlights, rangesOf, supportsCustomHighlights, type HighlightWindow } from './css-highlights';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

const fakeWindow = (): HighlightWindow & { CSS: { highlights: Map<string, unknown> } } => ({ CSS: { highlights: new Map() }, Highlight: FakeHighlight as never });

describe('css highlights', () => {
  it('registers one highlight per kind with the ranges of the marks, and replaces them on repaint', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>县发改局要在6月底前完成。</p></div>';
    const root = document.getElementById('e')!;
    const before = root.innerHTML;
    const snap = readTextSnapshot(root);
    const win = fakeWindow();
    paintHighlights(win, rangesOf(snap, [
      { kind: 'action', start: 0, end: 12 },
      { kind: 'owner', start: 0, end: 4 },
      { kind: 'deadline', start: 6, end: 10 },
    ]));
    const reg = win.CSS.highlights;
    expect([...reg.keys()].sort()).toEqual(Object.values(HIGHLIGHT).sort());
    const texts = (name: string) => [...(reg.get(name) as FakeHighlight)].map((r) => (r as Range).toString());
    expect(texts(HIGHLIGHT.owner)).toEqual(['县发改局']);
    expect(texts(HIGHLIGHT.deadline)).toEqual(['6月底前']);
    expect((reg.get(HIGHLIGHT.owner) as FakeHighlight).priority).toBeGreaterThan((reg.get(HIGHLIGHT.action) as FakeHighlight).priority);
    const ownerHighlight = reg.get(HIGHLIGHT.owner);
    paintHighlights(win, rangesOf(snap, [{ kind: 'problem', start: 0, end: 2 }]));
    expect(reg.get(HIGHLIGHT.owner)).toBe(ownerHighlight);
    expect(texts(HIGHLIGHT.owner)).toEqual([]);
    expect(texts(HIGHLIGHT.problem)).toEqual(['县发']);
    expect(root.innerHTML).toBe(before);
    clearHighlights(win);
    expect(reg.size).toBe(0);
  });

  it('does nothing without the API', () => {
    expect(supportsCustomHighlights({})).toBe(false);
    expect(() => paintHighlights({}, new Map())).not.toThrow();
  });

  it('injects the styles once, into the head, and into a shadow root that needs them', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p>甲</p><x-ed></x-ed>';
    ensureHighlightStyles(document.querySelector('p')!);
    ensureHighlightStyles(document.querySelector('p')!);
    const styles = document.head.querySelectorAll('style[data-luoshi]');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toBe(HIGHLIGHT_CSS);
    for (const name of Object.values(HIGHLIGHT)) expect(HIGHLIGHT_CSS).toContain(`::highlight(${name})`);
    const shadow = document.querySelector('x-ed')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true">乙</div>';
    ensureHighlightStyles(shadow.firstElementChild!);
    ensureHighlightStyles(shadow.firstElementChild!);
    const adopted = shadow.adoptedStyleSheets?.length ?? 0;
    expect(adopted + shadow.querySelectorAll('style[data-luoshi]').length).toBe(1);
    expect(document.body.querySelectorAll('style').length).toBe(0);
  });
});
