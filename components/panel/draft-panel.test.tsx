// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveAnalysisResult } from '@/lib/db/save-analysis';
import type { Locale } from '@/lib/i18n/index';
import { sampleAnalysis, sampleText } from '@/lib/presentation/sample-analysis';
import type { Analysis } from '@/lib/schema/analysis';
import { I18nProvider } from '../i18n';
import { DraftPanel, type DraftPanelProps } from './draft-panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const created: SaveAnalysisResult = { documentId: 'doc-1', revision: 1, created: true, report: { matched: 0, changed: 0, added: 5, orphaned: 0, keptEdits: 0 } };

function render(overrides: Partial<DraftPanelProps> = {}, locale: Locale = 'zh-CN') {
  const props: DraftPanelProps = {
    text: sampleText,
    analysis: sampleAnalysis,
    pageTitle: 'OA 公文编辑',
    editorKind: 'quill',
    host: 'oa.example.gov.cn',
    revealTitle: '点击在编辑器中定位',
    onReveal: vi.fn<NonNullable<DraftPanelProps['onReveal']>>(),
    existing: null,
    onSave: vi.fn<NonNullable<DraftPanelProps['onSave']>>(async () => created),
    dashboardHref: (id) => `dashboard.html?document=${id}`,
    ...overrides,
  };
  act(() =>
    root.render(
      <I18nProvider locale={locale}>
        <DraftPanel {...props} />
      </I18nProvider>,
    ),
  );
  return props;
}

const $ = (selector: string) => container.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const click = (el: HTMLElement | null | undefined) => act(() => el!.click());
const button = (label: string) => $$('button').find((b) => text(b).startsWith(label));

