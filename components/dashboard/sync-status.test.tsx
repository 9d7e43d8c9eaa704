// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '@/lib/messaging/sync';
import { mountIn, mountZh, until } from './testing';
import { itemHref, SyncStatusBar, type ConflictNote } from './sync-status';

const status = (patch: Partial<SyncStatus> = {}): SyncStatus => ({
  configured: true,
  server: 'http://couch.intranet:5984',
  database: 'luoshi',
  user: 'zhang',
  readOnly: false,
  readOnlyBy: null,
  running: false,
  lastSync: Date.UTC(2026, 11, 5, 6, 30),
  lastAttempt: Date.UTC(2026, 11, 5, 6, 30),
  lastError: null,
  pending: 0,
  conflictsMerged: 0,
  ...patch,
});
const conflict: ConflictNote = { noteId: 'n1', itemId: 'item 1', itemText: '市住建局要加快推进老旧小区改造', text: '并发修改：李四 将状态设为 推进中（保留 张三 的 已完成）', createdAt: Date.UTC(2026, 11, 5, 6, 31) };
const click = (el: HTMLElement | null) => act(() => el!.click());

describe('SyncStatusBar', () => {
  it('shows nothing while no team ledger server is set', () => {
    const { container, unmount } = mountZh(<SyncStatusBar status={status({ configured: false, user: null })} conflicts={[]} onSyncNow={vi.fn<() => Promise<unknown>>()} onOpenSettings={vi.fn<() => void>()} />);
    expect(container.textContent).toBe('');
    unmount();
  });

  it('asks to sign in, through the settings, when nobody is signed in', () => {
    const onOpenSettings = vi.fn<() => void>();
    const { q, unmount } = mountZh(<SyncStatusBar status={status({ user: null })} conflicts={[]} onSyncNow={vi.fn<() => Promise<unknown>>()} onOpenSettings={onOpenSettings} />);
    expect(q('sync-bar')!.textContent).toContain('未登录团队台账服务器');
    expect(q('sync-now')).toBeNull();
    click(q('sync-settings'));
    expect(onOpenSettings).toHaveBeenCalled();
    unmount();
  });

  it('shows the user, last sync, pending changes and merged edits with links to their items; 立即同步 runs once at a time', async () => {
    let finish: () => void = () => undefined;
    const onSyncNow = vi.fn<() => Promise<unknown>>(() => new Promise<void>((r) => (finish = r)));
    const { q, unmount } = mountZh(<SyncStatusBar status={status({ pending: 3 })} conflicts={[conflict]} onSyncNow={onSyncNow} onOpenSettings={vi.fn<() => void>()} />);
    const bar = q('sync-bar')!.textContent!;
    expect(bar).toContain('登录为 zhang');
    expect(q('sync-read-only')).toBeNull();
    expect(q('sync-last')!.textContent).toMatch(/^上次同步：2026年12月5日/);
    expect(q('sync-pending')!.textContent).toBe('待上传 3 项修改');
    expect(bar).toContain('已合并 1 处并发修改');
    expect(q('sync-conflict-list')).toBeNull();
    click(q('sync-conflicts'));
    const link = q('sync-conflict-list')!.querySelector('a')!;
    expect(link.textContent).toBe('市住建局要加快推进老旧小区改造');
    expect(link.getAttribute('href')).toBe('#item=item+1');
    expect(q('sync-conflict-list')!.textContent).toContain('并发修改：李四 将状态设为 推进中');
    click(q('sync-now'));
    expect(onSyncNow).toHaveBeenCalledTimes(1);
    expect((q('sync-now') as HTMLButtonElement).disabled).toBe(true);
    expect(q('sync-now')!.textContent).toBe('正在同步……');
    finish();
    await until(() => !(q('sync-now') as HTMLButtonElement).disabled);
    unmount();
  });

  it('read-only (policy or a reader’s role): a badge saying why, and the local changes said to stay here', () => {
    const policy = mountZh(<SyncStatusBar status={status({ pending: 2, readOnly: true, readOnlyBy: 'policy' })} conflicts={[]} onSyncNow={vi.fn<() => Promise<unknown>>()} onOpenSettings={vi.fn<() => void>()} />);
    expect(policy.q('sync-read-only')!.textContent).toBe('只读');
    expect(policy.q('sync-read-only')!.title).toBe('单位策略设为只读：只取回团队台账，本机的修改只保存在本机，不上传');
    expect(policy.q('sync-pending')!.textContent).toBe('本机 2 项修改只保存在本机，不上传（只读）');
    policy.unmount();
    const role = mountIn('en', <SyncStatusBar status={status({ pending: 1, readOnly: true, readOnlyBy: 'role' })} conflicts={[]} onSyncNow={vi.fn<() => Promise<unknown>>()} onOpenSettings={vi.fn<() => void>()} />);
    expect(role.q('sync-read-only')!.title).toBe('This account is read-only on the server: the team ledger is fetched, local changes stay in this browser and are not sent');
    expect(role.q('sync-pending')!.textContent).toBe('1 change kept in this browser only, not sent (read-only)');
    role.unmount();
  });

  it('names a database the server does not have, and what to do, in both languages', () => {
    const lastError = { kind: 'not_found' as const, message: '数据库 luoshi：not_found: Database does not exist.' };
    const zh = mountZh(<SyncStatusBar status={status({ lastError })} conflicts={[]} onSyncNow={vi.fn<() => Promise<unknown>>()} onOpenSettings={vi.fn<() => void>()} />);
    expect(zh.q('sync-error')!.textContent).toBe(`服务器上没有这个团队台账数据库：请在设置页核对数据库名，或请单位管理员运行 npm run sync:provision 建库（${lastError.message}）`);
    zh.unmount();
    const en = mountIn('en', <SyncStatusBar status={status({ lastError })} conflicts={[]} onSyncNow={vi.fn<() => Promise<unknown>>()} onOpenSettings={vi.fn<() => void>()} />);
    expect(en.q('sync-error')!.textContent).toMatch(/^The team ledger’s database is not on the server: check its name in the settings/);
    en.unmount();
  });

  it('says why the last sync failed, in English too', () => {
    const { q, unmount } = mountIn('en', <SyncStatusBar status={status({ lastSync: null, lastError: { kind: 'forbidden', message: 'read_only: a read-only user cannot change the team ledger' } })} conflicts={[]} onSyncNow={vi.fn<() => Promise<unknown>>()} onOpenSettings={vi.fn<() => void>()} />);
    expect(q('sync-last')!.textContent).toBe('Not synced yet');
    expect(q('sync-error')!.textContent).toBe('The server refused access or a change (the account is not a member of the team ledger’s database, is read-only, or the change breaks its rules): read_only: a read-only user cannot change the team ledger');
    expect(q('sync-now')!.textContent).toBe('Sync now');
    unmount();
  });

  it('links an item by its id in the dashboard’s route', () => {
    expect(itemHref('abc')).toBe('#item=abc');
  });
});
