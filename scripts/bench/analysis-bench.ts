/**
 * The analysis part of `npm run bench` (issue 9): `analyze` as the extension ships it (./built.ts) against bare
 * remark-parse on the same texts in the same process —
 * - the fixture drafts (5 KB, the speech, ~100 KB, ~1 MB, ~2 MB) and, when ../shared/corpus-wide is there, its
 *   documents repeated to ~1 MB and ~2 MB (the text issue 9's target names);
 * - by two methods: alternating blocks (./measure measureBlocks: a forced GC before each block, warm-up runs, then
 *   timed runs; medians by CPU and by wall time) and paired runs (measurePaired: the two back to back, CPU time);
 * - the verdict reads the blocks in CPU time, the median over rounds of each round's ratio: each side pays only for
 *   its own garbage (in the pairs remark-parse runs amid the garbage analyze left, which flatters the ratio), the two
 *   blocks of a round share the load of the moment, and CPU time does not count the waits for a core on a shared
 *   machine (wall time, printed beside it, does);
 * - then `analyze` on each hostile single line of tests/hostile-inputs.ts at a size and twice it, in blocks too.
 * Speed is reported, never asserted.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { renderTable } from '../cli/text-width';
import { builtAnalysis } from './built';
import { hostilePairs, readDrafts, sharedDir, standardInputs, wideInputs, type BenchInput } from './inputs';
import { cpuNow, exposedGc, measureBlocks, measurePaired, roundRatio, type BlockTiming } from './measure';
import { formatReport, formatVerdicts, type BenchResult, type RatioFigures } from './report';

export const BASELINE = 'remark';
const TARGET = 2.5;
/** A fixed reference date keeps deadline resolution identical from day to day. */
const OPTIONS = { referenceDate: '2026-01-01' };

export interface AnalysisBenchFlags {
  blocks?: number;
  warmup?: number;
  runs?: number;
  /** Chars of the smaller hostile line (0 skips them). */
  hostile: number;
}

/** Blocks, warm-up and timed runs per block by input size: every input takes a similar time. */
function planFor(input: BenchInput, flags: AnalysisBenchFlags) {
  const bytes = Buffer.byteLength(input.text);
  const plan = bytes < 20_000 ? { blocks: 5, warmup: 20, runs: 30 } : bytes < 200_000 ? { blocks: 5, warmup: 3, runs: 6 } : bytes < 1_500_000 ? { blocks: 7, warmup: 1, runs: 2 } : { blocks: 5, warmup: 1, runs: 2 };
  return { blocks: flags.blocks ?? plan.blocks, warmup: flags.warmup ?? plan.warmup, runs: flags.runs ?? plan.runs };
}

