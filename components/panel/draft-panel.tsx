/**
 * One draft: header (title, editor kind, site, counts), an optional notice (why highlights are off), the save bar,
 * the filters and the lists — the one renderer of an Analysis. The side panel uses it whole; the dashboard's
 * 文稿分析 uses it read-only (no `onSave`: no save bar and no corrections). Holds the reader's filter,
 * owner/deadline corrections and the save status; everything that touches the browser comes in as props, so the
 * component is tested in happy-dom. Give it a `key` per draft: a new draft starts with no corrections.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { SaveAnalysisResult } from '@/lib/db/save-analysis';
import type { EditorKind } from '@/lib/editors/contract';
import { applyEdits, type ActionEdit } from '@/lib/panel/edits';
import { ALL_KINDS, filterView, isEmptyView, isFiltering, type PanelFilter } from '@/lib/panel/filters';
import { panelView } from '@/lib/panel/view-model';
import type { Analysis } from '@/lib/schema/analysis';
import { useI18n } from '../i18n';
import { DraftView } from './draft-view';
import type { RevealProps } from './entry';
import { FilterBar } from './filter-bar';
import { SaveBar, type SaveStatus } from './save-bar';
import './draft-panel.css';

export interface DraftPanelProps extends RevealProps {
  text: string;
  analysis: Analysis;
  /** The page's, file's or document's title; the Analysis' own title wins when it has one. */
  pageTitle: string;
  /** Where the text was read (its chip); none for a file. */
  editorKind?: EditorKind;
  host?: string | null;
  notice?: ReactNode;
  /** The checklist this draft already has, if any. */
  existing?: { documentId: string; revision: number } | null;
  /** Saves `analysis` (the corrections applied) and resolves with what the save did. Without it: read-only. */
  onSave?(analysis: Analysis): Promise<SaveAnalysisResult>;
  dashboardHref?(documentId: string): string;
}

export function DraftPanel(props: DraftPanelProps) {
  const { text, analysis, pageTitle, editorKind, host, notice, revealTitle, onReveal, existing = null, onSave, dashboardHref = () => '' } = props;
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
    if (!onSave) return;
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
        {(editorKind || host) && (
          <p className="source-line">
            {editorKind && <span className={`kind-chip kind-chip-${editorKind}`}>{t(`editor.${editorKind}`)}</span>}
            {host && <span className="muted small">{host}</span>}
          </p>
        )}
        <p className="muted small">
          {t('summary', view.counts)} · {t('summary.reference', { date: day(view.referenceDate) })}
        </p>
      </header>
      {notice}
      {onSave && <SaveBar existing={existing} status={status} canSave={canSave} onSave={save} dashboardHref={dashboardHref} />}
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
          referenceDate={analysis.referenceDate}
          expandAll={filter.query.trim() !== ''}
          onReveal={onReveal}
          revealTitle={revealTitle}
          onEdit={onSave && onEdit}
        />
      )}
    </article>
  );
}
