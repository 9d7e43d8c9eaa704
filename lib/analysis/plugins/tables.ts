/**
 * remarkTables: task tables (分工表, 任务分解表, 工作计划清单) [domain §5.1]. Finds the table blocks of the draft
 * (../text/table-model.ts: TAB rows, markdown pipe rows), recognises the header row from the column lexicon
 * (../lexicon/table-columns.ts) — or, without one, reads each column's role from its cells' shapes — and resolves
 * every row to its task cell, lead units, responsible units, co-operating units and deadline cell. Rows that lost
 * cells to merging (a `<table>` with rowspan, rendered one row per line) are aligned to the columns by their cells'
 * shapes; a unit or deadline cell left blank under a filled one belongs to the merged cell above; a row that only
 * names a category (「一、党的建设」) is the section of the rows under it. Persons' columns (责任人, 分管领导) are never
 * owners. The lines of a task table get role 'table', so the prose passes (headings, lists, actions) leave them to
 * remarkTableActions; a TAB-aligned block that is no task table (no task column, or no unit or deadline column) is
 * left as it was. Stores `file.data.tables`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { cellShape, cellUnits, type CellShape } from '../extractors/table-cells';
import { COOP_COLUMNS, DEADLINE_COLUMNS, LEAD_COLUMNS, OTHER_COLUMNS, PERSON_COLUMNS, RESPONSIBLE_COLUMNS, SEQ_COLUMNS, TASK_COLUMNS } from '../lexicon/table-columns';
import { tableBlocks, type TableCell, type TableRow } from '../text/table-model';
import type { TableColumnRole, TaskRowRec, TaskTableRec } from '../types';

const LEXICON: Array<[TableColumnRole, readonly string[]]> = [
  ['task', TASK_COLUMNS],
  ['lead', LEAD_COLUMNS],
  ['resp', RESPONSIBLE_COLUMNS],
  ['coop', COOP_COLUMNS],
  ['deadline', DEADLINE_COLUMNS],
  ['person', PERSON_COLUMNS],
  ['seq', SEQ_COLUMNS],
  ['other', OTHER_COLUMNS],
];
/** A header cell ending like this names persons, whatever unit word it holds (「牵头单位负责人」「责任单位联系人」). */
const PERSON_END = /(?:人|领导|姓名|电话|联络员)$/;
const MAX_COLUMNS = 40;
/** A numbered group (一、 （二） 第三类) that heads rows. */
const GROUP_MARKER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[类部分项])/;

/** The role a header cell names, with the length of the word that named it; null for no known column name. */
export function headerRole(text: string): { role: TableColumnRole; weight: number } | null {
  const t = text.replace(/[\s\u3000*]/g, '');
  if (!t || t.length > 16) return null;
  if (PERSON_END.test(t) && t !== '牵头') return { role: 'person', weight: 9 };
  let best: { role: TableColumnRole; weight: number } | null = null;
  for (const [role, words] of LEXICON) {
    for (const w of words) if (t.includes(w) && (!best || w.length > best.weight)) best = { role, weight: w.length };
  }
  return best;
}

/** Column roles from a header row, or null when the row is no header of a task table. */
function rolesFromHeader(cells: TableCell[]): TableColumnRole[] | null {
  const named = cells.map((c) => headerRole(c.text));
  const filled = cells.filter((c) => c.text).length;
  const known = named.filter(Boolean).length;
  if (known < 2 || known * 2 < filled || cells.some((c) => c.text.replace(/\s/g, '').length > 16)) return null;
  const roles = named.map((n) => n?.role ?? 'other');
  // Several task columns (项目名称 … 任务落实及措施): the most specific name is the task, the others name it.
  let task = -1;
  named.forEach((n, i) => {
    if (n?.role === 'task' && (task < 0 || n.weight >= named[task]!.weight)) task = i;
  });
  roles.forEach((r, i) => {
    if (r === 'task' && i !== task) roles[i] = 'name';
  });
  return finishRoles(roles);
}

/**
 * The roles of a header row's columns refined by the row under it, when that row only names columns (「牵头」「配合」
 * under a merged 「责任单位」); null when it is no such row.
 */
function subHeader(cells: TableCell[], roles: TableColumnRole[]): TableColumnRole[] | null {
  const filled = cells.filter((c) => c.text);
  if (!filled.length || filled.some((c) => c.text.replace(/\s/g, '').length > 8 || !headerRole(c.text))) return null;
  const out = [...roles];
  cells.forEach((c, i) => {
    const named = c.text ? headerRole(c.text) : null;
    if (named && i < MAX_COLUMNS) out[i] = named.role === 'task' ? (out.includes('task') ? 'name' : 'task') : named.role;
  });
  return finishRoles(out);
}

