// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { effectiveSyncConfig, parseSyncPolicy, parseSyncUserConfig, type SyncPolicy } from '@/lib/settings/sync-config';
import type { SyncStatus } from '@/lib/messaging/sync';
import { mountIn, mountZh, until } from '../dashboard/testing';
import { SyncSection, type SyncSectionActions } from './sync-section';

const config = (user: object = {}, policy: SyncPolicy = {}) => effectiveSyncConfig(parseSyncUserConfig({ url: 'http://couch.intranet:5984', database: 'luoshi', intervalMinutes: 5, ...user }), policy);

function actionsWith(patch: Partial<SyncSectionActions> = {}): SyncSectionActions {
  return {
    save: vi.fn<SyncSectionActions['save']>(async () => {}),
    signIn: vi.fn<SyncSectionActions['signIn']>(async (i) => ({ ok: true, user: i.name, readOnly: i.name.startsWith('reader') })),
    signOut: vi.fn<SyncSectionActions['signOut']>(async () => {}),
    ...patch,
  };
}

const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const click = (el: HTMLElement | null) => act(() => el!.click());

describe('SyncSection', () => {
  it('signs in inside the click with the typed server and user, clears the password, and says who is signed in', async () => {
    const actions = actionsWith();
    const { q, unmount } = mountZh(<SyncSection config={config({ url: null })} status={null} actions={actions} />);
    type(q('sync-url') as HTMLInputElement, 'https://couch.example.gov.cn:6984/');
    type(q('sync-name') as HTMLInputElement, ' zhang ');
    type(q('sync-password') as HTMLInputElement, 'secret');
    click(q('sync-sign-in'));
    // At once, in the click: the page's action asks for the host permission before anything awaits.
    expect(actions.signIn).toHaveBeenCalledWith({ url: 'https://couch.example.gov.cn:6984/', database: 'luoshi', intervalMinutes: 5, name: 'zhang', password: 'secret' });
    expect((q('sync-password') as HTMLInputElement).value).toBe('');
    await until(() => q('sync-message')?.textContent === '登录成功。');
    unmount();
  });

  it('says at sign-in that a reader’s account is read-only, and keeps saying so from the sync status', async () => {
    const { q, unmount } = mountZh(<SyncSection config={config()} status={null} actions={actionsWith()} />);
    type(q('sync-name') as HTMLInputElement, 'reader_li');
    type(q('sync-password') as HTMLInputElement, 'secret');
    click(q('sync-sign-in'));
    await until(() => q('sync-message')?.textContent === '登录成功。这是只读账号：只取回团队台账，本机的修改不上传。');
    expect(q('sync-read-only')).toBeNull();
    unmount();
    const status = { readOnly: true, readOnlyBy: 'role', lastError: null } as SyncStatus;
    const signedIn = mountIn('en', <SyncSection config={config({ user: 'reader_li' })} status={status} actions={actionsWith()} />);
    expect(signedIn.q('sync-read-only')!.textContent).toBe('This account is read-only on the server: the team ledger is fetched, local changes stay in this browser and are not sent.');
    signedIn.unmount();
  });

  it('refuses a bad address or database before asking anything, and names each sign-in failure', async () => {
    const outcomes = [
      { ok: false as const, reason: 'denied' as const, message: '' },
      { ok: false as const, reason: 'unauthorized' as const, message: '' },
      { ok: false as const, reason: 'offline' as const, message: '' },
      { ok: false as const, reason: 'other' as const, message: 'HTTP 500' },
    ];
    const actions = actionsWith({ signIn: vi.fn<SyncSectionActions['signIn']>(async () => outcomes.shift()!) });
    const { q, unmount } = mountZh(<SyncSection config={config()} status={null} actions={actions} />);
    type(q('sync-url') as HTMLInputElement, 'http://admin:pw@couch:5984');
    type(q('sync-name') as HTMLInputElement, 'zhang');
    type(q('sync-password') as HTMLInputElement, 'x');
    click(q('sync-sign-in'));
    expect(q('sync-message')!.textContent).toMatch(/请输入以 http/);
    type(q('sync-url') as HTMLInputElement, 'http://couch:5984');
    type(q('sync-database') as HTMLInputElement, 'Team');
    click(q('sync-save'));
    expect(q('sync-message')!.textContent).toMatch(/数据库名须以小写字母开头/);
    expect(actions.signIn).not.toHaveBeenCalled();
    expect(actions.save).not.toHaveBeenCalled();
    type(q('sync-database') as HTMLInputElement, 'luoshi');
    for (const expected of [/没有授予/, /用户名或密码不对/, /连不上服务器/, /登录失败：HTTP 500/]) {
      type(q('sync-password') as HTMLInputElement, 'x');
      click(q('sync-sign-in'));
      await until(() => expected.test(q('sync-message')?.textContent ?? ''));
    }
    click(q('sync-save'));
    expect(actions.save).toHaveBeenCalledWith({ url: 'http://couch:5984', database: 'luoshi', intervalMinutes: 5 });
    await until(() => q('sync-message')?.textContent === '服务器设置已保存。');
    unmount();
  });

  it('locks what the unit’s policy sets and says the browser is read-only', () => {
    const policy = parseSyncPolicy({ url: 'https://couch.example.gov.cn', database: 'bureau', intervalMinutes: 3, readOnly: true });
    const { q, container, unmount } = mountZh(<SyncSection config={config({}, policy)} status={null} actions={actionsWith()} />);
    for (const [id, value] of [['sync-url', 'https://couch.example.gov.cn'], ['sync-database', 'bureau'], ['sync-interval', '3']] as const) {
      const input = q(id) as HTMLInputElement;
      expect({ id, value: input.value, disabled: input.disabled }).toEqual({ id, value, disabled: true });
    }
    expect(container.textContent).toContain('由单位策略设定，不能修改');
    expect(q('sync-save')).toBeNull();
    expect(q('sync-read-only')!.textContent).toBe('单位策略设为只读：只取回团队台账，本机的修改只保存在本机，不上传。');
    unmount();
  });

  it('brings the sign-in form back, the name filled in, when the server’s session expired', async () => {
    const actions = actionsWith();
    const status = { lastError: { kind: 'unauthorized', message: '未登录同步服务器，请先登录' } } as SyncStatus;
    const { q, container, unmount } = mountZh(<SyncSection config={config({ user: 'zhang' })} status={status} actions={actions} />);
    expect(q('sync-sign-out')).toBeNull();
    expect((q('sync-name') as HTMLInputElement).value).toBe('zhang');
    expect(q('sync-signed-out')!.textContent).toBe('zhang 的登录已失效（服务器的会话已过期），请输入密码重新登录。');
    expect(container.querySelectorAll('.page-error')).toHaveLength(1);
    type(q('sync-password') as HTMLInputElement, 'secret');
    click(q('sync-sign-in'));
    expect(actions.signIn).toHaveBeenCalledWith(expect.objectContaining({ name: 'zhang', password: 'secret' }));
    await until(() => q('sync-message')?.textContent === '登录成功。');
    unmount();
  });

  it('shows the user signed in, signs out, and shows the last sync’s error in English too', () => {
    const actions = actionsWith();
    const status = { lastError: { kind: 'forbidden', message: 'read_only' } } as SyncStatus;
    const { q, container, unmount } = mountIn('en', <SyncSection config={config({ user: 'zhang' })} status={status} actions={actions} />);
    expect(q('sync-user')!.textContent).toBe('Signed in as zhang');
    expect(q('sync-password')).toBeNull();
    expect(container.textContent).toContain('The server refused access or a change (the account is not a member of the team ledger’s database, is read-only, or the change breaks its rules): read_only');
    click(q('sync-sign-out'));
    expect(actions.signOut).toHaveBeenCalled();
    unmount();
  });
});
