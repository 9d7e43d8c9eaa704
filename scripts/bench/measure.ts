/** Timing: warm-up runs, then the median of N timed runs (robust to a stray GC pause or a busy neighbour). */

export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The middle value (the mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; milliseconds. `now` is injectable for tests. */
export function measure(fn: () => unknown, { warmup, runs }: { warmup: number; runs: number }, now: () => number = () => performance.now()): Timing {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    sink = fn();
    times.push(now() - t0);
  }
  // nb. keeps the result observable so no engine can drop the call as dead code.
  if (sink === measure) throw new Error('unreachable');
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}

/** Paired timing of two functions: each one's timing, and the median of their ratio pair by pair. */
export interface PairedTiming {
  a: Timing;
  b: Timing;
  /** The median over the pairs of a's time / b's time. */
  ratio: number;
}

/**
 * Times `a` and `b` in pairs, back to back, the order alternating (a b, b a, …) after `warmup` untimed pairs; the
 * ratio is the median of the pairs' ratios. On a shared machine the load drifts over seconds: cases timed in separate
 * blocks each get a different share of it, while the two runs of a pair get about the same.
 */
export function measurePaired(a: () => unknown, b: () => unknown, { warmup, runs }: { warmup: number; runs: number }, now: () => number = () => performance.now()): PairedTiming {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) {
    sink = a();
    sink = b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const time = (fn: () => unknown, into: number[]) => {
    const t0 = now();
    sink = fn();
    into.push(now() - t0);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      time(b, tb);
      time(a, ta);
    } else {
      time(a, ta);
      time(b, tb);
    }
  }
  if (sink === measurePaired) throw new Error('unreachable');
  const timing = (ts: number[]): Timing => ({ median: median(ts), min: Math.min(...ts), max: Math.max(...ts), runs });
  return { a: timing(ta), b: timing(tb), ratio: median(ta.map((t, i) => t / tb[i]!)) };
}
