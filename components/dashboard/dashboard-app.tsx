/**
 * The dashboard (督办台账): every checklist's items in one table with the views 全部 / 逾期 / 本周到期 / 修改稿中已无 /
 * 回收站, 按责任单位, completion charts, the cross-draft view, import and export, and 文稿分析 (open a draft without
 * saving). The route lives in the URL hash (`#view=overdue&item=<id>`, `#print=<owner>`), so a link, the
 * side panel's `?document=<id>` and a reload all land on the same screen. Filtering and sorting run in memory over
 * rows computed once per load; full-text search asks the repository's bigram index.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isoDay } from '@/lib/calendar';
import { buildRows, completionByDocument, completionByOwner, ownerSheets, ownersOf, selectRows, type DashboardFilter, type DashboardView, type Sort } from '@/lib/dashboard/model';
import type { RevealOutcome } from '@/lib/dashboard/reveal';
import type { ChecklistRepository } from '@/lib/db/repository';
import type { DocumentRecord, ItemRecord, Status } from '@/lib/schema/checklist';
import type { UserSettings } from '@/lib/schema/settings';
import { analyzeOptionsFor } from '@/lib/settings/store';
import type { SupervisionNumbers } from '@/lib/settings/supervision-numbers';
import { AnalysisTab } from './analysis-tab';
import { ChartLegend, CompletionChart } from './charts';
import { download, ImportExport } from './import-export';
import { AddItemPanel } from './add-item';
import { ItemPanel } from './item-panel';
import { ItemsTable } from './items-table';
import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n/index';
import { OwnersView } from './owners-view';
import { PrintSheets } from './print-sheets';
import { RevisionsView } from './revisions-view';

/** The checklist as the page read it (entrypoints/dashboard/use-checklist.ts). */
export interface ChecklistData {
  documents: DocumentRecord[];
  items: ItemRecord[];
  /** Set while only the first items are read (a large checklist): how many there are in all. */
  partialOf?: number;
}

/** The checklist, followed live; undefined until the first read, `error` when the database cannot be read. */
export interface ChecklistState {
  data: ChecklistData | undefined;
  error: string | null;
}

/** What the dashboard asks of its page (entrypoints/dashboard/): the database's repository and the browser. */
export interface DashboardActions {
  repo: ChecklistRepository;
  /** The rescue file of the database (every table as it is), for when it cannot be opened. */
  rescueExport(): Promise<string>;
  openOptions(): void;
  /** 「在原文中定位」: shows the item in its draft's tab, or opens the page (lib/dashboard/reveal.ts). */
  openAtItem(document: DocumentRecord, item: ItemRecord): Promise<RevealOutcome>;
  /** Asks for host access to restored enabled sites; called inside the button's click. */
  grantSites?(sites: string[]): Promise<boolean>;
  /** 最后修改人 of an item on the team ledger (its sync metadata), or null. */
  lastChangedBy?(itemId: string): Promise<string | null>;
  /** The 督办编号 register: the print view numbers its sheets there when they are printed or exported. */
  numbers: SupervisionNumbers;
}

export type Tab = DashboardView | 'charts' | 'revisions' | 'import' | 'analysis';

const TABS: { id: Tab; label: MessageKey }[] = [
  { id: 'all', label: 'tab.all' },
  { id: 'overdue', label: 'tab.overdue' },
  { id: 'week', label: 'tab.week' },
  { id: 'byOwner', label: 'tab.byOwner' },
  { id: 'charts', label: 'tab.charts' },
  { id: 'revisions', label: 'tab.revisions' },
  { id: 'import', label: 'tab.import' },
  { id: 'analysis', label: 'tab.analysis' },
  { id: 'orphaned', label: 'tab.orphaned' },
  { id: 'trash', label: 'tab.trash' },
];
const TAB_IDS = new Set<string>(TABS.map((t) => t.id));

export interface Route {
  view: Tab;
  item?: string;
  /** Print view: an owner, or '*' for every owner. */
  print?: string;
  /** The cross-draft view's document. */
  doc?: string;
}

/** The route in a location hash (`#view=overdue&item=…`). */
export function parseRoute(hash: string): Route {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const view = p.get('view') ?? 'all';
  return { view: TAB_IDS.has(view) ? (view as Tab) : 'all', item: p.get('item') ?? undefined, print: p.get('print') ?? undefined, doc: p.get('doc') ?? undefined };
}

/** The hash of a route. */
export function routeHash(r: Route): string {
  const p = new URLSearchParams();
  if (r.view !== 'all') p.set('view', r.view);
  if (r.item) p.set('item', r.item);
  if (r.print) p.set('print', r.print);
  if (r.doc) p.set('doc', r.doc);
  const s = p.toString();
  return s ? `#${s}` : '';
}

