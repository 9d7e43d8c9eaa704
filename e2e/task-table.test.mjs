/**
 * Task tables in real editors (issue 11): a contenteditable page and a TinyMCE (iframe) page hold a 任务分工表 as an
 * HTML <table> (e2e/editors-src/task-table.js: a header row, a 牵头单位 cell with rowspan, a persons' column). In
 * Debian's Chromium with the built extension (e2e/harness.mjs), for each editor:
 *   1. each row's task cell is highlighted as one action and its date cell as its deadline, and the editor's DOM is
 *      unchanged;
 *   2. the tab's EditorState holds one action per row with its 牵头/配合 units and date, header cells and persons never
 *      items or owners;
 *   3. the side panel lists each row with its units and date;
 *   4. saving puts the rows in the 台账 (LuoshiDB) with lead and coop, and the dashboard's xlsx export has them in the
 *      牵头单位 / 配合单位 columns.
 *   npm run build && npm run build:e2e-pages && node --test e2e/task-table.test.mjs
 */
import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { SHOTS, contract, harness, panelText } from './harness.mjs';

const TITLE = '关于印发2027年城市管理重点任务分工表的通知';
const ROWS = [
  { task: '完成背街小巷整治80条', lead: ['市城管局'], coop: ['各区政府'], deadline: '2027年6月底前' },
  { task: '新建智慧停车泊位3000个', lead: ['市住建局'], coop: ['市公安局', '市大数据局'], deadline: '9月底前' },
  // The 牵头单位 cell of row 2 spans row 3 (rowspan): 市住建局 leads both; 市水务局 sits in the 配合单位 column.
  { task: '改造雨污管网50公里', lead: ['市住建局'], coop: ['市水务局'], deadline: '年底前' },
];
const HEADER = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限', '责任人'];
const PERSONS = ['周建国', '吴丽'];
const SPECS = [
  { name: 'contenteditable', page: 'table-contenteditable.html', host: '#editor' },
  { name: 'TinyMCE classic (iframe)', page: 'table-tinymce.html', host: 'body#tinymce', frame: '#editor_ifr' },
];
const ANNOTATE_TIMEOUT = 15_000;

/** The text of every range of the action and deadline highlights, in the page it runs in. */
function highlightTexts(names) {
  const read = (n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => r.toString()) : [];
  };
  return { action: read(names.action), deadline: read(names.deadline) };
}

async function editorFrame(h, spec) {
  if (!spec.frame) return h.editor.mainFrame();
  const handle = await h.editor.waitForSelector(spec.frame, { state: 'attached' });
  const frame = await handle.contentFrame();
  await frame.waitForSelector(spec.host, { state: 'attached' });
  return frame;
}

/** The items of LuoshiDB with their lead and coop (read raw from an extension page). */
function itemsWithUnits(h) {
  return h.control.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('LuoshiDB');
      req.addEventListener('success', () => resolve(req.result));
      req.addEventListener('error', () => reject(req.error));
    });
    const get = (store) =>
      new Promise((resolve, reject) => {
        const req = db.transaction(store, 'readonly').objectStore(store).getAll();
        req.addEventListener('success', () => resolve(req.result));
        req.addEventListener('error', () => reject(req.error));
      });
    const documents = await get('documents');
    const items = await get('items');
    db.close();
    return { documents: documents.map((d) => ({ id: d.id, url: d.url, title: d.title })), items: items.map((i) => ({ documentId: i.documentId, text: i.text, lead: i.lead, coop: i.coop, owners: i.owners, deadline: i.deadline?.text ?? null })) };
  });
}

