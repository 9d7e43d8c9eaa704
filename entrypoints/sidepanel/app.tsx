/**
 * The side panel: the active tab's draft (EditorState from the background) with a click-to-reveal view and saving
 * into the checklist; where the page cannot be annotated in place, a notice saying why, the captured selection,
 * and the paste box. Wires the browser (editor-source.ts, the checklist client) to components/panel.
 */
import { useMemo, useRef, useState } from 'react';
import { browser } from '#imports';
import { DraftPanel } from '@/components/panel/draft-panel';
import { NoHighlightNotice } from '@/components/panel/no-highlight-notice';
import { useAnalysis } from '@/components/use-analysis';
import { useI18n } from '@/components/i18n';
import { correctionsBetween } from '@/lib/checklist/corrections';
import { checklistChannel } from '@/lib/messaging/checklist';
import { editorChannel } from '@/lib/messaging/editor';
import type { AddedItem } from '@/lib/messaging/editor-protocol';
import { CAPTURE_SHORTCUT } from '@/lib/panel/capture';
import { draftKey, firstLine, siteOf } from '@/lib/panel/draft-source';
import type { Spanned } from '@/lib/panel/view-model';
import type { Analysis } from '@/lib/schema/analysis';
import type { UserSettings } from '@/lib/schema/settings';
import { analyzeOptionsFor } from '@/lib/settings/store';
import { siteOrigin } from '@/lib/sites';
import { useBadgePlace } from './use-badge-place';
import { revealInEditor } from './editor-source';
import { useEntryFocus } from './use-entry-focus';
import { useExistingChecklist } from './use-existing-checklist';
import { useAddOutcome, useLedgerChoices, usePageSelection, usePendingChoices } from './use-ledger-choices';
import { usePageDraft } from './use-page-draft';

/** The checklist of one document in the dashboard (which filters by `?document=`). */
const dashboardHref = (documentId: string) => `dashboard.html?document=${encodeURIComponent(documentId)}`;

