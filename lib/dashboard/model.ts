/**
 * The dashboard's view of the checklist (督办台账), pure: rows (an item with its light and document title, computed
 * once per load), the filters (document, owner, status, light, kind, due range, full-text hits), the views 逾期 /
 * 本周到期 / 按责任单位, sorting, and the completion figures of the charts. Everything runs in memory over the rows
 * of one load, so a filter answers without touching IndexedDB; full-text search is the repository's bigram index,
 * whose hits arrive as a set of ids.
 */
import { daysBetween, weekOf } from '../calendar';
import { dueOn, lightOf, type Light } from '../checklist/lights';
import { statuses } from '../checklist/status';
import { isCollective } from '../analysis/index';
import { UNSTATED } from '../i18n/zh-CN/common';
import type { DocumentRecord, ItemKind, ItemRecord, Settings, Status } from '../schema/checklist';

/** One table row: the item, its light today, and its document's title. */
export interface DashboardRow {
  item: ItemRecord;
  light: Light | null;
  docTitle: string;
  /** 责任单位 as shown (lead and co-operating units included), joined with 、. */
  ownersText: string;
  /** The day the item is due as of the load's day: `due`, or a recurrence's next occurrence (lights.ts `dueOn`). */
  due: string | null;
}

/** The views of the dashboard's table. */
export type DashboardView = 'all' | 'overdue' | 'week' | 'byOwner' | 'orphaned' | 'trash';

/**
 * The owner key (filter value and completion group) of the collective owners — 各单位, 各部门, 各乡镇… name every unit
 * of a kind, not one that can be held to account: 按责任单位 and the charts show them as one group, 各单位（泛指）, and
 * they get no 督办单 of their own.
 */
export const COLLECTIVE_OWNER = '∗';
export const COLLECTIVE_LABEL = '各单位（泛指）';

/** Whether `owner` of `item` is collective: marked so by the analysis, or read as one (items saved before the mark, hand edits). */
export function isCollectiveOwner(item: Pick<ItemRecord, 'collective'>, owner: string): boolean {
  return item.collective?.includes(owner) === true || isCollective(owner);
}

/** The owner filter's value for items that name no owner yet (「未明确」): they are the ones to assign. */
export const NO_OWNER = '∅';

export interface DashboardFilter {
  documentId?: string;
  /** An owner, or NO_OWNER for items without one. */
  owner?: string;
  status?: Status;
  /** A light, or 'none' for items without one. */
  light?: Light | 'none';
  kind?: ItemKind;
  /** Due range, ISO days, inclusive; items without a due day are left out when either is set. */
  dueFrom?: string;
  dueTo?: string;
}

export type SortKey = 'order' | 'due' | 'status' | 'light' | 'owner' | 'document' | 'updated';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Statuses that count as finished (完成率). */
export const FINISHED: ReadonlySet<Status> = new Set(['done', 'closed']);

/** Rows of all `items` under `today` and the checklist settings. */
export function buildRows(items: readonly ItemRecord[], documents: readonly Pick<DocumentRecord, 'id' | 'title'>[], today: string, settings: Pick<Settings, 'warnDays'>): DashboardRow[] {
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return items.map((item) => ({ item, light: lightOf(item, today, settings), docTitle: titles.get(item.documentId) ?? '', ownersText: item.owners.join('、'), due: dueOn(item, today) }));
}

/** Whether a row belongs to a view on `today`. Trash rows belong to the trash view only. */
export function inView(row: DashboardRow, view: DashboardView, today: string): boolean {
  const { item } = row;
  if (view === 'trash') return item.deletedAt !== null;
  if (item.deletedAt !== null) return false;
  switch (view) {
    case 'overdue':
      return row.light === 'red';
    case 'week': {
      if (row.due === null || FINISHED.has(item.status) || item.status === 'ongoing') return false;
      const { start, end } = weekOf(today);
      return row.due >= start && row.due <= end;
    }
    case 'orphaned':
      return item.orphaned === 1;
    default:
      return true;
  }
}

/** Whether a row passes the filter (and, when `hits` is given, the full-text search). */
export function matchesFilter(row: DashboardRow, f: DashboardFilter, hits: ReadonlySet<string> | null): boolean {
  const { item } = row;
  if (hits && !hits.has(item.id)) return false;
  if (f.documentId !== undefined && item.documentId !== f.documentId) return false;
  if (f.owner !== undefined && (f.owner === NO_OWNER ? item.owners.length > 0 : f.owner === COLLECTIVE_OWNER ? !item.owners.some((o) => isCollectiveOwner(item, o)) : !item.owners.includes(f.owner))) return false;
  if (f.status !== undefined && item.status !== f.status) return false;
  if (f.kind !== undefined && item.kind !== f.kind) return false;
  if (f.light !== undefined && (f.light === 'none' ? row.light !== null : row.light !== f.light)) return false;
  if (f.dueFrom !== undefined || f.dueTo !== undefined) {
    if (row.due === null) return false;
    if (f.dueFrom !== undefined && row.due < f.dueFrom) return false;
    if (f.dueTo !== undefined && row.due > f.dueTo) return false;
  }
  return true;
}

const LIGHT_RANK: Record<string, number> = { red: 0, yellow: 1, blue: 2, none: 3 };
const STATUS_RANK = new Map(statuses.map((s, i) => [s, i]));

