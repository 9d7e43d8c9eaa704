/** Dashboard page: open a local .txt/.md draft (UTF-8 or GB18030) and see its analysis. Nothing leaves the machine. */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AnalysisView } from '@/components/analysis-view';
import { useAnalysis } from '@/components/use-analysis';
import { decodeErrorMessages, decodeText, type TextEncodingName } from '@/lib/decode-text';
import '@/assets/page.css';

interface OpenedFile {
  name: string;
  size: number;
  encoding: TextEncodingName;
}

function Dashboard() {
  const [text, setText] = useState('');
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const { analysis, text: analysed, error } = useAnalysis(text);

  async function open(picked: File | undefined) {
    if (!picked) return;
    setReadError(null);
    setFile(null);
    setText('');
    try {
      const result = decodeText(new Uint8Array(await picked.arrayBuffer()));
      if (!result.ok) {
        setReadError(`${picked.name}：${decodeErrorMessages[result.error].zh}`);
        return;
      }
      setFile({ name: picked.name, size: picked.size, encoding: result.encoding });
      setText(result.text);
    } catch (e) {
      setReadError(`${picked.name}：无法读取（${e instanceof Error ? e.message : String(e)}）`);
    }
  }

  return (
    <main>
      <h1>落实 · 文稿分析</h1>
      <div className="page-toolbar">
        <label htmlFor="file">打开文稿</label>
        <input id="file" type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" onChange={(e) => void open(e.target.files?.[0])} />
        {file && (
          <span className="page-note">
            {file.name} · {(file.size / 1024).toFixed(1)} KB · {file.encoding.toUpperCase()}
          </span>
        )}
      </div>
      {readError && <p className="page-error">{readError}</p>}
      {error && <p className="page-error">分析出错：{error}</p>}
      {!file && !readError && <p className="page-note">选择一个 .txt 或 .md 文稿（UTF-8 或 GB18030 编码）。文稿只在本机分析，不会上传。</p>}
      {analysis && <AnalysisView analysis={analysis} text={analysed} />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);