export function App({ settings }: { settings: UserSettings }) {
  const { t, locale, setLocale } = useI18n();
  const client = useMemo(() => checklistChannel.sender((message) => browser.runtime.sendMessage(message)), []);
  const page = usePageDraft();
  // The tab for which the reader chose the paste box (it does not follow them to another tab).
  const [pasteTab, setPasteTab] = useState<number | null | undefined>(undefined);
  const [pasted, setPasted] = useState('');
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  const pasteResult = useAnalysis(pasted, analyzeOptionsFor(settings));
  const [revealError, setRevealError] = useState<string | null>(null);
  // A highlight card's 在侧边栏中查看: scroll to its entry once the tab's draft shows it.
  useEntryFocus(page.tab?.id ?? null);

  // nb. A page without an editor (or a canvas suite) publishes a state with no text: only its reason counts.
  const state = page.state?.text.trim() ? page.state : null;
  const pasteChosen = pasteTab !== undefined && pasteTab === (page.tab?.id ?? null);
  const setPasteChosen = (on: boolean) => setPasteTab(on ? (page.tab?.id ?? null) : undefined);
  const pasteMode = pasteChosen || (!page.loading && !state);
  const pasteTitle = pasteResult.analysis?.title ?? firstLine(pasteResult.text);
  const key = pasteMode
    ? pasteResult.analysis
      ? draftKey('paste', { url: '', editorId: 'paste', title: pasteTitle, text: pasteResult.text })
      : null
    : state
      ? draftKey('page', { url: state.url, editorId: state.editorId, title: state.title })
      : null;
  const { existing, recheck } = useExistingChecklist(client, key);
  const shownText = pasteMode ? pasteResult.text : (state?.text ?? '');
  const shownAnalysis = pasteMode ? pasteResult.analysis : (state?.analysis ?? null);
  const ledger = useLedgerChoices(client, key, existing, shownText, shownAnalysis);
  // 拆分 and 修改 made before saving outlive the panel (storage.session by draft key) until a save puts them in the checklist.
  const pending = usePendingChoices(key);
  // The last add's outcome: from the button, or from the context menu (its failure too: the menu has no other voice).
  const [addOutcome, setAddOutcome] = useAddOutcome(page.tab?.id ?? null);
  const added = addOutcome && 'item' in addOutcome ? addOutcome.item : null;
  const addError = addOutcome && 'error' in addOutcome ? addOutcome.error : null;
  const [adding, setAdding] = useState(false);
  // 「所选文字加入督办台账」 is offered only with something to add: text selected in the page's editor (the content
  // script says when), in the paste box, or a captured selection (added whole).
  const pageSelected = usePageSelection(page.tab?.id ?? null);
  const [pasteSelected, setPasteSelected] = useState(false);
  const capturedShown = state?.editorKind === 'selection' && !pasteMode;
  const canAdd = pasteMode ? pasteSelected : capturedShown || pageSelected;
  // The on-page badge of the shown page's site: shown or hidden from here too.
  const badge = useBadgePlace(!pasteMode && state?.canHighlight ? siteOrigin(state.url) : null);

  /** 「加入督办台账」: the editor's selection (through the background, which reads the page), or the paste box's. */
  const addSelection = () => {
    setAddOutcome(null);
    let work: Promise<AddedItem>;
    if (pasteMode) {
      const box = pasteBox.current;
      const start = box?.selectionStart ?? 0;
      const end = box?.selectionEnd ?? 0;
      if (!box || end <= start || !pasteResult.text.slice(start, end).trim() || !key) {
        setAddOutcome({ error: t('addSel.none') });
        return;
      }
      work = client.addItem({ key, selection: { text: pasteResult.text, start, end }, title: pasteTitle }).then((item) => ({ id: item.id, text: item.text, documentId: item.documentId }));
    } else {
      const tabId = page.tab?.id;
      if (tabId === undefined) return;
      work = editorChannel.sender((message) => browser.runtime.sendMessage(message))['editor.addSelection']({ tabId });
    }
    setAdding(true);
    work.then(
      (item) => {
        setAdding(false);
        setAddOutcome({ item });
        recheck();
      },
      (error: unknown) => {
        setAdding(false);
        setAddOutcome({ error: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  const addBar = (
    <div className="add-selection">
      <button type="button" className="small-button" title={t('addSel.title')} disabled={adding || !canAdd} aria-describedby={canAdd ? undefined : 'add-selection-hint'} onClick={addSelection} data-testid="add-selection">
        {capturedShown ? t('addSel.captured') : t('addSel.button')}
      </button>
      {!canAdd && (
        <span id="add-selection-hint" className="muted small">
          {t(pasteMode ? 'addSel.hintPaste' : 'addSel.hint')}
        </span>
      )}
      <div role="status" className="small">
        {added && (
          <p className="added-item">
            {t('addSel.done', { text: added.text.length > 40 ? `${added.text.slice(0, 39)}…` : added.text.replace(/[。；！？]$/, '') })}{' '}
            <a href={dashboardHref(added.documentId)} target="_blank" rel="noopener">
              {t('save.open')}
            </a>
          </p>
        )}
        {addError && (
          <p className="error" data-testid="add-selection-error">
            {t('addSel.failed', { message: addError })}
          </p>
        )}
      </div>
    </div>
  );

  // The panel hands over the analysis with its corrections applied and the draft's own (with the splits made in
  // the panel); the latter goes to the checklist with the corrections beside it, so they are saved as hand edits
  // (kept by later re-saves, listed in the merge report).
  const save = async (corrected: Analysis, analysis: Analysis, text: string) => {
    const corrections = correctionsBetween(analysis, corrected);
    const result = await client.saveAnalysis(
      pasteMode || !state
        ? { key: key!, title: analysis.title ?? pasteTitle, url: null, site: null, editor: 'paste', text, analysis, corrections }
        : { key: key!, title: analysis.title ?? state.title, url: state.url, site: siteOf(state.url), editor: state.editorKind, text, analysis, corrections },
    );
    pending.saved();
    recheck();
    return result;
  };

  const revealInPasteBox = (span: Spanned) => {
    const box = pasteBox.current;
    if (!box) return;
    // nb. Blur first: Chromium scrolls a textarea to its selection when it gains focus.
    box.blur();
    box.setSelectionRange(span.start, span.end);
    box.focus();
  };

  const reveal = (span: Spanned) => {
    setRevealError(null);
    if (pasteMode) revealInPasteBox(span);
    else if (state?.canHighlight) revealInEditor(state, span).catch((error: unknown) => setRevealError(error instanceof Error ? error.message : String(error)));
  };

  const notice = (captured: boolean, withPasteButton: boolean) => (
    <NoHighlightNotice reason={page.reason} captured={captured} url={page.state?.url || page.tab?.url || ''} shortcut={CAPTURE_SHORTCUT}>
      {withPasteButton && (
        <button type="button" className="small-button" onClick={() => setPasteChosen(true)}>
          {t('paste.show')}
        </button>
      )}
    </NoHighlightNotice>
  );

  return (
    <main className="side-panel">
      <div className="top-bar">
        <h1>{t('panel.title')}</h1>
        <button type="button" className="small-button" lang={locale === 'en' ? 'zh-CN' : 'en'} onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
          {t('app.language')}
        </button>
        <a href="dashboard.html" target="_blank" rel="noopener">
          {t('app.openDashboard')}
        </a>
      </div>

      {page.error && <p className="error">{t('error.state', { message: page.error })}</p>}
      {revealError && <p className="error">{t('reveal.failed', { message: revealError })}</p>}
      {page.loading && !pasteChosen && <p className="muted">{t('source.loading')}</p>}

      {!pasteMode && state && (
        <DraftPanel
          key={key}
          text={state.text}
          analysis={state.analysis}
          pageTitle={state.title}
          editorKind={state.editorKind}
          host={siteOf(state.url)}
          notice={state.canHighlight ? undefined : notice(state.editorKind === 'selection', true)}
          revealTitle={state.canHighlight ? t('reveal.title') : ''}
          onReveal={reveal}
          existing={existing}
          onSave={(corrected, draft) => save(corrected, draft, state.text)}
          dashboardHref={dashboardHref}
          skips={ledger.skips}
          onSkip={ledger.skip}
          onUnskip={ledger.unskip}
          ledgerSplits={ledger.ledgerSplits}
          pendingSplits={pending.splits}
          onPendingSplits={pending.setSplits}
          pendingEdits={pending.edits}
          onPendingEdits={pending.setEdits}
          tools={addBar}
        />
      )}
      {!pasteMode && state && badge.place && (
        <label className="page-badge small">
          <input type="checkbox" checked={!badge.place.hidden} onChange={(e) => badge.setHidden(!e.target.checked)} data-testid="page-badge" /> {t('pageBadge.show')}
        </label>
      )}

      {pasteMode && (
        <>
          {!pasteChosen && notice(false, false)}
          {pasteChosen && state && (
            <button type="button" className="small-button back" onClick={() => setPasteChosen(false)}>
              ← {t('paste.back')}
            </button>
          )}
          <label htmlFor="draft">{t('paste.label')}</label>
          <textarea
            id="draft"
            ref={pasteBox}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            onSelect={(e) => {
              const box = e.currentTarget;
              setPasteSelected(box.selectionEnd > box.selectionStart && box.value.slice(box.selectionStart, box.selectionEnd).trim() !== '');
            }}
            spellCheck={false}
          />
          {pasteResult.error && <p className="error">{t('error.analysis', { message: pasteResult.error })}</p>}
          {!pasted.trim() && <p className="muted small">{t('paste.note')}</p>}
          {pasteResult.analysis && (
            <div style={{ opacity: pasteResult.pending ? 0.6 : 1 }}>
              <DraftPanel
                key={key}
                text={pasteResult.text}
                analysis={pasteResult.analysis}
                pageTitle={pasteTitle}
                editorKind="paste"
                host={null}
                revealTitle={t('reveal.paste')}
                onReveal={reveal}
                existing={existing}
                onSave={(corrected, draft) => save(corrected, draft, pasteResult.text)}
                dashboardHref={dashboardHref}
                skips={ledger.skips}
                onSkip={ledger.skip}
                onUnskip={ledger.unskip}
                ledgerSplits={ledger.ledgerSplits}
                pendingSplits={pending.splits}
                onPendingSplits={pending.setSplits}
                pendingEdits={pending.edits}
                onPendingEdits={pending.setEdits}
                tools={addBar}
              />
            </div>
          )}
        </>
      )}
    </main>
  );
}
