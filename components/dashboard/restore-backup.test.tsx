// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://luoshi-test/dashboard.html"}
/**
 * Restoring a json backup checks the file first: a bad file is refused with its problems and nothing is asked or
 * written; a good one is shown with what it holds (counts, date) and replaces the checklist only once confirmed.
 * A real repository on fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticDraft } from '@/lib/checklist/testing';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository, type ChecklistRepository } from '@/lib/db/repository';
import { ImportExport } from './import-export';
import { mountIn } from './testing';

let source: LuoshiDB;
let target: LuoshiDB;
let from: ChecklistRepository;
let repo: ChecklistRepository;
let n = 0;
let cleanup = () => {};

beforeEach(() => {
  source = new LuoshiDB(`restore-src-${++n}`);
  target = new LuoshiDB(`restore-dst-${n}`);
  from = checklistRepository(source, { now: () => Date.UTC(2026, 10, 20, 6, 30) });
  repo = checklistRepository(target, { now: () => Date.UTC(2026, 11, 1) });
});
afterEach(async () => {
  cleanup();
  cleanup = () => {};
  vi.restoreAllMocks();
  await Promise.all([source.delete(), target.delete()]);
});

/** A backup of 30 items (one in the trash, one with a note) and the target's own checklist of 5 items. */
async function files() {
  const big = syntheticDraft(30);
  const { documentId } = await from.saveAnalysis({ key: 'big', text: big.text, analysis: big.analysis });
  const ids = (await from.listItems({ documentId })).map((i) => i.id);
  await from.deleteItem(ids[0]!);
  await from.addNote(ids[1]!, { text: '已开工', progress: 10 });
  const json = await from.exportBackupJson();
  const small = syntheticDraft(5);
  await repo.saveAnalysis({ key: 'small', text: small.text, analysis: small.analysis });
  return json;
}

/** window.confirm (absent in happy-dom) as a spy that would say yes: the restore must not need it. */
function askConfirm() {
  const confirm = vi.fn<(message?: string) => boolean>(() => true);
  Object.defineProperty(window, 'confirm', { value: confirm, configurable: true, writable: true });
  return confirm;
}

function mount(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const page = mountIn(locale, <ImportExport repo={repo} documents={[]} analyzeOptions={() => ({ referenceDate: '2026-03-01' })} onShowDocument={() => {}} />);
  cleanup = page.unmount;
  return page;
}

async function settle(done: () => boolean) {
  for (let i = 0; i < 200 && !done(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  if (!done()) throw new Error('timed out');
}

describe('restore: check first, then confirm', () => {
  it('a broken file is refused with its problems; nothing is asked and nothing is written', async () => {
    const json = await files();
    const confirm = askConfirm();
    const { q, choose } = mount();
    const broken = json.replace('"status": "not_started"', '"status": "half_done"');
    choose('backup-import', new File([broken], 'luoshi-backup.json', { type: 'application/json' }));
    await settle(() => q('backup-message')?.className === 'page-error');
    expect(q('backup-message')!.textContent).toMatch(/^备份文件无效，未导入任何数据：items\[\d+\]\.status/);
    expect(q('backup-preview')).toBeNull();
    choose('backup-import', new File([json.slice(0, json.length / 2)], 'cut.json'));
    await settle(() => (q('backup-message')?.textContent ?? '').includes('不是完整的 JSON'));
    expect(confirm).not.toHaveBeenCalled();
    expect(await target.items.count()).toBe(5);
  });

  it('a good file shows what it holds and when it was made; cancel keeps the checklist, confirm replaces it', async () => {
    const json = await files();
    const confirm = askConfirm();
    const { q, choose } = mount();
    choose('backup-import', new File([json], 'luoshi-backup.json'));
    await settle(() => q('backup-preview') !== null);
    const preview = q('backup-preview')!.textContent!;
    expect(preview).toContain('备份文件已通过检查（2026年11月20日');
    expect(preview).toContain('包含文稿 1 份、事项 30 项、进展记录 1 条、修订记录 1 条。 其中回收站 1 项。');
    expect(preview).toContain('恢复将用这份备份替换当前全部台账数据');
    // Checked, not written.
    expect(await target.items.count()).toBe(5);
    act(() => q('backup-cancel')!.click());
    expect(q('backup-preview')).toBeNull();
    expect(await target.items.count()).toBe(5);

    choose('backup-import', new File([json], 'luoshi-backup.json'));
    await settle(() => q('backup-preview') !== null);
    await act(async () => q('backup-confirm')!.click());
    await settle(() => (q('backup-message')?.textContent ?? '').startsWith('已恢复'));
    expect(q('backup-message')!.textContent).toBe('已恢复：文稿 1 份，事项 30 项，进展 1 条。');
    expect(q('backup-preview')).toBeNull();
    expect(await target.items.count()).toBe(30);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('says it in English too', async () => {
    const json = await files();
    const { q, choose } = mount('en');
    choose('backup-import', new File([json], 'b.json'));
    await settle(() => q('backup-preview') !== null);
    expect(q('backup-preview')!.textContent).toContain('It holds 1 document, 30 items, 1 note and 1 revision. 1 item is in the trash.');
  });
});
