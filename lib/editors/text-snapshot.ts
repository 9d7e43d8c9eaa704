/**
 * A draft as plain text plus an exact map back to the DOM (hypothesis' `resolveOffsets` model): the Text nodes under
 * a root are walked in document order, each one's data is copied 1:1 (so every UTF-16 offset of the text names one
 * character of one Text node), and block boundaries and `<br>` become '\n'; a `<table>` row is one line of cells
 * joined by TAB (merged cells leave empty cells, so columns stay in place). The Analysis' offsets therefore turn
 * into DOM Ranges without searching, and a caret or selection turns back into an offset. Reading never changes the
 * DOM. A `<textarea>` has no Text nodes: its snapshot is its value, and `toRange` answers null.
 */

/** The text of an editor at one moment, with the offset ↔ DOM map. Offsets are UTF-16, end exclusive. */
export interface TextSnapshot {
  readonly text: string;
  /** The DOM Range of `text.slice(start, end)`, or null (a textarea, an empty or out-of-range span). */
  toRange(start: number, end: number): Range | null;
  /** The text offset of a DOM boundary point (a caret, a selection end), or null when it lies outside the root. */
  offsetOf(node: Node, offset: number): number | null;
}

/** How to read one editor's DOM. */
export interface ReadOptions {
  /** Subtrees to leave out (widgets, placeholders, zero-width fillers); the root itself is never skipped. */
  skip?: (el: Element) => boolean;
  /** Only Text nodes that are editable count (true for editing hosts: it drops toolbars and handles in a block suite). */
  editableOnly?: boolean;
  /** White space is preserved (`pre-wrap` editors): newlines inside Text nodes stay; otherwise they read as spaces. */
  preserveNewlines?: boolean;
}

/** Elements that start a new line. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose content is never draft text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'IMG']);

/** Whether an element starts a new line of the draft. */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

interface Segment {
  node: Text;
  /** Offset of the node's first character in the snapshot text. */
  start: number;
}

/** Reads the text under `root`. Cost is linear in the DOM size; nothing is written. */
export function readTextSnapshot(root: Element, options: ReadOptions = {}): TextSnapshot {
  const { skip, editableOnly = false, preserveNewlines = false } = options;
  const doc = root.ownerDocument;
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let pendingBreak = false;
  let lastChar = '';

  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s.at(-1) ?? lastChar;
  };
  const flushBreak = () => {
    if (pendingBreak && length > 0) emit('\n');
    pendingBreak = false;
  };

  /** Inside a table cell: the row stays one line, so blocks and `<br>` in the cell read as one space. */
  let inCell = false;
  let cellHasText = false;
  /** A space owed inside a cell (a block or `<br>` after text), written before the cell's next text. */
  let pendingSpace = false;

  /**
   * A `<table>`: one line per row, its cells joined by TAB (the analysis reads such lines as a task table). Merged
   * cells keep the columns in place: a colspan is followed by empty cells, and a cell with rowspan leaves an empty
   * cell in the rows below it. The TABs and spaces are written by the snapshot, not copied from a Text node.
   */
  const visitTable = (table: Element) => {
    const covered: number[] = [];
    for (const row of tableRows(table)) {
      if (skip?.(row)) continue;
      if (length > 0 && lastChar !== '\n') pendingBreak = true;
      flushBreak();
      let col = 0;
      const cellSep = () => {
        if (col > 0) emit('\t');
      };
      const skipCovered = () => {
        while ((covered[col] ?? 0) > 0) {
          covered[col]!--;
          cellSep();
          col++;
        }
      };
      for (const cell of Array.from(row.children)) {
        const tag = cell.tagName.toUpperCase();
        if ((tag !== 'TD' && tag !== 'TH') || skip?.(cell)) continue;
        skipCovered();
        cellSep();
        inCell = true;
        cellHasText = false;
        pendingSpace = false;
        visit(cell);
        inCell = false;
        pendingSpace = false;
        const span = Math.max(1, Math.min(1000, Number(cell.getAttribute('colspan')) || 1));
        const down = Math.max(1, Math.min(65534, Number(cell.getAttribute('rowspan')) || 1));
        for (let k = 0; k < span; k++) {
          if (k > 0) emit('\t');
          covered[col] = down - 1;
          col++;
        }
      }
      skipCovered();
      pendingBreak = true;
    }
  };

  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        const data = text.data;
        if (data.length === 0) continue;
        if (editableOnly && !text.parentElement?.isContentEditable) continue;
        if (!preserveNewlines && isFormattingWhitespace(text)) continue;
        if (inCell) {
          if (pendingSpace && cellHasText) emit(' ');
          pendingSpace = false;
          cellHasText = true;
        } else flushBreak();
        segments.push({ node: text, start: length });
        // In a cell a line break or TAB of the text would end the row or the cell: it reads as a space (same length).
        emit(preserveNewlines && !inCell ? data : data.replace(/[\n\r\t]/g, ' '));
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || skip?.(el)) continue;
        if (inCell) {
          // Inside a cell everything is inline: a nested block or table, or a <br>, only separates words.
          if (tag === 'BR' || BLOCK_TAGS.has(tag)) pendingSpace = true;
          if (tag !== 'BR') visit(el);
          if (BLOCK_TAGS.has(tag)) pendingSpace = true;
          continue;
        }
        if (tag === 'TABLE') {
          visitTable(el);
          continue;
        }
        if (tag === 'BR') {
          if (editableOnly && !el.parentElement?.isContentEditable) continue;
          if (isTrailingBreak(el)) continue;
          flushBreak();
          emit('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) {
          // A block after inline text on the same line starts a new one; after a closed block, one '\n' is owed.
          if (length > 0 && lastChar !== '\n') pendingBreak = true;
          // An editable block is a line even when empty; a wrapper of a block suite only owes the break.
          if (!editableOnly || (el as HTMLElement).isContentEditable) flushBreak();
        }
        visit(el);
        if (block) pendingBreak = true;
      }
    }
  };
  visit(root);
  const text = parts.join('');
  return snapshotOf(doc, root, text, segments);
}

