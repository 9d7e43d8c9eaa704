/**
 * The dashboard page's analyzer: one module worker (lib/import/analyze-off-thread.ts), made on first use and kept
 * while the page lives, shared by 导入导出 and 文稿分析, so that an analysis goes on when the person switches views.
 */
import { createOffThreadAnalyzer, type OffThreadAnalyzer } from '@/lib/import/analyze-off-thread';

let shared: OffThreadAnalyzer | null = null;

export function pageAnalyzer(): OffThreadAnalyzer {
  return (shared ??= createOffThreadAnalyzer({ onFallback: (reason) => console.warn(`Luoshi: ${reason}; 改在页面中分析`) }));
}
