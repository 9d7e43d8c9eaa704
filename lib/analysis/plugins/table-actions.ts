/**
 * remarkTableActions: each task row of a task table (remarkTables) is one action. Its span is the task cell; its
 * owners are the row's lead units, then responsible, then co-operating units (`lead` and `coop` apart, as for an
 * allocation parenthetical); its deadline is the deadline cell as written (「发布寒假前，实施全年」), resolved through
 * the deadline extractor like any other (its earliest hard expression — `pickDeadline` — gives `due` and `type`). A cell with no time
 * in it (「待定」「按上级要求」) gives no deadline. The row's section is the heading path above the table and the
 * category or project it belongs to. The actions join `file.data.actions` in document order; header and section
 * rows never become items.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Deadline, Strength } from '../../schema/analysis';
import { deadlinesIn, pickDeadline, type DeadlineContext } from '../extractors/deadlines';
import { directiveStrength } from '../extractors/directive';
import { cellShape } from '../extractors/table-cells';
import type { ActionRec } from '../types';
import { sectionAt } from './enumerations';

/** A cell that states the whole year or an ongoing duty (全年, 长期, 每月) when the extractor names nothing. */
const ONGOING_CELL = /^(?:全年|常年|长期|持续|常态化?|每[年月周日季旬天])/;
/** A deadline cell that sets no time yet. */
const UNSET_CELL = /^(?:待定|另定|另行确定|视情况?而定|按上级要求|根据上级(?:要求|安排))$/;

/**
 * A date alone in a deadline column means "by then": 「2027年10月31日」 and 「2027/10/31」 read as 「…日前」, 「10月」 and
 * 「2027.10」 as 「…月底前」, 「2028年」 as 「2028年底前」, so that the deadline extractor resolves them.
 */
function byTime(cell: string): string {
  const t = cell.trim();
  const ymd = /^(\d{4})\s*[./\-／]\s*(\d{1,2})\s*[./\-／]\s*(\d{1,2})$/.exec(t);
  if (ymd) return `${ymd[1]}年${Number(ymd[2])}月${Number(ymd[3])}日前`;
  const ym = /^(\d{4})\s*[./\-／]\s*(\d{1,2})$/.exec(t);
  if (ym) return `${ym[1]}年${Number(ym[2])}月底前`;
  if (/[日号]$/.test(t)) return `${t}前`;
  if (/月份?$|\d{4}\s*年$/.test(t)) return `${t.replace(/份$/, '')}底前`;
  return t;
}

/** Turns the task rows of the tables into actions and merges them into `file.data.actions`. */
export function remarkTableActions() {
  return (_tree: Root, file: VFile): void => {
    const tables = file.data.tables ?? [];
    if (!tables.length) return;
    const headings = file.data.headings!;
    const ctx: DeadlineContext = { year: file.data.year ?? Number(file.data.referenceDate!.slice(0, 4)), referenceDate: file.data.referenceDate! };
    const memo = new Map<number, Deadline | null>();
    const deadlineOf = (cell: { start: number; end: number; text: string }): Deadline | null => {
      if (memo.has(cell.start)) return memo.get(cell.start)!;
      const m = pickDeadline(deadlinesIn(cell.text, ctx)) ?? pickDeadline(deadlinesIn(byTime(cell.text), ctx));
      let d: Deadline | null = null;
      if (m) d = { text: cell.text, due: m.due, type: m.type, start: cell.start, end: cell.end, ...(m.recurrence && { recurrence: m.recurrence }) };
      else if (cellShape(cell.text) === 'time' && !UNSET_CELL.test(cell.text)) d = { text: cell.text, due: null, type: ONGOING_CELL.test(cell.text) ? 'ongoing' : 'period', start: cell.start, end: cell.end };
      memo.set(cell.start, d);
      return d;
    };
    const rows: ActionRec[] = [];
    for (const table of tables) {
      for (const row of table.rows) {
        if (row.kind !== 'task' || !row.task) continue;
        const owners = [...new Set([...row.lead, ...row.resp, ...row.coop])];
        const deadline = row.deadline ? deadlineOf(row.deadline) : null;
        const strength: Strength = directiveStrength(row.task.text, { modalFree: true, targets: true }) ?? 'medium';
        rows.push({
          line: row.line,
          start: row.task.start,
          end: row.task.end,
          text: row.task.text,
          owners,
          lead: [...new Set(row.lead)],
          coop: [...new Set(row.coop)].filter((u) => !row.lead.includes(u)),
          deadline,
          // A category cell is no heading: its words are the step's title, with no marker of its own.
          section: [...sectionAt(headings, row.line), ...(row.group && row.group !== row.task.text ? [{ marker: '', title: row.group }] : [])],
          strength,
          scope: null,
          core: owners.length > 0 || (deadline !== null && deadline.type !== 'ongoing'),
        });
      }
    }
    file.data.actions = [...file.data.actions!, ...rows].sort((a, b) => a.start - b.start);
  };
}
