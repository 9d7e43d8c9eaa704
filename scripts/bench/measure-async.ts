/** Timing of async work: warm-up runs, then the median of N timed runs, each awaited before the next starts. */
import { median, type Timing } from './measure';

/** `measure` for a function returning a promise; `now` is injectable for tests. */
export async function measureAsync(fn: () => Promise<unknown>, { warmup, runs }: { warmup: number; runs: number }, now: () => number = () => performance.now()): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    await fn();
    times.push(now() - t0);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}