/** 责任单位 is the lead where no 牵头 column exists; a table needs a task and a unit or deadline column. */
function finishRoles(roles: TableColumnRole[]): TableColumnRole[] | null {
  if (!roles.includes('lead')) {
    const r = roles.indexOf('resp');
    if (r >= 0) roles[r] = 'lead';
  }
  if (!roles.includes('task')) return null;
  return roles.some((r) => r === 'lead' || r === 'resp' || r === 'coop' || r === 'deadline') ? roles : null;
}

/** Column roles of a table without a header, from the shapes of its cells; null when it reads as no task table. */
function rolesFromShapes(rows: CellShape[][], lengths: number[][]): TableColumnRole[] | null {
  const width = Math.min(MAX_COLUMNS, Math.max(...rows.map((r) => r.length)));
  const roles: TableColumnRole[] = [];
  let task = -1;
  let taskLength = 0;
  for (let j = 0; j < width; j++) {
    const count: Record<CellShape, number> = { empty: 0, seq: 0, time: 0, units: 0, short: 0, long: 0 };
    let total = 0;
    let chars = 0;
    rows.forEach((r, i) => {
      const s = r[j];
      if (!s || s === 'empty') return;
      count[s]++;
      total++;
      chars += lengths[i]![j]!;
    });
    const share = (s: CellShape) => (total ? count[s] / total : 0);
    if (!total) roles.push('other');
    else if (share('seq') >= 0.7) roles.push('seq');
    else if (share('time') >= 0.6) roles.push('deadline');
    else if (share('units') >= 0.6) roles.push(roles.includes('lead') ? 'coop' : 'lead');
    else {
      roles.push('other');
      const mean = chars / total;
      if (share('long') >= 0.5 && mean >= 8 && mean > taskLength) {
        task = j;
        taskLength = mean;
      }
    }
  }
  if (task < 0 || !roles.includes('lead')) return null;
  roles[task] = 'task';
  return finishRoles(roles);
}

/** How well a cell of a shape fits a column of a role (alignment of rows that lost cells to merging). */
function fit(role: TableColumnRole, shape: CellShape): number {
  switch (role) {
    case 'seq':
      return shape === 'seq' ? 2 : shape === 'empty' ? 0 : -2;
    case 'task':
      return shape === 'long' ? 2 : shape === 'short' ? 0.5 : shape === 'empty' ? 0 : shape === 'units' ? -1 : -2;
    case 'name':
      return shape === 'short' ? 1 : shape === 'long' ? 0.5 : shape === 'empty' ? 0 : shape === 'units' ? -1 : -2;
    case 'lead':
    case 'resp':
    case 'coop':
      return shape === 'units' ? 3 : shape === 'empty' ? 0.5 : shape === 'short' ? 0 : -3;
    case 'deadline':
      return shape === 'time' ? 3 : shape === 'empty' ? 0.5 : shape === 'short' ? -1 : -3;
    case 'person':
      return shape === 'short' ? 1 : shape === 'empty' ? 0.5 : shape === 'units' ? -0.5 : -2;
    default:
      return shape === 'long' ? 0.5 : 0;
  }
}

/** For each column, the index of the row's cell in it (-1: the cell was merged away), by best shape fit in order. */
export function alignRow(shapes: CellShape[], roles: TableColumnRole[]): number[] {
  const n = Math.min(shapes.length, MAX_COLUMNS);
  const m = roles.length;
  if (n === m) return roles.map((_, j) => j);
  const W = m + 1;
  const score = new Float64Array((n + 1) * W).fill(-Infinity);
  const from = new Int8Array((n + 1) * W);
  score[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = score[i * W + j]!;
      if (here === -Infinity) continue;
      const relax = (k: number, v: number, how: number) => {
        if (v > score[k]!) {
          score[k] = v;
          from[k] = how;
        }
      };
      if (i < n && j < m) relax((i + 1) * W + j + 1, here + fit(roles[j]!, shapes[i]!), 1);
      // Cells merged away are mostly a row's first ones (the project's cells span its sub-tasks): skipping an early
      // column costs a little less than a later one, so a tie goes to the reading that keeps the later columns.
      if (j < m) relax(i * W + j + 1, here - 0.6 - 0.001 * j, 2);
      if (i < n) relax((i + 1) * W + j, here - (shapes[i] === 'empty' || shapes[i] === 'seq' ? 0.3 : 1.2) - 0.001 * j, 3);
    }
  }
  const out = Array.from({ length: m }, () => -1);
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const how = from[i * W + j];
    if (how === 1) out[--j] = --i;
    else if (how === 2) j--;
    else i--;
  }
  return out;
}

