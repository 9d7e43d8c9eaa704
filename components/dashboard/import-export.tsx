/**
 * 导入导出: drafts in (.docx, .xlsx 分工表, .txt, .md files — several at once, dropped or chosen — and pasted text;
 * a workbook of several sheets is read from its first sheet with text and offers the others), each read,
 * analysed with the user's settings (reference date, lexicon) in a worker off the page's thread
 * (lib/import/analyze-off-thread.ts) and saved as a new checklist, with a progress bar that moves while the worker
 * runs; files chosen during an import wait in a queue. The 台账 out (xlsx, csv, markdown per document); and the
 * json backup (export, restore all-or-nothing, wipe), with the settings and enabled sites — whose host access a
 * restore on a new browser asks for again with a button (a permission request needs the click).
 */
import { useEffect, useRef, useState } from 'react';
import { isoDay } from '@/lib/calendar';
import { ledgerCsv, ledgerMarkdown } from '@/lib/checklist/export-text';
import type { BackupPreview, ChecklistRepository } from '@/lib/db/repository';
import { analyzeShare, type AnalyzerThread, type OffThreadAnalyzer } from '@/lib/import/analyze-off-thread';
import { baseName, readDraftFile } from '@/lib/import/read-draft';
import { firstLine } from '@/lib/panel/draft-source';
import type { AnalyzeOptions } from '@/lib/schema/analysis';
import type { DocumentRecord } from '@/lib/schema/checklist';
import { useI18n } from '@/components/i18n';
import { pageAnalyzer } from './page-analyzer';

