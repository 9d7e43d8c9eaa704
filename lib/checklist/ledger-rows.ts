/**
 * The 督办台账 as rows of text, shared by the xlsx, csv and markdown exports so the three always agree: the title
 * 《…》落实事项督办台账, the header 序号 | 来源位置 | 类别 | 事项内容 | 牵头单位 | 责任单位 | 配合单位 | 完成时限 | 状态 |
 * 进展情况 | 备注 (domain.md §5.1), dates as 2026年6月30日 without zero padding (GB/T 9704), an ISO column for
 * machines, and 【待补】 in empty required cells. Items in the trash are left out; orphaned ones are kept, marked.
 */
import { formatChineseDate, formatStep } from '../presentation/labels';
import type { DocumentRecord, ItemRecord, NoteRecord, Settings } from '../schema/checklist';
import { byNoteDate, notesByItem } from './notes';
import { lightLabels, lightOf } from './lights';
import { statusLabels } from './status';

export const LEDGER_HEADER = ['序号', '来源位置', '类别', '事项内容', '牵头单位', '责任单位', '配合单位', '完成时限', '状态', '进展情况', '备注'] as const;
/** The extra, hidden column: the due date as YYYY-MM-DD. */
export const ISO_HEADER = '完成时限（ISO）';
/** Shown in an empty required cell (事项内容, 责任单位, 完成时限). */
export const MISSING = '【待补】';

export interface LedgerRow {
  /** One string per LEDGER_HEADER column. */
  cells: string[];
  /** The due date, ISO, or ''. */
  dueIso: string;
}

export interface Ledger {
  title: string;
  rows: LedgerRow[];
}

const fieldLabels = { text: '事项内容', owners: '责任单位', lead: '牵头单位', coop: '配合单位', deadline: '完成时限' } as const;

/** 《title》落实事项督办台账, without doubling book-title marks the title already has. */
export function ledgerTitle(title: string): string {
  return `《${title.replace(/^《|》$/g, '') || '未命名文稿'}》落实事项督办台账`;
}

/**
 * 来源位置: the heading markers of the section path (「二、（三）」; a speech's 「第一，」 without its comma), else the
 * first heading's title, else 正文; problems add their list.
 */
export function sourcePosition(item: Pick<ItemRecord, 'section' | 'kind' | 'group'>): string {
  const markers = item.section.map((s) => s.marker.trim().replace(/[，,：:]$/, '')).join('');
  const where = markers || (item.section[0] ? formatStep(item.section[0]) : '') || '正文';
  return item.kind === 'problem' && item.group ? `${where} 问题清单「${item.group}」` : where;
}

/** 进展情况: the progress log, oldest first, one 「2026年3月20日：…」 line per entry. */
export function progressText(notes: readonly NoteRecord[]): string {
  return [...notes]
    .sort(byNoteDate)
    .map((n) => `${formatChineseDate(n.date)}：${n.text}${n.progress !== null && n.kind === 'note' ? `（进度${n.progress}%）` : ''}`)
    .join('\n');
}

/** The ledger of one document: items in draft order, trash left out. `today` (ISO) decides the lights in 备注. */
export function buildLedger(doc: Pick<DocumentRecord, 'title'>, items: readonly ItemRecord[], notes: readonly NoteRecord[], options: { today: string; settings: Settings }): Ledger {
  const byItem = notesByItem(notes);
  const rows = items
    .filter((it) => it.deletedAt === null)
    .sort((a, b) => a.order - b.order)
    .map((it, i): LedgerRow => {
      const content = it.kind === 'problem' && it.detail ? `${it.text}。${it.detail}` : it.text;
      const responsible = it.owners.filter((o) => !it.coop.includes(o));
      const light = lightOf(it, options.today, options.settings);
      const remarks = [
        light ? lightLabels[light] : '',
        it.orphaned ? '修改稿中已无此项，事项保留' : '',
        it.pinned ? '已确认保留（修改稿中无此项）' : '',
        it.edited.length ? `人工修改：${it.edited.map((f) => fieldLabels[f]).join('、')}` : '',
      ].filter(Boolean);
      const deadline = it.deadline?.due ? formatChineseDate(it.deadline.due) : it.deadline?.text ?? '';
      return {
        cells: [
          String(i + 1),
          sourcePosition(it),
          it.kind === 'problem' ? '问题' : '任务',
          content.trim() || MISSING,
          it.lead.join('、'),
          responsible.join('、') || MISSING,
          it.coop.join('、'),
          deadline || MISSING,
          statusLabels[it.status],
          progressText(byItem.get(it.id) ?? []),
          remarks.join('；'),
        ],
        dueIso: it.deadline?.due ?? '',
      };
    });
  return { title: ledgerTitle(doc.title), rows };
}