/** The rows of a table in order (its own rows, in THEAD, TBODY, TFOOT or directly under it; not a nested table's). */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') for (const r of Array.from(child.children)) if (r.tagName.toUpperCase() === 'TR') rows.push(r);
  }
  return rows;
}

/** The snapshot of a `<textarea>`: its value, with no DOM map (the overlay paints it instead). */
export function valueSnapshot(value: string): TextSnapshot {
  return { text: value, toRange: () => null, offsetOf: () => null };
}

/** A `<br>` that only holds an empty line or ends a block open (editors' placeholder `<br>`) adds no line. */
function isTrailingBreak(br: Element): boolean {
  let node: Node = br;
  for (;;) {
    if (node.nextSibling) return false;
    const parent = node.parentElement;
    if (!parent || isBlockElement(parent)) return true;
    node = parent;
  }
}

/** Indentation between tags in hand-written HTML: white space with a line break, next to a block or at its edge. */
function isFormattingWhitespace(text: Text): boolean {
  if (!/^[ \t\n\r]*$/.test(text.data) || !/[\n\r]/.test(text.data)) return false;
  const near = (n: Node | null) => n === null || (n.nodeType === 1 && isBlockElement(n as Element)) || (n.nodeType === 1 && (n as Element).tagName === 'BR');
  return near(text.previousSibling) || near(text.nextSibling);
}

function snapshotOf(doc: Document, root: Element, text: string, segments: Segment[]): TextSnapshot {
  const segmentOf = new Map<Node, Segment>();
  for (const s of segments) segmentOf.set(s.node, s);
  const endOf = (s: Segment) => s.start + s.node.data.length;

  /** Index of the last segment starting at or before `offset`, or -1. */
  const indexAt = (offset: number) => {
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  /** The DOM point of a span start: inside the segment holding `offset`, or the start of the next segment. */
  const startPoint = (offset: number): [Text, number] | null => {
    let i = indexAt(offset);
    if (i >= 0 && offset >= endOf(segments[i]!)) i++;
    if (i < 0) i = 0;
    const s = segments[i];
    if (!s) return null;
    return [s.node, Math.max(0, offset - s.start)];
  };
  /** The DOM point of a span end: inside the segment holding `offset - 1`, else the end of the previous segment. */
  const endPoint = (offset: number): [Text, number] | null => {
    const i = indexAt(offset - 1);
    const s = segments[i];
    if (!s) return null;
    return [s.node, Math.min(s.node.data.length, offset - s.start)];
  };

  return {
    text,
    toRange(start, end) {
      const s = Math.max(0, Math.min(start, text.length));
      const e = Math.max(0, Math.min(end, text.length));
      if (e <= s) return null;
      const a = startPoint(s);
      const b = endPoint(e);
      if (!a || !b) return null;
      const range = doc.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      return range.collapsed ? null : range;
    },
    offsetOf(node, offset) {
      if (node !== root && !root.contains(node)) return null;
      const seg = segmentOf.get(node);
      if (seg) return seg.start + Math.min(offset, seg.node.data.length);
      if (segments.length === 0) return 0;
      // An element boundary (or a skipped Text node): the end of the last Text before it, or the start of the next.
      const isElement = node.nodeType === 1;
      const childCount = isElement ? node.childNodes.length : (node as CharacterData).data.length;
      const ref = isElement && offset < childCount ? node.childNodes[offset]! : null;
      const before = (s: Segment) => {
        if (ref) return (s.node.compareDocumentPosition(ref) & 4) !== 0 && !ref.contains(s.node);
        if (isElement && node.contains(s.node)) return true;
        return (s.node.compareDocumentPosition(node) & 4) !== 0;
      };
      let lo = 0;
      let hi = segments.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (before(segments[mid]!)) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (offset === 0 || last < 0) {
        const next = segments[last + 1];
        return next ? next.start : text.length;
      }
      return endOf(segments[last]!);
    },
  };
}
