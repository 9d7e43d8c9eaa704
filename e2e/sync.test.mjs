/**
 * The team ledger (issue 15) in two Chromium profiles with the built extension — two persistent contexts, each its
 * own user-data folder, cookie jar and LuoshiDB — against a pouchdb-server this file starts on 127.0.0.1 (a free
 * port, a temporary data folder; scripts/sync-server.ts), provisions (server/provision.ts: database, _security,
 * validate_doc_update) and stops by its PID at the end:
 *   1. each profile signs in by a real click on 登录 in the options page: the click's gesture asks the host
 *      permission of the server's origin (permissions.request), the background posts to `_session`, and the
 *      AuthSession cookie lands in the profile's cookie jar, where the service worker's later requests find it;
 *      the password is stored nowhere;
 *   2. A pastes a draft (its four items saved), changes one item's status with a note; 立即同步;
 *   3. B's one 立即同步 brings the draft, the items, the status and the note (最后修改人 alice);
 *   4. B changes another item (owners and a progress note), 立即同步; A's one 立即同步 shows it (最后修改人 bob);
 *   4b. both change the same item's status before either has the other's change: merged once, the later edit
 *      kept, the other written as a 并发修改 note both profiles hold, and the bar lists it with a link to the item;
 *   5. B signs out and in again as carol, a luoshi_reader: told at sign-in the account is read-only; her edit stays
 *      in B (the bar: 只读, 本机 N 项修改只保存在本机), nothing is sent, and A's next sync does not see it;
 *   6. A's database name changed to one the server does not have: 立即同步 says so (not_found) and what to do;
 *   7. A's session gone (the cookie jar cleared, as when CouchDB's AuthSession times out): the sync says so, the
 *      options page shows the sign-in form again with the name kept, and one click with the password syncs again.
 * The profiles hold only the server origin's permission, seeded in their Preferences as if the person had clicked
 * 允许 in Chromium's prompt: that prompt is browser UI a headless run cannot click (and Chromium raises it for a
 * port-specific origin even when `http://127.0.0.1/*` is held — see launch.mjs), while the gesture itself is real:
 * permissions.request outside a gesture is refused (checked below). Timings are printed; screenshots in
 * e2e/shots/sync-*.png.
 *   npm run build && node --test e2e/sync.test.mjs
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import { axeProblems } from './axe.mjs';
import { launchExtension } from './launch.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHOTS = path.join(ROOT, 'e2e/shots');
const { startSyncServer, basicAuth } = await tsImport(path.join(ROOT, 'scripts/sync-server.ts'), import.meta.url);
const { provision, ROLES } = await tsImport(path.join(ROOT, 'server/provision.ts'), import.meta.url);

const DATABASE = 'luoshi';
const TITLE = '在全区安全生产工作会议上的讲话';
const DRAFT = [
  TITLE,
  '',
  '一、压实安全责任',
  '区应急管理局要在5月底前完成重点企业隐患排查整治。',
  '各街道要加强燃气安全巡查，每月25日前报送巡查情况。',
  '二、强化保障措施',
  '区财政局要保障安全生产专项资金及时足额到位。',
  '区市场监管局要在6月15日前完成全区电梯安全检查。',
].join('\n');
/** The item A changes, and the one B changes. */
const A_ITEM = '区应急管理局要在5月底前完成重点企业隐患排查整治';
const B_ITEM = '区财政局要保障安全生产专项资金及时足额到位';
/** The item both change at once. */
const BOTH_ITEM = '各街道要加强燃气安全巡查';

/** axe-core's problems on the profile's page as it is now (e2e/axe.mjs). */
const profileAxe = (name) => axeProblems(profiles[name].page);

let server;
const users = {};
/** name → { browser, page, errors } */
const profiles = {};
const timings = {};