/** Offers `data` as a download named `name`. */
export function download(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: no characters file systems refuse, at most 60 characters. */
export function fileNameOf(title: string): string {
  // oxlint-disable-next-line no-control-regex -- control characters are among those file names cannot hold
  return title.replace(/[\\/:*?"<>|\u0000-\u001f《》]/g, '').trim().slice(0, 60) || '督办台账';
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type ImportStage = 'read' | 'convert' | 'analyze' | 'save';

interface ProgressState {
  label: string;
  value: number;
  stage: ImportStage;
  /** Where the analysis runs (shown to the e2e suite as `data-thread`). */
  thread?: AnalyzerThread;
}

/** A file waiting to be imported; an .xlsx may name the sheet to read. */
interface QueuedFile {
  file: File;
  sheet?: string;
}

interface ImportResult {
  text: string;
  documentId?: string;
  error?: boolean;
  /** An .xlsx of several sheets: the one read, and the workbook to read another from. */
  sheets?: { file: File; names: string[]; read: string };
}

/** How often the bar moves while the worker analyses. */
const ANALYZE_TICK_MS = 100;


export interface ImportExportProps {
  repo: ChecklistRepository;
  documents: DocumentRecord[];
  analyzeOptions: () => AnalyzeOptions;
  onShowDocument(id: string): void;
  /** Runs the analyses (tests pass a fake); by default a worker made on first import. */
  analyzer?: OffThreadAnalyzer;
  /** Asks for the host permission of restored enabled sites (inside the click); absent where it cannot. */
  grantSites?: (sites: string[]) => Promise<boolean>;
}

export function ImportExport({ repo, documents, analyzeOptions, onShowDocument, analyzer: givenAnalyzer, grantSites }: ImportExportProps) {
  const { t, dateTime } = useI18n();
  const [progress, setProgress] = useState<ProgressState | null>(null);
  // Files chosen or dropped while an import runs wait here, in order; `running` is read synchronously.
  const queue = useRef<QueuedFile[]>([]);
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState(0);
  const analyzer = () => givenAnalyzer ?? pageAnalyzer();
  const [results, setResults] = useState<ImportResult[]>([]);
  const [pasted, setPasted] = useState('');
  const [pasteTitle, setPasteTitle] = useState('');
  const [exportDoc, setExportDoc] = useState('');
  const [backupMessage, setBackupMessage] = useState<{ text: string; error?: boolean } | null>(null);
  // A backup file that passed every check, shown with what it holds until the person confirms or cancels.
  const [pendingRestore, setPendingRestore] = useState<BackupPreview | null>(null);
  const [restoring, setRestoring] = useState(false);
  // Enabled sites a restore brought back, until their access is granted.
  const [restoredSites, setRestoredSites] = useState<string[]>([]);
  // Rows an upgrade kept shortened (originals aside, in the backup).
  const [quarantined, setQuarantined] = useState(0);
  useEffect(() => {
    let alive = true;
    void repo.quarantineCount?.().then((n) => alive && setQuarantined(n), () => undefined);
    return () => {
      alive = false;
    };
  }, [repo]);
  const [dragging, setDragging] = useState(false);
  const docId = exportDoc || documents[0]?.id || '';

  /** Analyses in the worker; meanwhile the bar moves with time across 60–85 % of this draft's share. */
  const analyzeDraft = async (name: string, text: string, base: number, share: number) => {
    const a = analyzer();
    const label = t('import.stage.analyze', { name });
    const from = base + share * 0.6;
    const started = Date.now();
    const show = () => setProgress({ label, value: from + share * 0.25 * analyzeShare(Date.now() - started, text.length), stage: 'analyze', thread: a.thread });
    // Sent first (on this thread only from a later task), so that the bar says where it runs.
    const analysis = a.analyze(text, analyzeOptions());
    show();
    const tick = setInterval(show, ANALYZE_TICK_MS);
    try {
      return await analysis;
    } finally {
      clearInterval(tick);
    }
  };

  const saveDraft = async (name: string, text: string, title: string | null, key: string, base: number, share: number) => {
    const analysis = await analyzeDraft(name, text, base, share);
    setProgress({ label: t('import.stage.save', { name }), value: base + share * 0.85, stage: 'save' });
    await nextFrame();
    const docTitle = analysis.title || title || name;
    const saved = await repo.saveAnalysis({ key, title: docTitle, url: null, site: null, editor: 'file', text, analysis });
    const problems = analysis.problemGroups.reduce((n, g) => n + g.items.length, 0);
    return { text: t('import.saved', { title: docTitle, problems, actions: analysis.actions.length }), documentId: saved.documentId };
  };

  /** Imports `files` one by one; during an import they join the queue and are imported after the ones before. */
  const importFiles = async (files: QueuedFile[]) => {
    if (!files.length) return;
    queue.current.push(...files);
    if (running.current) setQueued(queue.current.length);
    else await drain();
  };

  /** Imports the queued files, and those queued meanwhile, in order; their results follow `before`. */
  const drain = async (before: typeof results = []) => {
    running.current = true;
    setBusy(true);
    const out: typeof results = [...before];
    setResults(out);
    let done = 0;
    try {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) {
        const { file, sheet } = next;
        setQueued(queue.current.length);
        // Each file's share of the bar; files queued later make the shares smaller.
        const share = 1 / (done + 1 + queue.current.length);
        const base = done * share;
        const name = file.name;
        try {
          const read = await readDraftFile(
            file,
            (stage, f) => setProgress({ label: t(stage === 'read' ? 'import.stage.read' : 'import.stage.convert', { name }), value: base + share * (stage === 'read' ? f * 0.4 : 0.4 + f * 0.2), stage }),
            sheet,
          );
          if (!read.ok) out.push({ text: read.error, error: true });
          else {
            const title = read.sheet && sheet ? `${baseName(name)}（${read.sheet}）` : baseName(name);
            const saved: ImportResult = await saveDraft(name, read.text, title, `file:${name}#${Date.now()}-${done}`, base, share);
            if (read.sheets && read.sheets.length > 1 && read.sheet) saved.sheets = { file, names: read.sheets, read: read.sheet };
            out.push(saved);
          }
        } catch (e) {
          out.push({ text: `${name}：${e instanceof Error ? e.message : String(e)}`, error: true });
        }
        done++;
        setResults([...out]);
      }
    } finally {
      running.current = false;
      setBusy(false);
      setQueued(0);
      setProgress(null);
    }
  };

  const importPaste = async () => {
    // The button is disabled during an import; this guards a click that raced it.
    if (running.current) return;
    running.current = true;
    setBusy(true);
    const title = pasteTitle.trim();
    let shown: typeof results = [];
    try {
      // Without a title of its own, a pasted draft is named by its first line, as in the side panel.
      shown = [await saveDraft(title || t('import.paste'), pasted, title || firstLine(pasted) || null, `paste:${title || 'import'}#${Date.now()}`, 0, 1)];
      setPasted('');
      setPasteTitle('');
    } catch (e) {
      // The pasted text stays in the box, so nothing is lost.
      shown = [{ text: e instanceof Error ? e.message : String(e), error: true }];
    } finally {
      setResults(shown);
      running.current = false;
      setBusy(false);
      setProgress(null);
      // Files chosen while the pasted draft was analysed come next, their results after the paste's.
      if (queue.current.length) void drain(shown);
    }
  };

  const exportLedger = async (format: 'xlsx' | 'csv' | 'markdown') => {
    const ledger = await repo.loadLedger(docId);
    if (!ledger) return;
    const name = fileNameOf(ledger.title);
    if (format === 'csv') download(`${name}.csv`, ledgerCsv(ledger), 'text/csv;charset=utf-8');
    else if (format === 'markdown') download(`${name}.md`, ledgerMarkdown(ledger), 'text/markdown;charset=utf-8');
    else {
      // exceljs is large: loaded only when someone exports.
      const { ledgerXlsx } = await import('@/lib/checklist/export-xlsx');
      download(`${name}.xlsx`, await ledgerXlsx(ledger), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    }
  };

  const exportBackup = async () => {
    download(`luoshi-backup-${isoDay(Date.now()).replaceAll('-', '')}.json`, await repo.exportBackupJson(), 'application/json');
  };

  /** First step of a restore: the file is read and checked whole; only a valid one is offered, with what it holds. */
  const checkBackup = async (file: File | undefined) => {
    if (!file) return;
    setPendingRestore(null);
    setBackupMessage({ text: t('backup.checking', { name: file.name }) });
    try {
      setPendingRestore(await repo.checkBackupFile(file));
      setBackupMessage(null);
    } catch (e) {
      setBackupMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    }
  };

  /** Second step, once confirmed: the checked content replaces the database. */
  const restoreBackup = async (preview: BackupPreview) => {
    setRestoring(true);
    try {
      const r = await repo.restoreBackup(preview.backup);
      setPendingRestore(null);
      const sites = r.sites ?? [];
      setBackupMessage({ text: `${t('backup.imported', { documents: r.documents, items: r.items, notes: r.notes })}${r.sites ? ` ${t('backup.sites', { n: sites.length })}` : ''}` });
      setRestoredSites(sites);
      setQuarantined(await repo.quarantineCount());
    } catch (e) {
      setBackupMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    } finally {
      setRestoring(false);
    }
  };

  /** The backup's date in the page's language; a date the file spells oddly is shown as written. */
  const exportedAtText = (iso: string) => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? iso : dateTime(ms);
  };

  const wipe = async () => {
    if (!window.confirm(t('backup.wipeConfirm'))) return;
    await repo.wipe();
    setQuarantined(0);
    setBackupMessage({ text: t('backup.wiped') });
  };

  return (
    <section className="import-export" data-testid="import-export">
      <div className="card">
        <h2>{t('import.title')}</h2>
        <p className="page-note">{t('import.note')}</p>
        <div
          className={`drop${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void importFiles([...e.dataTransfer.files].map((file) => ({ file })));
          }}
        >
          <label className="file-button">
            {t('import.choose')}
            <input
              type="file"
              multiple
              accept=".docx,.xlsx,.txt,.md,.markdown,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                void importFiles([...(e.target.files ?? [])].map((file) => ({ file })));
                e.target.value = '';
              }}
              data-testid="import-files"
            />
          </label>
          <span className="muted">{t('import.drop')}</span>
        </div>
        <details className="paste" open>
          <summary>{t('import.paste')}</summary>
          <input type="text" value={pasteTitle} onChange={(e) => setPasteTitle(e.target.value)} placeholder={t('import.pasteTitle')} aria-label={t('import.pasteTitle')} data-testid="paste-title" />
          <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={8} aria-label={t('import.pasteText')} data-testid="paste-text" />
          <button type="button" className="primary-button" disabled={!pasted.trim() || busy} onClick={() => void importPaste()} data-testid="paste-save">
            {t('import.pasteSave')}
          </button>
          {busy && pasted.trim() && <span className="muted"> {t('import.pasteBusy')}</span>}
        </details>
        {progress && (
          <div className="progress" role="status">
            <progress max={1} value={progress.value} data-stage={progress.stage} data-thread={progress.thread} data-testid="import-progress" />
            <span>{progress.label}</span>
            {queued > 0 && (
              <span className="muted" data-testid="import-queued">
                {t('import.queued', { n: queued })}
              </span>
            )}
          </div>
        )}
        {results.length > 0 && (
          <ul className="results" data-testid="import-results">
            {results.map((r, i) => (
              <li key={i} className={r.error ? 'page-error' : ''}>
                {r.text}{' '}
                {r.documentId && (
                  <button type="button" className="link-button" onClick={() => onShowDocument(r.documentId!)}>
                    {t('import.show')}
                  </button>
                )}
                {r.sheets && (
                  <label className="inline muted">
                    {' '}
                    {t('import.sheet', { sheet: r.sheets.read, n: r.sheets.names.length })}
                    <select
                      value=""
                      disabled={busy}
                      onChange={(e) => e.target.value && void importFiles([{ file: r.sheets!.file, sheet: e.target.value }])}
                      data-testid="import-sheet"
                    >
                      <option value="">—</option>
                      {r.sheets.names
                        .filter((n) => n !== r.sheets!.read)
                        .map((n) => (
                          <option key={n} value={n}>
                            {n}
                          </option>
                        ))}
                    </select>
                  </label>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="card">
        <h2>{t('export.title')}</h2>
        <div className="form-row">
          <label className="inline">
            {t('export.document')}
            <select value={docId} onChange={(e) => setExportDoc(e.target.value)} data-testid="export-document">
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="small-button" disabled={!docId} onClick={() => void exportLedger('xlsx')} data-testid="export-xlsx">
            {t('export.xlsx')}
          </button>
          <button type="button" className="small-button" disabled={!docId} onClick={() => void exportLedger('csv')} data-testid="export-csv">
            {t('export.csv')}
          </button>
          <button type="button" className="small-button" disabled={!docId} onClick={() => void exportLedger('markdown')} data-testid="export-markdown">
            {t('export.markdown')}
          </button>
        </div>
      </div>

      <div className="card">
        <h2>{t('backup.title')}</h2>
        <p className="page-note">{t('backup.note')}</p>
        {quarantined > 0 && (
          <p className="page-note" data-testid="backup-quarantine">
            {t('db.quarantine', { n: quarantined })}
          </p>
        )}
        <div className="form-row">
          <button type="button" className="small-button" onClick={() => void exportBackup()} data-testid="backup-export">
            {t('backup.export')}
          </button>
          <label className="file-button">
            {t('backup.import')}
            <input
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                void checkBackup(e.target.files?.[0]);
                e.target.value = '';
              }}
              data-testid="backup-import"
            />
          </label>
          <button type="button" className="link-button danger" onClick={() => void wipe()} data-testid="backup-wipe">
            {t('backup.wipe')}
          </button>
        </div>
        {pendingRestore && (
          <div className="restore-confirm" role="alertdialog" aria-labelledby="restore-confirm-title" data-testid="backup-preview">
            <p id="restore-confirm-title">
              <strong>{t('backup.previewTitle', { date: exportedAtText(pendingRestore.exportedAt) })}</strong>
            </p>
            <p>
              {t('backup.previewCounts', { documents: pendingRestore.documents, items: pendingRestore.items, notes: pendingRestore.notes, revisions: pendingRestore.revisions })}
              {pendingRestore.deleted > 0 && ` ${t('backup.previewTrash', { n: pendingRestore.deleted })}`}
              {pendingRestore.sites && ` ${t('backup.previewSites', { n: pendingRestore.sites.length })}`}
              {pendingRestore.numbers !== null && ` ${t('backup.previewNumbers', { n: pendingRestore.numbers })}`}
            </p>
            <p>{t('backup.confirm')}</p>
            <div className="form-row">
              <button type="button" className="primary-button" disabled={restoring} onClick={() => void restoreBackup(pendingRestore)} data-testid="backup-confirm">
                {t('backup.confirmRestore')}
              </button>
              <button type="button" className="small-button" disabled={restoring} onClick={() => setPendingRestore(null)} data-testid="backup-cancel">
                {t('backup.cancel')}
              </button>
            </div>
          </div>
        )}
        {backupMessage && (
          <p className={backupMessage.error ? 'page-error' : 'page-note'} role="status" data-testid="backup-message">
            {backupMessage.text}
          </p>
        )}
        {grantSites && restoredSites.length > 0 && (
          <button type="button" className="small-button" onClick={() => void grantSites(restoredSites).then((ok) => ok && setRestoredSites([]))} data-testid="backup-grant">
            {t('backup.grant')}
          </button>
        )}
      </div>
    </section>
  );
}
