/**
 * `npm run sync:provision -- URL [--db NAME] [--admin NAME]`: creates (or checks) the team ledger's database on the
 * unit's CouchDB 3.x — the database, its `_security` (members: luoshi_editor, luoshi_reader; admins: luoshi_admin)
 * and `_design/luoshi` with its validate_doc_update (server/provision.ts). Idempotent; prints what it did.
 * The server admin's credentials: in the URL (`http://admin:pw@host:5984`), else LUOSHI_SYNC_ADMIN (`name:password`),
 * else the password is asked on the terminal for --admin NAME (default admin), never echoed.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { DEFAULT_DATABASE, provision, ProvisionError, splitUrl, type Credentials } from '../server/provision';

const USAGE = 'usage: npm run sync:provision -- URL [--db NAME] [--admin NAME]\n  e.g. npm run sync:provision -- http://couch.intranet:5984 --db luoshi';

/** The command line read: URL, database, admin name. */
function parseArgs(argv: readonly string[]): { url: string; database: string; adminName: string | null } | string {
  let url: string | null = null;
  let database = DEFAULT_DATABASE;
  let adminName: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db' || arg === '--admin') {
      const value = argv[++i];
      if (!value) return `${arg} needs a value`;
      if (arg === '--db') database = value;
      else adminName = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (url) return `one URL only (got ${url} and ${arg})`;
    else url = arg;
  }
  return url ? { url, database, adminName } : 'the server URL is missing';
}

async function askPassword(name: string): Promise<string> {
  if (!process.stdin.isTTY) throw new ProvisionError('没有管理员密码：写在网址里、设 LUOSHI_SYNC_ADMIN=name:password，或在终端里运行 (no admin password)');
  // The typed password is echoed nowhere: the interface writes to a sink.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: sink, terminal: true });
  process.stdout.write(`${name} 的密码 (password): `);
  try {
    return await new Promise((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const { url, credentials } = splitUrl(args.url);
  let admin: Credentials | null = credentials;
  const env = process.env.LUOSHI_SYNC_ADMIN;
  if (!admin && env && env.includes(':')) admin = { name: env.slice(0, env.indexOf(':')), password: env.slice(env.indexOf(':') + 1) };
  if (admin && args.adminName && admin.name !== args.adminName) admin = null;
  if (!admin) {
    const name = args.adminName ?? 'admin';
    admin = { name, password: await askPassword(name) };
  }
  const report = await provision({ url, database: args.database, admin });
  console.log(`${report.server} at ${url}`);
  console.log(`database ${args.database}: ${report.database}; _security: ${report.security}; _design/luoshi: ${report.design}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ProvisionError ? error.message : error);
    process.exit(1);
  },
);
