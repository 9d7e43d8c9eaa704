// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/lib/analysis/index';
import type { ChecklistRepository } from '@/lib/db/repository';
import { AnalyzeError, type OffThreadAnalyzer } from '@/lib/import/analyze-off-thread';
import { ImportExport } from './import-export';
import type { Locale } from '@/lib/i18n/index';
import { deferredAnalyzer, mountIn, until } from './testing';

const draft = (unit: string) => `在${unit}推进会上的讲话\n同志们：\n当前还存在两个方面的问题：一是推进不够快；二是责任不够实。\n${unit}住建局要在年底前完成老旧小区改造任务。\n`;

function mount(analyzer: OffThreadAnalyzer, locale: Locale = 'zh-CN') {
  const saved: { key: string; title: string | null | undefined }[] = [];
  const repo = {
    saveAnalysis: vi.fn<(input: { key: string; title?: string | null }) => Promise<unknown>>(async (input) => {
      saved.push({ key: input.key, title: input.title });
      return { documentId: `doc-${saved.length}`, revision: 1, created: true, report: { matched: 0, changed: 0, added: 0, orphaned: 0, keptEdits: 0 } };
    }),
  } as unknown as ChecklistRepository;
  const { q, choose: pick, unmount } = mountIn(
    locale,
    <ImportExport repo={repo} documents={[]} analyzeOptions={() => ({ referenceDate: '2026-03-01' })} onShowDocument={() => {}} analyzer={analyzer} />,
  );
  const choose = (...files: File[]) => pick('import-files', ...files);
  /** Types `text` into the paste box (React follows the value through its own setter, as a person typing would). */
  const paste = (text: string) => {
    const textarea = q('paste-text') as HTMLTextAreaElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, text);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    return textarea;
  };
  return { q, choose, paste, saved, unmount };
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('ImportExport: analysis off the page thread', () => {
  it('moves the bar while the analysis runs, and queues files chosen meanwhile', async () => {
    const { analyzer, waiting } = deferredAnalyzer();
    const page = mount(analyzer);
    cleanup = page.unmount;
    page.choose(new File([draft('县')], '一.txt'));
    await until(() => waiting.length === 1);
    const bar = () => page.q('import-progress') as HTMLProgressElement;
    expect(bar().dataset.stage).toBe('analyze');
    expect(bar().dataset.thread).toBe('worker');
    const first = bar().value;
    await until(() => bar().value > first);
    expect(bar().value).toBeLessThan(0.85);

    // A second choice while the first runs waits its turn, and says so.
    page.choose(new File([draft('市')], '二.txt'), new File([draft('区')], '三.txt'));
    expect(page.q('import-queued')?.textContent).toBe('另有 2 个文件排队，当前文件完成后依次导入');
    expect(waiting).toHaveLength(1);

    waiting[0]!.resolve(analyze(waiting[0]!.text, { referenceDate: '2026-03-01' }));
    await until(() => waiting.length === 2);
    expect(page.q('import-queued')?.textContent).toBe('另有 1 个文件排队，当前文件完成后依次导入');
    waiting[1]!.resolve(analyze(waiting[1]!.text, { referenceDate: '2026-03-01' }));
    await until(() => waiting.length === 3);
    waiting[2]!.resolve(analyze(waiting[2]!.text, { referenceDate: '2026-03-01' }));
    await until(() => page.q('import-progress') === null);

    expect(page.saved.map((s) => s.title)).toEqual(['在县推进会上的讲话', '在市推进会上的讲话', '在区推进会上的讲话']);
    expect([...page.q('import-results')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '已保存《在县推进会上的讲话》：问题 2 项，落实事项 1 项。 查看',
      '已保存《在市推进会上的讲话》：问题 2 项，落实事项 1 项。 查看',
      '已保存《在区推进会上的讲话》：问题 2 项，落实事项 1 项。 查看',
    ]);
  });

  it('counts in English with plural-correct words', async () => {
    const { analyzer, waiting } = deferredAnalyzer();
    const page = mount(analyzer, 'en');
    cleanup = page.unmount;
    page.choose(new File([draft('县')], '一.txt'));
    await until(() => waiting.length === 1);
    page.choose(new File([draft('市')], '二.txt'), new File([draft('区')], '三.txt'));
    expect(page.q('import-queued')?.textContent).toBe('2 more files queued; they follow the current one');
    waiting[0]!.resolve(analyze(waiting[0]!.text, { referenceDate: '2026-03-01' }));
    await until(() => waiting.length === 2);
    expect(page.q('import-queued')?.textContent).toBe('1 more file queued; it follows the current one');
    waiting[1]!.resolve(analyze(waiting[1]!.text, { referenceDate: '2026-03-01' }));
    await until(() => waiting.length === 3);
    waiting[2]!.resolve(analyze(waiting[2]!.text, { referenceDate: '2026-03-01' }));
    await until(() => page.q('import-progress') === null);
    expect(page.q('import-results')!.querySelector('li')?.textContent).toBe('Saved “在县推进会上的讲话”: 2 problems, 1 action item. Show');
  });

  it('shows an error of the worker as a Chinese sentence and goes on with the next file', async () => {
    const { analyzer, waiting } = deferredAnalyzer();
    const page = mount(analyzer);
    cleanup = page.unmount;
    page.choose(new File([draft('县')], '坏.txt'), new File([draft('市')], '好.txt'));
    await until(() => waiting.length === 1);
    waiting[0]!.reject(new AnalyzeError('分析出错：Maximum call stack size exceeded', 'RangeError: Maximum call stack size exceeded'));
    await until(() => waiting.length === 2);
    waiting[1]!.resolve(analyze(waiting[1]!.text));
    await until(() => page.q('import-progress') === null);
    const items = [...page.q('import-results')!.querySelectorAll('li')];
    expect(items.map((li) => [li.className, li.textContent])).toEqual([
      ['page-error', '坏.txt：分析出错：Maximum call stack size exceeded '],
      ['', '已保存《在市推进会上的讲话》：问题 2 项，落实事项 1 项。 查看'],
    ]);
    expect(page.saved).toHaveLength(1);
  });

  it('keeps a pasted draft in its box when its analysis fails, and refuses a paste while files import', async () => {
    const { analyzer, waiting } = deferredAnalyzer();
    const page = mount(analyzer);
    cleanup = page.unmount;
    const textarea = page.paste(draft('县'));
    page.choose(new File([draft('市')], '文件.txt'));
    await until(() => waiting.length === 1);
    const save = page.q('paste-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(save.nextElementSibling?.textContent).toBe(' 正在导入文件，完成后才能保存粘贴的文稿');
    waiting[0]!.resolve(analyze(waiting[0]!.text));
    await until(() => !save.disabled);

    act(() => save.click());
    await until(() => waiting.length === 2);
    waiting[1]!.reject(new AnalyzeError('分析进程意外退出，请重试', 'error'));
    await until(() => page.q('import-progress') === null);
    expect(page.q('import-results')!.textContent).toBe('分析进程意外退出，请重试 ');
    expect(textarea.value).toBe(draft('县'));
  });

  it('imports files chosen while a pasted draft is analysed after it', async () => {
    const { analyzer, waiting } = deferredAnalyzer();
    const page = mount(analyzer);
    cleanup = page.unmount;
    const textarea = page.paste(draft('县'));
    act(() => (page.q('paste-save') as HTMLButtonElement).click());
    await until(() => waiting.length === 1);
    page.choose(new File([draft('市')], '文件.txt'));
    expect(page.q('import-queued')?.textContent).toBe('另有 1 个文件排队，当前文件完成后依次导入');
    waiting[0]!.resolve(analyze(waiting[0]!.text));
    await until(() => waiting.length === 2);
    waiting[1]!.resolve(analyze(waiting[1]!.text));
    await until(() => page.q('import-progress') === null);
    expect([...page.q('import-results')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '已保存《在县推进会上的讲话》：问题 2 项，落实事项 1 项。 查看',
      '已保存《在市推进会上的讲话》：问题 2 项，落实事项 1 项。 查看',
    ]);
    expect(textarea.value).toBe('');
  });
});

describe('ImportExport: .xlsx 分工表', () => {
  it('imports the first sheet with text, offers the other sheets, and imports the one picked', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const one = wb.addWorksheet('产业');
    one.addRow(['重点任务', '牵头单位', '完成时限']);
    one.addRow(['新建标准厂房5万平方米', '县工信局', '10月底前']);
    const two = wb.addWorksheet('民生');
    two.addRow(['重点任务', '牵头单位', '完成时限']);
    two.addRow(['新增托育机位300个', '县卫健局', '年底前']);
    two.addRow(['改造农村公路50公里', '县交通局', '11月底前']);
    const file = new File([new Uint8Array(await wb.xlsx.writeBuffer())], '分工表.xlsx');
    const { analyzer, waiting } = deferredAnalyzer();
    const page = mount(analyzer);
    cleanup = page.unmount;
    page.choose(file);
    await until(() => waiting.length === 1);
    expect(waiting[0]!.text).toBe('重点任务\t牵头单位\t完成时限\n新建标准厂房5万平方米\t县工信局\t10月底前');
    waiting[0]!.resolve(analyze(waiting[0]!.text, { referenceDate: '2026-03-01' }));
    await until(() => page.q('import-sheet') !== null);
    const select = page.q('import-sheet') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', '民生']);
    act(() => {
      select.value = '民生';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => waiting.length === 2);
    waiting[1]!.resolve(analyze(waiting[1]!.text, { referenceDate: '2026-03-01' }));
    await until(() => page.saved.length === 2);
    expect(page.saved.map((s) => s.title)).toEqual(['分工表', '分工表（民生）']);
    await until(() => page.q('import-progress') === null);
    expect([...page.q('import-results')!.querySelectorAll('li')].map((li) => li.textContent?.replace(/—.*$/, ''))).toEqual([
      '已保存《分工表（民生）》：问题 0 项，落实事项 2 项。 查看 已读工作表“民生”（共 2 个），改读：',
    ]);
  });
});
