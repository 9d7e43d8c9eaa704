// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveAnalysisResult } from '@/lib/db/save-analysis';
import type { Locale } from '@/lib/i18n/index';
import { sampleAnalysis, sampleText } from '@/lib/presentation/sample-analysis';
import type { SkipRecord } from '@/lib/schema/checklist';
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

const merged: SaveAnalysisResult = { documentId: 'doc-1', revision: 3, created: false, report: { matched: 4, changed: 0, added: 0, orphaned: 0, keptEdits: 0, skipped: 1 } };

/** A panel whose skips live in this test's store, as the side panel's live in the checklist. */
function render(overrides: Partial<DraftPanelProps> = {}, locale: Locale = 'zh-CN') {
  let skips: SkipRecord[] = [];
  let n = 0;
  const props: DraftPanelProps = {
    text: sampleText,
    analysis: sampleAnalysis,
    pageTitle: 'OA 公文编辑',
    editorKind: 'quill',
    host: 'oa.example.gov.cn',
    existing: { documentId: 'doc-1', revision: 2 },
    onSave: vi.fn<NonNullable<DraftPanelProps['onSave']>>(async () => merged),
    dashboardHref: (id) => `dashboard.html?document=${id}`,
    onSkip: vi.fn<(r: Omit<SkipRecord, 'id' | 'key' | 'createdAt'>) => Promise<void>>(async (r) => {
      skips = [...skips, { ...r, id: `s${++n}`, key: 'k', createdAt: n }];
      paint();
    }),
    onUnskip: vi.fn<(id: string) => Promise<void>>(async (id) => {
      skips = skips.filter((s) => s.id !== id);
      paint();
    }),
    ...overrides,
  };
  const paint = () =>
    act(() =>
      root.render(
        <I18nProvider locale={locale}>
          <DraftPanel {...props} skips={skips} />
        </I18nProvider>,
      ),
    );
  paint();
  return props;
}

const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttonIn = (el: Element, label: string) => [...el.querySelectorAll<HTMLElement>('button')].find((b) => text(b) === label);
const click = async (el: HTMLElement | null | undefined) => {
  expect(el).toBeTruthy();
  await act(async () => el!.click());
};

describe('不入台账 before saving', () => {
  it('marks an action left out at once, says so above the lists, and 撤销 takes it back', async () => {
    const props = render();
    const third = $$('.action-item')[2]!;
    await click(buttonIn(third, '不入台账'));
    expect(props.onSkip).toHaveBeenCalledWith({ kind: 'action', anchor: expect.objectContaining({ exact: '坚决打好三大攻坚战' }), text: '坚决打好三大攻坚战' });
    expect($$('.action-item')[2]!.classList.contains('skipped')).toBe(true);
    expect(text($$('.action-item')[2]!.querySelector('.skipped-mark'))).toBe('不入台账');
    expect(text(container.querySelector('.pending-choices'))).toBe('保存时：1 条不入台账。');
    await click(buttonIn($$('.action-item')[2]!, '撤销'));
    expect(props.onUnskip).toHaveBeenCalledWith('s1');
    expect($$('.action-item')[2]!.classList.contains('skipped')).toBe(false);
    expect(container.querySelector('.pending-choices')).toBeNull();
  });

  it('leaves a problem item out too, and the merge report says how many were left out', async () => {
    render();
    const problem = $$('.problem-items > li')[1]!;
    await click(buttonIn(problem, '不入台账'));
    expect($$('.problem-items > li')[1]!.classList.contains('skipped')).toBe(true);
    await click([...container.querySelectorAll<HTMLElement>('.save-bar button')][0]);
    expect(text(container.querySelector('[data-testid=report-skipped]'))).toBe('1 条标为不入台账，未列入。');
  });

  it('says why a skip failed, and the entry stays as it was', async () => {
    render({ onSkip: vi.fn<() => Promise<void>>(async () => Promise.reject(new Error('后台没有响应'))) });
    await click(buttonIn($$('.action-item')[0]!, '不入台账'));
    expect(text(container.querySelector('.error'))).toBe('操作失败：后台没有响应');
    expect($$('.action-item')[0]!.classList.contains('skipped')).toBe(false);
  });

  it('offers no choices read-only', () => {
    render({ onSave: undefined });
    expect(container.querySelector('.item-choices')).toBeNull();
  });
});

describe('拆分 before saving', () => {
  it('offers the clause boundaries, splits the action in two and saves both parts with exact spans', async () => {
    const props = render();
    await click(buttonIn($$('.action-item')[0]!, '拆分'));
    const points = $$('.split-point').map(text);
    expect(points).toEqual(['对已开工的项目，｜要开工不停工，力争早日竣工投…', '…已开工的项目，要开工不停工，｜力争早日竣工投运']);
    await click($$('.split-point')[1]);
    const items = $$('.action-item');
    expect(items).toHaveLength(4);
    expect(text(items[0]!.querySelector('.part-mark'))).toBe('拆分 1/2');
    expect(text(items[1]!.querySelector('.part-mark'))).toBe('拆分 2/2');
    expect(text(container.querySelector('.pending-choices'))).toBe('保存时：1 条拆分。');
    await click([...container.querySelectorAll<HTMLElement>('.save-bar button')][0]);
    const [corrected, draft] = vi.mocked(props.onSave!).mock.calls[0]!;
    expect(draft.actions.map((a) => a.text)).toEqual(['对已开工的项目，要开工不停工，', '力争早日竣工投运', '各镇要在X月X日前上报方案', '坚决打好三大攻坚战']);
    for (const a of draft.actions) expect(sampleText.slice(a.start, a.end)).toBe(a.text);
    expect(corrected.actions).toHaveLength(4);
  });

  it('undoes a split with 撤销拆分, and 取消 closes the chooser', async () => {
    render();
    await click(buttonIn($$('.action-item')[0]!, '拆分'));
    await click(buttonIn(container.querySelector('.split-chooser')!, '取消'));
    expect(container.querySelector('.split-chooser')).toBeNull();
    await click(buttonIn($$('.action-item')[0]!, '拆分'));
    await click($$('.split-point')[0]);
    expect($$('.action-item')).toHaveLength(4);
    await click(buttonIn($$('.action-item')[1]!, '撤销拆分'));
    expect($$('.action-item')).toHaveLength(3);
  });

  it('keeps a split the checklist holds (ledgerSplits) unless undone, and says where nothing can be split', async () => {
    const at = sampleText.indexOf('力争早日竣工投运');
    render({ ledgerSplits: { '对已开工的项目，要开工不停工，力争早日竣工投运#0': [at] } });
    expect($$('.action-item').map((li) => text(li.querySelector('.action-text')))).toEqual(['1对已开工的项目，要开工不停工，', '2力争早日竣工投运', '3各镇要在X月X日前上报方案', '4坚决打好三大攻坚战']);
    await click(buttonIn($$('.action-item')[0]!, '撤销拆分'));
    expect($$('.action-item')).toHaveLength(3);
    await click(buttonIn($$('.action-item')[2]!, '拆分'));
    expect(text(container.querySelector('.split-chooser p'))).toBe('此条没有可拆分的句读位置。');
  });

  it('speaks English when asked', async () => {
    render({}, 'en');
    await click(buttonIn($$('.action-item')[2]!, 'Leave out'));
    expect(text(container.querySelector('.pending-choices'))).toBe('On saving: 1 item left out.');
    await click(buttonIn($$('.action-item')[0]!, 'Split'));
    expect(text(container.querySelector('.split-chooser p'))).toBe('Pick where to split (at ｜):');
  });
});