/** Resolves the rows of one task table (header excluded) to task rows, merged cells carried down. */
function resolveRows(rows: TableRow[], roles: TableColumnRole[], extra: string[]): TaskRowRec[] {
  const out: TaskRowRec[] = [];
  const first = (role: TableColumnRole) => roles.indexOf(role);
  const taskCol = first('task');
  let group: string | null = null;
  let lastLead: string[] = [];
  let lastCoop: string[] = [];
  let lastDeadline: TableCell | null = null;
  for (const row of rows) {
    const shapes = row.cells.map((c) => cellShape(c.text, extra));
    const at = alignRow(shapes, roles);
    const cell = (j: number): TableCell | null => (at[j]! >= 0 ? row.cells[at[j]!]! : null);
    // A repeated header row (a table printed over several pages) is no task.
    if (rolesFromHeader(row.cells)) continue;
    const filled = row.cells.filter((c, i) => c.text && shapes[i] !== 'seq');
    // A row naming only a category (「一、党的建设」「（二）民生保障类」) heads the rows under it; a row whose one
    // filled cell is its task (the units and date merged from above) is a task.
    const only = filled.length === 1 ? filled[0]! : null;
    if (only && only.text.length <= 40 && !/[，。；]/.test(only.text) && (GROUP_MARKER.test(only.text) || only !== cell(taskCol))) {
      group = filled[0]!.text;
      lastLead = [];
      lastCoop = [];
      lastDeadline = null;
      out.push({ line: row.line, kind: 'section', task: null, lead: [], resp: [], coop: [], deadline: null, group });
      continue;
    }
    const units = (role: TableColumnRole) =>
      roles.flatMap((r, j) => (r === role ? cellUnits(cell(j)?.text ?? '') : [])).filter((u) => !/^(?:暂无|待定|[—\-－/／]+)$/.test(u));
    let lead = units('lead');
    const resp = units('resp');
    let coop = units('coop');
    // A blank (or merged-away) lead cell under a filled one: the merged cell above covers this row, and so does
    // its co-operating cell when that is blank too. A blank 配合 cell alone is just empty.
    if (!lead.length && !resp.length && lastLead.length) {
      lead = lastLead;
      if (!coop.length) coop = lastCoop;
    }
    const dCol = first('deadline');
    let deadline = dCol >= 0 ? cell(dCol) : null;
    if (deadline && !deadline.text) deadline = null;
    if (!deadline && dCol >= 0) deadline = lastDeadline;
    // The task: its own cell, else the nearest name cell before it (a sub-task named but not described).
    let task = taskCol >= 0 ? cell(taskCol) : null;
    if (!task?.text) {
      task = null;
      for (let j = taskCol - 1; j >= 0 && !task; j--) if (roles[j] === 'name' && cell(j)?.text) task = cell(j);
    }
    const firstName = first('name');
    if (firstName >= 0 && firstName < taskCol && cell(firstName)?.text && cell(firstName) !== task) group = cell(firstName)!.text;
    out.push({ line: row.line, kind: 'task', task, lead, resp, coop, deadline, group });
    if (lead.length || resp.length) {
      lastLead = lead.length ? lead : resp;
      lastCoop = coop;
    }
    if (deadline) lastDeadline = deadline;
  }
  return out;
}

/** Finds the task tables; marks their lines 'table' and stores `file.data.tables`. */
export function remarkTables() {
  return (_tree: Root, file: VFile): void => {
    const input = file.data.input!;
    const lines = file.data.lines!;
    const extra = file.data.options?.lexicon?.owners ?? [];
    const tables: TaskTableRec[] = [];
    for (const block of tableBlocks(input, lines, (l) => l.role !== 'body')) {
      // The header is one of the block's first rows (a caption may be written as a row before it).
      let header = -1;
      let roles: TableColumnRole[] | null = null;
      for (let k = 0; k < Math.min(3, block.rows.length - 1) && !roles; k++) {
        roles = rolesFromHeader(block.rows[k]!.cells);
        if (roles) header = k;
      }
      // A two-row header (「责任单位」 over 「牵头 | 配合」): the second row names the columns under the first.
      if (roles && header + 1 < block.rows.length) {
        const sub = subHeader(block.rows[header + 1]!.cells, roles);
        if (sub) {
          roles = sub;
          header++;
        }
      }
      const body = block.rows.slice(header + 1);
      if (!roles) {
        const shapes = body.map((r) => r.cells.map((c) => cellShape(c.text, extra)));
        roles = rolesFromShapes(
          shapes,
          body.map((r) => r.cells.map((c) => c.text.length)),
        );
      }
      if (!roles) continue;
      const rows = resolveRows(body, roles, extra);
      const headerLine = header >= 0 ? block.rows[header]!.line : null;
      for (const l of [headerLine, ...block.rules, ...body.map((r) => r.line)]) if (l !== null) lines[l]!.role = 'table';
      tables.push({ header: headerLine, roles, rows });
    }
    file.data.tables = tables;
  };
}
