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

/** A speed target of issue 9: a case within `max`× the baseline on one input, and how it scales between two inputs. */
export interface RatioTarget {
  case: string;
  input: string;
  max: number;
  /** [big, small] inputs whose size ratio the case's time ratio should follow (linear). */
  scaling: [string, string];
}

/** The ratio of a target's case to the baseline from paired runs (./measure measurePaired), by input name. */
export type PairedRatios = Record<
  string,
  {
    ratio: number;
    runs: number;
    /** What was timed, when not wall time: 「CPU time」. */
    clock?: string;
    /** The case's median in the pairs (ms): the scaling line reads these when both inputs have them. */
    ms?: number;
  }
>;

/**
 * The target lines: 「analyze / remark on 1MB: 2.41× (target ≤ 2.5×) ✓」 and 「analyze 2MB/1MB: 1.98× for 1.99× the
 * bytes (linear: about the same)」. With paired ratios for an input, the verdict is theirs (「…: 2.21×, median of 11
 * paired runs (target ≤ 2.5×) ✓; separate medians 2.60×」), and the paired ratio on the bigger scaling input is
 * shown too (a case that scales like the baseline keeps its ratio).
 */
export function formatTargets(results: readonly BenchResult[], baseline: string, targets: readonly RatioTarget[], paired: PairedRatios = {}): string {
  const lines: string[] = [];
  for (const t of targets) {
    const r = results.find((x) => x.input.name === t.input);
    const p = paired[t.input];
    if (r) {
      const separate = r.ms[t.case]! / r.ms[baseline]!;
      const ratio = p ? p.ratio : separate;
      const how = p ? `, median of ${p.runs} paired runs${p.clock ? ` (${p.clock})` : ''}` : '';
      const also = p ? `; separate medians ${fixed(separate, 2)}×` : '';
      lines.push(`${t.case} / ${baseline} on ${t.input}: ${fixed(ratio, 2)}×${how} (target ≤ ${t.max}×) ${ratio <= t.max ? '✓' : '✗'}${also}`);
    }
    const big = paired[t.scaling[0]];
    if (big) lines.push(`${t.case} / ${baseline} on ${t.scaling[0]}: ${fixed(big.ratio, 2)}×, median of ${big.runs} paired runs${big.clock ? ` (${big.clock})` : ''}`);
    const b = results.find((x) => x.input.name === t.scaling[0]);
    const s = results.find((x) => x.input.name === t.scaling[1]);
    if (b && s) {
      const small = paired[t.scaling[1]];
      const fromPairs = big?.ms !== undefined && small?.ms !== undefined;
      const time = fromPairs ? big.ms! / small.ms! : b.ms[t.case]! / s.ms[t.case]!;
      const how = fromPairs ? ` (paired runs${big.clock ? `, ${big.clock}` : ''})` : '';
      lines.push(`${t.case} ${t.scaling[0]}/${t.scaling[1]}${how}: ${fixed(time, 2)}× the time for ${fixed(b.input.bytes / s.input.bytes, 2)}× the bytes (linear: about the same)`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
