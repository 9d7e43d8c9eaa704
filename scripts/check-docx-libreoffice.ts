/**
 * `npm run check:docx`: writes the 督办通知单 of the fixture speech's 督办台账 (tests/fixtures/drafts/speech.txt, its
 * owners' open items, numbered as a first print would number them) as .docx — every owner in one document, and the
 * owner with the most items alone — then has LibreOffice Writer open each headless and convert it to pdf. Fails when soffice reports an
 * error or writes no pdf, when the pdf has fewer pages than notices, or when its text (pdftotext) is empty, holds a
 * replacement character, or lacks a notice's title, 督办编号, owner, an item, the 反馈时限 or the contact line. The
 * first two pages of each are rendered to e2e/shots/docx-*.png (pdftoppm) to be looked at. Without soffice or poppler's tools it fails
 * under CI and skips (exit 0) elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze } from '../lib/analysis/index';
import { draftItems } from '../lib/checklist/draft-items';
import { mergeDraft } from '../lib/checklist/merge';
import { statuses } from '../lib/checklist/status';
import { buildRows, ownerSheets, type OwnerSheet } from '../lib/dashboard/model';
import { noticesDocx } from '../lib/export/docx';
import { noticeOf, type Notice } from '../lib/export/docx-notice';
import { parseSettings } from '../lib/schema/settings';
import { issueNumbers } from '../lib/settings/supervision-numbers';

const TODAY = '2026-04-01';

function which(name: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

/** The fixture speech's open items per owner, as the dashboard's print view has them. */
function sheets(): OwnerSheet[] {
  const text = readFileSync(new URL('../tests/fixtures/drafts/speech.txt', import.meta.url), 'utf8');
  const analysis = analyze(text, { referenceDate: '2026-03-12' });
  let n = 0;
  const items = mergeDraft([], draftItems(text, analysis), { documentId: 'speech', now: Date.UTC(2026, 2, 12), newId: () => `i${++n}` }).put.map((it, i) => ({ ...it, status: statuses[i % 3]! }));
  return ownerSheets(buildRows(items, [{ id: 'speech', title: analysis.title ?? '讲话' }], TODAY, { warnDays: 3 }));
}

function notices(): Notice[] {
  const all = sheets();
  const settings = parseSettings({ supervision: { office: '县委督查室', contact: '王明', phone: '0571-8888 1234', feedback: { mode: 'days', days: 7 } } }).supervision;
  const { issued } = issueNumbers({ next: { 2026: 12 }, issued: [] }, all.map((s) => ({ owner: s.owner, itemIds: s.rows.map((r) => r.item.id) })), settings.numberPattern, TODAY);
  return all.map((s, i) => noticeOf(s, issued[i]!, settings, { today: TODAY, locale: 'zh-CN' }));
}

/** Runs a tool; throws with what it said when it fails (soffice may exit 0 after a failed conversion: its "Error:" lines tell). */
function run(bin: string, args: string[]): string {
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 120_000 });
  const said = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || r.error || /^Error\b/m.test(said)) throw new Error(`${bin.split('/').pop()} ${args.filter((a) => !a.startsWith('-env')).join(' ')} failed (exit ${r.status}): ${said.trim() || r.error?.message}`);
  return r.stdout ?? '';
}

const tools = { soffice: which('soffice') ?? which('libreoffice'), pdftotext: which('pdftotext'), pdfinfo: which('pdfinfo'), pdftoppm: which('pdftoppm') };
const missing = Object.entries(tools).filter(([, path]) => !path).map(([name]) => name);
if (missing.length) {
  const message = `${missing.join(', ')} not found: install LibreOffice Writer and poppler (apt-get install -y --no-install-recommends libreoffice-writer poppler-utils)`;
  if (process.env.CI) {
    console.error(`check-docx: ${message}`);
    process.exit(1);
  }
  console.log(`check-docx: skipped, ${message}`);
  process.exit(0);
}
const bin = tools as Record<keyof typeof tools, string>;

const squash = (s: string) => s.replace(/\s+/g, '');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-docx-'));
const profile = pathToFileURL(join(dir, 'profile')).href;
const shots = fileURLToPath(new URL('../e2e/shots/', import.meta.url));
let failed = false;
try {
  const all = notices();
  if (all.length < 2) throw new Error(`the fixture gives ${all.length} owner sheets; expected several`);
  const batches: [string, Notice[]][] = [
    ['notices-all', all],
    ['notice-one', [all.reduce((most, n) => (n.items.length > most.items.length ? n : most))]],
  ];
  for (const [name, batch] of batches) {
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, await noticesDocx(batch));
    const t0 = performance.now();
    run(bin.soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, docx]);
    const pdf = join(dir, `${name}.pdf`);
    if (!existsSync(pdf) || !readFileSync(pdf).subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new Error(`${name}: no pdf written`);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(run(bin.pdfinfo, [pdf]))?.[1] ?? 0);
    if (pages < batch.length) throw new Error(`${name}: ${pages} pages for ${batch.length} notices (each starts a page)`);
    const text = run(bin.pdftotext, ['-enc', 'UTF-8', pdf, '-']);
    if ((text.match(/[\u4e00-\u9fff]/g) ?? []).length < 100 * batch.length) throw new Error(`${name}: the pdf's text is empty or not Chinese (${text.length} characters)`);
    if (/\ufffd/.test(text)) throw new Error(`${name}: the pdf's text holds replacement characters (garbled)`);
    const flat = squash(text);
    for (const n of batch) {
      const wanted = [n.title, n.number!, n.to, squash(n.items[0]!.text).slice(0, 8), n.feedbackLine!, n.contactLine!];
      const lacking = wanted.filter((w) => !flat.includes(squash(w)));
      if (lacking.length) throw new Error(`${name}: the pdf lacks ${lacking.join(' | ')} (notice of ${n.owner})`);
    }
    mkdirSync(shots, { recursive: true });
    run(bin.pdftoppm, ['-r', '80', '-png', '-f', '1', '-l', '2', pdf, join(shots, `docx-${name}`)]);
    console.log(`check-docx: ${name}.docx (${batch.length} notices, ${batch.reduce((s, n) => s + n.items.length, 0)} items) → pdf ${pages} pages, text ok, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
} catch (error) {
  failed = true;
  console.error(`check-docx: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
