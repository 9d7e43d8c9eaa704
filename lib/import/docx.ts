/**
 * .docx → draft text, with mammoth. mammoth reads the document into its own tree (paragraphs, runs with `isBold`,
 * tables …); this module walks that tree instead of mammoth's HTML, so the structure is kept exactly: one line
 * per paragraph, tabs and line breaks as written, and one line per table row with its cells joined by TAB (so a
 * 任务分解表's row keeps its task, units and date together and the analysis reads it as a task table). A bold run that opens a paragraph and is
 * followed by plain text — the 「一是…」 lead sentence drafters set in bold — becomes `**…**`, which the analysis
 * reads as the item's lead-sentence heading. A wholly bold paragraph (a title, a heading) stays plain.
 * mammoth is large: `docxToText` loads it on first use.
 */

/** The parts of mammoth's document tree used here. */
export interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  isBold?: boolean;
  breakType?: string;
  /** Table cells: columns and rows the cell spans (mammoth's gridSpan and vMerge). */
  colSpan?: number;
  rowSpan?: number;
}

interface Segment {
  text: string;
  bold: boolean;
}

/** The runs of a paragraph as text segments, bold or not (hyperlinks and other containers are walked through). */
function segments(node: DocxNode, bold: boolean, out: Segment[]): void {
  for (const child of node.children ?? []) {
    switch (child.type) {
      case 'text':
        out.push({ text: child.value ?? '', bold });
        break;
      case 'tab':
        out.push({ text: '\t', bold });
        break;
      case 'break':
        out.push({ text: child.breakType === 'line' || !child.breakType ? '\n' : '', bold });
        break;
      case 'run':
        segments(child, child.isBold === true, out);
        break;
      default:
        segments(child, bold, out);
    }
  }
}

/** One paragraph as a line, with its bold lead sentence marked `**…**`. */
export function paragraphText(paragraph: DocxNode): string {
  const parts: Segment[] = [];
  segments(paragraph, false, parts);
  const text = parts.map((p) => p.text).join('');
  // The leading bold text (white space between bold runs belongs to it), then the rest.
  let lead = '';
  let i = 0;
  for (; i < parts.length && (parts[i]!.bold || !parts[i]!.text.trim()); i++) lead += parts[i]!.text;
  const rest = parts
    .slice(i)
    .map((p) => p.text)
    .join('');
  const leadCore = lead.trim();
  if (!leadCore || !rest.trim() || leadCore.includes('\n')) return text;
  const indent = lead.slice(0, lead.length - lead.trimStart().length);
  const after = lead.slice(lead.trimEnd().length);
  return `${indent}**${leadCore}**${after}${rest}`;
}

/** A table cell's text on one line: its paragraphs (and any table nested in it) joined by a space. */
function cellText(cell: DocxNode): string {
  const parts: string[] = [];
  const walk = (node: DocxNode) => {
    if (node.type === 'paragraph') {
      const segs: Segment[] = [];
      segments(node, false, segs);
      parts.push(segs.map((x) => x.text).join(''));
    } else for (const child of node.children ?? []) walk(child);
  };
  walk(cell);
  return parts
    .map((p) => p.replace(/[\t\n\r]+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * A table's rows, one line each, cells joined by TAB — the form the analysis reads as a task table. Merged cells
 * keep the columns in place: a cell spanning columns (gridSpan) is followed by empty cells, and a cell merged down
 * (vMerge; mammoth keeps it in its first row with `rowSpan`) leaves an empty cell in the rows below it, which the
 * analysis reads as belonging to the filled cell above.
 */
export function tableLines(table: DocxNode): string[] {
  const lines: string[] = [];
  /** Rows still covered by a cell merged down, by column. */
  const covered: number[] = [];
  const rows: DocxNode[] = [];
  const collect = (node: DocxNode) => {
    for (const child of node.children ?? []) {
      if (child.type === 'tableRow') rows.push(child);
      else if (child.type !== 'table') collect(child);
    }
  };
  collect(table);
  for (const row of rows) {
    const cells: string[] = [];
    let col = 0;
    const skipCovered = () => {
      while ((covered[col] ?? 0) > 0) {
        covered[col]!--;
        cells.push('');
        col++;
      }
    };
    for (const cell of row.children ?? []) {
      if (cell.type !== 'tableCell') continue;
      skipCovered();
      const span = Math.max(1, cell.colSpan ?? 1);
      const down = Math.max(1, cell.rowSpan ?? 1);
      cells.push(cellText(cell));
      for (let k = 0; k < span; k++) {
        if (k > 0) cells.push('');
        covered[col] = down - 1;
        col++;
      }
    }
    skipCovered();
    // Trailing empty cells stay: a row whose only text is its first cell (a category) is still a row.
    if (cells.some(Boolean)) lines.push(cells.join('\t'));
  }
  return lines;
}

/** The text of mammoth's document tree: paragraphs one per line, a table's rows one per line with TAB-separated cells. */
export function documentText(doc: DocxNode): string {
  const lines: string[] = [];
  const walk = (node: DocxNode) => {
    if (node.type === 'paragraph') lines.push(paragraphText(node));
    else if (node.type === 'table') lines.push(...tableLines(node));
    else for (const child of node.children ?? []) walk(child);
  };
  walk(doc);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export interface DocxResult {
  text: string;
  /** mammoth's warnings (unsupported elements …), for the person importing. */
  messages: string[];
}

/** Converts the bytes of a .docx file; rejects when they are not a readable .docx. */
export async function docxToText(bytes: Uint8Array | ArrayBuffer): Promise<DocxResult> {
  const { default: mammoth } = await import('mammoth');
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let tree: DocxNode | null = null;
  // nb. node's mammoth reads `buffer`, the browser build `arrayBuffer`; both take the same bytes.
  const input = { buffer: data, arrayBuffer: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input, {
    transformDocument: (doc: DocxNode) => {
      tree = doc;
      return doc;
    },
  });
  if (!tree) throw new Error('not a docx document');
  return { text: documentText(tree), messages: result.messages.map((m) => m.message) };
}
