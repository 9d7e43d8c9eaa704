// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { UserSettingsState } from '@/components/use-user-settings';
import { DEFAULT_USER_SETTINGS } from '@/lib/schema/settings';
import { supervisionNumbers } from '@/lib/settings/supervision-numbers';
import { memoryStorage } from '@/lib/settings/testing';
import { mountZh, until } from '../dashboard/testing';
import { OptionsApp, type OptionsActions } from './options-app';

function mount(actions: Partial<OptionsActions>, sites: string[] = ['https://oa.example.gov.cn']) {
  const all: OptionsActions = {
    addSite: vi.fn<OptionsActions['addSite']>(async () => 'enabled'),
    removeSite: vi.fn<OptionsActions['removeSite']>(async () => {}),
    runReminders: vi.fn<OptionsActions['runReminders']>(async () => ({ overdue: [], dueSoon: [], badge: '' })),
    numbers: supervisionNumbers(memoryStorage().storage),
    ...actions,
  };
  const state = { settings: DEFAULT_USER_SETTINGS, loaded: true, update: vi.fn<UserSettingsState['update']>(async () => DEFAULT_USER_SETTINGS) };
  return { ...mountZh(<OptionsApp state={state} sites={sites} actions={all} />), actions: all };
}

const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const click = (el: HTMLElement | null) => act(() => el!.click());

describe('OptionsApp', () => {
  it('adds a site through the page’s action inside the click, and says why one was not added', async () => {
    const outcomes: Awaited<ReturnType<OptionsActions['addSite']>>[] = ['invalid', 'denied', 'enabled'];
    const addSite = vi.fn<OptionsActions['addSite']>(async () => outcomes.shift()!);
    const { q, container, unmount } = mount({ addSite });
    const input = q('site-input') as HTMLInputElement;
    type(input, '  不是网址 ');
    click(q('site-add'));
    // Called at once, in the click: the action asks for the host permission inside the gesture.
    expect(addSite).toHaveBeenCalledWith('不是网址');
    await until(() => /请输入以 http/.test(container.textContent ?? ''));
    type(input, 'https://a.example.cn');
    click(q('site-add'));
    await until(() => /没有授予/.test(container.textContent ?? ''));
    expect(input.value).toBe('https://a.example.cn');
    click(q('site-add'));
    await until(() => input.value === '');
    expect(container.textContent).not.toMatch(/没有授予|请输入以 http/);
    unmount();
  });

  it('lists the page’s sites and removes one through the action', () => {
    const { q, container, actions, unmount } = mount({}, ['https://a.example.cn', 'https://b.example.cn']);
    expect(q('sites')!.textContent).toContain('https://b.example.cn');
    click([...container.querySelectorAll<HTMLButtonElement>('[data-testid=sites] button')][1]!);
    expect(actions.removeSite).toHaveBeenCalledWith('https://b.example.cn');
    unmount();
  });

  it('runs the reminders now and reports the counts, or the error', async () => {
    const runReminders = vi
      .fn<OptionsActions['runReminders']>()
      .mockResolvedValueOnce({ overdue: ['a', 'b'], dueSoon: ['c'], badge: '2' })
      .mockRejectedValueOnce(new Error('只接受本扩展页面的消息'));
    const { q, unmount } = mount({ runReminders });
    click(q('run-now'));
    await until(() => /逾期 2 项，即将到期 1 项/.test(q('options-message')?.textContent ?? ''));
    click(q('run-now'));
    await until(() => /只接受本扩展页面的消息/.test(q('options-message')?.textContent ?? ''));
    expect(runReminders).toHaveBeenCalledTimes(2);
    unmount();
  });
});
