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
