/**
 * The dashboard's table of items: filter bar (document, owner, status, light, kind, due range, full-text search),
 * sortable header, virtualised rows (only the visible ones are in the DOM, so 10,000 items scroll smoothly), row
 * selection and the bulk status change. Pure props in, callbacks out; the page does the writes.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState, type CSSProperties } from 'react';
import { flushSync } from 'react-dom';
import { statuses } from '@/lib/checklist/status';
import { COLLECTIVE_OWNER, NO_OWNER, daysLeft, type DashboardFilter, type DashboardRow, type DashboardView, type Sort, type SortKey } from '@/lib/dashboard/model';
import type { DocumentRecord, Status } from '@/lib/schema/checklist';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/index';

export const ROW_HEIGHT = 44;

export interface ItemsTableProps {
  rows: DashboardRow[];
  /** How many items the view holds before filters (the trash's deleted items, else the live ones). */
  total: number;
  /** The table's view: its empty state names it (回收站为空, 没有逾期事项 …). */
  view?: DashboardView;
  /** Set while a large checklist is still being read: how many of how many items have arrived. */
  loading?: { read: number; of: number };
  documents: Pick<DocumentRecord, 'id' | 'title'>[];
  owners: string[];
  filter: DashboardFilter;
  onFilter(filter: DashboardFilter): void;
  query: string;
  onQuery(query: string): void;
  sort: Sort;
  onSort(sort: Sort): void;
  today: string;
  selected: ReadonlySet<string>;
  onSelect(ids: ReadonlySet<string>): void;
  onOpen(itemId: string): void;
  onBulkStatus(ids: string[], status: Status, note: string, onProgress?: (done: number, total: number) => void): Promise<void>;
  /** The first rows' layout before the scroll box is measured (server render, first paint). */
  initialHeight?: number;
}

/** What an empty view says when nothing is filtered out: the trash is empty, not the checklist. */
const EMPTY: Record<DashboardView, MessageKey> = {
  all: 'empty.none',
  byOwner: 'empty.none',
  overdue: 'empty.overdue',
  week: 'empty.week',
  orphaned: 'empty.orphaned',
  trash: 'empty.trash',
};

const COLUMNS: { key: SortKey | null; label: MessageKey; className: string }[] = [
  { key: null, label: 'col.select', className: 'c-select' },
  { key: 'light', label: 'col.light', className: 'c-light' },
  { key: 'order', label: 'col.text', className: 'c-text' },
  { key: null, label: 'col.kind', className: 'c-kind' },
  { key: 'owner', label: 'col.owners', className: 'c-owners' },
  { key: 'due', label: 'col.due', className: 'c-due' },
  { key: 'status', label: 'col.status', className: 'c-status' },
  { key: 'document', label: 'col.document', className: 'c-doc' },
];

function FilterBar(props: Pick<ItemsTableProps, 'documents' | 'owners' | 'filter' | 'onFilter' | 'query' | 'onQuery' | 'rows' | 'total' | 'loading'>) {
  const { t } = useI18n();
  const { filter, onFilter } = props;
  const set = <K extends keyof DashboardFilter>(key: K, value: DashboardFilter[K] | '') => {
    const next = { ...filter };
    if (value === '' || value === undefined) delete next[key];
    else next[key] = value as DashboardFilter[K];
    onFilter(next);
  };
  const active = Object.keys(filter).length > 0 || props.query !== '';
  return (
    <div className="filters" role="search">
      <label className="f-search">
        <span>{t('filter.search')}</span>
        <input type="search" value={props.query} placeholder={t('filter.searchPlaceholder')} onChange={(e) => props.onQuery(e.target.value)} data-testid="search" />
      </label>
      <label>
        <span>{t('filter.document')}</span>
        <select value={filter.documentId ?? ''} onChange={(e) => set('documentId', e.target.value)} data-testid="filter-document">
          <option value="">{t('filter.any')}</option>
          {props.documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter.owner')}</span>
        <select value={filter.owner ?? ''} onChange={(e) => set('owner', e.target.value)} data-testid="filter-owner">
          <option value="">{t('filter.any')}</option>
          <option value={NO_OWNER}>{t('filter.noOwner')}</option>
          <option value={COLLECTIVE_OWNER}>{t('owners.collective')}</option>
          {props.owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter.status')}</span>
        <select value={filter.status ?? ''} onChange={(e) => set('status', e.target.value as Status)} data-testid="filter-status">
          <option value="">{t('filter.any')}</option>
          <StatusOptions />
        </select>
      </label>
      <label>
        <span>{t('filter.light')}</span>
        <select value={filter.light ?? ''} onChange={(e) => set('light', e.target.value as DashboardFilter['light'])} data-testid="filter-light">
          <option value="">{t('filter.any')}</option>
          {(['red', 'yellow', 'blue'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`light.${l}`)}
            </option>
          ))}
          <option value="none">{t('filter.noLight')}</option>
        </select>
      </label>
      <label>
        <span>{t('filter.kind')}</span>
        <select value={filter.kind ?? ''} onChange={(e) => set('kind', e.target.value as DashboardFilter['kind'])} data-testid="filter-kind">
          <option value="">{t('filter.any')}</option>
          <option value="action">{t('itemKind.action')}</option>
          <option value="problem">{t('itemKind.problem')}</option>
        </select>
      </label>
      <fieldset className="f-due">
        <legend>{t('filter.due')}</legend>
        <input type="date" aria-label={t('filter.dueFrom')} value={filter.dueFrom ?? ''} onChange={(e) => set('dueFrom', e.target.value)} data-testid="filter-due-from" />
        <span>–</span>
        <input type="date" aria-label={t('filter.dueTo')} value={filter.dueTo ?? ''} onChange={(e) => set('dueTo', e.target.value)} data-testid="filter-due-to" />
      </fieldset>
      <div className="f-summary">
        <span data-testid="row-count" aria-busy={props.loading ? true : undefined}>
          {props.loading ? t('filter.loading', { read: props.loading.read, of: props.loading.of }) : t('filter.count', { shown: props.rows.length, total: props.total })}
        </span>
        {active && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onFilter({});
              props.onQuery('');
            }}
          >
            {t('filter.clear')}
          </button>
        )}
      </div>
    </div>
  );
}

