/**
 * The 督办单 numbering and the Word 督办通知单 in the real Chromium with the built extension (e2e/launch.mjs): the
 * options page's 督办单 fieldset (preview, a bad phone refused, saved), the print view of the fixture speech's ledger
 * (sheets not numbered until printed or exported), 导出 Word for every sheet — the download read back: one
 * section per owner, the numbers in order, 反馈时限 and contact — the numbers kept through a reload and a print, one
 * owner's own file named by its number, and the English page. Screenshots go to e2e/shots/docx-*.png.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { launchExtension } from './launch.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHOTS = path.join(ROOT, 'e2e/shots');
const extensionDir = process.env.LUOSHI_EXTENSION_DIR ? path.resolve(process.env.LUOSHI_EXTENSION_DIR) : undefined;
const speech = readFileSync(path.join(ROOT, 'tests/fixtures/drafts/speech.txt'), 'utf8');
const { documentXmlEntry } = await tsImport('../lib/import/docx.ts', import.meta.url);

let browser;
let page;
const pageErrors = [];
const url = (p) => browser.extensionUrl(p);
const year = new Date().getFullYear();
const numbersShown = () => page.locator('[data-testid=sheet-number]').allTextContents();

/** The text of word/document.xml of a .docx, paragraphs on lines. */
function documentText(bytes) {
  const entry = documentXmlEntry(new Uint8Array(bytes));
  const xml = (entry.method === 8 ? inflateRawSync(entry.data) : Buffer.from(entry.data)).toString('utf8');
  return {
    xml,
    text: xml
      .split('</w:p>')
      .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .filter(Boolean)
      .join('\n'),
  };
}

/** Clicks `testid` and returns the download's name and bytes. */
async function download(locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchExtension({ extensionDir, viewport: { width: 1280, height: 900 } });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
});

after(async () => {
  await browser?.close();
});