/** Creates a CouchDB user with the editor role (as a unit's admin does in Fauxton or with curl). */
async function createUser(name, roles) {
  const password = `pw-${name}-${Math.random().toString(36).slice(2)}`;
  const response = await fetch(`${server.url}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, {
    method: 'PUT',
    headers: { authorization: basicAuth(server.admin), 'content-type': 'application/json' },
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, roles, type: 'user' }),
  });
  assert.equal(response.status, 201, `creating the user ${name}`);
  users[name] = { name, password };
}

async function openProfile(name) {
  const browser = await launchExtension({ viewport: { width: 1440, height: 900 }, grantHosts: [`${server.url}/*`] });
  browser.context.setDefaultTimeout(15_000);
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  profiles[name] = { browser, page, errors };
}

/** The background's sync status, asked over the sync channel from the profile's extension page. */
function syncStatus(name) {
  return profiles[name].page.evaluate(async () => {
    const r = await chrome.runtime.sendMessage({ channel: 'luoshi.sync', type: 'status', payload: {} });
    if (!r?.ok) throw new Error(`sync status: ${JSON.stringify(r)}`);
    return r.value;
  });
}

/** Waits until no sync runs and nothing is pending (a debounced run after a write may still be going). */
async function settled(name) {
  const until = Date.now() + 20_000;
  for (;;) {
    const s = await syncStatus(name);
    if (!s.running && s.pending === 0 && s.lastSync !== null) return s;
    if (Date.now() > until) throw new Error(`${name}'s sync did not settle: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function openDashboard(name, hash = '') {
  const { browser, page } = profiles[name];
  await page.goto(browser.extensionUrl(`dashboard.html${hash}`));
  await page.reload();
  await page.getByTestId('sync-bar').waitFor();
}

/** Clicks 立即同步 once and waits for that run to end; resolves with the ms it took. */
async function syncNowOnce(name, { expectError = false } = {}) {
  const { page } = profiles[name];
  const button = page.getByTestId('sync-now');
  await button.waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=sync-now]')?.disabled);
  const was = (await syncStatus(name)).lastAttempt;
  const t0 = Date.now();
  await button.click();
  // The background's status says when this click's run ended (its lastAttempt moves, nothing runs).
  const until = Date.now() + 20_000;
  for (;;) {
    const s = await syncStatus(name);
    if (!s.running && s.lastAttempt !== was) {
      if (!expectError) assert.equal(s.lastError, null, `${name}'s sync failed: ${JSON.stringify(s.lastError)}`);
      return Date.now() - t0;
    }
    if (Date.now() > until) throw new Error(`${name}'s 立即同步 did not finish: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** How many items the profile's LuoshiDB holds (read raw from its extension page). */
function itemCount(name) {
  return profiles[name].page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('LuoshiDB');
        req.addEventListener('error', () => reject(req.error));
        req.addEventListener('success', () => {
          const count = req.result.transaction('items', 'readonly').objectStore('items').count();
          count.addEventListener('success', () => {
            req.result.close();
            resolve(count.result);
          });
        });
      }),
  );
}

/** Opens the item whose text holds `words` in the dashboard's item panel. */
async function openItem(name, words) {
  const { page } = profiles[name];
  const row = page.locator('.grid-body .row').filter({ hasText: words }).first();
  await row.waitFor();
  await row.locator('.row-link').click();
  await page.getByTestId('item-panel').waitFor();
}

const shot = (name, what) => profiles[name].page.screenshot({ path: path.join(SHOTS, `sync-${what}.png`) });

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const t0 = Date.now();
  server = await startSyncServer();
  const report = await provision({ url: server.url, database: DATABASE, admin: server.admin });
  assert.equal(report.database, 'created');
  await createUser('alice', [ROLES.editor]);
  await createUser('bob', [ROLES.editor]);
  await createUser('carol', [ROLES.reader]);
  timings.serverMs = Date.now() - t0;
  const t1 = Date.now();
  await openProfile('A');
  await openProfile('B');
  timings.browsersMs = Date.now() - t1;
});

after(async () => {
  for (const p of Object.values(profiles)) await p.browser.close();
  if (server) {
    const { pid } = server;
    await server.stop();
    assert.throws(() => process.kill(pid, 0), 'the sync server is gone after the run');
  }
  console.log(`# sync e2e timings: ${JSON.stringify(timings)}`);
});

describe('team ledger: two Chromium profiles, one pouchdb-server', () => {
  test('each profile signs in by a click on 登录: host permission in the gesture, AuthSession in its cookie jar, no password stored', async () => {
    for (const [name, user] of [['A', 'alice'], ['B', 'bob']]) {
      const { browser, page } = profiles[name];
      await page.goto(browser.extensionUrl('options.html'));
      const sw = await browser.serviceWorker();
      // The gesture matters: outside one (the service worker has none) Chromium refuses the request, granted or not.
      await assert.rejects(sw.evaluate((o) => chrome.permissions.request({ origins: [`${o}/*`] }), server.url), /user gesture/);
      await page.getByTestId('sync-url').fill(server.url);
      await page.getByTestId('sync-database').fill(DATABASE);
      await page.getByTestId('sync-name').fill(user);
      await page.getByTestId('sync-password').fill(users[user].password);
      const t0 = Date.now();
      await page.getByTestId('sync-sign-in').click();
      await page.getByTestId('sync-message').getByText('登录成功。').waitFor();
      await page.getByTestId('sync-user').getByText(`已登录为 ${user}`).waitFor();
      timings[`signIn${name}Ms`] = Date.now() - t0;
      assert.equal(await page.getByTestId('sync-password').count(), 0, 'the form is gone once signed in');

      const cookies = await browser.context.cookies(server.url);
      const session = cookies.find((c) => c.name === 'AuthSession');
      assert.ok(session, `the AuthSession cookie is in ${name}'s cookie jar: ${JSON.stringify(cookies)}`);
      assert.equal(session.httpOnly, true);
      // The service worker's own request carries it: the server knows the user.
      const who = await sw.evaluate((u) => fetch(`${u}/_session`, { credentials: 'include' }).then((r) => r.json()), server.url);
      assert.equal(who.userCtx.name, user);
      const stored = JSON.stringify(await sw.evaluate(() => Promise.all([chrome.storage.local.get(null), chrome.storage.session.get(null)])));
      assert.ok(!stored.includes(users[user].password), 'the password is in no storage');
      assert.match(stored, new RegExp(`"user":"${user}"`));
      assert.deepEqual((await sw.evaluate(() => chrome.permissions.getAll())).origins, [`${server.url}/*`], 'the server origin is the one host granted');
    }
    await shot('A', 'options-signed-in');
    assert.deepEqual(await profileAxe('A'), [], 'the signed-in sync section passes axe');
  });

  test('A saves a draft and changes an item; B sees both after one 立即同步', async () => {
    const { page } = profiles.A;
    await openDashboard('A', '#view=import');
    await page.getByTestId('paste-title').fill(TITLE);
    await page.getByTestId('paste-text').fill(DRAFT);
    await page.getByTestId('paste-save').click();
    await page.getByTestId('import-results').getByText('已保存《').waitFor();
    await openDashboard('A');
    await page.waitForFunction(() => document.querySelector('[data-testid=row-count]')?.textContent.startsWith('共 4 项'));
    await openItem('A', A_ITEM);
    await page.getByTestId('item-status').selectOption('in_progress');
    await page.getByTestId('item-status-note').fill('已排查企业42家');
    await page.getByTestId('item-status-save').click();
    await page.getByTestId('item-message').getByText('已保存').waitFor();
    await page.keyboard.press('Escape');
    timings.pushAMs = await syncNowOnce('A');
    const a = await settled('A');
    assert.equal(a.user, 'alice');

    const b = profiles.B.page;
    await openDashboard('B');
    assert.equal(await itemCount('B'), 0, 'B has no item before its 立即同步 (its sign-in sync ran before A saved)');
    timings.pullBMs = await syncNowOnce('B');
    assert.equal(await itemCount('B'), 4, 'the four items came in that one sync');
    await b.waitForFunction(() => document.querySelector('[data-testid=row-count]')?.textContent.startsWith('共 4 项'));
    await openItem('B', A_ITEM);
    assert.equal(await b.getByTestId('item-status').inputValue(), 'in_progress');
    await b.getByTestId('item-log').getByText('已排查企业42家').waitFor();
    assert.match(await b.getByTestId('item-last-by').textContent(), /alice/);
    await shot('B', 'b-sees-a');
    await b.keyboard.press('Escape');
  });

  test('B changes another item; A sees it after one 立即同步', async () => {
    const b = profiles.B.page;
    await openItem('B', B_ITEM);
    await b.getByTestId('item-owners').fill('区财政局、区应急管理局');
    await b.getByTestId('item-save').click();
    await b.getByTestId('item-message').getByText('已保存').waitFor();
    await b.getByTestId('note-text').fill('专项资金已下达1200万元');
    await b.getByTestId('note-add').click();
    await b.getByTestId('item-log').getByText('专项资金已下达1200万元').waitFor();
    await b.keyboard.press('Escape');
    timings.pushBMs = await syncNowOnce('B');
    await settled('B');

    const a = profiles.A.page;
    await openDashboard('A');
    timings.pullAMs = await syncNowOnce('A');
    await openItem('A', B_ITEM);
    await a.waitForFunction(() => document.querySelector('[data-testid=item-owners]')?.value === '区财政局、区应急管理局');
    await a.getByTestId('item-log').getByText('专项资金已下达1200万元').waitFor();
    assert.match(await a.getByTestId('item-last-by').textContent(), /bob/);
    // A's own change is still there, and the ledgers agree.
    await a.keyboard.press('Escape');
    await openItem('A', A_ITEM);
    assert.equal(await a.getByTestId('item-status').inputValue(), 'in_progress');
    await shot('A', 'a-sees-b');

    const s = await syncStatus('A');
    assert.equal(s.conflictsMerged, 0);
  });

  test('both change one item before seeing each other: merged, the later edit kept, the other as a 并发修改 note in both', async () => {
    const setStatus = async (name, status, note) => {
      const { page } = profiles[name];
      await openDashboard(name);
      await openItem(name, BOTH_ITEM);
      await page.getByTestId('item-status').selectOption(status);
      await page.getByTestId('item-status-note').fill(note);
      await page.getByTestId('item-status-save').click();
      await page.getByTestId('item-message').getByText('已保存').waitFor();
      await page.keyboard.press('Escape');
    };
    // B's edit is made before B has A's (B does not sync in between: its debounced run comes 3 s after its own write).
    await setStatus('A', 'in_progress', '街道已排班');
    await setStatus('B', 'behind', '两个街道未报送');
    await syncNowOnce('A');
    await settled('A');
    await syncNowOnce('B');
    await settled('B');
    await syncNowOnce('A');
    for (const name of ['A', 'B']) {
      const { page } = profiles[name];
      await openDashboard(name);
      await openItem(name, BOTH_ITEM);
      assert.equal(await page.getByTestId('item-status').inputValue(), 'behind', `${name} keeps the later edit`);
      const log = await page.getByTestId('item-log').textContent();
      assert.match(log, /并发修改/, `${name} holds the merge's note: ${log}`);
      assert.match(log, /街道已排班/);
      assert.match(log, /两个街道未报送/);
      await page.keyboard.press('Escape');
    }
    const b = profiles.B.page;
    await b.getByTestId('sync-conflicts').click();
    const link = b.getByTestId('sync-conflict-list').locator('a').first();
    assert.match(await link.textContent(), new RegExp(BOTH_ITEM));
    await b.getByTestId('sync-bar').screenshot({ path: path.join(SHOTS, 'sync-bar-conflict.png') });
    assert.deepEqual(await profileAxe('B'), [], 'the bar with its conflict list passes axe');
    await link.click();
    await b.getByTestId('item-panel').waitFor();
    assert.match(await b.getByTestId('item-panel').textContent(), new RegExp(BOTH_ITEM));
    await b.keyboard.press('Escape');
  });

  test('a luoshi_reader signed in on B pulls only: her edit stays in B, shown as not sent, and A never gets it', async () => {
    const { browser, page } = profiles.B;
    await page.goto(browser.extensionUrl('options.html'));
    await page.getByTestId('sync-sign-out').click();
    await page.getByTestId('sync-name').fill('carol');
    await page.getByTestId('sync-password').fill(users.carol.password);
    await page.getByTestId('sync-sign-in').click();
    await page.getByTestId('sync-message').getByText('登录成功。这是只读账号：只取回团队台账，本机的修改不上传。').waitFor();
    await page.getByTestId('sync-user').getByText('已登录为 carol').waitFor();
    await page.getByTestId('sync-read-only').waitFor();
    await shot('B', 'options-reader');

    await openDashboard('B');
    await openItem('B', A_ITEM);
    await page.getByTestId('note-text').fill('只读账号写下的进展');
    await page.getByTestId('note-add').click();
    await page.getByTestId('item-log').getByText('只读账号写下的进展').waitFor();
    await page.keyboard.press('Escape');
    await syncNowOnce('B');
    const s = await syncStatus('B');
    assert.equal(s.readOnlyBy, 'role');
    assert.equal(s.pending, 1, 'the note waits in B');
    await page.getByTestId('sync-read-only').waitFor();
    assert.equal(await page.getByTestId('sync-pending').textContent(), '本机 1 项修改只保存在本机，不上传（只读）');
    await page.getByTestId('sync-bar').screenshot({ path: path.join(SHOTS, 'sync-bar-reader.png') });
    assert.deepEqual(await profileAxe('B'), [], 'the read-only bar passes axe');

    await openDashboard('A');
    await syncNowOnce('A');
    await openItem('A', A_ITEM);
    await profiles.A.page.getByTestId('item-log').getByText('已排查企业42家').waitFor();
    assert.equal(await profiles.A.page.getByTestId('item-log').getByText('只读账号写下的进展').count(), 0);
  });

  test('a database the server does not have: 立即同步 says so and what to do; the right name syncs again', async () => {
    const { browser, page } = profiles.A;
    const setDatabase = async (name) => {
      await page.goto(browser.extensionUrl('options.html'));
      await page.getByTestId('sync-database').fill(name);
      await page.getByTestId('sync-save').click();
      await page.getByTestId('sync-message').getByText('服务器设置已保存。').waitFor();
    };
    await setDatabase('luoshi_nosuch');
    await openDashboard('A');
    await syncNowOnce('A', { expectError: true });
    const error = page.getByTestId('sync-error');
    await error.waitFor();
    assert.match(await error.textContent(), /^服务器上没有这个团队台账数据库：请在设置页核对数据库名，或请单位管理员运行 npm run sync:provision 建库（数据库 luoshi_nosuch：not_found: /);
    assert.equal((await syncStatus('A')).lastError.kind, 'not_found');
    await page.getByTestId('sync-bar').screenshot({ path: path.join(SHOTS, 'sync-bar-not-found.png') });
    assert.deepEqual(await profileAxe('A'), [], 'the not_found error passes axe');
    const dbs = await (await fetch(`${server.url}/_all_dbs`, { headers: { authorization: basicAuth(server.admin) } })).json();
    assert.ok(!dbs.includes('luoshi_nosuch'), 'no database was created by the attempt');

    await setDatabase(DATABASE);
    await openDashboard('A');
    await syncNowOnce('A');
    assert.equal(await page.getByTestId('sync-error').count(), 0);
  });

  test('a session the server no longer knows: the sync says so, the options page asks for the password again', async () => {
    const { browser, page } = profiles.A;
    await browser.context.clearCookies();
    await openDashboard('A');
    await syncNowOnce('A', { expectError: true });
    assert.equal((await syncStatus('A')).lastError.kind, 'unauthorized');
    await page.getByTestId('sync-error').getByText('登录已失效，请在设置页重新登录').waitFor();
    await page.goto(browser.extensionUrl('options.html'));
    await page.getByTestId('sync-signed-out').getByText('alice 的登录已失效（服务器的会话已过期），请输入密码重新登录。').waitFor();
    await shot('A', 'options-expired');
    assert.deepEqual(await profileAxe('A'), [], 'the expired-session form passes axe');
    assert.equal(await page.getByTestId('sync-name').inputValue(), 'alice');
    await page.getByTestId('sync-password').fill(users.alice.password);
    await page.getByTestId('sync-sign-in').click();
    await page.getByTestId('sync-message').getByText('登录成功。').waitFor();
    // The sign-in starts a sync; its end clears the error and the form goes.
    await page.getByTestId('sync-sign-out').waitFor();
    const s = await settled('A');
    assert.equal(s.lastError, null);
    for (const p of Object.values(profiles)) {
      assert.deepEqual(p.browser.offsite, [], 'nothing left the machine');
      assert.deepEqual(p.errors, []);
    }
  });
});
