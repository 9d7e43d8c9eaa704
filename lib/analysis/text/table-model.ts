/**
 * The table model: which lines of a draft are rows of a table, and their cells with exact spans. Two shapes are
 * read: TAB-separated lines (a table pasted from Excel/WPS, and the form in which the .docx importer and the editor
 * snapshot hand over a `<table>`: one row per line, cells joined by TAB, empty cells kept) and markdown pipe tables
 * (`| 序号 | 重点任务 | 牵头单位 |`, with their `|---|` rule). Cells are cut from the raw input, not the cleaned
 * line, because cleaning trims leading white space and an empty first cell (a merged cell pasted from Excel) is a
 * leading TAB. Each cell's span is trimmed of white space (and of markdown bold around it), so
 * `input.slice(cell.start, cell.end) === cell.text`. Pure and linear in the lines' length.
 */
import type { Line } from './lines';

export interface TableCell {
  /** Input offsets of the trimmed cell; an empty cell has start === end at its position. */
  start: number;
  end: number;
  text: string;
}

export interface TableRow {
  /** Index of the line in `lines`. */
  line: number;
  cells: TableCell[];
}

export interface TableBlock {
  kind: 'tsv' | 'markdown';
  rows: TableRow[];
  /** Lines of markdown rules (`|---|---|`) inside the block: not rows. */
  rules: number[];
}

const TRIM = /[\s\u3000\u00a0\ufeff\u200b]/;
const MD_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/** The cells of `input.slice(start, end)` split at `sep` (an escaped `\\|` is no border), each trimmed. */
function cellsOf(input: string, start: number, end: number, sep: string): TableCell[] {
  const cells: TableCell[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i < end && (input[i] !== sep || (sep === '|' && input[i - 1] === '\\'))) continue;
    let a = s;
    let b = i;
    while (a < b && TRIM.test(input[a]!)) a++;
    while (b > a && TRIM.test(input[b - 1]!)) b--;
    // Markdown bold around a whole cell (**牵头单位**) is decoration.
    if (b - a >= 4 && input.startsWith('**', a) && input.startsWith('**', b - 2)) {
      a += 2;
      b -= 2;
    }
    cells.push({ start: a, end: b, text: input.slice(a, b) });
    s = i + 1;
  }
  return cells;
}

/**
 * The cells of a TAB-separated line, or null when it has no TAB or fewer than `minFilled` cells with text (a table
 * starts with two; inside one, a row may hold one: a category, or a task whose other cells are merged above).
 */
export function tsvCells(input: string, line: Line, minFilled = 2): TableCell[] | null {
  const raw = input.slice(line.start, line.end);
  if (!raw.includes('\t')) return null;
  const cells = cellsOf(input, line.start, line.end, '\t');
  // Trailing empty cells of a row (TABs at its end) are kept: columns stay in place.
  return cells.filter((c) => c.text).length >= minFilled ? cells : null;
}

/** The cells of a markdown pipe row (`| a | b |`), or null. */
export function markdownCells(input: string, line: Line): TableCell[] | null {
  const raw = input.slice(line.start, line.end).trim();
  if (!raw.startsWith('|') || raw.length < 3) return null;
  const a = input.indexOf('|', line.start) + 1;
  let b = line.end;
  while (b > a && TRIM.test(input[b - 1]!)) b--;
  if (input[b - 1] === '|' && input[b - 2] !== '\\') b--;
  const cells = cellsOf(input, a, b, '|');
  return cells.length >= 2 ? cells : null;
}

/** Whether a line is a markdown table rule (`|---|:--:|`). */
export function isMarkdownRule(text: string): boolean {
  return text.includes('-') && MD_RULE.test(text.trim());
}

/**
 * The table blocks of a draft: runs of consecutive lines (blank lines are not lines) that are all TAB rows, or all
 * markdown pipe rows and rules. A block has at least two rows. Lines whose `skip` is true (boilerplate) end a block.
 */
export function tableBlocks(input: string, lines: Line[], skip: (l: Line) => boolean = () => false): TableBlock[] {
  const blocks: TableBlock[] = [];
  let cur: TableBlock | null = null;
  const close = () => {
    if (cur && cur.rows.length >= 2) blocks.push(cur);
    cur = null;
  };
  for (const line of lines) {
    if (skip(line)) {
      close();
      continue;
    }
    const md = line.text.startsWith('|');
    if (md && isMarkdownRule(line.text)) {
      if (cur?.kind === 'markdown') cur.rules.push(line.index);
      else close();
      continue;
    }
    const cells = md ? markdownCells(input, line) : tsvCells(input, line, cur?.kind === 'tsv' ? 1 : 2);
    if (!cells) {
      close();
      continue;
    }
    const kind = md ? 'markdown' : 'tsv';
    if (cur && cur.kind !== kind) close();
    cur ??= { kind, rows: [], rules: [] };
    cur.rows.push({ line: line.index, cells });
  }
  close();
  return blocks;
}
