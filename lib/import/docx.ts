/**
 * .docx → draft text, with mammoth. mammoth reads the document into its own tree (paragraphs, runs with `isBold`,
 * tables …); this module walks that tree instead of mammoth's HTML, so the structure is kept exactly: one line
 * per paragraph, tabs and line breaks as written, and one line per table row with its cells joined by TAB (so a
 * 任务分解表's row keeps its task, units and date together and the analysis reads it as a task table). A bold run that opens a paragraph and is
 * followed by plain text — the 「一是…」 lead sentence drafters set in bold — becomes `**…**`, which the analysis
 * reads as the item's lead-sentence heading. A wholly bold paragraph (a title, a heading) stays plain.
 * mammoth is large: `docxToText` loads it on first use.
 * Size: a .docx is a zip, and a few hundred KB can expand to tens of millions of characters (one of 489 KB gave 26 M
 * and took 171 s and 4.2 GB). word/document.xml is unpacked as a stream and its text counted first, stopping at the
 * draft limit (LIMITS.draftChars), so such a file is refused before mammoth reads it; the walker stops at the limit
 * too (mammoth may read text the count missed), and mammoth is never asked for the HTML this module does not use.
 */
import { LIMITS } from '../schema/checklist';

/** Thrown when a .docx holds more text than a draft may have (or would unpack to more XML than such a draft needs). */
export class DocxTooLargeError extends Error {
  constructor(
    /** Characters of text read before stopping (at least this many). */
    readonly chars: number,
    /** Bytes word/document.xml unpacks to, as the zip states (null when read through mammoth). */
    readonly xmlBytes: number | null,
  ) {
    super(`docx text over the draft limit: at least ${chars} characters`);
    this.name = 'DocxTooLargeError';
  }
}

interface ZipEntry {
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  /** The compressed bytes. */
  data: Uint8Array;
  /** The unpacked size the directory states (Infinity for zip64). */
  size: number;
}

/** word/document.xml's entry from the zip's central directory (nothing unpacked); null when not found. */
export function documentXmlEntry(bytes: Uint8Array): ZipEntry | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: within the last 22 + 65535 bytes (its comment is at most that long).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let k = 0; k < count && at + 46 <= bytes.length; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === 'word/document.xml') {
      const method = view.getUint16(at + 10, true);
      const compressed = view.getUint32(at + 20, true);
      const size = view.getUint32(at + 24, true);
      const local = view.getUint32(at + 42, true);
      if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      return { method, data: bytes.subarray(start, Math.min(bytes.length, start + compressed)), size: size === 0xffffffff ? Infinity : size };
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return null;
}

/**
 * Counts the characters of text (the content of <w:t> elements, an entity counting one) in word/document.xml,
 * unpacking it as a stream and stopping as soon as the count passes `maxChars`; reports the share of the
 * compressed bytes read. Returns the count (a lower bound once it passes `maxChars`), or null when the entry
 * cannot be unpacked here (mammoth then reads it and says what is wrong).
 */
export async function countDocumentText(entry: ZipEntry, maxChars: number, progress: (fraction: number) => void = () => {}): Promise<number | null> {
  if (entry.method !== 0 && entry.method !== 8) return null;
  const total = entry.data.length || 1;
  let fed = 0;
  const CHUNK = 1 << 16;
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (fed >= entry.data.length) return controller.close();
      const chunk = entry.data.subarray(fed, fed + CHUNK);
      fed += chunk.length;
      progress(fed / total);
      controller.enqueue(chunk);
    },
  });
  let reader: ReadableStreamDefaultReader<string>;
  try {
    const stream = entry.method === 8 ? source.pipeThrough(new DecompressionStream('deflate-raw') as unknown as TransformStream<Uint8Array, Uint8Array>) : source;
    reader = stream.pipeThrough(new TextDecoderStream() as unknown as TransformStream<Uint8Array, string>).getReader();
  } catch {
    // A browser without deflate-raw streams: mammoth reads the file and the walker keeps the limit.
    return null;
  }
  let chars = 0;
  let inText = false;
  let inEntity = false;
  /** The tag being read (between < and >), kept short: only its start and whether it closes itself matter. */
  let tag: string | null = null;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (tag !== null) {
          if (c === 0x3e) {
            // <w:t> or <w:t xml:space="preserve"> opens text; anything else (</w:t>, <w:tab/>, <w:tbl>) ends it.
            inText = /^w:t(?:\s|$)/.test(tag) && !tag.endsWith('/');
            tag = null;
          } else if (tag.length < 8 || c === 0x2f) tag += value[i];
          continue;
        }
        if (c === 0x3c) {
          tag = '';
          inText = false;
          continue;
        }
        if (!inText) continue;
        if (inEntity) {
          if (c === 0x3b) inEntity = false;
          continue;
        }
        if (c === 0x26) inEntity = true;
        chars++;
      }
      if (chars > maxChars) {
        await reader.cancel();
        return chars;
      }
    }
  } catch {
    return null;
  }
  progress(1);
  return chars;
}

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

/**
 * The text of mammoth's document tree: paragraphs one per line, a table's rows one per line with TAB-separated cells.
 * Throws DocxTooLargeError as soon as the text passes `maxChars`.
 */
export function documentText(doc: DocxNode, maxChars: number = LIMITS.draftChars): string {
  const lines: string[] = [];
  let chars = 0;
  const add = (line: string) => {
    chars += line.length + 1;
    if (chars - 1 > maxChars) throw new DocxTooLargeError(chars - 1, null);
    lines.push(line);
  };
  const walk = (node: DocxNode) => {
    if (node.type === 'paragraph') add(paragraphText(node));
    else if (node.type === 'table') for (const line of tableLines(node)) add(line);
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

/**
 * Converts the bytes of a .docx file; rejects when they are not a readable .docx, and with DocxTooLargeError when
 * its text would pass `maxChars` (the draft limit).
 */
export async function docxToText(bytes: Uint8Array | ArrayBuffer, maxChars: number = LIMITS.draftChars, progress: (fraction: number) => void = () => {}): Promise<DocxResult> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // The text is counted from the zip before mammoth reads it (mammoth's tree of a run-heavy 44 MB document.xml took
  // 50 s and 3.4 GB): over the limit, the file is refused within a second or two and without unpacking it whole.
  const entry = documentXmlEntry(data);
  if (entry) {
    const chars = await countDocumentText(entry, maxChars, (f) => progress(f / 2));
    if (chars !== null && chars > maxChars) throw new DocxTooLargeError(chars, entry.size);
  }
  progress(0.5);
  const { default: mammoth } = await import('mammoth');
  let tree: DocxNode | null = null;
  // nb. node's mammoth reads `buffer`, the browser build `arrayBuffer`; both take the same bytes.
  const input = { buffer: data, arrayBuffer: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) } as unknown as { arrayBuffer: ArrayBuffer };
  const result = await mammoth.convertToHtml(input, {
    // The tree is all this module reads: mammoth gets an empty document to write as HTML.
    transformDocument: (doc: DocxNode) => {
      tree = doc;
      return { ...doc, children: [] };
    },
  });
  if (!tree) throw new Error('not a docx document');
  const text = documentText(tree, maxChars);
  progress(1);
  return { text, messages: result.messages.map((m) => m.message) };
}
