/**
 * `npm run demo`: Luoshi on the built-in sample draft (tests/fixtures/drafts/speech.txt), end to end, on this machine.
 *   1. builds the extension (.output/chrome-mv3; `--no-build` reuses a build),
 *   2. serves the draft on 127.0.0.1 in a local page shaped like an OA system's editor (a contenteditable box),
 *   3. starts the system Chromium (/usr/bin/chromium, or $LUOSHI_CHROMIUM) with the extension loaded, and enables
 *      the page's site the way an administrator can (storage.local['luoshi.enabledSites'], see README),
 *   4. with a display: leaves the browser open on the annotated draft, the side panel and the dashboard until it is
 *      closed; without one (or with `--headless`): saves the draft as a 督办清单 from the side panel and writes
 *      screenshots of the annotated draft, the side panel and the dashboard to the folder it names (`--out DIR`,
 *      default demo-screenshots/).
 * Nothing leaves the machine: every request that is not for 127.0.0.1 or the extension is blocked and counted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { CHROMIUM, launchExtension } from '../e2e/launch.mjs';
import { startServer } from '../e2e/server.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'tests/fixtures/drafts/speech.txt');
/** The on-page badge's tag (lib/editors/contract.ts) and the enabled sites' storage item (documented in the README). */
const { BADGE_TAG } = await tsImport(path.join(ROOT, 'lib/editors/contract.ts'), import.meta.url);
const { enabledSitesItem } = await tsImport(path.join(ROOT, 'lib/settings/storage-items.ts'), import.meta.url);
const WAIT = 30_000;

const USAGE = `用法 usage: npm run demo [-- --headless | --headed] [--out DIR] [--no-build]
  --headless   不打开窗口，只写截图（没有显示器时默认如此） / no window, screenshots only (the default without a display)
  --headed     打开浏览器窗口供试用 / open a browser window to try it
  --out DIR    截图目录，默认 demo-screenshots / screenshot folder (default demo-screenshots)
  --no-build   使用已有的 .output/chrome-mv3 / reuse the existing build`;

function parseArgs(argv) {
  const opts = { headless: undefined, out: path.join(ROOT, 'demo-screenshots'), build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--headless') opts.headless = true;
    else if (a === '--headed') opts.headless = false;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--out' && argv[i + 1]) opts.out = path.resolve(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`demo: 未知参数 unknown argument ${a}\n${USAGE}`);
      process.exit(2);
    }
  }
  opts.headless ??= !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || !!process.env.CI;
  return opts;
}