function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((r: Route) => {
    const hash = routeHash(r);
    history.pushState(null, '', hash || location.pathname + location.search);
    setRoute(r);
  }, []);
  return [route, go];
}

/** The database cannot be opened: say so, and offer to save what is there (lib/db/rescue.ts). */
function DatabaseProblem({ message, rescueExport }: { message: string; rescueExport(): Promise<string> }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<string | null>(null);
  const rescue = async () => {
    try {
      download(`luoshi-rescue-${isoDay(Date.now())}.json`, await rescueExport(), 'application/json');
      setSaved(t('db.rescued'));
    } catch (e) {
      setSaved(t('error', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="page-error" role="alert" data-testid="db-problem">
      <p>{t('db.failed', { message })}</p>
      <button type="button" className="small-button" onClick={() => void rescue()} data-testid="db-rescue">
        {t('db.rescue')}
      </button>
      {saved && <p>{saved}</p>}
    </div>
  );
}

/** `children`: bars shown under the header with their own state (the team ledger's sync, sync-status.tsx). */
export function DashboardApp({ settings, checklist, actions, children }: { settings: UserSettings; checklist: ChecklistState; actions: DashboardActions; children?: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { repo, grantSites } = actions;
  const { data, error } = checklist;
  const [route, go] = useRoute();
  const [today] = useState(() => isoDay(Date.now()));
  const [filter, setFilter] = useState<DashboardFilter>(() => {
    const doc = new URLSearchParams(location.search).get('document');
    return doc ? { documentId: doc } : {};
  });
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; ids: ReadonlySet<string> } | null>(null);
  const [panelMessage, setPanelMessage] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort>({ key: 'order', dir: 'asc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // 新增事项's form is open.
  const [adding, setAdding] = useState(false);

  // Full-text search: the repository's bigram index, a moment after typing stops.
  // nb. `data` changes whenever the checklist does, so the hits follow edits too.
  useEffect(() => {
    const q = query.trim();
    if (!q || !data) return undefined;
    let alive = true;
    const timer = setTimeout(() => {
      void repo.searchItems(q, { trash: route.view === 'trash' }).then((items) => alive && setFound({ query: q, ids: new Set(items.map((i) => i.id)) }));
    }, 120);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [query, repo, route.view, data]);
  // While a new query runs, the previous hits stay; before the first ones arrive, nothing is filtered out.
  const searching = query.trim() !== '';
  const hits = useMemo(() => (searching ? (found?.ids ?? null) : null), [searching, found]);

  // The blue-light window is the user's setting (the one the reminders and the options page use).
  const warnDays = settings.reminders.warnDays;
  const rows = useMemo(() => (data ? buildRows(data.items, data.documents, today, { warnDays }) : []), [data, today, warnDays]);
  const tableView: DashboardView = route.view === 'overdue' || route.view === 'week' || route.view === 'orphaned' || route.view === 'trash' ? route.view : 'all';
  const shown = useMemo(() => selectRows(rows, { view: tableView, filter, hits, sort, today }), [rows, tableView, filter, hits, sort, today]);
  const owners = useMemo(() => ownersOf(rows), [rows]);
  const total = useMemo(() => rows.filter((r) => (tableView === 'trash' ? r.item.deletedAt !== null : r.item.deletedAt === null)).length, [rows, tableView]);
  const byOwner = useMemo(() => completionByOwner(rows, t('unstated'), t('owners.collective')), [rows, t]);
  const byDocument = useMemo(() => completionByDocument(rows, data?.documents ?? []), [rows, data]);
  const openRow = route.item ? rows.find((r) => r.item.id === route.item) : undefined;
  // Counted once the whole checklist has arrived: the first items' count would be a wrong number, not a partial one.
  const overdueCount = useMemo(() => (data?.partialOf === undefined ? rows.filter((r) => r.light === 'red' && r.item.deletedAt === null).length : 0), [rows, data]);

  useEffect(() => {
    document.title = t('dashboard.title');
  }, [t]);

  // One transaction for the whole selection (5,000 items well under a second), with a count as it goes.
  const bulkStatus = async (ids: string[], status: Status, note: string, onProgress?: (done: number, total: number) => void) => {
    await repo.setStatusMany(ids, status, { note: note || undefined, onProgress });
  };

  // The tab bar scrolls sideways where it does not fit (a narrow window, 200% zoom): the view's tab stays in sight.
  useEffect(() => {
    document.querySelector<HTMLElement>(`.tabs [data-testid="tab-${route.view}"]`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [route.view]);

  if (route.print !== undefined) {
    return <PrintSheets sheets={ownerSheets(rows, route.print === '*' ? undefined : route.print)} today={today} onBack={() => go({ view: 'byOwner' })} supervision={settings.supervision} numbers={actions.numbers} />;
  }

  const isTable = tableView === route.view;
  return (
    <div className={`dashboard${openRow ? ' with-panel' : ''}`}>
      <header className="app-header no-print">
        <h1>{t('dashboard.title')}</h1>
        <nav className="tabs" aria-label={t('dashboard.title')}>
          {TABS.map((tab) => (
            <button key={tab.id} type="button" className={route.view === tab.id ? 'tab active' : 'tab'} aria-current={route.view === tab.id ? 'page' : undefined} onClick={() => go({ view: tab.id })} data-testid={`tab-${tab.id}`}>
              {t(tab.label)}
              {tab.id === 'overdue' && overdueCount > 0 && <span className="count" data-testid="overdue-count">{overdueCount}</span>}
            </button>
          ))}
        </nav>
        <div className="header-actions">
          {data && (
            <button type="button" className="primary-button add-item-button" onClick={() => setAdding(true)} data-testid="add-item-open">
              {t('add.open')}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
            {t('app.language')}
          </button>
          <button type="button" className="link-button" onClick={() => actions.openOptions()}>
            {t('app.options')}
          </button>
        </div>
      </header>
      {children}
      {error && !data && <DatabaseProblem message={error} rescueExport={actions.rescueExport} />}
      {error && data && <p className="page-error">{t('error', { message: error })}</p>}
      {!data && !error && <p className="page-note">{t('app.loading')}</p>}
      {data?.partialOf !== undefined && (
        <p className="page-note loading-more" role="status">
          {t('app.loadingMore', { n: data.partialOf })}
        </p>
      )}
      {data && (
        <main className="app-main">
          {isTable && (
            <ItemsTable
              rows={shown}
              total={total}
              view={tableView}
              loading={data.partialOf === undefined ? undefined : { read: data.items.length, of: data.partialOf }}
              documents={data.documents}
              owners={owners}
              filter={filter}
              onFilter={setFilter}
              query={query}
              onQuery={setQuery}
              sort={sort}
              onSort={setSort}
              today={today}
              selected={selected}
              onSelect={setSelected}
              onOpen={(id) => {
                setPanelMessage(null);
                go({ ...route, item: id });
              }}
              onBulkStatus={bulkStatus}
            />
          )}
          {route.view === 'byOwner' && (
            <OwnersView
              data={byOwner}
              onShow={(owner) => {
                setFilter({ owner });
                go({ view: 'all' });
              }}
              onPrint={(owner) => go({ view: 'byOwner', print: owner ?? '*' })}
            />
          )}
          {route.view === 'charts' && (
            <section className="charts" data-testid="charts">
              <ChartLegend />
              <CompletionChart title={t('charts.byOwner')} data={byOwner} testId="chart-owner" />
              <CompletionChart title={t('charts.byDocument')} data={byDocument} testId="chart-document" />
            </section>
          )}
          {route.view === 'revisions' && <RevisionsView documents={data.documents} repo={repo} documentId={route.doc} onDocument={(doc) => go({ view: 'revisions', doc })} onOpenItem={(id) => go({ ...route, item: id })} />}
          {route.view === 'import' && (
            <ImportExport
              repo={repo}
              documents={data.documents}
              analyzeOptions={() => analyzeOptionsFor(settings)}
              grantSites={grantSites}
              onShowDocument={(id) => {
                setFilter({ documentId: id });
                setQuery('');
                go({ view: 'all' });
              }}
            />
          )}
          {route.view === 'analysis' && <AnalysisTab options={analyzeOptionsFor(settings)} />}
        </main>
      )}
      {adding && data && !openRow && (
        <AddItemPanel
          documents={data.documents}
          today={today}
          onAdd={async (input, note) => {
            const item = await repo.addItem(input);
            if (note) await repo.addNote(item.id, { text: note });
            return item;
          }}
          onAdded={(item) => {
            setAdding(false);
            setPanelMessage(t('add.done', { text: item.text.length > 40 ? `${item.text.slice(0, 39)}…` : item.text.replace(/[。；！？]$/, '') }));
            go({ ...route, item: item.id });
          }}
          onClose={() => setAdding(false)}
        />
      )}
      {openRow && data && (
        <ItemPanel
          key={openRow.item.id}
          row={openRow}
          document={data.documents.find((d) => d.id === openRow.item.documentId)}
          repo={repo}
          openAtItem={actions.openAtItem}
          lastChangedBy={actions.lastChangedBy}
          message={panelMessage}
          onMessage={setPanelMessage}
          onClose={() => {
            setPanelMessage(null);
            go({ ...route, item: undefined });
          }}
        />
      )}
    </div>
  );
}