describe('督办单 numbering and the Word 督办通知单', () => {
  test('the options page previews the number rule, refuses a bad phone and saves the 督办单 settings', async () => {
    await page.goto(url('options.html'));
    const fieldset = page.getByTestId('supervision-fieldset');
    await fieldset.waitFor();
    await page.getByTestId('sv-preview').getByText(`督〔${year}〕1号`).waitFor();
    await page.getByTestId('sv-pattern').fill('县委督字〔{year}〕{n}号');
    assert.equal(await page.getByTestId('sv-preview').textContent(), `下一份督办单的编号：县委督字〔${year}〕1号`);
    await page.getByTestId('sv-office').fill('县委督查室');
    await page.getByTestId('sv-contact').fill('王明');
    await page.getByTestId('sv-phone').fill('请打办公室');
    await page.getByTestId('sv-days').fill('10');
    await page.getByTestId('save').click();
    await page.getByTestId('options-message').getByText('请先改正督办单设置中标出的问题').waitFor();
    await page.getByTestId('sv-phone').fill('0571-8888 1234');
    await page.getByTestId('save').click();
    await page.getByTestId('options-message').getByText('设置已保存').waitFor();
    await fieldset.screenshot({ path: path.join(SHOTS, 'docx-options.png') });
    const stored = await page.evaluate(() => chrome.storage.local.get('luoshi.settings'));
    assert.deepEqual(stored['luoshi.settings'].supervision, { numberPattern: '县委督字〔{year}〕{n}号', feedback: { mode: 'days', days: 10, day: 25 }, office: '县委督查室', contact: '王明', phone: '0571-8888 1234' });
  });

  test('the print view numbers nothing until 导出 Word, which writes every owner in one .docx, numbered in order', async () => {
    await page.goto(url('dashboard.html#view=import'));
    await page.getByTestId('paste-text').fill(speech);
    await page.getByTestId('paste-save').click();
    await page.getByTestId('import-results').getByText('已保存《').waitFor();
    await page.goto(url('dashboard.html#print=*'));
    await page.locator('.sheet').first().waitFor();
    const owners = await page.locator('.sheet').evaluateAll((els) => els.map((e) => e.dataset.owner));
    assert.ok(owners.length > 5, `${owners.length} sheets`);
    assert.deepEqual(new Set(await numbersShown()), new Set(['打印或导出时编号']));
    assert.match(await page.getByTestId('sheet-feedback').first().textContent(), /^反馈时限：\d{4}年\d{1,2}月\d{1,2}日前$/);
    assert.equal(await page.getByTestId('sheet-contact').first().textContent(), '联系人：王明\u3000\u3000联系电话：0571-8888 1234');

    const t0 = performance.now();
    const { name, bytes } = await download(page.getByTestId('export-docx'));
    const ms = Math.round(performance.now() - t0);
    const wanted = owners.map((_, i) => `县委督字〔${year}〕${i + 1}号`);
    assert.deepEqual(await numbersShown(), wanted);
    assert.match(name, /^督办通知单-\d{4}-\d{2}-\d{2}\.docx$/);
    const { xml, text } = documentText(bytes);
    assert.equal(xml.match(/<w:sectPr\b/g).length, owners.length, 'one section per owner');
    assert.equal(xml.match(/<w:pgNumType w:start="1"\/>/g).length, owners.length, 'each owner’s pages numbered from 1');
    let at = -1;
    for (const [i, owner] of owners.entries()) {
      const here = text.indexOf(`督办编号：${wanted[i]}\n${owner}：`);
      assert.ok(here > at, `${owner}'s notice with ${wanted[i]}, after the one before`);
      at = here;
    }
    assert.match(text, /请于\d{4}年\d{1,2}月\d{1,2}日前将办理情况书面反馈县委督查室。/);
    assert.ok(text.includes('联系人：王明\u3000\u3000联系电话：0571-8888 1234'));
    console.log(`# 导出 Word: ${owners.length} notices, ${bytes.length} bytes in ${ms} ms`);
  });

  test('the numbers stay through a reload and a print; one owner exports its own file under its number', async () => {
    await page.reload();
    await page.locator('.sheet').first().waitFor();
    const numbered = await numbersShown();
    assert.equal(numbered[0], `县委督字〔${year}〕1号`);
    await page.evaluate(() => {
      window.print = () => void (window.luoshiPrinted = [...document.querySelectorAll('[data-testid=sheet-number]')].map((e) => e.textContent));
    });
    await page.getByTestId('print-button').click();
    await page.waitForFunction(() => Array.isArray(window.luoshiPrinted));
    assert.deepEqual(await page.evaluate(() => window.luoshiPrinted), numbered);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.print-toolbar').isVisible(), false);
    assert.equal(await page.getByTestId('export-docx-one').first().isVisible(), false);
    await page.screenshot({ path: path.join(SHOTS, 'docx-print-view.png') });
    await page.emulateMedia({ media: 'screen' });

    const owner = await page.locator('.sheet').nth(2).getAttribute('data-owner');
    await page.goto(url(`dashboard.html#print=${encodeURIComponent(owner)}`));
    await page.locator('.sheet').first().waitFor();
    assert.deepEqual(await numbersShown(), [numbered[2]]);
    const { name, bytes } = await download(page.getByTestId('export-docx-one'));
    assert.equal(name, `督办通知单-${numbered[2]}-${owner}.docx`);
    const { xml, text } = documentText(bytes);
    assert.equal(xml.match(/<w:sectPr\b/g).length, 1);
    assert.ok(text.includes(`督办编号：${numbered[2]}`));
    assert.deepEqual(await numbersShown(), [numbered[2]], 'the reprint kept its number');
  });

  test('the English page words the sheet in English and keeps the numbers', async () => {
    await page.goto(url('options.html'));
    await page.getByTestId('locale').selectOption('en');
    await page.getByTestId('save').click();
    await page.goto(url('dashboard.html#print=*'));
    await page.locator('.sheet').first().waitFor();
    await page.getByTestId('export-docx').getByText('Export Word notices').waitFor();
    assert.equal((await numbersShown())[0], `县委督字〔${year}〕1号`);
    assert.match(await page.getByTestId('sheet-feedback').first().textContent(), /^Report back: by [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    await page.goto(url('options.html'));
    await page.getByTestId('locale').selectOption('zh-CN');
    await page.getByTestId('save').click();
    await page.getByTestId('options-message').waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
