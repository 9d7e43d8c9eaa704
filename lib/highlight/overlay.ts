/**
 * The mirror overlay, for `<textarea>` (no Text nodes to highlight) and for pages without the Highlight API:
 * an element carrying OVERLAY_ATTR, `pointer-events: none`, absolutely placed over the editor in page coordinates
 * and appended to the document's end — next to the editor, never inside it. Its shadow root holds a copy of the
 * textarea's text laid out with the textarea's own font, padding, width and wrapping, in transparent ink, with the
 * marks as tinted spans at the same character positions; it follows the textarea's scroll, size and position.
 * Where the Highlight API exists, the mirror holds one block per line and the marks are CSS highlights over it (the
 * same registry and names as everywhere else; `update` returns the mirror's snapshot to range over). An edit
 * replaces only the lines it changed, and nothing forces a layout, so a keystroke stays cheap in a long draft.
 * Without the API the marks are tinted spans. For contenteditable pages without the API, `createRectOverlay` draws boxes at the marks'
 * client rects instead.
 */
import { OVERLAY_ATTR, type HighlightKind } from '../editors/contract';
import { readTextSnapshot, type TextSnapshot } from '../editors/text-snapshot';
import { ensureHighlightStyles, highlightCss } from './css-highlights';
import type { Mark } from './marks';

/** Styles of the overlay's marks, by kind; later rules win where marks overlap. */
export const OVERLAY_CSS = `
:host{all:initial}
.box{position:absolute;overflow:hidden;pointer-events:none}
.content{color:transparent;pointer-events:none}
.k-problem{background-color:rgba(244,67,54,.16)}
.k-action{background-color:rgba(33,150,243,.10);text-decoration:underline 2px rgba(33,150,243,.75);text-underline-offset:3px}
.k-finding{text-decoration:underline dotted 2px #795548;text-underline-offset:3px}
.k-skipped{background-color:rgba(120,120,120,.10);text-decoration:underline dashed 1px rgba(100,100,100,.65);text-underline-offset:3px}
.k-placeholder{background-color:rgba(255,152,0,.30);text-decoration:underline wavy 1px #e65100}
.k-owner{background-color:rgba(33,150,243,.22);text-decoration:underline 2px #1565c0;text-underline-offset:3px}
.k-deadline{background-color:rgba(156,39,176,.16);text-decoration:underline 2px #8e24aa;text-underline-offset:3px}
.rect{position:absolute;pointer-events:none}
`;

/** Textarea styles the mirror copies so that its lines wrap exactly as the textarea's. */
const MIRRORED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontFeatureSettings', 'letterSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'wordSpacing', 'tabSize', 'whiteSpace', 'wordBreak', 'overflowWrap',
  'direction', 'writingMode', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

/** One overlay over one editor. */
export interface Overlay {
  readonly element: HTMLElement;
  /**
   * Redraws `text` (the textarea's value the marks refer to). With `highlights`, returns the mirror's snapshot for
   * the caller to paint CSS highlights over; otherwise draws the marks as spans and returns null.
   */
  update(text: string, marks: readonly Mark[]): TextSnapshot | null;
  /** The y of `offset` in the textarea's content (for scrolling to it), or null. */
  contentTopOf(offset: number): number | null;
  destroy(): void;
}

/** Splits marked text into runs with the set of kinds covering each. */
export function runsOf(text: string, marks: readonly Mark[]): { start: number; end: number; kinds: HighlightKind[] }[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start < text.length) cuts.add(Math.max(0, m.start));
    cuts.add(Math.min(text.length, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: { start: number; end: number; kinds: HighlightKind[] }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const kinds = [...new Set(marks.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind))];
    runs.push({ start, end, kinds });
  }
  return runs;
}

function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute(OVERLAY_ATTR, '');
  host.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;margin:0;padding:0;border:0;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  shadow.append(style);
  (doc.body ?? doc.documentElement).append(host);
  return { host, shadow };
}

/** The highest explicit z-index among the element's ancestors, plus one (so the overlay sits just above it). */
function zIndexFor(el: Element): number {
  const view = el.ownerDocument.defaultView;
  let z = 0;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const v = Number.parseInt(view?.getComputedStyle(e).zIndex ?? '', 10);
    if (Number.isFinite(v)) z = Math.max(z, v);
  }
  return z + 1;
}

