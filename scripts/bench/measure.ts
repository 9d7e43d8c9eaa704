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

/** A run's time by two clocks: wall (performance.now) and the process's CPU time (user + system, all threads). */
export interface Clocks {
  wall: () => number;
  cpu: () => number;
}

/** The process's CPU time in milliseconds (user + system; nb. node 20 has no per-thread figure). */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export const CLOCKS: Clocks = { wall: () => performance.now(), cpu: cpuNow };

/** One function's timing in blocks, by each clock. */
export interface BlockTiming {
  wall: Timing;
  cpu: Timing;
  /** Blocks × timed runs per block. */
  runs: number;
  /** Each round's median by each clock, in round order (a round times one block of every function, back to back). */
  rounds: { wall: number[]; cpu: number[] };
}

/**
 * The median over rounds of one function's round median over another's: the two blocks of a round run back to back,
 * so they share the machine's load of the moment; on a shared machine the load drifts over a run, and the ratio of
 * the overall medians mixes blocks timed under different loads.
 */
export function roundRatio(a: BlockTiming, b: BlockTiming, clock: 'cpu' | 'wall'): number {
  return median(a.rounds[clock].map((t, r) => t / b.rounds[clock][r]!));
}

/**
 * Times each function in alternating blocks: round r runs a block of each function, in the given order on even
 * rounds and reversed on odd ones (a b | b a | a b …). Each block starts with `collect()` (a forced full GC when node
 * runs with --expose-gc), then `warmup` untimed runs that let the heap and the compiled code settle after it (V8's
 * young generation shrinks at a full GC and the first runs after one pay for regrowing it), then `runs` timed runs.
 * So no function pays for the garbage another left; each pays for its own, as it would alone. The medians are over
 * all timed runs of all blocks, by each clock.
 */
export function measureBlocks(
  fns: Record<string, () => unknown>,
  { blocks, warmup, runs }: { blocks: number; warmup: number; runs: number },
  collect: () => void = () => {},
  clocks: Clocks = CLOCKS,
): Record<string, BlockTiming> {
  const names = Object.keys(fns);
  const wall = new Map<string, number[]>(names.map((n) => [n, []]));
  const cpu = new Map<string, number[]>(names.map((n) => [n, []]));
  const rounds = new Map<string, { wall: number[]; cpu: number[] }>(names.map((n) => [n, { wall: [], cpu: [] }]));
  let sink: unknown;
  for (let r = 0; r < blocks; r++) {
    for (const name of r % 2 ? names.toReversed() : names) {
      const fn = fns[name]!;
      collect();
      for (let i = 0; i < warmup; i++) sink = fn();
      const ws: number[] = [];
      const cs: number[] = [];
      for (let i = 0; i < runs; i++) {
        const w0 = clocks.wall();
        const c0 = clocks.cpu();
        sink = fn();
        const c1 = clocks.cpu();
        const w1 = clocks.wall();
        ws.push(w1 - w0);
        cs.push(c1 - c0);
      }
      wall.get(name)!.push(...ws);
      cpu.get(name)!.push(...cs);
      rounds.get(name)!.wall.push(median(ws));
      rounds.get(name)!.cpu.push(median(cs));
    }
  }
  if (sink === measureBlocks) throw new Error('unreachable');
  const timing = (ts: number[]): Timing => ({ median: median(ts), min: Math.min(...ts), max: Math.max(...ts), runs: ts.length });
  return Object.fromEntries(names.map((n) => [n, { wall: timing(wall.get(n)!), cpu: timing(cpu.get(n)!), runs: blocks * runs, rounds: rounds.get(n)! }]));
}

/** A forced full GC when node runs with --expose-gc, else undefined. */
export function exposedGc(): (() => void) | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  return typeof gc === 'function' ? () => gc() : undefined;
}