export async function runAnalysisBench(flags: AnalysisBenchFlags, out: (s: string) => void, log: (s: string) => void): Promise<void> {
  const { analyze } = await builtAnalysis();
  const gc = exposedGc();
  if (!gc) log('note: node runs without --expose-gc, so no GC is forced between blocks (npm run bench passes it)\n');
  const remark = (text: string) => unified().use(remarkParse).parse(text);
  const drafts = readDrafts(fileURLToPath(new URL('../../tests/fixtures/drafts/', import.meta.url)));
  const shared = sharedDir(fileURLToPath(new URL('../..', import.meta.url)));
  const inputs = [...standardInputs(drafts), ...(shared ? wideInputs(readDrafts(join(shared, 'corpus-wide'))) : [])];
  if (!shared) log('note: no shared/corpus-wide beside the repository (or $LUOSHI_SHARED): no corpus-wide inputs\n');

  const cpu: BenchResult[] = [];
  const wall: BenchResult[] = [];
  const timings = new Map<string, Record<string, BlockTiming>>();
  for (const input of inputs) {
    const plan = planFor(input, flags);
    log(`${input.name}: ${plan.blocks} rounds of blocks, each ${plan.warmup} warm-up + ${plan.runs} timed runs\n`);
    const t = measureBlocks({ analyze: () => analyze(input.text, OPTIONS), [BASELINE]: () => remark(input.text) }, plan, gc);
    timings.set(input.name, t);
    const meta = { name: input.name, chars: input.text.length, bytes: Buffer.byteLength(input.text) };
    cpu.push({ input: meta, ms: { analyze: t.analyze!.cpu.median, [BASELINE]: t[BASELINE]!.cpu.median } });
    wall.push({ input: meta, ms: { analyze: t.analyze!.wall.median, [BASELINE]: t[BASELINE]!.wall.median } });
  }
  const scaling: [string, string][] = [
    ['1MB', '100KB'],
    ['2MB', '1MB'],
    ['wide 2MB', 'wide 1MB'],
  ];
  const names = ['analyze', BASELINE];
  out(`node ${process.version}; analyze as built (esbuild bundle) and bare remark-parse in alternating blocks, a forced GC before each block${gc ? '' : ' (not forced: no --expose-gc)'}; medians\n`);
  out(`\nCPU time (the verdict's clock)\n${formatReport(cpu, names, BASELINE, scaling)}`);
  out(`\nwall time\n${formatReport(wall, names, BASELINE, scaling)}`);

  // The second method: pairs back to back, the order alternating, in CPU time.
  const figures: RatioFigures[] = [];
  for (const input of inputs.filter((i) => /(?:^|\s)[12]MB$/.test(i.name))) {
    const plan = { warmup: 1, runs: flags.runs ?? (input.name.endsWith('1MB') ? 15 : 7) };
    log(`${input.name}: ${plan.warmup} warm-up + ${plan.runs} timed pairs of analyze and ${BASELINE}\n`);
    const p = measurePaired(() => analyze(input.text, OPTIONS), () => remark(input.text), plan, cpuNow);
    const c = cpu.find((r) => r.input.name === input.name)!;
    const t = timings.get(input.name)!;
    figures.push({
      input: input.name,
      blocksCpu: roundRatio(t.analyze!, t[BASELINE]!, 'cpu'),
      rounds: t.analyze!.rounds.cpu.length,
      mediansCpu: c.ms.analyze! / c.ms[BASELINE]!,
      blocksWall: roundRatio(t.analyze!, t[BASELINE]!, 'wall'),
      paired: { ratio: p.ratio, runs: plan.runs },
    });
  }
  out(`\nissue 9: analyze ≤ ${TARGET}× remark-parse on 1 MB and 2 MB; the verdict reads the alternating blocks in CPU time, the median of the rounds' ratios (the two blocks of a round share the load of the moment)\n`);
  out(formatVerdicts('analyze', BASELINE, TARGET, figures));

  if (flags.hostile > 0) {
    const plan = { blocks: flags.blocks ?? 3, warmup: flags.warmup ?? 1, runs: flags.runs ?? 1 };
    log(`hostile lines: ${plan.blocks} rounds of blocks (${plan.warmup} warm-up + ${plan.runs} timed) at ${flags.hostile} and ${2 * flags.hostile} chars\n`);
    const rows = hostilePairs(flags.hostile).map((p) => {
      const t = measureBlocks({ small: () => analyze(p.small, OPTIONS), big: () => analyze(p.big, OPTIONS) }, plan, gc);
      const [s, b] = [t.small!, t.big!];
      return [p.name, s.cpu.median.toFixed(1), b.cpu.median.toFixed(1), `${(b.cpu.median / s.cpu.median).toFixed(2)}×`, `${(b.wall.median / s.wall.median).toFixed(2)}×`];
    });
    out(`\nanalyze on hostile single lines, alternating blocks, CPU time (2× the chars: ≈ 2× the time when linear)\n`);
    out(`${renderTable(['line', `${flags.hostile / 1000}K ms`, `${(2 * flags.hostile) / 1000}K ms`, 'ratio', 'wall ratio'], rows, [], ['left', 'right', 'right', 'right', 'right']).join('\n')}\n`);
  }
}
