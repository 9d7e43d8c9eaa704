// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis/index';
import { AnalyzeError, type OffThreadAnalyzer } from '@/lib/import/analyze-off-thread';
import { I18nProvider } from '../i18n';
import { AnalysisTab } from './analysis-tab';
import { deferredAnalyzer, mountZh, until } from './testing';

const draft = (unit: string) => `在${unit}推进会上的讲话\n同志们：\n当前还存在两个方面的问题：一是推进不够快；二是责任不够实。\n${unit}住建局要在年底前完成老旧小区改造任务。\n`;

let cleanup = () => {};
afterEach(() => cleanup());

function mount(analyzer: OffThreadAnalyzer) {
  const { container, choose, unmount } = mountZh(<AnalysisTab options={{ referenceDate: '2026-03-01' }} analyzer={analyzer} />);
  cleanup = unmount;
  return { open: (file: File) => choose('analysis-file', file), text: () => container.textContent ?? '' };
}

describe('AnalysisTab', () => {
  it('says it is analysing while the worker runs, then shows the analysis of the last file opened', async () => {
    const { analyzer, waiting } = deferredAnalyzer();
    const page = mount(analyzer);
    page.open(new File([draft('县')], '县.txt'));
    await until(() => waiting.length === 1);
    expect(page.text()).toContain('正在分析……');
    page.open(new File([draft('市')], '市.txt'));
    await until(() => waiting.length === 2);
    // The later file wins, whichever analysis ends first.
    waiting[1]!.resolve(analyze(waiting[1]!.text, { referenceDate: '2026-03-01' }));
    waiting[0]!.resolve(analyze(waiting[0]!.text, { referenceDate: '2026-03-01' }));
    await until(() => page.text().includes('市住建局'));
    expect(page.text()).not.toContain('县住建局');
    expect(page.text()).not.toContain('正在分析');
    expect(page.text()).toContain('市.txt');
  });

  it('shows an analysis error in words, and nothing half-made', async () => {
    const { analyzer, waiting } = deferredAnalyzer();
    const page = mount(analyzer);
    page.open(new File([draft('县')], '县.txt'));
    await until(() => waiting.length === 1);
    waiting[0]!.reject(new AnalyzeError('分析进程意外退出，请重试', 'error'));
    await until(() => page.text().includes('分析进程意外退出，请重试'));
    expect(page.text()).not.toContain('县住建局');
  });

  it('shows the analysis with the side panel’s renderer, read-only: no save bar and no corrections', async () => {
    const { analyzer, waiting } = deferredAnalyzer();
    const { container, choose, unmount } = mountZh(<AnalysisTab options={{ referenceDate: '2026-03-01' }} analyzer={analyzer} />);
    cleanup = unmount;
    choose('analysis-file', new File([draft('县')], '县.txt'));
    await until(() => waiting.length === 1);
    waiting[0]!.resolve(analyze(waiting[0]!.text, { referenceDate: '2026-03-01' }));
    await until(() => container.querySelector('.draft-panel') !== null);
    const texts = (selector: string) => [...container.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(texts('.panel-section h3')).toEqual(['问题清单', '落实事项']);
    expect(texts('.action-item .facts')[0]).toContain('县住建局时限年底前2026年12月31日');
    expect(texts('.problem-group .group-head')).toEqual(['两个方面 · 列出2项']);
    expect(container.querySelector('.save-bar')).toBeNull();
    expect(texts('button').filter((b) => b === '修改')).toEqual([]);
    expect(container.querySelector('.entry-link')).toBeNull();
  });

  it('speaks the page’s language, the analysis included', async () => {
    const { analyzer, waiting } = deferredAnalyzer();
    const { container, choose, unmount } = mountZh(
      <I18nProvider locale="en">
        <AnalysisTab options={{ referenceDate: '2026-03-01' }} analyzer={analyzer} />
      </I18nProvider>,
    );
    cleanup = unmount;
    expect(container.textContent).toContain('Open a draft');
    expect(container.textContent).toContain('analysed on this machine only');
    choose('analysis-file', new File([draft('县')], '县.txt'));
    await until(() => waiting.length === 1);
    expect(container.textContent).toContain('Analysing…');
    waiting[0]!.resolve(analyze(waiting[0]!.text, { referenceDate: '2026-03-01' }));
    await until(() => container.querySelector('.draft-panel') !== null);
    expect([...container.querySelectorAll('.panel-section h3')].map((h) => h.textContent)).toEqual(['Problems', 'Action items']);
    expect(container.querySelector('.action-item .facts')?.textContent).toContain('Dec 31, 2026');
  });
});