/** One <option> per status, in the vocabulary's order and the page's language. */
function StatusOptions() {
  const { t } = useI18n();
  return (
    <>
      {statuses.map((s) => (
        <option key={s} value={s}>
          {t(`status.${s}`)}
        </option>
      ))}
    </>
  );
}

function BulkBar({ selected, onSelect, onBulkStatus, rows, loading }: Pick<ItemsTableProps, 'selected' | 'onSelect' | 'onBulkStatus' | 'rows' | 'loading'>) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>('in_progress');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const apply = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const ids = [...selected];
      // Shown as each chunk is written and the moment it is done (flushSync: not left to the next render, which the
      // live query's re-read of the whole checklist would otherwise come before).
      await onBulkStatus(ids, status, note, (done, total) => flushSync(() => setMessage(t('bulk.progress', { done, total }))));
      flushSync(() => setMessage(t('bulk.done', { n: ids.length, status: t(`status.${status}`) })));
      setNote('');
      onSelect(new Set());
    } catch (e) {
      setMessage(t('error', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <button type="button" className="small-button" onClick={() => onSelect(new Set(rows.map((r) => r.item.id)))} disabled={!rows.length || !!loading}>
        {t('bulk.selectAll')}
      </button>
      {selected.size > 0 && (
        <>
          <strong>{t('bulk.selected', { n: selected.size })}</strong>
          <button type="button" className="link-button" onClick={() => onSelect(new Set())}>
            {t('bulk.clear')}
          </button>
          <label className="inline">
            {t('bulk.setStatus')}
            <select value={status} onChange={(e) => setStatus(e.target.value as Status)} data-testid="bulk-status">
              <StatusOptions />
            </select>
          </label>
          <input type="text" className="bulk-note" value={note} placeholder={t('bulk.note')} aria-label={t('bulk.note')} onChange={(e) => setNote(e.target.value)} />
          <button type="button" className="primary-button" disabled={busy} onClick={() => void apply()} data-testid="bulk-apply">
            {t('bulk.apply')}
          </button>
        </>
      )}
      {message && (
        <span className="page-note" role="status">
          {message}
        </span>
      )}
    </div>
  );
}

/** The due cell: the date (Chinese form) and how many days are left or overdue. */
function DueCell({ row, today }: { row: DashboardRow; today: string }) {
  const { t, day } = useI18n();
  const { item } = row;
  if (!item.due) return <span className="muted">{item.deadline?.text || t('row.noDue')}</span>;
  const left = daysLeft(row, today)!;
  const open = row.light !== null;
  return (
    <>
      <span>{day(item.due)}</span>
      {open && <small className={left < 0 ? 'over' : 'left'}>{left < 0 ? t('row.daysOver', { n: -left }) : left === 0 ? t('row.today') : t('row.daysLeft', { n: left })}</small>}
    </>
  );
}


interface VirtualRowsProps {
  rows: DashboardRow[];
  selected: ReadonlySet<string>;
  onSelect(ids: ReadonlySet<string>): void;
  onOpen(itemId: string): void;
  today: string;
  empty: string;
  initialHeight?: number;
}

/**
 * The scrolling body: only the rows in view (plus a few) are rendered. A component of its own, memoised, so that
 * scrolling re-renders these rows and nothing else (filters, menus and header stay as they are).
 */
const VirtualRows = memo(function VirtualRows({ rows, selected, onSelect, onOpen, today, empty, initialHeight }: VirtualRowsProps) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  // oxlint-disable-next-line react/incompatible-library -- the virtualiser is meant to re-render with its own state
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1200, height: initialHeight ?? 720 },
    getItemKey: (i) => rows[i]!.item.id,
  });
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <div className="grid-body" ref={scroller} data-testid="grid-body">
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((v) => {
                const row = rows[v.index]!;
                const { item } = row;
                const style: CSSProperties = { position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` };
                return (
                  <div
                    key={v.key}
                    className={`row${selected.has(item.id) ? ' selected' : ''}${item.orphaned ? ' orphaned' : ''}`}
                    role="row"
                    aria-rowindex={v.index + 2}
                    style={style}
                    data-item-id={item.id}
                    onClick={() => onOpen(item.id)}
                  >
                    <div className="cell c-select" role="gridcell" onClick={(e) => e.stopPropagation()}>
                      <input type="checkbox" aria-label={t('col.select')} checked={selected.has(item.id)} onChange={() => toggle(item.id)} />
                    </div>
                    <div className="cell c-light" role="gridcell">
                      {row.light ? <span className={`light light-${row.light}`} title={t(`light.${row.light}`)} role="img" aria-label={t(`light.${row.light}`)} /> : null}
                    </div>
                    <div className="cell c-text" role="gridcell" title={item.text}>
                      <button type="button" className="row-link" onClick={() => onOpen(item.id)}>
                        {item.text}
                      </button>
                      {item.orphaned ? <span className="tag tag-muted">{t('row.orphaned')}</span> : null}
                    </div>
                    <div className="cell c-kind" role="gridcell">
                      <span className={`tag tag-${item.kind}`}>{t(item.kind === 'action' ? 'itemKind.action' : 'itemKind.problem')}</span>
                    </div>
                    <div className="cell c-owners" role="gridcell" title={row.ownersText}>
                      {row.ownersText || <span className="muted">—</span>}
                    </div>
                    <div className="cell c-due" role="gridcell">
                      <DueCell row={row} today={today} />
                    </div>
                    <div className="cell c-status" role="gridcell">
                      <span className={`status status-${item.status}`}>{t(`status.${item.status}`)}</span>
                    </div>
                    <div className="cell c-doc" role="gridcell" title={row.docTitle}>
                      {row.docTitle}
                    </div>
                  </div>
                );
              })}
            </div>
          )}
        </div>
  );
});

export function ItemsTable(props: ItemsTableProps) {
  const { t } = useI18n();
  const { rows, sort, onSort, selected, onSelect, today } = props;
  const sortBy = (key: SortKey) => onSort(sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' });
  const allShownSelected = rows.length > 0 && rows.every((r) => selected.has(r.item.id));
  const filtering = Object.keys(props.filter).length > 0 || props.query.trim() !== '';
  const header = COLUMNS.map((c) =>
        c.className === 'c-select' ? (
          <div key={c.className} className={`cell ${c.className}`} role="columnheader">
            <input type="checkbox" aria-label={t('bulk.selectAll')} checked={allShownSelected} disabled={!!props.loading} onChange={() => onSelect(allShownSelected ? new Set() : new Set(rows.map((r) => r.item.id)))} />
          </div>
        ) : (
          <div key={c.className} className={`cell ${c.className}`} role="columnheader" aria-sort={c.key && sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
            {c.key ? (
              <button type="button" className="sort-button" onClick={() => sortBy(c.key!)} data-testid={`sort-${c.key}`}>
                {t(c.label)}
                {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            ) : (
              t(c.label)
            )}
          </div>
        ),
      );

  return (
    <section className="items">
      <FilterBar {...props} />
      <BulkBar selected={selected} onSelect={onSelect} onBulkStatus={props.onBulkStatus} rows={rows} loading={props.loading} />
      <div className="grid" role="grid" aria-rowcount={rows.length + 1}>
        <div className="grid-head row" role="row">
          {header}
        </div>
        <VirtualRows rows={rows} selected={selected} onSelect={onSelect} onOpen={props.onOpen} today={today} empty={props.loading ? t('app.loading') : filtering ? t('empty.filtered') : t(EMPTY[props.view ?? 'all'])} initialHeight={props.initialHeight} />
      </div>
    </section>
  );
}
