/**
 * The warning lights of the 三色督办 (domain.md §5.3), computed from an item and a day, never stored:
 * red    — past due and not 已完成/已销号/长期坚持 (or marked 逾期 by hand);
 * yellow — behind 序时进度 (reported progress below the elapsed share of the time from creation to due) or 滞后;
 * blue   — due within `warnDays` days (default 3).
 * The first that applies wins. Items without a reported progress are not presumed behind
 * ("没报进展的不推定为没有开展", §5.2).
 */
import { nextDue } from '../analysis/index';
import { addDays, daysBetween, isoDay } from '../calendar';
import type { ItemRecord, Settings } from '../schema/checklist';
import { FINISHED_OR_ONGOING } from './status';

export type Light = 'red' | 'yellow' | 'blue';

/** The Chinese label of each light, for the ledger's exports (lib/i18n's common words). */
export { lightLabels } from '../i18n/zh-CN/common';

/** 序时进度: the share of the period from `start` to `due` that has passed on `today`, 0…1. */
export function elapsedShare(start: string, due: string, today: string): number {
  const period = daysBetween(start, due);
  if (period <= 0) return today >= due ? 1 : 0;
  return Math.min(1, Math.max(0, daysBetween(start, today) / period));
}

type DueFields = Pick<ItemRecord, 'due'> & { deadline?: ItemRecord['deadline']; periodDone?: ItemRecord['periodDone'] };

/**
 * The day an item is due as of `today`: its `due`, or for a recurrence (每月25日前, 每周五, 每季度末) the next due
 * day on or after today — and after the last period marked 本期已完成 (`periodDone`), so a period done early moves
 * the light and the reminder on to the next one — so that recurring work gets its blue light and reminder every
 * period and never turns red.
 */
export function dueOn(item: DueFields, today: string): string | null {
  const rule = item.deadline?.recurrence;
  if (!rule) return item.due;
  const from = item.periodDone && item.periodDone >= today ? addDays(item.periodDone, 1) : today;
  return nextDue(rule, from) ?? item.due;
}

/** The light of an item on `today` (ISO day), or null. Items in the trash and finished items have none. */
export function lightOf(item: Pick<ItemRecord, 'status' | 'due' | 'progress' | 'createdAt' | 'deletedAt'> & DueFields, today: string, settings: Pick<Settings, 'warnDays'> = { warnDays: 3 }): Light | null {
  if (item.deletedAt !== null) return null;
  if (item.status === 'done' || item.status === 'closed') return null;
  const due = dueOn(item, today);
  if (item.status === 'overdue' || (due !== null && due < today && !FINISHED_OR_ONGOING.has(item.status))) return 'red';
  if (item.status === 'behind') return 'yellow';
  if (due !== null && item.progress !== null && item.status !== 'ongoing' && item.progress / 100 < elapsedShare(isoDay(item.createdAt), due, today)) return 'yellow';
  if (due !== null && due >= today && daysBetween(today, due) <= settings.warnDays) return 'blue';
  return null;
}
