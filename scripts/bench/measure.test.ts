import { describe, expect, it } from 'vitest';
import { measure, median } from './measure';

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
