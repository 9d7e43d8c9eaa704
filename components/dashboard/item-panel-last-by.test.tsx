// @vitest-environment happy-dom
// @vitest-environment-options {"url": "chrome-extension://luoshi-test/dashboard.html"}
/** The item panel names 最后修改人 — who wrote the item's version last on the team ledger — when the page knows it. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '@/lib/analysis/index';
import { LuoshiDB } from '@/lib/db/database';
import { checklistRepository } from '@/lib/db/repository';
import { ItemPanel } from './item-panel';
import { mountIn, mountZh, until } from './testing';

const db = new LuoshiDB('item-panel-last-by');

async function saved() {
  const repo = checklistRepository(db, { now: () => Date.UTC(2026, 11, 5) });
  const text = '关于河道整治的通知\n区水务局要在12月20日前完成河道清淤。\n';
  const { documentId } = await repo.saveAnalysis({ key: `last-by:${Math.random()}`, title: null, text, analysis: analyze(text, { referenceDate: '2026-12-05' }) });
  const document = (await repo.getDocument(documentId))!;
  const [item] = await repo.listItems({ documentId });
  return { repo, document, item: item! };
}

describe('ItemPanel 最后修改人', () => {
  it('shows who changed the item last, in zh-CN and en, and nothing when nobody synced it', async () => {
    const { repo, document, item } = await saved();
    const row = { item, light: null, docTitle: document.title, ownersText: '', due: item.due };
    const lastChangedBy = vi.fn<(id: string) => Promise<string | null>>(async () => 'lisi');
    const zh = mountZh(<ItemPanel row={row} document={document} repo={repo} openAtItem={async () => 'no-url'} message={null} onMessage={() => {}} onClose={() => {}} lastChangedBy={lastChangedBy} />);
    await until(() => zh.q('item-last-by')?.textContent === 'lisi');
    expect(zh.container.textContent).toContain('最后修改人');
    expect(lastChangedBy).toHaveBeenCalledWith(item.id);
    zh.unmount();
    const en = mountIn('en', <ItemPanel row={row} document={document} repo={repo} openAtItem={async () => 'no-url'} message={null} onMessage={() => {}} onClose={() => {}} lastChangedBy={lastChangedBy} />);
    await until(() => en.q('item-last-by') !== null);
    expect(en.container.textContent).toContain('Last changed by');
    en.unmount();
    const none = mountZh(<ItemPanel row={row} document={document} repo={repo} openAtItem={async () => 'no-url'} message={null} onMessage={() => {}} onClose={() => {}} lastChangedBy={async () => null} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(none.q('item-last-by')).toBeNull();
    none.unmount();
  });
});
