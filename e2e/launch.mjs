/**
 * Launches Debian's Chromium with the built extension (.output/chrome-mv3) in a persistent context, headless
 * (new headless), as ../shared/docs/toolchain.md describes, and watches the network: every request of the context
 * (pages, frames, extension pages and — with Playwright's service-worker network events — the extension's service
 * worker) that goes anywhere but 127.0.0.1 or the extension itself is counted and aborted. Host resolution is also
 * pinned to nowhere except 127.0.0.1, so nothing could leave the machine even if a request escaped the routing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Lets context.route() and the request events see the extension service worker's own fetches too (Chromium).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const CHROMIUM = process.env.LUOSHI_CHROMIUM || '/usr/bin/chromium';
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/chrome-mv3');

/** True for URLs that stay on the machine: the test server, the extension, and the browser's own inert schemes. */
export function isLocalUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'chrome-extension:') return true;
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:') return u.hostname === '127.0.0.1';
  return false;
}

/** The id Chromium gives an unpacked extension: the first 128 bits of SHA-256 of its absolute path, as a–p. */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

/**
 * The extension asks for no site at install; a site's host permission is granted when the person enables it, in
 * a prompt that cannot be clicked headless (and chrome://extensions' site-access controls do not grant optional
 * hosts). So the new profile starts as one where the person had already granted Luoshi `http://127.0.0.1/*` (the
 * test servers' host, any port): its Preferences hold that grant for the extension's id. Nothing else is granted,
 * and the content script still runs only on the origins listed as enabled (enableSites). Returns the id.
 */
function seedLoopbackGrant(userDataDir, extensionDir, patterns = ['http://127.0.0.1/*']) {
  const id = unpackedExtensionId(extensionDir);
  const hosts = { api: [], manifest_permissions: [], explicit_host: patterns, scriptable_host: [] };
  mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'Default/Preferences'), JSON.stringify({ extensions: { settings: { [id]: { granted_permissions: hosts, active_permissions: hosts } } } }));
  return id;
}

/**
 * `grantHosts` seeds these host patterns instead (e.g. one server's exact origin, `http://127.0.0.1:5984/*`): nb.
 * Chromium's permissions.request subtracts the granted patterns from the requested ones as exact patterns, so a
 * profile holding `http://127.0.0.1/*` still gets the prompt (which never resolves headless) for
 * `http://127.0.0.1:5984/*`, while `permissions.contains` says it is granted. e2e/sync.test.mjs seeds the exact one.
 *
 * Launches the browser (headless unless `headless: false`, as `npm run demo` does on a machine with a display). Resolves with
 * `{ context, extensionId, extensionUrl(path), serviceWorker(), offsite, enableSites(key, origins), close() }`;
 * `offsite` is the list of non-local request URLs seen (each also aborted).
 */
export async function launchExtension({ extensionDir = EXTENSION_DIR, viewport = { width: 1280, height: 900 }, headless = true, grantLoopback = true, grantHosts = null } = {}) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no built extension at ${extensionDir}: run npm run build`);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'luoshi-e2e-'));
  const expectedId = grantHosts ? seedLoopbackGrant(userDataDir, extensionDir, grantHosts) : grantLoopback ? seedLoopbackGrant(userDataDir, extensionDir) : null;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport,
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication',
      '--metrics-recording-only',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });

  const offsite = [];
  const note = (url) => {
    if (!isLocalUrl(url) && !offsite.includes(url)) offsite.push(url);
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.fallback();
    note(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => note(request.url()));

  let [sw] = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
  sw ??= await context.waitForEvent('serviceworker', { timeout: 20_000, predicate: (w) => w.url().startsWith('chrome-extension://') });
  const extensionId = new URL(sw.url()).host;
  if (expectedId && expectedId !== extensionId) throw new Error(`the extension loaded as ${extensionId}, not ${expectedId}: the seeded host permission does not apply`);

  /** The extension's service worker, waking it (through an extension page) if Chromium stopped it. */
  async function serviceWorker() {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (live) return live;
    const waiting = context.waitForEvent('serviceworker', { timeout: 20_000, predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`) });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/manifest.json`);
    await page.evaluate(() => chrome.runtime.sendMessage({ ping: true }).catch(() => null));
    await page.close();
    return waiting;
  }

  return {
    context,
    extensionId,
    extensionUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
    serviceWorker,
    offsite,
    /**
     * Enables the extension on `origins` (on 127.0.0.1, whose host permission the profile holds) as the person does:
     * lists them in storage.local[key]; resolves with the stored list once the content script is registered for
     * exactly these origins (scripting.getRegisteredContentScripts) — so that a page opened next gets it.
     */
    async enableSites(key, origins) {
      const worker = await serviceWorker();
      await worker.evaluate(([k, o]) => chrome.storage.local.set({ [k]: o }), [key, origins]);
      const want = origins.map((o) => `${o}/*`).sort();
      const until = Date.now() + 10_000;
      for (;;) {
        const w = await serviceWorker();
        const matches = await w.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []).sort());
        if (JSON.stringify(matches) === JSON.stringify(want)) break;
        if (Date.now() > until) throw new Error(`the content script is registered for ${JSON.stringify(matches)}, not ${JSON.stringify(want)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return (await serviceWorker()).evaluate((k) => chrome.storage.local.get(k).then((r) => r[k]), key);
    },
    async close() {
      await context.close().catch(() => {});
      // nb. Chromium may still be writing its profile as it exits (ENOTEMPTY), the more so when a person closed the
      // window: retry for up to 10 s.
      for (let attempt = 0; ; attempt++) {
        try {
          rmSync(userDataDir, { recursive: true, force: true });
          return;
        } catch (error) {
          if (attempt >= 40) throw error;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    },
  };
}
