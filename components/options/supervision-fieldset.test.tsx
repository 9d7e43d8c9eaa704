// @vitest-environment happy-dom
import { act, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { UserSettingsState } from '@/components/use-user-settings';
import { DEFAULT_USER_SETTINGS, parseSettings, type SupervisionSettings } from '@/lib/schema/settings';
import { supervisionNumbers, type SupervisionNumbers } from '@/lib/settings/supervision-numbers';
import { memoryStorage } from '@/lib/settings/testing';
import { mountIn, mountZh, until } from '../dashboard/testing';
import { OptionsApp, type OptionsActions } from './options-app';
import { SupervisionFieldset, supervisionErrors } from './supervision-fieldset';

const type = (input: HTMLElement | null, value: string) =>
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input!.dispatchEvent(new Event('input', { bubbles: true }));
  });
const click = (el: HTMLElement | null) => act(() => el!.click());
const P = '督〔{year}〕{n}号';

function Harness({ numbers, onValue }: { numbers: SupervisionNumbers; onValue(v: SupervisionSettings): void }) {
  const [value, setValue] = useState(DEFAULT_USER_SETTINGS.supervision);
  return (
    <SupervisionFieldset
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
      numbers={numbers}
      today="2027-03-05"
    />
  );
}

describe('supervisionErrors', () => {
  it('names each field that cannot be saved, and none for good values', () => {
    const s = DEFAULT_USER_SETTINGS.supervision;
    expect(supervisionErrors(s)).toEqual({});
    expect(supervisionErrors({ ...s, numberPattern: '督〔{year}〕号', phone: '请拨打', contact: '张'.repeat(41) })).toEqual({
      numberPattern: { key: 'supervision.err.pattern-n' },
      phone: { key: 'supervision.err.phone' },
      contact: { key: 'supervision.err.long', values: { max: 40 } },
    });
    expect(supervisionErrors({ ...s, feedback: { mode: 'days', days: 0, day: 40 } })).toEqual({ days: { key: 'supervision.err.range', values: { min: 1, max: 90 } } });
    expect(supervisionErrors({ ...s, feedback: { mode: 'monthly', days: 0, day: 40 } })).toEqual({ day: { key: 'supervision.err.range', values: { min: 1, max: 31 } } });
    expect(supervisionErrors({ ...s, feedback: { mode: 'none', days: Number.NaN, day: Number.NaN } })).toEqual({});
    expect(supervisionErrors({ ...s, feedback: { mode: 'workdays', days: 7, workdays: 0, day: 25 } })).toEqual({ workdays: { key: 'supervision.err.range', values: { min: 1, max: 60 } } });
    expect(supervisionErrors({ ...s, feedback: { mode: 'workdays', days: 7, workdays: Number.NaN, day: 25 } })).toEqual({ workdays: { key: 'supervision.err.range', values: { min: 1, max: 60 } } });
    expect(supervisionErrors({ ...s, feedback: { mode: 'workdays', days: 0, day: 25 } })).toEqual({});
  });
});

