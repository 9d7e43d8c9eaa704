/**
 * The e2e part of `npm test`: builds the extension and the fixture editor pages, then runs the real-browser suite
 * (node --test e2e/) in Debian's Chromium. On a machine without Chromium at /usr/bin/chromium (or $LUOSHI_CHROMIUM)
 * it prints a notice and exits 0, so that `npm test` still passes there; CI installs Chromium (.ci/run) and
 * always runs it. Any other failure — a build, a test — exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const chromium = process.env.LUOSHI_CHROMIUM || '/usr/bin/chromium';

if (!existsSync(chromium)) {
  console.log(`\nnotice: no Chromium at ${chromium}: the e2e tests (e2e/, real editors in a real browser) did not run.`);
  console.log('        Install it (Debian: apt-get install chromium fonts-wqy-microhei) and run `npm run test:e2e`.\n');
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const steps = [
  ['build the extension', npm, ['run', '--silent', 'build']],
  ['build the fixture editor pages', npm, ['run', '--silent', 'build:e2e-pages']],
  ['run the e2e suite', process.execPath, ['--test', '--test-reporter=spec', 'e2e/']],
];
for (const [what, cmd, args] of steps) {
  const t0 = Date.now();
  console.log(`\n== e2e: ${what}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`e2e: ${what} failed (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`);
    process.exit(r.status || 1);
  }
  console.log(`== e2e: ${what} took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