for (const spec of SPECS) {
  describe(`task table: ${spec.name}`, () => {
    let h;
    before(async () => {
      h = await harness();
      await h.enable(true);
      await h.open(spec.page);
    });

    test('each row\'s task cell is highlighted as an action and its date cell as the deadline; the editor DOM is unchanged', async () => {
      const frame = await editorFrame(h, spec);
      const want = ROWS.map((r) => r.task);
      const until = Date.now() + ANNOTATE_TIMEOUT;
      let got = { action: [], deadline: [] };
      while (Date.now() < until) {
        got = await frame.evaluate(highlightTexts, contract.HIGHLIGHT);
        if (want.every((t) => got.action.includes(t))) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      for (const r of ROWS) assert.ok(got.action.includes(r.task), `the task cell 「${r.task}」 is one action highlight: ${JSON.stringify(got.action)}`);
      for (const d of ['2027年6月底前', '9月底前', '年底前']) assert.ok(got.deadline.includes(d), `the date cell 「${d}」 is a deadline highlight`);
      for (const cell of [...HEADER, ...PERSONS]) assert.ok(!got.action.some((a) => a.includes(cell)), `「${cell}」 is in no action highlight`);
      assert.deepEqual(await h.editor.evaluate(() => window.__editorMutations()), [], 'the extension made no change to the editor DOM');
      await h.editor.screenshot({ path: path.join(SHOTS, `${spec.page.replace(/\.html$/, '')}.png`) });
    });

    test('the EditorState holds one action per row with its 牵头/配合 units and date; header cells and persons are no items or owners', async () => {
      const state = await h.editorState();
      assert.ok(state, 'editor.getState answers');
      assert.ok(state.text.startsWith(TITLE), 'the state carries the draft');
      const actions = state.analysis.actions;
      for (const r of ROWS) {
        const a = actions.find((x) => x.text === r.task);
        assert.ok(a, `an action 「${r.task}」`);
        assert.deepEqual([a.lead, a.coop, a.deadline?.text], [r.lead, r.coop, r.deadline], `units and date of 「${r.task}」`);
        assert.equal(state.text.slice(a.start, a.end), r.task, 'the action span is the task cell');
      }
      for (const cell of HEADER) assert.ok(!actions.some((x) => x.text === cell), `the header cell 「${cell}」 is no item`);
      for (const p of PERSONS) assert.ok(!actions.some((x) => x.owners.includes(p)), `「${p}」 (责任人) is no owner`);
    });

    test('the side panel lists each row with its units and date', async () => {
      const text = await panelText(h, (t) => ROWS.every((r) => t.includes(r.task)), ANNOTATE_TIMEOUT);
      for (const r of ROWS) {
        assert.ok(text.includes(r.task), `panel: 「${r.task}」`);
        for (const u of [...r.lead, ...r.coop]) assert.ok(text.includes(u), `panel: unit 「${u}」`);
        assert.ok(text.includes(r.deadline), `panel: date 「${r.deadline}」`);
      }
      await h.panel.screenshot({ path: path.join(SHOTS, `${spec.page.replace(/\.html$/, '')}-panel.png`) });
    });

    test('saving puts the rows in the 台账 with lead and coop, and the xlsx export has them in 牵头单位 / 配合单位', async () => {
      const pageUrl = h.editor.url();
      await panelText(h, (t) => t.includes(ROWS[0].task));
      await h.panel.getByRole('button', { name: /保存为督办清单|更新清单/ }).click({ timeout: 5_000 });
      await panelText(h, (t) => /已保存为督办清单|已更新清单/.test(t));
      const db = await itemsWithUnits(h);
      const doc = db.documents.find((d) => d.url === pageUrl);
      assert.ok(doc, `a checklist for ${pageUrl}`);
      const items = db.items.filter((i) => i.documentId === doc.id);
      for (const r of ROWS) {
        const it = items.find((i) => i.text === r.task);
        assert.ok(it, `item 「${r.task}」 saved`);
        assert.deepEqual([it.lead, it.coop, it.deadline], [r.lead, r.coop, r.deadline]);
      }

      await h.control.goto(h.browser.extensionUrl('dashboard.html#view=import'));
      const select = h.control.getByTestId('export-document');
      await select.waitFor();
      await select.selectOption({ label: doc.title });
      const [download] = await Promise.all([h.control.waitForEvent('download'), h.control.getByTestId('export-xlsx').click()]);
      const file = path.join(os.tmpdir(), `luoshi-e2e-table-${process.pid}-${spec.page}.xlsx`);
      await download.saveAs(file);
      const { default: ExcelJS } = await import('exceljs');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet('督办台账');
      const header = ws.getRow(2).values.slice(1).map(String);
      const col = (name) => header.indexOf(name) + 1;
      for (const r of ROWS) {
        let row = null;
        ws.eachRow((x) => {
          if (String(x.getCell(col('事项内容')).value) === r.task) row = x;
        });
        assert.ok(row, `xlsx row 「${r.task}」`);
        assert.equal(String(row.getCell(col('牵头单位')).value), r.lead.join('、'));
        assert.equal(String(row.getCell(col('配合单位')).value ?? ''), r.coop.join('、'));
      }
    });
  });
}
