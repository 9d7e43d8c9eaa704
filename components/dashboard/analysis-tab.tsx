/** 文稿分析: open a local draft (.docx, .txt or .md) and see its analysis, without saving it. Nothing leaves the machine. */
import { useState } from 'react';
import { AnalysisView } from '@/components/analysis-view';
import { useAnalysis } from '@/components/use-analysis';
import { readDraftFile } from '@/lib/import/read-draft';
import type { AnalyzeOptions } from '@/lib/schema/analysis';

interface OpenedFile {
  name: string;
  size: number;
  encoding: string;
}

export function AnalysisTab({ options }: { options: AnalyzeOptions }) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const { analysis, text: analysed, error } = useAnalysis(text, options);

  async function open(picked: File | undefined) {
    if (!picked) return;
    setReadError(null);
    setFile(null);
    setText('');
    const result = await readDraftFile(picked);
    if (!result.ok) {
      setReadError(result.error);
      return;
    }
    setFile({ name: picked.name, size: picked.size, encoding: result.encoding });
    setText(result.text);
  }

  return (
    <section className="analysis-tab" data-testid="analysis-tab">
      <div className="page-toolbar">
        <label htmlFor="file">打开文稿</label>
        <input id="file" type="file" accept=".docx,.txt,.md,.markdown,text/plain,text/markdown" onChange={(e) => void open(e.target.files?.[0])} />
        {file && (
          <span className="page-note">
            {file.name} · {(file.size / 1024).toFixed(1)} KB · {file.encoding.toUpperCase()}
          </span>
        )}
      </div>
      {readError && <p className="page-error">{readError}</p>}
      {error && <p className="page-error">分析出错：{error}</p>}
      {!file && !readError && <p className="page-note">选择一个 .docx、.txt 或 .md 文稿（UTF-8 或 GB18030 编码）。文稿只在本机分析，不会上传，也不保存；要保存为督办台账，请用「导入导出」。</p>}
      {analysis && <AnalysisView analysis={analysis} text={analysed} />}
    </section>
  );
}
