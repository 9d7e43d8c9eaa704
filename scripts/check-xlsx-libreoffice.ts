/**
 * `npm run check:xlsx`: writes the 督办台账 of the fixture speech (tests/fixtures/drafts/speech.txt, every status and
 * a note on each item) and of the small export fixture as .xlsx, then has LibreOffice open them headless and
 * convert them to pdf and to csv. Fails when soffice reports an error, produces no pdf, or when the csv it reads
 * back lacks the title, the header or an item. Without soffice it fails under CI and skips (exit 0) elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../lib/analysis/index';
import { draftItems } from '../lib/checklist/draft-items';
import { ledgerXlsx } from '../lib/checklist/export-xlsx';
import { ledgerFixture } from '../lib/checklist/ledger-fixture';
import { buildLedger, LEDGER_HEADER, type Ledger } from '../lib/checklist/ledger-rows';
import { mergeDraft } from '../lib/checklist/merge';
import { statuses } from '../lib/checklist/status';
import type { NoteRecord } from '../lib/schema/checklist';

function soffice(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** The fixture speech as a worked-on ledger. */
function speechLedger(): Ledger {
  const text = readFileSync(new URL('../tests/fixtures/drafts/speech.txt', import.meta.url), 'utf8');
  const analysis = analyze(text, { referenceDate: '2026-03-12' });
  let n = 0;
  const items = mergeDraft([], draftItems(text, analysis), { documentId: 'speech', now: Date.UTC(2026, 2, 12), newId: () => `i${++n}` }).put.map((it, i) => ({ ...it, status: statuses[i % statuses.length]! }));
  const notes: NoteRecord[] = items.map((it, i) => ({ id: `n${i}`, itemId: it.id, documentId: 'speech', date: '2026-04-01', text: `第${i + 1}项：已召开专题会研究部署`, kind: 'note', progress: (i * 7) % 100, createdAt: i }));
  return buildLedger({ title: analysis.title ?? '讲话' }, items, notes, { today: '2026-07-01', settings: { warnDays: 3 } });
}

const bin = soffice();
if (!bin) {
  const message = 'soffice not found: install LibreOffice (apt-get install -y --no-install-recommends libreoffice-calc)';
  if (process.env.CI) {
    console.error(`check-xlsx: ${message}`);
    process.exit(1);
  }
  console.log(`check-xlsx: skipped, ${message}`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'luoshi-xlsx-'));
const profile = pathToFileURL(join(dir, 'profile')).href;
let failed = false;
try {
  for (const [name, ledger] of [
    ['speech-ledger', speechLedger()],
    ['export-fixture', ledgerFixture()],
  ] as const) {
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, await ledgerXlsx(ledger));
    const t0 = performance.now();
    for (const target of ['pdf', 'csv:Text - txt - csv (StarCalc):44,34,76']) {
      // nb. soffice may exit 0 after a failed conversion; its "Error: …" lines are what tell.
      const run = spawnSync(bin, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', dir, xlsx], { encoding: 'utf8', timeout: 120_000 });
      const said = `${run.stdout ?? ''}${run.stderr ?? ''}`;
      if (run.status !== 0 || run.error || /^Error\b/m.test(said)) throw new Error(`soffice --convert-to ${target.split(':')[0]} failed (exit ${run.status}): ${said.trim() || run.error?.message}`);
    }
    const pdf = join(dir, `${name}.pdf`);
    if (!existsSync(pdf) || !readFileSync(pdf).subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new Error(`${name}: no pdf written`);
    const csv = readFileSync(join(dir, `${name}.csv`), 'utf8');
    const wanted = [ledger.title, LEDGER_HEADER.join(','), ...ledger.rows.map((r) => r.cells[3]!.slice(0, 12))];
    const missing = wanted.filter((w) => !csv.includes(w.replace(/"/g, '""')));
    if (missing.length) throw new Error(`${name}: LibreOffice read back lacks ${missing.slice(0, 3).join(' | ')}`);
    console.log(`check-xlsx: ${name}.xlsx (${ledger.rows.length} rows) → pdf ${readFileSync(pdf).length} bytes, csv ok, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
} catch (error) {
  failed = true;
  console.error(`check-xlsx: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
