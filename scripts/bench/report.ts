/** The benchmark table: milliseconds per input and case, ratios against the baseline, and how time scales with size. */
import { renderTable } from '../cli/text-width';

export interface BenchResult {
  input: { name: string; chars: number; bytes: number };
  /** Median milliseconds by case name. */
  ms: Record<string, number>;
}

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/**
 * One row per input (size, a ms column per case, a case/baseline column per other case), then one row per
 * `scaling` pair [big, small] giving big/small for every case.
 */
export function formatReport(results: readonly BenchResult[], caseNames: readonly string[], baseline: string, scaling: readonly [string, string][] = []): string {
  const others = caseNames.filter((c) => c !== baseline);
  const header = ['input', 'chars', 'KB', ...caseNames.map((c) => `${c} ms`), ...others.map((c) => `${c}/${baseline}`)];
  const rows = results.map((r) => [
    r.input.name,
    String(r.input.chars),
    fixed(r.input.bytes / 1024, 1),
    ...caseNames.map((c) => fixed(r.ms[c]!, 2)),
    ...others.map((c) => `${fixed(r.ms[c]! / r.ms[baseline]!, 2)}×`),
  ]);
  for (const [big, small] of scaling) {
    const b = results.find((r) => r.input.name === big);
    const s = results.find((r) => r.input.name === small);
    if (!b || !s) continue;
    rows.push([`${big}/${small}`, '', fixed(b.input.bytes / s.input.bytes, 2), ...caseNames.map((c) => `${fixed(b.ms[c]! / s.ms[c]!, 2)}×`), ...others.map(() => '')]);
  }
  const align = header.map((_, i): 'left' | 'right' => (i === 0 ? 'left' : 'right'));
  return `${renderTable(header, rows, [], align).join('\n')}\n`;
}

/** An input's ratio of a case to the baseline by each method (./analysis-bench.ts). */
export interface RatioFigures {
  input: string;
  /** Alternating blocks in CPU time, the median of the rounds' ratios (./measure roundRatio): the verdict. */
  blocksCpu: number;
  /** The rounds of the verdict. */
  rounds: number;
  /** The same blocks, the ratio of the overall medians in CPU time. */
  mediansCpu: number;
  /** The same blocks in wall time, the median of the rounds' ratios. */
  blocksWall: number;
  /** Paired runs (CPU time): the median of the pairs' ratios. */
  paired?: { ratio: number; runs: number };
}

/**
 * One line per input: 「analyze / remark on 1MB: 2.31× ✓ (target ≤ 2.5×; blocks, CPU time, 7 rounds) · medians 2.40× ·
 * wall 2.52× · paired 2.05× (15 pairs, CPU time)」, the verdict on the first figure.
 */
export function formatVerdicts(caseName: string, baseline: string, max: number, figures: readonly RatioFigures[]): string {
  return figures
    .map((f) => {
      const paired = f.paired ? ` · paired ${fixed(f.paired.ratio, 2)}× (${f.paired.runs} pairs, CPU time)` : '';
      return `${caseName} / ${baseline} on ${f.input}: ${fixed(f.blocksCpu, 2)}× ${f.blocksCpu <= max ? '✓' : '✗'} (target ≤ ${max}×; blocks, CPU time, ${f.rounds} rounds) · medians ${fixed(f.mediansCpu, 2)}× · wall ${fixed(f.blocksWall, 2)}×${paired}\n`;
    })
    .join('');
}
