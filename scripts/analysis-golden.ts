/**
 * `tsx scripts/analysis-golden.ts write DIR` / `check DIR`: the byte-identical check for speed work on the analysis.
 * `write` dumps `analyze` output (JSON, fixed reference date) for every document of the three shared corpora
 * (shared/corpus, corpus-wide, corpus-problems, found by ./bench/inputs sharedDir), every fixture draft (tests/fixtures/drafts), each
 * hostile single line of tests/hostile-inputs.ts at 20,000 chars, the fixture drafts repeated to ~300 KB, and a few
 * runs with an office lexicon from the settings; `check` dumps again and lists every input whose JSON differs
 * (exit 1). DIR is outside the repository (e.g. /tmp/golden): it is a before-and-after check, not a test.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, type AnalyzeOptions } from '../lib/analysis/index';
import { HOSTILE } from '../tests/hostile-inputs';
import { readDrafts, repeatToSize, sharedDir } from './bench/inputs';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !dir) {
  process.stderr.write('usage: tsx scripts/analysis-golden.ts write|check DIR\n');
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = sharedDir(root);
if (!shared) process.stderr.write('note: no shared corpora found (set LUOSHI_SHARED)\n');
const inputs: Array<{ name: string; text: string; options: AnalyzeOptions }> = [];
const base: AnalyzeOptions = { referenceDate: '2026-01-01' };
const lexicon: AnalyzeOptions = { referenceDate: '2026-01-01', lexicon: { owners: ['县住建局', '市城管执法支队'], directives: ['务求', '着力推动'], boilerplate: ['本文仅供内部参考'] } };

for (const corpus of ['corpus', 'corpus-wide', 'corpus-problems']) {
  const d = join(shared ?? '', corpus);
  if (!shared || !existsSync(d)) continue;
  for (const n of readdirSync(d).filter((f) => f.endsWith('.txt') || f.endsWith('.md')).sort()) {
    if (n === 'README.md') continue;
    const text = readFileSync(join(d, n), 'utf8');
    inputs.push({ name: `${corpus}/${n}`, text, options: base });
    inputs.push({ name: `${corpus}/${n}+lexicon`, text, options: lexicon });
  }
}
const drafts = readDrafts(join(root, 'tests/fixtures/drafts'));
for (const [n, text] of drafts) inputs.push({ name: `drafts/${n}`, text, options: base });
for (const n of readdirSync(join(root, 'tests/fixtures/drafts')).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
  inputs.push({ name: `drafts/${n}`, text: readFileSync(join(root, 'tests/fixtures/drafts', n), 'utf8'), options: base });
}
for (const [n, make] of Object.entries(HOSTILE)) inputs.push({ name: `hostile/${n}`, text: make(20_000), options: base });
inputs.push({ name: 'repeated-300KB', text: repeatToSize([...drafts.values()], 300 * 1024), options: base });
inputs.push({ name: 'repeated-300KB+lexicon', text: repeatToSize([...drafts.values()], 300 * 1024), options: lexicon });

const file = (name: string) => join(dir, `${name.replace(/[/+]/g, '__')}.json`);
mkdirSync(dir, { recursive: true });
let differ = 0;
for (const input of inputs) {
  const json = JSON.stringify(analyze(input.text, input.options), null, 1);
  if (mode === 'write') writeFileSync(file(input.name), json);
  else if (!existsSync(file(input.name)) || readFileSync(file(input.name), 'utf8') !== json) {
    differ++;
    process.stdout.write(`DIFFERS ${input.name} (${file(input.name)})\n`);
    writeFileSync(`${file(input.name)}.new`, json);
  }
}
const digest = createHash('sha256');
for (const input of inputs) digest.update(readFileSync(file(input.name)));
process.stdout.write(`${mode}: ${inputs.length} inputs, ${differ} differ; digest of the stored dumps ${digest.digest('hex').slice(0, 16)}\n`);
process.exit(differ ? 1 : 0);