describe('SupervisionFieldset', () => {
  it('previews the next number under the pattern as it is typed, and says what is wrong with a bad one', async () => {
    const numbers = supervisionNumbers(memoryStorage().storage);
    await numbers.issue([{ owner: '县发改局', itemIds: ['a'] }], P, '2027-01-10');
    const seen: SupervisionSettings[] = [];
    const { q, container, unmount } = mountZh(<Harness numbers={numbers} onValue={(v) => seen.push(v)} />);
    await until(() => q('sv-preview') !== null);
    expect(q('sv-preview')!.textContent).toBe('下一份督办单的编号：督〔2027〕2号');
    type(q('sv-pattern'), '县委督字〔{year}〕第{n}号');
    expect(q('sv-preview')!.textContent).toBe('下一份督办单的编号：县委督字〔2027〕第2号');
    type(q('sv-pattern'), '县委督字〔2027〕第{n}号');
    expect(q('sv-preview')).toBeNull();
    expect(container.querySelector('[role=alert]')!.textContent).toBe('编号规则须含一个 {year}（年份）。');
    expect(q('sv-pattern')!.getAttribute('aria-invalid')).toBe('true');
    click(q('sv-feedback-monthly'));
    type(q('sv-day'), '25');
    type(q('sv-contact'), '王明');
    expect(seen.at(-1)).toEqual({ numberPattern: '县委督字〔2027〕第{n}号', feedback: { mode: 'monthly', days: 7, day: 25 }, office: '', contact: '王明', phone: '' });
    // 工作日: five unless changed, with the hint that only weekends are skipped.
    expect(q('sv-workdays-note')).toBeNull();
    click(q('sv-feedback-workdays'));
    expect((q('sv-workdays') as HTMLInputElement).value).toBe('5');
    expect(q('sv-workdays-note')!.textContent).toContain('工作日只跳过周六、周日');
    expect(q('sv-workdays')!.getAttribute('aria-describedby')).toBe(q('sv-workdays-note')!.id);
    type(q('sv-workdays'), '3');
    expect(seen.at(-1)!.feedback).toEqual({ mode: 'workdays', days: 7, day: 25, workdays: 3 });
    type(q('sv-workdays'), '61');
    expect([...container.querySelectorAll('[role=alert]')].map((e) => e.textContent)).toContain('请填 1 到 60 之间的整数。');
    expect(q('sv-workdays')!.getAttribute('aria-invalid')).toBe('true');
    unmount();
  });

  it('sets the year’s next number in the register, never back onto an issued one', async () => {
    const numbers = supervisionNumbers(memoryStorage().storage);
    const { q, unmount } = mountZh(<Harness numbers={numbers} onValue={() => {}} />);
    await until(() => q('sv-preview') !== null);
    expect(q('sv-preview')!.textContent).toBe('下一份督办单的编号：督〔2027〕1号');
    type(q('sv-next'), '12');
    click(q('sv-next-set'));
    await until(() => q('sv-next-message') !== null);
    expect(q('sv-next-message')!.textContent).toBe('本年下一份督办单编号为 督〔2027〕12号。');
    expect(q('sv-preview')!.textContent).toBe('下一份督办单的编号：督〔2027〕12号');
    await act(() => numbers.issue([{ owner: '县财政局', itemIds: ['b'] }], P, '2027-03-05'));
    await until(() => q('sv-preview')!.textContent!.endsWith('13号'));
    type(q('sv-next'), '5');
    click(q('sv-next-set'));
    await until(() => q('sv-next-message')?.textContent?.includes('已编至') === true);
    expect(q('sv-next-message')!.textContent).toBe('本年已编至 督〔2027〕12号，顺序号不能重复。');
    expect((await numbers.read()).next).toEqual({ 2027: 13 });
    unmount();
  });

  it('speaks English on an English page', async () => {
    const { q, unmount } = mountIn('en', <Harness numbers={supervisionNumbers(memoryStorage().storage)} onValue={() => {}} />);
    await until(() => q('sv-preview') !== null);
    expect(q('sv-preview')!.textContent).toBe('Next sheet’s number: 督〔2027〕1号');
    unmount();
  });
});

describe('OptionsApp with the 督办单 fieldset', () => {
  function mount() {
    const update = vi.fn<UserSettingsState['update']>(async (f) => parseSettings(f(DEFAULT_USER_SETTINGS)));
    const actions: OptionsActions = { addSite: async () => 'enabled', removeSite: async () => {}, runReminders: async () => ({ overdue: [], dueSoon: [], badge: '' }), numbers: supervisionNumbers(memoryStorage().storage) };
    return { ...mountZh(<OptionsApp state={{ settings: DEFAULT_USER_SETTINGS, loaded: true, update }} sites={[]} actions={actions} />), update };
  }

  it('refuses to save a bad 督办单 field and saves good ones with the other settings', async () => {
    const { q, update, unmount } = mount();
    type(q('sv-phone'), '办公室电话');
    click(q('save'));
    await until(() => q('options-message') !== null);
    expect(q('options-message')!.textContent).toBe('请先改正督办单设置中标出的问题。');
    expect(update).not.toHaveBeenCalled();
    type(q('sv-phone'), '0571-8888 1234转8012');
    type(q('sv-office'), '县委督查室');
    type(q('sv-days'), '10');
    click(q('save'));
    await until(() => q('options-message')?.textContent === '设置已保存。');
    expect(update).toHaveBeenCalledTimes(1);
    expect(update.mock.calls[0]![0](DEFAULT_USER_SETTINGS).supervision).toEqual({ numberPattern: P, feedback: { mode: 'days', days: 10, day: 25 }, office: '县委督查室', contact: '', phone: '0571-8888 1234转8012' });
    unmount();
  });
});
