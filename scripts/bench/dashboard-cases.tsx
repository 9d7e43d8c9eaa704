/**
 * What `npm run bench` times for the dashboard, in node: the first render of the table with 10,000 items (rows
 * with their lights, the default view sorted, owner menu, and the virtualised table rendered to HTML with
 * react-dom/server — only the visible rows are built, as in the page), and a filter's response (owner + status +
 * light over the 10,000 rows, then the table re-rendered). Data: 20 synthetic drafts of 500 items, statuses mixed.
 */
import { renderToString } from 'react-dom/server';
import { I18nProvider } from '../../components/i18n';
import { ItemsTable } from '../../components/dashboard/items-table';
import { draftItems } from '../../lib/checklist/draft-items';
import { mergeDraft } from '../../lib/checklist/merge';
import { statuses } from '../../lib/checklist/status';
import { syntheticDraft } from '../../lib/checklist/testing';
import { buildRows, ownersOf, selectRows, type DashboardFilter, type DashboardRow } from '../../lib/dashboard/model';
import type { ItemRecord } from '../../lib/schema/checklist';

export interface DashboardCase {
  name: string;
  target: number;
  run: () => unknown;
}

const TODAY = '2026-06-15';
const noop = () => {};

/** 10,000 item records in 20 documents, statuses round-robin. */
export function tenThousandItems(): { items: ItemRecord[]; documents: { id: string; title: string }[] } {
  const draft = syntheticDraft(500);
  const drafts = draftItems(draft.text, draft.analysis);
  const items: ItemRecord[] = [];
  const documents = Array.from({ length: 20 }, (_, d) => ({ id: `doc-${String(d).padStart(2, '0')}`, title: `第${d + 1}份讲话稿` }));
  let n = 0;
  for (const doc of documents) {
    const { put } = mergeDraft([], drafts, { documentId: doc.id, now: Date.parse('2026-03-01T00:00:00Z'), newId: () => `item-${n++}` });
    for (const it of put) items.push({ ...it, status: statuses[items.length % statuses.length]! });
  }
  return { items, documents };
}

function table(rows: DashboardRow[], total: number, documents: { id: string; title: string }[], owners: string[], filter: DashboardFilter): string {
  return renderToString(
    <I18nProvider locale="zh-CN">
      <ItemsTable rows={rows} total={total} documents={documents} owners={owners} filter={filter} onFilter={noop} query="" onQuery={noop} sort={{ key: 'order', dir: 'asc' }} onSort={noop} today={TODAY} selected={new Set()} onSelect={noop} onOpen={noop} onBulkStatus={async () => {}} initialHeight={720} />
    </I18nProvider>,
  );
}

/** The cases, on one shared set of 10,000 items. */
export function dashboardCases(): DashboardCase[] {
  const { items, documents } = tenThousandItems();
  const settings = { warnDays: 3 };
  const base = { view: 'all' as const, hits: null, sort: { key: 'order' as const, dir: 'asc' as const }, today: TODAY };
  const rows = buildRows(items, documents, TODAY, settings);
  const owners = ownersOf(rows);
  const filter: DashboardFilter = { owner: owners[0]!, status: 'in_progress' };
  return [
    {
      name: 'dashboard first render, 10,000 items',
      target: 300,
      run: () => {
        const r = buildRows(items, documents, TODAY, settings);
        const shown = selectRows(r, { ...base, filter: {} });
        return table(shown, r.length, documents, ownersOf(r), {});
      },
    },
    {
      name: 'dashboard filter (owner + status), 10,000 items',
      target: 50,
      run: () => {
        const shown = selectRows(rows, { ...base, filter });
        return table(shown, rows.length, documents, owners, filter);
      },
    },
    {
      name: 'dashboard filter + sort by due, 10,000 items',
      target: 50,
      run: () => {
        const shown = selectRows(rows, { ...base, filter: { light: 'red' }, sort: { key: 'due', dir: 'asc' } });
        return table(shown, rows.length, documents, owners, { light: 'red' });
      },
    },
  ];
}
