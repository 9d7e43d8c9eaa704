/** Side panel: paste a draft, see its outline, problem lists, action items and drafting hints as you type. */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AnalysisView } from '@/components/analysis-view';
import { useAnalysis } from '@/components/use-analysis';
import '@/assets/page.css';

function SidePanel() {
  const [text, setText] = useState('');
  const { analysis, text: analysed, error, pending } = useAnalysis(text);
  return (
    <main>
      <div className="page-toolbar">
        <h1>落实 · 文稿分析</h1>
        <a href="dashboard.html" target="_blank" rel="noopener">
          打开本地文件
        </a>
      </div>
      <label htmlFor="draft">粘贴文稿</label>
      <textarea id="draft" value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      {error && <p className="page-error">分析出错：{error}</p>}
      {!text.trim() && <p className="page-note">粘贴讲话稿、工作报告或通知的全文，即可看到提纲、问题清单、落实事项和起草提示。文稿只在本机分析，不会上传。</p>}
      {analysis && (
        <div style={{ opacity: pending ? 0.6 : 1 }}>
          <AnalysisView analysis={analysis} text={analysed} />
        </div>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel />
  </StrictMode>,
);
