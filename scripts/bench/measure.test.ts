import { describe, expect, it } from 'vitest';
import { measure, measurePaired, median } from './measure';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('%j → %s', (values, expected) => expect(median(values)).toBe(expected));
  it('is NaN for no values', () => expect(median([])).toBeNaN());
});

describe('measure', () => {
  it('runs warm-ups untimed, then times each run', () => {
    let calls = 0;
    const ticks = [0, 5, 10, 11, 20, 23];
    let tick = 0;
    const timing = measure(() => calls++, { warmup: 2, runs: 3 }, () => ticks[tick++]!);
    expect(calls).toBe(5);
    expect(timing).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
  });
});

describe('measurePaired', () => {
  it('times the two in pairs, the order alternating, and takes the median of the pair ratios', () => {
    const calls: string[] = [];
    // Each call takes the next duration: warm-up a, b untimed, then pairs a b | b a | a b.
    const durations = [9, 9, 10, 5, 4, 8, 30, 10];
    let t = 0;
    let k = 0;
    const now = () => t;
    const run = (name: string) => () => {
      calls.push(name);
      t += durations[k++]!;
    };
    const timing = measurePaired(run('a'), run('b'), { warmup: 1, runs: 3 }, now);
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'b', 'a', 'a', 'b']);
    // a: 10, 8, 30; b: 5, 4, 10 → pair ratios 2, 2, 3.
    expect(timing.a).toEqual({ median: 10, min: 8, max: 30, runs: 3 });
    expect(timing.b).toEqual({ median: 5, min: 4, max: 10, runs: 3 });
    expect(timing.ratio).toBe(2);
  });
});