function compare(a: DashboardRow, b: DashboardRow, key: SortKey): number {
  switch (key) {
    case 'due':
      // Items without a due day sort last either way round (by the caller's direction only among dated ones).
      return (a.due ?? '9999-99-99') < (b.due ?? '9999-99-99') ? -1 : (a.due ?? '9999-99-99') > (b.due ?? '9999-99-99') ? 1 : 0;
    case 'status':
      return STATUS_RANK.get(a.item.status)! - STATUS_RANK.get(b.item.status)!;
    case 'light':
      return LIGHT_RANK[a.light ?? 'none']! - LIGHT_RANK[b.light ?? 'none']!;
    case 'owner':
      return a.ownersText === b.ownersText ? 0 : !a.ownersText ? 1 : !b.ownersText ? -1 : a.ownersText.localeCompare(b.ownersText, 'zh-CN');
    case 'document':
      return a.docTitle.localeCompare(b.docTitle, 'zh-CN');
    case 'updated':
      return a.item.updatedAt - b.item.updatedAt;
    default:
      return 0;
  }
}

/** Draft order: by document (most recently updated title first is not stable, so by id), then position. */
function draftOrder(a: DashboardRow, b: DashboardRow): number {
  if (a.item.documentId !== b.item.documentId) return a.item.documentId < b.item.documentId ? -1 : 1;
  return a.item.order - b.item.order;
}

/** The rows of a view, filtered and sorted (ties in draft order). */
export function selectRows(rows: readonly DashboardRow[], options: { view: DashboardView; filter: DashboardFilter; hits: ReadonlySet<string> | null; sort: Sort; today: string }): DashboardRow[] {
  const { view, filter, hits, sort, today } = options;
  const out = rows.filter((r) => inView(r, view, today) && matchesFilter(r, filter, hits));
  const sign = sort.dir === 'asc' ? 1 : -1;
  return out.sort((a, b) => (sort.key === 'order' ? 0 : sign * compare(a, b, sort.key)) || sign * draftOrder(a, b));
}

/** Completion of a group of items: how many, finished, red, and the finished share. */
export interface Completion {
  key: string;
  label: string;
  total: number;
  finished: number;
  overdue: number;
  /** Open and not red. */
  open: number;
}

function tally(groups: Map<string, { label: string; rows: DashboardRow[] }>): Completion[] {
  return [...groups.entries()].map(([key, g]) => {
    const finished = g.rows.filter((r) => FINISHED.has(r.item.status)).length;
    const overdue = g.rows.filter((r) => r.light === 'red').length;
    return { key, label: g.label, total: g.rows.length, finished, overdue, open: g.rows.length - finished - overdue };
  });
}

/** Rows not in the trash. */
const live = (rows: readonly DashboardRow[]) => rows.filter((r) => r.item.deletedAt === null);

/**
 * 责任单位 → completion, most items first; items without an owner under 「未明确」, collective owners together under
 * one group (key COLLECTIVE_OWNER, label `collective`), an item counted once there however many it names.
 */
export function completionByOwner(rows: readonly DashboardRow[], unstated = UNSTATED, collective = COLLECTIVE_LABEL): Completion[] {
  const groups = new Map<string, { label: string; rows: DashboardRow[] }>();
  for (const r of live(rows)) {
    const keys = new Set(r.item.owners.map((o) => (isCollectiveOwner(r.item, o) ? COLLECTIVE_OWNER : o)));
    if (!keys.size) keys.add('');
    for (const k of keys) {
      const g = groups.get(k) ?? { label: k === COLLECTIVE_OWNER ? collective : k || unstated, rows: [] };
      g.rows.push(r);
      groups.set(k, g);
    }
  }
  return tally(groups).sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, 'zh-CN'));
}

/** Document → completion, in the order of `documents`. */
export function completionByDocument(rows: readonly DashboardRow[], documents: readonly Pick<DocumentRecord, 'id' | 'title'>[]): Completion[] {
  const groups = new Map(documents.map((d) => [d.id, { label: d.title, rows: [] as DashboardRow[] }]));
  for (const r of live(rows)) groups.get(r.item.documentId)?.rows.push(r);
  return tally(groups).filter((c) => c.total > 0);
}

/** Distinct owners of the rows (not in the trash), sorted for a menu. */
export function ownersOf(rows: readonly DashboardRow[]): string[] {
  const set = new Set<string>();
  for (const r of live(rows)) for (const o of r.item.owners) set.add(o);
  return [...set].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** One 督办单: an owner and its open items (finished ones left out), most urgent first. */
export interface OwnerSheet {
  owner: string;
  rows: DashboardRow[];
}

/**
 * The 督办单 per owner: every owner with open items (or only `owner`), rows sorted red first, then by due day.
 * Collective owners (各单位…) get none: there is no one unit to send it to.
 */
export function ownerSheets(rows: readonly DashboardRow[], owner?: string): OwnerSheet[] {
  const open = live(rows).filter((r) => !FINISHED.has(r.item.status));
  const collective = new Set(open.flatMap((r) => r.item.owners.filter((o) => isCollectiveOwner(r.item, o))));
  const names = (owner ? [owner] : ownersOf(open)).filter((o) => o !== COLLECTIVE_OWNER && !collective.has(o) && !isCollective(o));
  return names
    .map((o) => ({
      owner: o,
      rows: open.filter((r) => r.item.owners.includes(o)).sort((a, b) => compare(a, b, 'light') || compare(a, b, 'due') || draftOrder(a, b)),
    }))
    .filter((s) => s.rows.length > 0);
}

/** Days from `today` to the row's due day (negative: overdue), or null without one. */
export function daysLeft(row: DashboardRow, today: string): number | null {
  return row.due === null ? null : daysBetween(today, row.due);
}
