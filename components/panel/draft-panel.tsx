/**
 * One draft in the side panel: header (title, editor kind, site), an optional notice (why highlights are off),
 * the filters, the lists, and the save bar. Holds the reader's filter, owner/deadline corrections and the save
 * status; everything that touches the browser comes in as props, so the component is tested in happy-dom.
 * Give it a `key` per draft: a new draft starts with no corrections.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { SaveAnalysisResult } from '@/lib/db/save-analysis';
import type { EditorKind } from '@/lib/editors/contract';
import { applyEdits, type ActionEdit } from '@/lib/panel/edits';
import { ALL_KINDS, filterView, isEmptyView, isFiltering, type PanelFilter } from '@/lib/panel/filters';
import { panelView, type Spanned } from '@/lib/panel/view-model';
import type { Analysis } from '@/lib/schema/analysis';
import { useI18n } from '../i18n';
import { DraftView } from './draft-view';
import { FilterBar } from './filter-bar';
import { SaveBar, type SaveStatus } from './save-bar';
import './panel.css';

export interface DraftPanelProps {
  text: string;
  analysis: Analysis;
  /** The page's or document's title; the Analysis' own title wins when it has one. */
  pageTitle: string;
  editorKind: EditorKind;
  host: string | null;
  notice?: ReactNode;
  /** Says what a click on an entry does (reveal in the editor, select in the paste box). */
  revealTitle: string;
  onReveal(span: Spanned): void;
  existing: { documentId: string; revision: number } | null;
  /** Saves `analysis` (the corrections applied) and resolves with what the save did. */
  onSave(analysis: Analysis): Promise<SaveAnalysisResult>;
  dashboardHref(documentId: string): string;
}

export function DraftPanel(props: DraftPanelProps) {
  const { text, analysis, pageTitle, editorKind, host, notice, revealTitle, onReveal, existing, onSave, dashboardHref } = props;
  const { t, day } = useI18n();
  const [filter, setFilter] = useState<PanelFilter>({ kinds: ALL_KINDS, query: '' });
  const [edits, setEdits] = useState<Record<string, ActionEdit>>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  const edited = useMemo(() => applyEdits(analysis, edits), [analysis, edits]);
  const view = useMemo(() => panelView(text, edited), [text, edited]);
  const shown = useMemo(() => filterView(view, filter), [view, filter]);
  const editedKeys = useMemo(() => new Set(Object.keys(edits)), [edits]);
  const counts = { problem: view.counts.problems, action: view.counts.actions, finding: view.counts.findings, outline: view.counts.headings };
  const canSave = view.counts.actions + view.counts.problems > 0;

  const onEdit = (key: string, edit: ActionEdit | undefined) => {
    setEdits((prev) => {
      const next = { ...prev };
      if (edit) next[key] = edit;
      else delete next[key];
      return next;
    });
    setStatus({ kind: 'idle' });
  };

  const save = () => {
    setStatus({ kind: 'saving' });
    onSave(edited).then(
      (result) => setStatus({ kind: 'done', result }),
      (error: unknown) => setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <article className="draft-panel">
      <header className="draft-header">
        <h2>{analysis.title ? `《${analysis.title}》` : pageTitle || t('untitled')}</h2>
        <p className="source-line">
          <span className={`kind-chip kind-chip-${editorKind}`}>{t(`editor.${editorKind}`)}</span>
          {host && <span className="muted small">{host}</span>}
        </p>
        <p className="muted small">
          {t('summary', view.counts)} · {t('summary.reference', { date: day(view.referenceDate) })}
        </p>
      </header>
      {notice}
      <SaveBar existing={existing} status={status} canSave={canSave} onSave={save} dashboardHref={dashboardHref} />
      <FilterBar filter={filter} counts={counts} onChange={setFilter} />
      {isEmptyView(shown) ? (
        <p className="muted">
          {isFiltering(filter) ? t('filter.none') : t('section.empty')}{' '}
          {isFiltering(filter) && (
            <button type="button" className="small-button" onClick={() => setFilter({ kinds: ALL_KINDS, query: '' })}>
              {t('filter.clear')}
            </button>
          )}
        </p>
      ) : (
        <DraftView
          view={shown}
          edited={editedKeys}
          dates={analysis}
          expandAll={filter.query.trim() !== ''}
          onReveal={onReveal}
          revealTitle={revealTitle}
          onEdit={onEdit}
        />
      )}
    </article>
  );
}
