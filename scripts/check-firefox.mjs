/**
 * `npm run check:firefox`: the Firefox build works in a real Firefox. Builds `.output/firefox-mv2` (unless
 * --no-build), starts Debian's firefox-esr headless with Marionette, installs the add-on as a temporary add-on,
 * opens its pages in tabs and checks them: the dashboard renders and its background answers a checklist message,
 * a pasted draft is analysed and saved (IndexedDB), the reminder run notifies and sets the browserAction badge, the
 * options page and the sidebar page render, and no add-on error reaches the console. Needs firefox-esr
 * (`apt-get install firefox-esr`); without it, prints a notice and exits 0. Local only: nothing is fetched.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const firefox = process.env.LUOSHI_FIREFOX || '/usr/bin/firefox-esr';
const ext = path.join(root, '.output/firefox-mv2');
const ADDON_ID = 'luoshi@luoshi.invalid';
const UUID = '6f1e2d3c-0000-4000-8000-00000000abcd';
const PORT = 2839;

if (!existsSync(firefox)) {
  console.log(`notice: no Firefox at ${firefox}; the Firefox check did not run (apt-get install firefox-esr).`);
  process.exit(0);
}
if (!process.argv.includes('--no-build')) {
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'build:firefox'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}

const profile = mkdtempSync(path.join(os.tmpdir(), 'luoshi-firefox-'));
writeFileSync(
  path.join(profile, 'user.js'),
  [
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [ADDON_ID]: UUID }))});`,
    `user_pref("marionette.port", ${PORT});`,
    'user_pref("devtools.console.stdout.chrome", true);',
    'user_pref("devtools.console.stdout.content", true);',
    'user_pref("browser.shell.checkDefaultBrowser", false);',
    'user_pref("network.proxy.type", 0);',
  ].join('\n'),
);
const ff = spawn(firefox, ['--headless', '--marionette', '-remote-allow-system-access', '--profile', profile, '--no-remote'], { stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
ff.stdout.on('data', (d) => (output += d));
ff.stderr.on('data', (d) => (output += d));

const failures = [];
const check = (what, ok, detail) => {
  console.log(`${ok ? '✔' : '✖'} ${what}${detail ? ` — ${detail}` : ''}`);
  if (!ok) failures.push(what);
};

/** Marionette: length-prefixed JSON over TCP. */
async function connect() {
  for (let i = 0; i < 60; i++) {
    const sock = await new Promise((resolve) => {
      const s = net.connect(PORT, '127.0.0.1');
      s.once('connect', () => resolve(s));
      s.once('error', () => resolve(null));
    });
    if (sock) return sock;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('Marionette did not answer');
}

try {
  const sock = await connect();
  let buf = Buffer.alloc(0);
  const waiters = [];
  sock.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const colon = buf.indexOf(0x3a);
      if (colon < 0) return;
      const len = Number(buf.subarray(0, colon).toString());
      if (buf.length < colon + 1 + len) return;
      const msg = JSON.parse(buf.subarray(colon + 1, colon + 1 + len).toString('utf8'));
      buf = buf.subarray(colon + 1 + len);
      waiters.shift()?.(msg);
    }
  });
  await new Promise((r) => waiters.push(r));
  let id = 0;
  const cmd = (name, params = {}) =>
    new Promise((resolve, reject) => {
      waiters.push((m) => (m[2] ? reject(new Error(`${name}: ${m[2].message ?? JSON.stringify(m[2])}`)) : resolve(m[3])));
      const body = Buffer.from(JSON.stringify([0, ++id, name, params]));
      sock.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  await cmd('WebDriver:NewSession', { capabilities: {} });
  await cmd('Addon:Install', { path: ext, temporary: true });
  await new Promise((r) => setTimeout(r, 1500));
  const open = async (page) => {
    await cmd('Marionette:SetContext', { value: 'chrome' });
    await cmd('WebDriver:ExecuteScript', {
      script: `const w = Services.wm.getMostRecentWindow('navigator:browser'); w.gBrowser.selectedTab = w.gBrowser.addTab(arguments[0], { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
      args: [`moz-extension://${UUID}/${page}`],
    });
    await new Promise((r) => setTimeout(r, 2500));
    await cmd('Marionette:SetContext', { value: 'content' });
    const handles = await cmd('WebDriver:GetWindowHandles');
    await cmd('WebDriver:SwitchToWindow', { handle: (handles.value ?? handles).at(-1) });
  };
  const run = async (script) =>
    (await cmd('WebDriver:ExecuteAsyncScript', { script: `const done = arguments[arguments.length - 1]; Promise.resolve().then(async () => (${script})).then((v) => done(String(v)), (e) => done('ERROR ' + e));` })).value;

  await open('dashboard.html');
  check('dashboard renders', /落实 · 督办台账/.test(await run(`document.body.innerText`)));
  const docs = await run(`browser.runtime.sendMessage({ channel: 'luoshi.checklist', type: 'listDocuments', payload: {} }).then(JSON.stringify)`);
  check('background answers checklist messages', docs === '{"ok":true,"value":[]}', docs);
  await open('dashboard.html#view=import');
  const saved = await run(`(async () => {
    const t = document.querySelector('[data-testid=paste-text]');
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(t, '同志们：\\n县发改局要在2020年6月30日前完成项目入库。\\n各乡镇要在2099年12月31日前完成排查。');
    t.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
    document.querySelector('[data-testid=paste-save]').click();
    for (let i = 0; i < 50 && !document.querySelector('[data-testid=import-results]'); i++) await new Promise((r) => setTimeout(r, 100));
    return document.querySelector('[data-testid=import-results]')?.innerText ?? 'none';
  })()`);
  check('a pasted draft is analysed and saved', /落实事项 2 项/.test(saved), saved.trim());
  const reminders = await run(`browser.runtime.sendMessage({ channel: 'luoshi.reminders', type: 'run', payload: {} }).then(JSON.stringify)`);
  check('the reminder run finds the overdue item', /"overdue":\["[^"]+"\]/.test(reminders), reminders);
  const badge = await run(`browser.browserAction.getBadgeText({})`);
  check('the toolbar badge shows the overdue count', badge === '1', badge);
  await open('options.html');
  check('options page renders', /落实 · 设置/.test(await run(`document.body.innerText`)));
  await open('sidepanel.html');
  check('sidebar page renders', /落实/.test(await run(`document.body.innerText`)));
  sock.end();
} catch (error) {
  check('Firefox session', false, String(error));
} finally {
  ff.kill();
  await new Promise((r) => setTimeout(r, 500));
  rmSync(profile, { recursive: true, force: true });
}
const addonErrors = output.split('\n').filter((l) => /moz-extension:\/\/|luoshi/i.test(l) && /error|exception/i.test(l));
check('no add-on errors on the console', addonErrors.length === 0, addonErrors.slice(0, 3).join(' | '));
console.log(failures.length ? `Firefox check failed: ${failures.join(', ')}` : 'Firefox check passed');
process.exit(failures.length ? 1 : 0);
