/**
 * 文稿分析: open a local draft (.docx, .txt or .md) and see its analysis, without saving it. Nothing leaves the
 * machine. The analysis runs in the page's worker (page-analyzer.ts), so a long draft does not freeze the page; it
 * is shown by the side panel's renderer, read-only (no save bar, no corrections), in the page's language.
 */
import { useRef, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { DraftPanel } from '@/components/panel/draft-panel';
import type { OffThreadAnalyzer } from '@/lib/import/analyze-off-thread';
import { readDraftFile } from '@/lib/import/read-draft';
import type { Analysis, AnalyzeOptions } from '@/lib/schema/analysis';
import { pageAnalyzer } from './page-analyzer';

interface OpenedFile {
  name: string;
  size: number;
  encoding: string;
}

type Result = { state: 'idle' } | { state: 'analysing' } | { state: 'done'; seq: number; name: string; text: string; analysis: Analysis } | { state: 'error'; message: string };

export function AnalysisTab({ options, analyzer }: { options: AnalyzeOptions; /** Tests pass a fake; by default the page's worker. */ analyzer?: OffThreadAnalyzer }) {
  const { t } = useI18n();
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [result, setResult] = useState<Result>({ state: 'idle' });
  // Only the last file opened is shown: an earlier analysis that ends later is dropped.
  const latest = useRef(0);

  async function open(picked: File | undefined) {
    if (!picked) return;
    const seq = ++latest.current;
    setReadError(null);
    setFile(null);
    setResult({ state: 'idle' });
    const read = await readDraftFile(picked);
    if (seq !== latest.current) return;
    if (!read.ok) {
      setReadError(read.error);
      return;
    }
    setFile({ name: picked.name, size: picked.size, encoding: read.encoding });
    if (!read.text.trim()) return;
    setResult({ state: 'analysing' });
    try {
      const analysis = await (analyzer ?? pageAnalyzer()).analyze(read.text, options);
      if (seq === latest.current) setResult({ state: 'done', seq, name: picked.name, text: read.text, analysis });
    } catch (error) {
      if (seq === latest.current) setResult({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="analysis-tab" data-testid="analysis-tab">
      <div className="page-toolbar">
        <label htmlFor="file">{t('analysis.open')}</label>
        <input id="file" type="file" accept=".docx,.xlsx,.txt,.md,.markdown,text/plain,text/markdown" onChange={(e) => void open(e.target.files?.[0])} data-testid="analysis-file" />
        {file && (
          <span className="page-note">
            {t('analysis.file', { name: file.name, kb: (file.size / 1024).toFixed(1), encoding: file.encoding.toUpperCase() })}
          </span>
        )}
      </div>
      {readError && <p className="page-error">{readError}</p>}
      {result.state === 'analysing' && (
        <p className="page-note" role="status" data-testid="analysis-pending">
          {t('analysis.pending')}
        </p>
      )}
      {result.state === 'error' && <p className="page-error">{result.message}</p>}
      {!file && !readError && <p className="page-note">{t('analysis.hint')}</p>}
      {result.state === 'done' && <DraftPanel key={result.seq} text={result.text} analysis={result.analysis} pageTitle={result.name} />}
    </section>
  );
}
