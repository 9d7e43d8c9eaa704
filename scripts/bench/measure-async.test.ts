import { describe, expect, it } from 'vitest';
import { measureAsync } from './measure-async';

describe('measureAsync', () => {
  it('awaits warm-ups untimed, then times each awaited run', async () => {
    let calls = 0;
    const ticks = [0, 5, 10, 11, 20, 23];
    let tick = 0;
    const timing = await measureAsync(async () => calls++, { warmup: 2, runs: 3 }, () => ticks[tick++]!);
    expect(calls).toBe(5);
    expect(timing).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
  });
});
