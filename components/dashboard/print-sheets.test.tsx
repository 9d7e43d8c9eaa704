// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OwnerSheet } from '@/lib/dashboard/model';
import { parseSettings } from '@/lib/schema/settings';
import { supervisionNumbers } from '@/lib/settings/supervision-numbers';
import { memoryStorage } from '@/lib/settings/testing';
import { PrintSheets } from './print-sheets';
import { mountZh, until } from './testing';
import { blankItem } from '../../lib/checklist/testing';

const base = blankItem;
const row = (id: string, owner: string, text: string) => ({ item: { ...base, id, text, owners: [owner], due: '2027-05-31', deadline: { text: '5月底前', due: '2027-05-31', type: 'period' as const } }, light: null, docTitle: '防汛备汛工作会讲话', ownersText: owner, due: '2027-05-31' });
const sheets: OwnerSheet[] = [
  { owner: '县水利局', rows: [row('a', '县水利局', '完成山塘水库安全鉴定'), row('b', '县水利局', '修订防汛应急预案')] },
  { owner: '县应急局', rows: [row('c', '县应急局', '开展防汛应急演练')] },
];
const supervision = parseSettings({ supervision: { office: '县委督查室', contact: '孙丽', phone: '0571-8123 4567', feedback: { mode: 'days', days: 5 } } }).supervision;
const numbersShown = (container: HTMLElement) => [...container.querySelectorAll('[data-testid=sheet-number]')].map((e) => e.textContent);

afterEach(() => vi.restoreAllMocks());

describe('PrintSheets', () => {
  function mount(list = sheets, storage = memoryStorage().storage) {
    const numbers = supervisionNumbers(storage);
    const save = vi.fn<(name: string, data: Uint8Array, type: string) => void>();
    return { ...mountZh(<PrintSheets sheets={list} today="2027-03-05" onBack={() => {}} supervision={supervision} numbers={numbers} save={save} />), numbers, save, storage };
  }

  it('shows the report-back and contact lines, and numbers the sheets when 打印 is pressed, before printing', async () => {
    const printed: (string | null)[][] = [];
    const { container, q, numbers, unmount } = mount();
    // nb. happy-dom has no window.print.
    Object.defineProperty(window, 'print', { configurable: true, value: () => void printed.push(numbersShown(container)) });
    await until(() => numbersShown(container).length === 2);
    expect(numbersShown(container)).toEqual(['打印或导出时编号', '打印或导出时编号']);
    expect(container.querySelector('.sheet-reply')!.textContent).toBe('请于2027年3月10日前将办理情况书面反馈县委督查室。');
    expect(q('sheet-feedback')!.textContent).toBe('反馈时限：2027年3月10日前');
    expect(q('sheet-contact')!.textContent).toBe('联系人：孙丽\u3000\u3000联系电话：0571-8123 4567');
    act(() => q('print-button')!.click());
    await until(() => printed.length === 1);
    expect(printed).toEqual([['督〔2027〕1号', '督〔2027〕2号']]);
    expect((await numbers.read()).issued.map((s) => [s.owner, s.number, s.itemIds])).toEqual([
      ['县水利局', '督〔2027〕1号', ['a', 'b']],
      ['县应急局', '督〔2027〕2号', ['c']],
    ]);
    // A reprint keeps the numbers.
    act(() => q('print-button')!.click());
    await until(() => printed.length === 2);
    expect(printed[1]).toEqual(['督〔2027〕1号', '督〔2027〕2号']);
    expect((await numbers.read()).issued).toHaveLength(2);
    unmount();
  });

  it('exports one owner as a .docx named by its number, keeping a number given before', async () => {
    const { container, numbers, save, unmount } = mount();
    await until(() => numbersShown(container).length === 2);
    await act(() => numbers.issue([{ owner: '县应急局', itemIds: ['c'] }], supervision.numberPattern, '2027-03-01'));
    await until(() => numbersShown(container)[1] === '督〔2027〕1号');
    act(() => container.querySelectorAll<HTMLElement>('[data-testid=export-docx-one]')[1]!.click());
    await until(() => save.mock.calls.length === 1, 10_000);
    const [name, bytes, type] = save.mock.calls[0]!;
    expect(name).toBe('督办通知单-督〔2027〕1号-县应急局.docx');
    expect(type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(container.querySelector('[data-testid=print-status]')!.textContent).toBe('已导出 督办通知单-督〔2027〕1号-县应急局.docx');
    expect(numbersShown(container)).toEqual(['打印或导出时编号', '督〔2027〕1号']);
    // Its issue day, not today, dates the sheet and its report-back time.
    expect(container.querySelectorAll('.sheet-line')[2]!.textContent).toBe('反馈时限：2027年3月6日前');
    unmount();
  });

  it('exports every sheet in one .docx; a sheet that gained an item gets a new number', async () => {
    const storage = memoryStorage().storage;
    const numbers = supervisionNumbers(storage);
    await numbers.issue([{ owner: '县水利局', itemIds: ['a'] }, { owner: '县应急局', itemIds: ['c'] }], supervision.numberPattern, '2027-03-01');
    const { container, q, save, unmount } = mount(sheets, storage);
    await until(() => numbersShown(container)[1] === '督〔2027〕2号');
    expect(numbersShown(container)[0]).toBe('打印或导出时编号');
    act(() => q('export-docx')!.click());
    await until(() => save.mock.calls.length === 1, 10_000);
    expect(save.mock.calls[0]![0]).toBe('督办通知单-2027-03-05.docx');
    expect(numbersShown(container)).toEqual(['督〔2027〕3号', '督〔2027〕2号']);
    unmount();
  });

  it('says why an export failed and keeps the page', async () => {
    const { container, q, numbers, unmount } = mount();
    vi.spyOn(numbers, 'issue').mockRejectedValue(new Error('storage full'));
    await until(() => numbersShown(container).length === 2);
    act(() => q('export-docx')!.click());
    await until(() => q('print-status')?.textContent === '未能导出：storage full');
    expect(numbersShown(container)).toEqual(['打印或导出时编号', '打印或导出时编号']);
    unmount();
  });
});
