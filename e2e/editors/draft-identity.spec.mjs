/**
 * Draft identity: one key never joins two documents. Two routes of one hash-routed OA page, and two pasted drafts
 * under the same title, are saved from the side panel; each becomes its own checklist, and saving the second never
 * merges into (and orphans the items of) the first.
 *   node --test e2e/editors/draft-identity.spec.mjs   (after npm run build && npm run build:e2e-pages)
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { SHOTS, harness, panelText } from '../harness.mjs';

/** Clicks the panel's save button, which must offer a new checklist, and waits for the save report. */
async function saveAsNew(h, what) {
  const button = h.panel.getByRole('button', { name: /保存为督办清单|更新清单/ });
  await button.waitFor();
  assert.equal((await button.textContent()).trim(), '保存为督办清单', `${what}: the panel offers a new checklist, not an update of another draft's`);
  await button.click();
  const text = await panelText(h, (t) => /已保存为督办清单|已更新清单|保存失败/.test(t));
  assert.match(text, /已保存为督办清单/, `${what}: saved as a new checklist`);
}

/** The stored documents whose key matches `re`, each with its items. */
async function checklists(h, re) {
  const db = await h.readChecklistDb();
  return (db?.documents ?? []).filter((d) => re.test(d.key)).map((d) => ({ ...d, items: db.items.filter((i) => i.documentId === d.id) }));
}

describe('draft identity', () => {
  let h;
  before(async () => {
    h = await harness();
  });

  test('two hash-routed drafts of one page (#/doc/edit?id=101, ?id=202) stay two checklists', async () => {
    await h.enable(true);
    await h.open('hash-route.html#/doc/edit?id=101');
    await panelText(h, (t) => t.includes('县发改局') && t.includes('保存为督办清单'));
    await saveAsNew(h, 'id=101');
    // The app changes route without reloading; the same textarea now holds another speech with the same title.
    await h.editor.evaluate(() => {
      location.hash = '#/doc/edit?id=202';
    });
    await panelText(h, (t) => t.includes('县教育局') && !t.includes('已保存为督办清单'));
    await saveAsNew(h, 'id=202');
    await h.panel.screenshot({ path: path.join(SHOTS, 'draft-identity-hash-route.png') });

    const docs = await checklists(h, /hash-route\.html#\/doc\/edit\?id=(101|202)#/);
    assert.equal(docs.length, 2, `two checklists: ${JSON.stringify(docs.map((d) => d.key))}`);
    const [a, b] = [docs.find((d) => d.key.includes('id=101#')), docs.find((d) => d.key.includes('id=202#'))];
    assert.ok(a && b, 'one per route');
    assert.ok(a.text.includes('县发改局') && !a.text.includes('县教育局'), 'the first keeps its own text');
    assert.ok(b.items.some((i) => i.text.includes('县教育局')), 'the second has its own items');
    assert.ok(a.items.length > 0 && a.items.every((i) => !i.orphaned), 'no item of the first was orphaned by the second save');
    assert.ok(a.items.every((i) => !i.text.includes('县教育局')), 'no item of the second joined the first');
    assert.equal(a.revision, 1);
    assert.equal(b.revision, 1);
  });

  test('two pasted drafts with the same title stay two checklists', async () => {
    await h.open('no-editor.html');
    const title = '在全县秋冬季重点工作部署会上的讲话';
    const first = [title, '同志们：', '县粮食局要在11月底前完成秋粮收购任务。', '各乡镇要组织做好秋冬季森林防火。', '谢谢大家！'].join('\n');
    const second = [title, '同志们：', '县住建局要在11月15日前完成集中供暖设施检修。', '县市场监管局要加强冬季燃气安全检查。', '谢谢大家！'].join('\n');
    const box = h.panel.locator('textarea#draft');
    await box.waitFor();
    await box.fill(first);
    await panelText(h, (t) => t.includes('县粮食局') && t.includes('保存为督办清单'));
    await saveAsNew(h, 'first paste');
    await box.fill(second);
    await panelText(h, (t) => t.includes('县住建局') && !t.includes('县粮食局') && /保存为督办清单|更新清单/.test(t));
    await saveAsNew(h, 'second paste');
    await h.panel.screenshot({ path: path.join(SHOTS, 'draft-identity-paste.png') });

    const docs = await checklists(h, new RegExp(`^paste:${title}#`));
    assert.equal(docs.length, 2, `two checklists: ${JSON.stringify(docs.map((d) => d.key))}`);
    const a = docs.find((d) => d.text === first);
    const b = docs.find((d) => d.text === second);
    assert.ok(a && b, 'each keeps its own text');
    assert.notEqual(a.key, b.key);
    assert.ok(a.items.some((i) => i.text.includes('县粮食局')) && a.items.every((i) => !i.orphaned), 'the first keeps its items, none orphaned');
    assert.ok(b.items.some((i) => i.text.includes('县住建局')) && b.items.every((i) => !i.text.includes('县粮食局')), 'the second has only its own items');
  });
});
