/**
 * Measures what one keystroke costs the page's main thread in a 20,000-character draft, with the built extension
 * (.output/chrome-mv3, `npm run build` first) in Debian's Chromium: the content script records User Timing
 * measures `luoshi:read` (read the editor, remap the marks) and `luoshi:paint` (Ranges + CSS.highlights, or the
 * textarea's mirror); this script types into a contenteditable page and a textarea page (local, generated here),
 * and prints per keystroke the read + paint time and the longest main-thread task (PerformanceObserver longtask
 * entries are ≥ 50 ms, so "none" means every task stayed below that), beside the same typing on the same page
 * where the site is not enabled (served as `localhost`, a different origin: the baseline of the page itself).
 * No network: pages come from the machine.
 *
 *   node scripts/measure-keystroke.mjs [--keys 40] [--chars 20000]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { keys: { type: 'string', default: '40' }, chars: { type: 'string', default: '20000' } } });
const KEYS = Number(values.keys);
const CHARS = Number(values.chars);
const root = path.resolve(import.meta.dirname, '..');
const extension = path.join(root, '.output/chrome-mv3');

const speech = readFileSync(path.join(root, 'tests/fixtures/drafts/speech.txt'), 'utf8').replace(/\r\n?/g, '\n');
let draft = '';
while (draft.length < CHARS) draft += `${speech}\n`;
draft = draft.slice(0, CHARS);
const lines = draft.split('\n');
const esc = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

const pages = {
  '/contenteditable.html': `<!doctype html><meta charset="utf-8"><div id="editor" contenteditable="true" style="white-space:pre-wrap;width:800px">${lines.map((l) => `<p>${esc(l) || '<br>'}</p>`).join('')}</div>`,
  '/textarea.html': `<!doctype html><meta charset="utf-8"><textarea id="editor" style="width:800px;height:600px">${esc(draft)}</textarea>`,
};

const server = http.createServer((req, res) => {
  const body = pages[new URL(req.url, 'http://x').pathname];
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body ?? '');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const { chromium } = await import('playwright-core');
const userData = mkdtempSync(path.join(os.tmpdir(), 'luoshi-measure-'));
const context = await chromium.launchPersistentContext(userData, {
  executablePath: process.env.LUOSHI_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  await sw.evaluate((o) => chrome.storage.local.set({ 'luoshi.enabledSites': [o] }), origin);

  const baseline = async (name) => {
    const page = await context.newPage();
    await page.goto(origin.replace('127.0.0.1', 'localhost') + name);
    await page.evaluate(watchLongTasks);
    await page.evaluate(caretAtEnd);
    await page.evaluate(startClock);
    await typeKeys(page);
    const longest = await page.evaluate(() => window.luoshiLongest);
    await page.close();
    return longest;
  };

  for (const name of Object.keys(pages)) {
    const page = await context.newPage();
    page.on('console', (m) => process.env.DBG && console.log('PAGE', m.text()));
    await page.goto(origin + name);
    await page.evaluate(watchLongTasks);
    await page.waitForFunction(() => (CSS.highlights.get('luoshi-action')?.size ?? 0) > 0, null, { timeout: 30_000 });
    await page.evaluate(caretAtEnd);
    await page.evaluate(startClock);
    const readText = () => page.evaluate(() => document.getElementById('editor').value ?? document.getElementById('editor').textContent);
    const length = (await readText()).length;
    await typeKeys(page);
    const m = await page.evaluate(() => {
      const of = (n) => performance.getEntriesByName(n).map((e) => e.duration);
      return { read: of('luoshi:read'), paint: of('luoshi:paint'), longest: window.luoshiLongest, tasks: window.luoshiTasks, t0: window.luoshiT0, now: Math.round(performance.now()) };
    });
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      return s.length ? `median ${s[s.length >> 1].toFixed(2)} ms, p95 ${s[Math.floor(s.length * 0.95)].toFixed(2)} ms, max ${s.at(-1).toFixed(2)} ms (n=${s.length})` : 'none';
    };
    const perFrame = m.read.map((r, i) => r + (m.paint[i] ?? 0));
    console.log(`${name.slice(1)} (${length} characters, ${KEYS} keystrokes)`);
    console.log(`  luoshi:read  ${stats(m.read)}`);
    console.log(`  luoshi:paint ${stats(m.paint)}`);
    console.log(`  read+paint   ${stats(perFrame)}`);
    console.log(`  longest main-thread task: ${m.longest ? `${m.longest.toFixed(1)} ms` : 'none ≥ 50 ms'}`);
    const base = await baseline(name);
    console.log(`  without Luoshi (site not enabled), longest task: ${base ? `${base.toFixed(1)} ms` : 'none ≥ 50 ms'}`);
    if (process.env.DBG) console.log('  long tasks [start, ms] after t0', m.t0, 'now', m.now, JSON.stringify(m.tasks));
    if (process.env.DBG) console.log('  each', perFrame.map((x) => x.toFixed(1)).join(' '));
    await page.close();
  }
} finally {
  await context.close();
  server.close();
  rmSync(userData, { recursive: true, force: true });
}

/** In the page: records long tasks (≥ 50 ms) from `window.luoshiT0` on (buffered page-load entries may arrive late). */
function watchLongTasks() {
  window.luoshiLongest = 0;
  window.luoshiTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (window.luoshiT0 !== undefined && e.startTime < window.luoshiT0) continue;
      window.luoshiLongest = Math.max(window.luoshiLongest, e.duration);
      window.luoshiTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** In the page: from now on, measures and long tasks count. */
function startClock() {
  performance.clearMeasures();
  window.luoshiLongest = 0;
  window.luoshiT0 = Math.round(performance.now());
  window.luoshiTasks = [];
}

/** In the page: focuses the editor with the caret at the end of the draft. */
function caretAtEnd() {
      const el = document.getElementById('editor');
      el.focus();
      if (el instanceof HTMLTextAreaElement) el.setSelectionRange(el.value.length, el.value.length);
      else {
        const r = document.createRange();
        r.selectNodeContents(el.lastElementChild);
        r.collapse(false);
        getSelection().removeAllRanges();
        getSelection().addRange(r);
      }
}

/** Types KEYS characters at a typist's pace: one animation frame per key, analysis only after the pause. */
async function typeKeys(page) {
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type('要', { delay: 0 });
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(800);
}
