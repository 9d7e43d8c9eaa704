/**
 * The texts benchmarks run on: the full-length fixture speech, ~100 KB / ~1 MB / ~2 MB texts made by repeating the
 * fixture drafts (tests/fixtures/drafts, our own: nothing from ../shared), and the hostile single lines of
 * tests/hostile-inputs.ts at two sizes, to show that time stays linear on them.
 */
import { HOSTILE } from '../../tests/hostile-inputs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchInput {
  name: string;
  text: string;
  /** Untimed and timed runs; small inputs get more, so every input takes a similar wall time. */
  warmup: number;
  runs: number;
}

/**
 * Repeats `sources` (each ending in a line break) until the UTF-8 size reaches `bytes`, then cuts after the last
 * whole line that fits, so the text is at most `bytes` long and within one line of it.
 */
export function repeatToSize(sources: readonly string[], bytes: number): string {
  const lines = sources.map((s) => (s.endsWith('\n') ? s : `${s}\n`));
  const unit = lines.join('');
  const unitBytes = Buffer.byteLength(unit);
  if (!unitBytes) throw new Error('repeatToSize: no text to repeat');
  const buf = Buffer.from(unit.repeat(Math.ceil(bytes / unitBytes)));
  const cut = buf.lastIndexOf(0x0a, bytes - 1);
  return buf.subarray(0, cut + 1).toString('utf8');
}

/** The fixture drafts in `dir` (*.txt, sorted by name). */
export function readDrafts(dir: string): Map<string, string> {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  return new Map(names.map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

/** ~5 KB of all drafts (a short draft), speech.txt as is, then ~100 KB, ~1 MB and ~2 MB of all drafts repeated. */
export function standardInputs(drafts: Map<string, string>): BenchInput[] {
  const speech = drafts.get('speech.txt');
  if (speech === undefined) throw new Error('speech.txt is missing from the fixture drafts');
  const all = [...drafts.values()];
  return [
    { name: '5KB', text: repeatToSize(all, 5 * 1024), warmup: 20, runs: 30 },
    { name: 'speech', text: speech, warmup: 5, runs: 21 },
    { name: '100KB', text: repeatToSize(all, 100 * 1024), warmup: 3, runs: 11 },
    { name: '1MB', text: repeatToSize(all, 1024 * 1024), warmup: 2, runs: 7 },
    { name: '2MB', text: repeatToSize(all, 2 * 1024 * 1024), warmup: 1, runs: 5 },
  ];
}

/** Each hostile shape as one line of `chars` and of twice that; their time ratio should be about 2. */
export function hostilePairs(chars: number): Array<{ name: string; small: string; big: string }> {
  return Object.entries(HOSTILE).map(([name, make]) => ({ name, small: make(chars), big: make(2 * chars) }));
}

/** ~1 MB and ~2 MB of the documents in `docs` (a corpus, e.g. ../shared/corpus-wide) repeated. */
export function wideInputs(docs: Map<string, string>, prefix = 'wide'): BenchInput[] {
  const all = [...docs.values()];
  return [
    { name: `${prefix} 1MB`, text: repeatToSize(all, 1024 * 1024), warmup: 1, runs: 2 },
    { name: `${prefix} 2MB`, text: repeatToSize(all, 2 * 1024 * 1024), warmup: 1, runs: 2 },
  ];
}

/**
 * The shared material's folder (corpora, eval): `$LUOSHI_SHARED`, else `shared` beside the repository (the main
 * checkout) or one level further up (a worktree in wt/NAME); undefined when there is none.
 */
export function sharedDir(repoRoot: string): string | undefined {
  const candidates = [process.env.LUOSHI_SHARED, join(repoRoot, '..', 'shared'), join(repoRoot, '..', '..', 'shared')];
  return candidates.find((d): d is string => !!d && existsSync(join(d, 'corpus-wide')));
}