/** Types into a controlled input the way React listens for it. */
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('DraftPanel', () => {
  it('shows the header, the outline tree, problem groups with stated vs. found counts, actions and findings', () => {
    render();
    expect(text($('.draft-header h2'))).toBe('《关于推进重点项目建设的讲话》');
    expect(text($('.kind-chip'))).toBe('Quill 编辑器');
    expect(text($('.draft-header'))).toContain('oa.example.gov.cn');
    expect(text($('.draft-header'))).toContain('层次标题 3 · 问题 1 组 2 项 · 落实事项 3 · 起草提示 2 · 时限参照 2026年7月5日');
    expect($$('.section-outline .outline-row').map(text)).toEqual(['▾一、在思想认识上再聚焦', '（一）打好项目落地建设突围战', '二、在工作落实上再发力']);
    expect(text($('.problem-group .group-head'))).toBe('三个方面 · 文中称3项，列出2项⚠ 项数不符');
    expect($$('.problem-items li').map(text)).toEqual(['一是投资乏力', '二是项目储备不足']);
    expect($$('.action-item .facts').map(text)[0]).toBe('责任单位市发改委（牵头）、市财政局（配合）时限年底前2026年12月31日位置一、 › （一）打好项目落地建设突围战适用情形对已开工的项目力度刚性修改');
    expect($$('.finding-group h4').map(text)).toEqual(['占位符未替换 1', '项数不符 1']);
    expect(text($('.finding-list li'))).toBe('错误占位符未替换各镇要在X月X日前上报方案，坚决打好三大…');
    expect(text($('.save-bar button'))).toBe('保存为督办清单');
  });

  it('shows a problem group whose count agrees as 「label · 列出N项」 without a warning', () => {
    const agreeing: Analysis = { ...sampleAnalysis, problemGroups: [{ ...sampleAnalysis.problemGroups[0]!, statedCount: 2, label: '两个方面' }] };
    render({ analysis: agreeing });
    expect(text($('.problem-group .group-head'))).toBe('两个方面 · 列出2项');
    expect($('.warn-chip')).toBeNull();
  });

  it('folds and unfolds outline branches', () => {
    render();
    click($('.outline-row .fold'));
    expect($$('.section-outline .outline-row').map(text)).toEqual(['▸一、在思想认识上再聚焦1', '二、在工作落实上再发力']);
    click($('.outline-row .fold'));
    expect($$('.section-outline .outline-row')).toHaveLength(3);
  });

  it('reveals the span of any entry that is clicked', () => {
    const { onReveal } = render();
    click($('.section-outline .entry-link'));
    click($('.problem-items .entry-link'));
    click($('.action-text'));
    click($('.finding-list .entry-link'));
    const spans = vi.mocked(onReveal!).mock.calls.map(([s]) => sampleText.slice(s.start, s.end));
    expect(spans).toEqual(['一、在思想认识上再聚焦', '一是投资乏力；', '对已开工的项目，要开工不停工，力争早日竣工投运', 'X月X日']);
  });

  it('filters by kind and by text', () => {
    render();
    expect($$('.kind-toggle').map(text)).toEqual(['问题 2', '事项 3', '提示 2', '提纲 3']);
    click(button('事项'));
    expect($('.section-actions')).toBeNull();
    expect($('.section-problems')).not.toBeNull();
    click(button('事项'));
    type($('.filter-text') as HTMLInputElement, '各镇');
    expect($$('.action-text').map(text)).toEqual(['1各镇要在X月X日前上报方案']);
    expect($('.section-problems')).toBeNull();
    type($('.filter-text') as HTMLInputElement, '没有这个词');
    expect(text($('.draft-panel > p'))).toBe('没有符合筛选条件的条目。 清除筛选');
    click(button('清除筛选'));
    expect($$('.action-text')).toHaveLength(3);
  });

  it('saves the analysis with the owners and deadline corrected inline, then says what the save did', async () => {
    const { onSave } = render();
    const second = $$('.action-item')[1]!;
    click([...second.querySelectorAll('button')].find((b) => text(b) === '修改') as HTMLElement);
    const [owners, deadline] = [...second.querySelectorAll('input')];
    expect(owners!.value).toBe('各镇');
    expect(deadline!.value).toBe('X月X日前');
    type(owners!, '县农业农村局（牵头）、各镇（配合）');
    type(deadline!, '9月底前');
    expect((second.querySelector('input[type=date]') as HTMLInputElement).value).toBe('2026-09-30');
    click([...second.querySelectorAll('button')].find((b) => text(b) === '完成') as HTMLElement);
    expect(text(second.querySelector('.facts'))).toContain('县农业农村局（牵头）、各镇（配合）时限9月底前2026年9月30日');
    expect(text(second.querySelector('.edited-mark'))).toBe('已修改');

    await act(async () => button('保存为督办清单')!.click());
    const saved = vi.mocked(onSave!).mock.calls[0]![0];
    expect(saved.actions[1]).toMatchObject({ owners: ['县农业农村局', '各镇'], lead: ['县农业农村局'], coop: ['各镇'], deadline: { text: '9月底前', due: '2026-09-30', type: 'period' } });
    expect(saved.actions[0]).toBe(sampleAnalysis.actions[0]);
    expect(text($('.save-report'))).toBe('已保存为督办清单：5 条。 在督办台账中查看');
    expect($('.save-report a')!.getAttribute('href')).toBe('dashboard.html?document=doc-1');
  });

  it('corrects only what was touched: new owners keep the draft’s own deadline, a new deadline the draft’s owners', async () => {
    const { onSave } = render();
    const [first, second] = $$('.action-item');
    click([...first!.querySelectorAll('button')].find((b) => text(b) === '修改') as HTMLElement);
    type(first!.querySelectorAll('input')[0] as HTMLInputElement, '市发改委（牵头）');
    click([...second!.querySelectorAll('button')].find((b) => text(b) === '修改') as HTMLElement);
    type(second!.querySelectorAll('input')[1] as HTMLInputElement, '年底前');
    await act(async () => button('保存为督办清单')!.click());
    const saved = vi.mocked(onSave!).mock.calls[0]![0];
    expect(saved.actions[0]!.owners).toEqual(['市发改委']);
    expect(saved.actions[0]!.deadline).toBe(sampleAnalysis.actions[0]!.deadline);
    expect(saved.actions[1]!.deadline).toMatchObject({ text: '年底前', due: '2026-12-31' });
    expect(saved.actions[1]!.owners).toBe(sampleAnalysis.actions[1]!.owners);
  });

  it('drops a correction with 还原', () => {
    render();
    const first = $$('.action-item')[0]!;
    click([...first.querySelectorAll('button')].find((b) => text(b) === '修改') as HTMLElement);
    type(first.querySelector('input')!, '市发改委');
    click([...first.querySelectorAll('button')].find((b) => text(b) === '还原') as HTMLElement);
    expect(text(first.querySelector('.facts'))).toContain('市发改委（牵头）、市财政局（配合）');
    expect(first.querySelector('.edited-mark')).toBeNull();
  });

  it('offers 更新清单 when a checklist exists, and reports the merge', async () => {
    const merged: SaveAnalysisResult = { documentId: 'doc-1', revision: 3, created: false, report: { matched: 4, changed: 1, added: 2, orphaned: 1, keptEdits: 1 } };
    render({ existing: { documentId: 'doc-1', revision: 2 }, onSave: async () => merged });
    expect(text($('.save-bar'))).toBe('更新清单此文稿已有督办清单（第 2 版），更新时会合并，保留已填写的状态和进展。');
    await act(async () => button('更新清单')!.click());
    expect(text($('.save-report'))).toBe(
      '已更新清单（第 3 版）：对应 4 条，其中变化 1 条；新增 2 条；修改稿中已无 1 条（保留并标记）。 1 条保留了台账中的人工修改。 在督办台账中查看',
    );
  });

  it('says when a draft was kept apart from the page\'s checklist, and names the statuses a merge carried', async () => {
    const apart: SaveAnalysisResult = { documentId: 'doc-2', revision: 1, created: true, report: { matched: 0, changed: 0, added: 5, orphaned: 0, keptEdits: 0, separatedFrom: 'doc-1' } };
    render({ onSave: async () => apart });
    await act(async () => button('保存为督办清单')!.click());
    expect(text($('.save-report'))).toBe('已保存为督办清单：5 条。 此页面已有的督办清单与本稿的事项无一对应，没有合并，本稿另存为新清单。 在督办台账中查看');
    act(() => root.unmount());
    root = createRoot(container);
    const carried: SaveAnalysisResult = {
      documentId: 'doc-1',
      revision: 2,
      created: false,
      report: { matched: 5, changed: 1, added: 0, orphaned: 0, keptEdits: 0, carried: [{ id: 'i1', status: 'closed', from: '城北污水处理厂要确保按期完工', to: '城北污水处理厂要确保如期完工' }] },
    };
    render({ existing: { documentId: 'doc-1', revision: 1 }, onSave: async () => carried });
    await act(async () => button('更新清单')!.click());
    expect(text($('.save-report'))).toContain('1 条事项改写后沿用了原有状态：「城北污水处理厂要确保按期完工」→「城北污水处理厂要确保如期完工」（已销号）');
  });

  it('lists the hand edits a merge kept, and the draft changes it did not apply because of them', async () => {
    const merged: SaveAnalysisResult = {
      documentId: 'doc-1',
      revision: 4,
      created: false,
      report: {
        matched: 5,
        changed: 0,
        added: 0,
        orphaned: 0,
        keptEdits: 2,
        handEdits: [
          { id: 'i1', text: '县水利局要完成堤防加固', field: 'owners', kept: '县水利局、县应急局', draft: '县水利局' },
          { id: 'i2', text: '县交通局要完成道路修复', field: 'deadline', kept: '12月20日前（2027-12-20）', draft: '12月28日前（2027-12-28）', draftBefore: '12月20日前（2027-12-20）' },
        ],
      },
    };
    render({ existing: { documentId: 'doc-1', revision: 3 }, onSave: async () => merged });
    await act(async () => button('更新清单')!.click());
    expect($$('[data-testid="hand-edits"] li').map(text)).toEqual([
      '「县水利局要完成堤防加固」责任单位保留人工修改「县水利局、县应急局」（文稿为「县水利局」）。',
      '「县交通局要完成道路修复」时限：文稿由「12月20日前（2027-12-20）」改为「12月28日前（2027-12-28）」，因人工修改未采用，仍为「12月20日前（2027-12-20）」。',
    ]);
  });

  it('lists an item\'s owners once (牵头/配合 are part of them), its words cut short', async () => {
    const long = '县政务服务中心要在6月底前全面推行重点项目帮办代办制度，审批时限再压缩一半以上';
    const merged: SaveAnalysisResult = {
      documentId: 'doc-1',
      revision: 4,
      created: false,
      report: {
        matched: 5,
        changed: 0,
        added: 0,
        orphaned: 0,
        keptEdits: 1,
        handEdits: [
          { id: 'i1', text: long, field: 'owners', kept: '县政务服务中心、县发改局', draft: '县政务服务中心' },
          { id: 'i1', text: long, field: 'lead', kept: '县政务服务中心', draft: '' },
          { id: 'i1', text: long, field: 'coop', kept: '县发改局', draft: '' },
          { id: 'i2', text: '县交通局要完成道路修复', field: 'lead', kept: '县交通局', draft: '' },
        ],
      },
    };
    render({ existing: { documentId: 'doc-1', revision: 3 }, onSave: async () => merged });
    await act(async () => button('更新清单')!.click());
    expect($$('[data-testid="hand-edits"] li').map(text)).toEqual([
      '「县政务服务中心要在6月底前全面推行重点项目帮办…」责任单位保留人工修改「县政务服务中心、县发改局」（文稿为「县政务服务中心」）。',
      '「县交通局要完成道路修复」牵头单位保留人工修改「县交通局」（文稿为「—」）。',
    ]);
    expect($('[data-testid="hand-edits"] li')!.getAttribute('title')).toBe(long);
  });

  it('shows a failed save', async () => {
    render({ onSave: async () => Promise.reject(new Error('后台没有响应')) });
    await act(async () => button('保存为督办清单')!.click());
    expect(text($('.save-status'))).toBe('保存失败：后台没有响应');
  });

  it('cannot save a draft with nothing to track', () => {
    render({ analysis: { ...sampleAnalysis, actions: [], problemGroups: [] } });
    expect((button('保存为督办清单') as HTMLButtonElement).disabled).toBe(true);
    expect(text($('.save-status'))).toBe('没有可保存的落实事项或问题。');
  });

  it('speaks English when asked', () => {
    render({}, 'en');
    expect(text($('.save-bar button'))).toBe('Save as checklist');
    expect(document.documentElement.lang).toBe('en');
    expect(text($('.draft-header'))).toContain('3 headings · 1 problem group, 2 items · 3 actions · 2 hints · Deadlines as of Jul 5, 2026');
    expect(text($('.problem-group .group-head'))).toBe('三个方面 · text says 3, 2 listed⚠ count differs');
    expect($$('.kind-toggle').map(text)).toEqual(['Problems 2', 'Actions 3', 'Hints 2', 'Outline 3']);
  });
});