const step = (zh, en) => console.log(`\n▸ ${zh} · ${en}`);
const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The local "OA editor" page with the draft, one paragraph per non-empty line. */
function draftPage(text) {
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>公文起草 · 某县协同办公系统（落实演示）</title>
<style>
  body { margin: 0; font: 15px/1.8 "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; background: #eef0f3; color: #111; }
  header { background: #8b0000; color: #fff; padding: 10px 20px; font-weight: bold; letter-spacing: .05em; }
  .bar { max-width: 900px; margin: 16px auto 0; display: flex; gap: 8px; font-size: 13px; color: #555; }
  .bar span { background: #fff; border: 1px solid #d5d8dc; border-radius: 3px; padding: 2px 10px; }
  main { max-width: 900px; margin: 8px auto 40px; background: #fff; padding: 20px 28px; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
  label { display: block; font-size: 13px; color: #666; margin-bottom: 6px; }
  #editor { border: 1px solid #c8ccd2; padding: 12px 18px; min-height: 400px; outline: none; }
  #editor:focus { border-color: #8b0000; }
  #editor p { margin: 0 0 .5em; text-indent: 2em; }
</style>
</head>
<body>
<header>某县协同办公系统 · 公文起草</header>
<div class="bar"><span>拟稿：县政府办公室</span><span>文种：讲话稿</span><span>密级：内部</span></div>
<main>
  <label for="editor">正文（在此编辑；落实在原文上标注，不改动正文）</label>
  <div id="editor" contenteditable="true" spellcheck="false">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>
</main>
</body>
</html>
`;
}

function build() {
  step('构建扩展', 'building the extension (npm run build)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('demo: 构建失败 the build failed');
    process.exit(r.status || 1);
  }
}

function checkMachine() {
  if (!existsSync(CHROMIUM)) {
    console.error(`demo: 没有找到 Chromium（${CHROMIUM}）。No Chromium at ${CHROMIUM}.
  Debian/Ubuntu: sudo apt-get install chromium fonts-wqy-microhei
  或设置 or set LUOSHI_CHROMIUM=/path/to/chromium`);
    process.exit(1);
  }
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.status === 0 && !fonts.stdout.trim()) {
    console.warn('demo: 注意：本机没有中文字体，截图中的汉字会显示为方框。Note: no CJK font; install fonts-wqy-microhei.');
  }
}

/** Waits until the content script has drawn its highlights and the on-page badge. */
async function waitForAnnotation(page) {
  await page.waitForFunction(() => [...CSS.highlights].some(([name, h]) => name.startsWith('luoshi') && h.size > 0), null, { timeout: WAIT });
  return page.evaluate(() => Object.fromEntries([...CSS.highlights].filter(([n]) => n.startsWith('luoshi')).map(([n, h]) => [n, h.size])));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  checkMachine();
  if (opts.build) build();

  step('准备示例文稿', `serving the sample draft (${path.relative(ROOT, SAMPLE)}) in a local editor page`);
  const site = mkdtempSync(path.join(os.tmpdir(), 'luoshi-demo-'));
  writeFileSync(path.join(site, 'draft.html'), draftPage(readFileSync(SAMPLE, 'utf8')));
  const server = await startServer({ '/oa/': site });
  const draftUrl = server.url('/oa/draft.html');
  console.log(`  ${draftUrl}`);

  step('启动 Chromium 并加载扩展', `starting ${CHROMIUM} with the extension (${opts.headless ? 'headless' : 'a window'})`);
  const browser = await launchExtension({ headless: opts.headless, viewport: opts.headless ? { width: 1280, height: 900 } : null });
  const { context } = browser;
  // Leftovers in the temp folder are no reason to fail the demo.
  const cleanup = async () => {
    await browser.close().catch((error) => console.warn(`demo: 清理浏览器临时目录未完成 could not clean up the browser profile: ${error.message}`));
    await server.close();
    rmSync(site, { recursive: true, force: true });
  };
  try {
    await browser.enableSites(enabledSitesItem.key, [server.origin]);
    console.log(`  扩展 extension ${browser.extensionId}；已启用站点 enabled site ${server.origin}`);

    step('打开文稿，等待标注', 'opening the draft and waiting for the highlights');
    const draft = context.pages()[0] ?? (await context.newPage());
    await draft.goto(draftUrl);
    const sizes = await waitForAnnotation(draft);
    await draft.locator(BADGE_TAG).waitFor({ state: 'attached', timeout: WAIT });
    console.log(`  ${Object.entries(sizes).map(([n, s]) => `${n.replace('luoshi-', '')} ${s}`).join(' · ')}`);
    const tabId = await draftTabId(browser);

    const panel = await context.newPage();
    if (opts.headless) await panel.setViewportSize({ width: 440, height: 1000 });
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
    await panel.getByRole('button', { name: /保存为督办清单|更新清单/ }).waitFor({ timeout: WAIT });

    if (!opts.headless) {
      const dashboard = await context.newPage();
      await dashboard.goto(browser.extensionUrl('dashboard.html'));
      await draft.bringToFront();
      console.log(`
浏览器已打开：第一个标签页是标注后的文稿（可以直接修改，标注会跟着变），第二个是侧边栏页面（可「保存为督办清单」），
第三个是督办台账。也可以点工具栏上的「落实」按钮打开真正的侧边栏。关闭浏览器即结束演示。
The browser is open: the annotated draft (edit it, the highlights follow), the side panel page (保存为督办清单 saves
the checklist) and the dashboard. The toolbar button opens the real side panel. Close the browser to end the demo.`);
      await new Promise((resolve) => context.on('close', resolve));
      return;
    }

    mkdirSync(opts.out, { recursive: true });
    const shots = [];
    const shot = async (page, name, what, options = {}) => {
      const file = path.join(opts.out, name);
      await page.screenshot({ path: file, ...options });
      shots.push([file, what]);
    };

    step('截图：标注后的文稿', 'screenshots of the annotated draft');
    await shot(draft, '1-draft.png', '文稿开头：标题、水印段落、问题清单 · the draft as it opens');
    await draft.getByText('主要有四个方面的问题', { exact: false }).first().scrollIntoViewIfNeeded();
    await draft.evaluate(() => window.scrollBy(0, 200));
    await shot(draft, '2-draft-problems.png', '问题清单与落实事项的标注 · problems and action items highlighted');
    await shot(draft, '3-draft-full.png', '整篇文稿 · the whole draft', { fullPage: true });

    step('侧边栏：提纲、问题清单、落实事项；保存为督办清单', 'the side panel; saving the checklist');
    await shot(panel, '4-side-panel.png', '侧边栏（保存前，整页）· the side panel before saving, whole page', { fullPage: true });
    await panel.getByRole('heading', { name: '落实事项' }).first().scrollIntoViewIfNeeded();
    await shot(panel, '4b-side-panel-actions.png', '侧边栏：落实事项（责任单位、时限、所在层次）· action items with owners and deadlines');
    await panel.evaluate(() => window.scrollTo(0, 0));
    await panel.getByRole('button', { name: /保存为督办清单|更新清单/ }).click();
    await panel.getByText(/已保存为督办清单|已更新清单/).first().waitFor({ timeout: WAIT });
    const saved = (await panel.getByText(/已保存为督办清单|已更新清单/).first().textContent())?.trim();
    console.log(`  ${saved}`);
    await shot(panel, '5-side-panel-saved.png', '侧边栏（已保存）· the side panel after saving');

    step('督办台账', 'the dashboard');
    const dashboard = await context.newPage();
    await dashboard.setViewportSize({ width: 1440, height: 900 });
    await dashboard.goto(browser.extensionUrl('dashboard.html'));
    await dashboard.locator('.grid-body .row').first().waitFor({ timeout: WAIT });
    console.log(`  ${(await dashboard.getByTestId('row-count').textContent())?.trim()}`);
    await shot(dashboard, '6-dashboard.png', '督办台账：全部事项 · all items');
    await dashboard.goto(browser.extensionUrl('dashboard.html#view=byOwner'));
    await dashboard.reload();
    await dashboard.getByTestId('owners-view').locator('tbody tr').first().waitFor({ timeout: WAIT });
    await shot(dashboard, '7-dashboard-owners.png', '按责任单位 · by owner');
    await dashboard.goto(browser.extensionUrl('dashboard.html#view=charts'));
    await dashboard.reload();
    await dashboard.getByTestId('chart-owner').locator('g.bar').first().waitFor({ timeout: WAIT });
    await shot(dashboard, '8-dashboard-charts.png', '完成情况图表 · completion charts');

    if (browser.offsite.length) throw new Error(`requests left the machine: ${browser.offsite.join(', ')}`);
    console.log(`\n✔ 演示完成 demo done. 截图 screenshots in ${opts.out}:`);
    for (const [file, what] of shots) console.log(`  ${path.relative(process.cwd(), file) || file}  ${what}`);
    console.log('  没有任何请求离开本机 · no request left this machine.');
  } finally {
    await cleanup();
  }
}

/** The id of the draft's tab, asked of the extension (the draft is the first page of the context). */
async function draftTabId(browser) {
  const sw = await browser.serviceWorker();
  return sw.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.active) ?? tabs[0];
    return tab.id;
  });
}

main().catch((error) => {
  console.error(`\ndemo: 失败 failed: ${error?.message ?? error}`);
  process.exit(1);
});
