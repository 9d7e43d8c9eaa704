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
import { applyEdits, type ActionEdit, type ActionEdits } from '@/lib/panel/edits';
import { ALL_KINDS, filterView, isEmptyView, isFiltering, type PanelFilter } from '@/lib/panel/filters';
import { skipKey, skippedEntries, skipRequestFor } from '@/lib/panel/skips';
import { applySplits, splitPoints, type Splits } from '@/lib/panel/splits';
import type { PendingSplits } from '@/lib/panel/pending-splits';
import { panelView } from '@/lib/panel/view-model';
import type { Analysis } from '@/lib/schema/analysis';
import { useKeptState } from '../use-kept-state';
import type { Anchor, ItemKind, SkipRecord } from '@/lib/schema/checklist';
import { useI18n } from '../i18n';
import { DraftView } from './draft-view';
import type { RevealProps } from './entry';
import type { ItemChoices } from './item-choices';
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
  /**
   * Saves the draft and resolves with what the save did: `corrected` has the corrections applied, `draft` is the
   * Analysis to store (the draft's own, with the splits made here). Without it: read-only.
   */
  onSave?(corrected: Analysis, draft: Analysis): Promise<SaveAnalysisResult>;
  dashboardHref?(documentId: string): string;
  /** The 不入台账 marks of this draft's key (the checklist's); with onSkip/onUnskip, entries can be left out. */
  skips?: readonly SkipRecord[];
  onSkip?(request: { kind: ItemKind; anchor: Anchor; text: string }): Promise<unknown>;
  onUnskip?(skipId: string): Promise<unknown>;
  /** Splits the checklist already holds for this draft (lib/panel/splits `splitsFromLedger`), kept unless undone. */
  ledgerSplits?: Splits;
  /**
   * Splits made here not saved yet, when the page keeps them (the side panel: storage.session by draft key, so
   * closing the panel loses none) with `onPendingSplits`; else the panel's own state.
   */
  pendingSplits?: PendingSplits;
  onPendingSplits?(next: PendingSplits): void;
  /** The owner/deadline corrections not saved yet, kept by the page likewise (with `onPendingEdits`). */
  pendingEdits?: ActionEdits;
  onPendingEdits?(next: ActionEdits): void;
  /** More controls under the save bar (the side panel's 「加入督办台账」). */
  tools?: ReactNode;
}

/** How much of the text around a split point its button shows. */
const AROUND = 14;

const NO_SKIPS: readonly SkipRecord[] = [];
const NO_SPLITS: Splits = {};

export function DraftPanel(props: DraftPanelProps) {
  const { text, analysis, pageTitle, editorKind, host, notice, revealTitle, onReveal, existing = null, onSave, dashboardHref = () => '' } = props;
  const { skips = NO_SKIPS, onSkip, onUnskip, ledgerSplits = NO_SPLITS, tools, pendingSplits, onPendingSplits, pendingEdits, onPendingEdits } = props;
  const { t, day } = useI18n();
  const [filter, setFilter] = useState<PanelFilter>({ kinds: ALL_KINDS, query: '' });
  // Corrections by action key; kept by the page when it gives them (the side panel: storage.session).
  const [edits, setEdits] = useKeptState<ActionEdits>(pendingEdits, onPendingEdits, () => ({}));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // Splits made here, by action key; null undoes a split the checklist holds. Kept by the page when it gives them.
  const [ownSplits, setOwnSplits] = useKeptState<PendingSplits>(pendingSplits, onPendingSplits, () => ({}));
  const [busy, setBusy] = useState(false);
  const [choiceError, setChoiceError] = useState<string | null>(null);

  const splits = useMemo(() => {
    const out: Record<string, readonly number[]> = { ...ledgerSplits };
    for (const [k, v] of Object.entries(ownSplits)) {
      if (v) out[k] = v;
      else delete out[k];
    }
    return out;
  }, [ledgerSplits, ownSplits]);
  const split = useMemo(() => applySplits(analysis, text, splits), [analysis, text, splits]);
  const edited = useMemo(() => applyEdits(split.analysis, edits), [split, edits]);
  const view = useMemo(() => panelView(text, edited), [text, edited]);
  const shown = useMemo(() => filterView(view, filter), [view, filter]);
  const editedKeys = useMemo(() => new Set(Object.keys(edits)), [edits]);
  const skipped = useMemo(() => skippedEntries(text, split.analysis, skips), [text, split, skips]);
  const counts = { problem: view.counts.problems, action: view.counts.actions, finding: view.counts.findings, outline: view.counts.headings };
  const canSave = view.counts.actions + view.counts.problems > skipped.size;
  const splitCount = new Set([...split.parts.values()].map((p) => p.from)).size;

  /** Runs a skip or unskip; the buttons wait, and a failure is said. */
  const run = (work: Promise<unknown>) => {
    setBusy(true);
    setChoiceError(null);
    work.then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        setChoiceError(error instanceof Error ? error.message : String(error));
      },
    );
    setStatus({ kind: 'idle' });
  };

  const choices: ItemChoices | undefined =
    onSave && onSkip && onUnskip
      ? {
          skipOf: (kind, start, end) => skipped.get(skipKey(kind, start, end)),
          onSkip: (kind, start, end, words) => run(onSkip(skipRequestFor(text, kind, start, end, words))),
          onUnskip: (skip) => run(onUnskip(skip.id)),
          busy,
          partOf: (key) => split.parts.get(key),
          pointsOf: (start, end) =>
            splitPoints(text, { start, end }).map((at) => ({
              at,
              before: `${at - start > AROUND ? '…' : ''}${text.slice(Math.max(start, at - AROUND), at).trim()}`,
              after: `${text.slice(at, Math.min(end, at + AROUND)).trim()}${end - at > AROUND ? '…' : ''}`,
            })),
          onSplit: (key, at) => {
            setOwnSplits((prev) => ({ ...prev, [key]: [...(splits[key] ?? []), at].sort((a, b) => a - b) }));
            // A correction of the whole action goes with each part.
            const edit = edits[key];
            if (edit) {
              const next = applySplits(analysis, text, { ...splits, [key]: [...(splits[key] ?? []), at] });
              setEdits((prev) => {
                const out = { ...prev };
                delete out[key];
                for (const [k, p] of next.parts) if (p.from === key) out[k] = edit;
                return out;
              });
            }
            setStatus({ kind: 'idle' });
          },
          onUnsplit: (from) => {
            // null undoes a split the checklist holds; one made here is simply forgotten.
            setOwnSplits((prev) => {
              const out = { ...prev };
              if (ledgerSplits[from]) out[from] = null;
              else delete out[from];
              return out;
            });
            setEdits((prev) => {
              const out = { ...prev };
              for (const [k, p] of split.parts) if (p.from === from) delete out[k];
              return out;
            });
            setStatus({ kind: 'idle' });
          },
        }
      : undefined;

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
    onSave(edited, split.analysis).then(
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
      {choices && (skipped.size > 0 || splitCount > 0) && (
        <p className="pending-choices small" role="status">
          {t('choice.pending', {
            list: [skipped.size ? t('choice.pendingSkipped', { n: skipped.size }) : '', splitCount ? t('choice.pendingSplit', { n: splitCount }) : ''].filter(Boolean).join(t('choice.separator')),
          })}
        </p>
      )}
      {choiceError && <p className="error">{t('choice.failed', { message: choiceError })}</p>}
      {tools}
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
          choices={choices}
        />
      )}
    </article>
  );
}