describe('DraftPanel, read-only (the dashboard’s 文稿分析)', () => {
  it('shows the same lists without the save bar, corrections or reveal buttons', () => {
    render({ editorKind: undefined, host: null, onSave: undefined, existing: undefined, dashboardHref: undefined, onReveal: undefined, revealTitle: undefined });
    expect($('.save-bar')).toBeNull();
    expect($('.kind-chip')).toBeNull();
    expect($$('.entry-link')).toHaveLength(0);
    expect(button('修改')).toBeUndefined();
    expect($$('.panel-section h3').map(text)).toEqual(['提纲', '问题清单', '落实事项', '提法', '起草提示']);
    expect(text($('.draft-header'))).toContain('层次标题 3 · 问题 1 组 2 项 · 落实事项 3 · 起草提示 2 · 时限参照 2026年7月5日');
    expect($$('.formulation-list li').map(text)).toEqual(['五个一：一个项目、一名领导、一个团队、一套方案、一抓到底', '三大攻坚战 （文中未展开）']);
    expect($$('.action-item .facts').map(text)[0]).toBe('责任单位市发改委（牵头）、市财政局（配合）时限年底前2026年12月31日位置一、 › （一）打好项目落地建设突围战适用情形对已开工的项目力度刚性');
    expect($$('.problem-items li').map(text)).toEqual(['一是投资乏力', '二是项目储备不足']);
    // The filters still work.
    click(button('事项'));
    expect($$('.action-item')).toHaveLength(0);
  });

  it('speaks the page’s language', () => {
    render({ editorKind: undefined, host: null, onSave: undefined, onReveal: undefined }, 'en');
    expect($$('.panel-section h3').map(text)).toEqual(['Outline', 'Problems', 'Action items', 'Formulations', 'Drafting hints']);
    expect(text($('.formulation-list li:last-child'))).toBe('三大攻坚战 (not expanded in the text)');
    expect($('.save-bar')).toBeNull();
  });
});
