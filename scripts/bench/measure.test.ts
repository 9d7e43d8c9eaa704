import { describe, expect, it } from 'vitest';
import { measure, measureBlocks, measurePaired, median, roundRatio } from './measure';

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

describe('measureBlocks', () => {
  it('runs alternating blocks, each after a collection and its warm-ups, and takes medians by both clocks', () => {
    const calls: string[] = [];
    let wall = 0;
    let cpu = 0;
    // Each timed call of a takes 10 ms of wall and 4 of CPU time, of b 5 and 2; the second timed call of a (its second block) is slow.
    let timedA = 0;
    const run = (name: string) => () => {
      calls.push(name);
      const slow = name === 'a' && calls.filter((c) => c === 'a').length % 2 === 0 && ++timedA === 2;
      wall += name === 'a' ? (slow ? 50 : 10) : 5;
      cpu += name === 'a' ? (slow ? 20 : 4) : 2;
    };
    const t = measureBlocks({ a: run('a'), b: run('b') }, { blocks: 3, warmup: 1, runs: 1 }, () => calls.push('gc'), { wall: () => wall, cpu: () => cpu });
    expect(calls).toEqual(['gc', 'a', 'a', 'gc', 'b', 'b', 'gc', 'b', 'b', 'gc', 'a', 'a', 'gc', 'a', 'a', 'gc', 'b', 'b']);
    expect(t.a).toEqual({ wall: { median: 10, min: 10, max: 50, runs: 3 }, cpu: { median: 4, min: 4, max: 20, runs: 3 }, runs: 3, rounds: { wall: [10, 50, 10], cpu: [4, 20, 4] } });
    expect(t.b!.cpu.median).toBe(2);
    expect(t.b!.wall.median).toBe(5);
  });
});

describe('roundRatio', () => {
  it('takes the median of the rounds\' ratios, not the ratio of the overall medians', () => {
    // The load doubles in the last two rounds: both sides slow down together.
    const a = { wall: { median: 0, min: 0, max: 0, runs: 0 }, cpu: { median: 0, min: 0, max: 0, runs: 0 }, runs: 4, rounds: { wall: [], cpu: [20, 21, 40, 44] } };
    const b = { wall: { median: 0, min: 0, max: 0, runs: 0 }, cpu: { median: 0, min: 0, max: 0, runs: 0 }, runs: 4, rounds: { wall: [], cpu: [10, 10, 20, 20] } };
    expect(roundRatio(a, b, 'cpu')).toBeCloseTo(2.05);
  });
});
