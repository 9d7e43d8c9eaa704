import { describe, expect, it } from 'vitest';
import { formatReport, formatTargets } from './report';

describe('formatReport', () => {
  it('prints ms per case, the ratio to the baseline, and the scaling between two inputs', () => {
    const results = [
      { input: { name: 'speech', chars: 4200, bytes: 12800 }, ms: { analyze: 6.5, remark: 2.5 } },
      { input: { name: '100KB', chars: 34000, bytes: 102400 }, ms: { analyze: 50, remark: 20 } },
      { input: { name: '1MB', chars: 348000, bytes: 1048576 }, ms: { analyze: 520, remark: 205 } },
    ];
    expect(formatReport(results, ['analyze', 'remark'], 'remark', [['1MB', '100KB']])).toBe(
      [
        'input       chars      KB  analyze ms  remark ms  analyze/remark',
        'speech       4200    12.5        6.50       2.50           2.60×',
        '100KB       34000   100.0       50.00      20.00           2.50×',
        '1MB        348000  1024.0      520.00     205.00           2.54×',
        '1MB/100KB           10.24      10.40×     10.25×',
        '',
      ].join('\n'),
    );
  });
});

describe('formatTargets', () => {
  const results = [
    { input: { name: '1MB', chars: 348000, bytes: 1048576 }, ms: { analyze: 520, remark: 205 } },
    { input: { name: '2MB', chars: 696000, bytes: 2097000 }, ms: { analyze: 1100, remark: 400 } },
  ];
  it('prints the ratio against its target and the scaling between two inputs', () => {
    expect(formatTargets(results, 'remark', [{ case: 'analyze', input: '1MB', max: 2.5, scaling: ['2MB', '1MB'] }])).toBe(
      ['analyze / remark on 1MB: 2.54× (target ≤ 2.5×) ✗', 'analyze 2MB/1MB: 2.12× the time for 2.00× the bytes (linear: about the same)', ''].join('\n'),
    );
  });
  it('marks a ratio within its target', () => {
    expect(formatTargets(results, 'remark', [{ case: 'analyze', input: '1MB', max: 3, scaling: ['2MB', '1MB'] }]).split('\n')[0]).toBe('analyze / remark on 1MB: 2.54× (target ≤ 3×) ✓');
  });
  it('prints nothing for inputs it does not have', () => {
    expect(formatTargets(results, 'remark', [{ case: 'analyze', input: '5MB', max: 2.5, scaling: ['9MB', '5MB'] }])).toBe('');
  });
  it('gives the verdict of paired runs when it has them, with the separate medians beside it and the pair ratio of the bigger input', () => {
    const paired = { '1MB': { ratio: 2.21, runs: 11, clock: 'CPU time', ms: 400 }, '2MB': { ratio: 2.19, runs: 7 } };
    expect(formatTargets(results, 'remark', [{ case: 'analyze', input: '1MB', max: 2.5, scaling: ['2MB', '1MB'] }], paired)).toBe(
      [
        'analyze / remark on 1MB: 2.21×, median of 11 paired runs (CPU time) (target ≤ 2.5×) ✓; separate medians 2.54×',
        'analyze / remark on 2MB: 2.19×, median of 7 paired runs',
        'analyze 2MB/1MB: 2.12× the time for 2.00× the bytes (linear: about the same)',
        '',
      ].join('\n'),
    );
  });
  it('reads the scaling from the paired medians when both inputs have them', () => {
    const paired = { '1MB': { ratio: 2.21, runs: 11, clock: 'CPU time', ms: 400 }, '2MB': { ratio: 2.19, runs: 7, clock: 'CPU time', ms: 810 } };
    expect(formatTargets(results, 'remark', [{ case: 'analyze', input: '1MB', max: 2.5, scaling: ['2MB', '1MB'] }], paired).split('\n')[2]).toBe(
      'analyze 2MB/1MB (paired runs, CPU time): 2.02× the time for 2.00× the bytes (linear: about the same)',
    );
  });
});