/** A mirror overlay over a textarea; it follows the textarea until `signal` aborts or `destroy()`. */
export function createMirrorOverlay(textarea: HTMLTextAreaElement, signal: AbortSignal, { highlights = false } = {}): Overlay {
  const doc = textarea.ownerDocument;
  const view = doc.defaultView!;
  const { host, shadow } = createHost(doc);
  const box = doc.createElement('div');
  box.className = 'box';
  const content = doc.createElement('div');
  content.className = 'content';
  box.append(content);
  shadow.append(box);
  if (highlights) ensureHighlightStyles(content, highlightCss({ ink: false }));
  let segments: { start: number; node: Text }[] = [];
  let mirror: TextSnapshot | null = null;
  let lineEls: HTMLElement[] = [];
  let lineTexts: string[] = [];

  const lineEl = (line: string) => {
    const el = doc.createElement('div');
    // nb. An empty line still needs its height; the placeholder <br> adds no text to the snapshot.
    el.append(line ? doc.createTextNode(line) : doc.createElement('br'));
    return el;
  };
  /** Replaces only the lines between the unchanged head and tail. */
  const updateLines = (lines: string[]) => {
    if (lineEls.length === 0 || content.firstChild !== lineEls[0]) {
      lineEls = lines.map(lineEl);
      content.replaceChildren(...lineEls);
      lineTexts = lines;
      return;
    }
    let head = 0;
    const max = Math.min(lines.length, lineTexts.length);
    while (head < max && lines[head] === lineTexts[head]) head++;
    let tail = 0;
    while (tail < max - head && lines[lines.length - 1 - tail] === lineTexts[lineTexts.length - 1 - tail]) tail++;
    const fresh = lines.slice(head, lines.length - tail).map(lineEl);
    const old = lineEls.slice(head, lineEls.length - tail);
    const before = lineEls[lineEls.length - tail] ?? null;
    for (const el of old) el.remove();
    for (const el of fresh) content.insertBefore(el, before);
    lineEls = [...lineEls.slice(0, head), ...fresh, ...lineEls.slice(lineEls.length - tail)];
    lineTexts = lines;
  };

  const place = () => {
    const rect = textarea.getBoundingClientRect();
    const cs = view.getComputedStyle(textarea);
    const left = rect.left + view.scrollX + (Number.parseFloat(cs.borderLeftWidth) || 0);
    const top = rect.top + view.scrollY + (Number.parseFloat(cs.borderTopWidth) || 0);
    host.style.zIndex = String(zIndexFor(textarea));
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    box.style.width = `${textarea.clientWidth}px`;
    box.style.height = `${textarea.clientHeight}px`;
    box.style.display = rect.width || rect.height ? '' : 'none';
    for (const prop of MIRRORED) (content.style as unknown as Record<string, string>)[prop] = cs[prop];
    content.style.boxSizing = 'border-box';
    content.style.width = `${textarea.clientWidth}px`;
    content.style.minHeight = `${textarea.clientHeight}px`;
    content.style.whiteSpace = cs.whiteSpace.startsWith('pre') || cs.whiteSpace === 'break-spaces' ? cs.whiteSpace : 'pre-wrap';
    content.style.overflowWrap = cs.overflowWrap || 'break-word';
    scroll();
  };
  const scroll = () => {
    content.style.transform = `translate(${-textarea.scrollLeft}px, ${-textarea.scrollTop}px)`;
  };
  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };

  textarea.addEventListener('scroll', scroll, { signal, passive: true });
  doc.addEventListener('scroll', schedule, { signal, passive: true, capture: true });
  view.addEventListener('resize', schedule, { signal, passive: true });
  if (view.ResizeObserver) {
    const ro = new view.ResizeObserver(schedule);
    ro.observe(textarea);
    signal.addEventListener('abort', () => ro.disconnect(), { once: true });
  }
  const destroy = () => {
    if (frame) view.cancelAnimationFrame(frame);
    host.remove();
  };
  signal.addEventListener('abort', destroy, { once: true });
  place();

  return {
    element: host,
    update(text, marks) {
      segments = [];
      if (highlights) {
        updateLines(text.split('\n'));
        mirror = readTextSnapshot(content, { preserveNewlines: true });
        return mirror;
      }
      const fragment = doc.createDocumentFragment();
      for (const run of runsOf(text, marks)) {
        const node = doc.createTextNode(text.slice(run.start, run.end));
        segments.push({ start: run.start, node });
        if (run.kinds.length === 0) fragment.append(node);
        else {
          const span = doc.createElement('span');
          span.className = run.kinds.map((k) => `k-${k}`).join(' ');
          span.append(node);
          fragment.append(span);
        }
      }
      fragment.append(doc.createTextNode('\u200b'));
      content.replaceChildren(fragment);
      lineEls = [];
      lineTexts = [];
      return null;
    },
    contentTopOf(offset) {
      let range: Range | null = null;
      if (mirror) range = mirror.toRange(offset, offset + 1) ?? mirror.toRange(Math.max(0, offset - 1), offset);
      else {
        let seg: { start: number; node: Text } | undefined;
        for (const s of segments) if (s.start <= offset) seg = s;
        if (seg) {
          range = doc.createRange();
          const at = Math.min(offset - seg.start, seg.node.data.length);
          range.setStart(seg.node, at);
          range.setEnd(seg.node, at);
        }
      }
      if (!range) return null;
      return range.getBoundingClientRect().top - content.getBoundingClientRect().top;
    },
    destroy,
  };
}

/** Boxes at the marks' client rects, for contenteditable editors where the Highlight API is missing. */
export function createRectOverlay(doc: Document, signal: AbortSignal): { element: HTMLElement; update(snapshot: TextSnapshot, marks: readonly Mark[]): void; destroy(): void } {
  const view = doc.defaultView!;
  const { host, shadow } = createHost(doc);
  const layer = doc.createElement('div');
  shadow.append(layer);
  let last: { snapshot: TextSnapshot; marks: readonly Mark[] } | null = null;
  const draw = () => {
    if (!last) return;
    const boxes: HTMLElement[] = [];
    for (const m of last.marks) {
      const range = last.snapshot.toRange(m.start, m.end);
      if (!range) continue;
      for (const r of range.getClientRects()) {
        if (boxes.length > 5000) break;
        const b = doc.createElement('div');
        b.className = `rect k-${m.kind}`;
        b.style.cssText = `left:${r.left + view.scrollX}px;top:${r.top + view.scrollY}px;width:${r.width}px;height:${r.height}px`;
        boxes.push(b);
      }
    }
    layer.replaceChildren(...boxes);
  };
  let frame = 0;
  const schedule = () => {
    if (!frame) frame = view.requestAnimationFrame(() => ((frame = 0), draw()));
  };
  doc.addEventListener('scroll', schedule, { signal, passive: true, capture: true });
  view.addEventListener('resize', schedule, { signal, passive: true });
  const destroy = () => host.remove();
  signal.addEventListener('abort', destroy, { once: true });
  return {
    element: host,
    update(snapshot, marks) {
      last = { snapshot, marks };
      draw();
    },
    destroy,
  };
}
