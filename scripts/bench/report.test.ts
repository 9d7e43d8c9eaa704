import { describe, expect, it } from 'vitest';
import { formatReport, formatVerdicts } from './report';

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

describe('formatVerdicts', () => {
  it('gives the verdict on the blocks\' round ratios in CPU time, with the overall medians, wall-time and paired figures beside it', () => {
    const figures = [
      { input: '1MB', blocksCpu: 2.314, rounds: 7, mediansCpu: 2.4, blocksWall: 2.52, paired: { ratio: 2.049, runs: 15 } },
      { input: 'wide 2MB', blocksCpu: 2.6, rounds: 5, mediansCpu: 2.7, blocksWall: 2.4 },
    ];
    expect(formatVerdicts('analyze', 'remark', 2.5, figures)).toBe(
      [
        'analyze / remark on 1MB: 2.31× ✓ (target ≤ 2.5×; blocks, CPU time, 7 rounds) · medians 2.40× · wall 2.52× · paired 2.05× (15 pairs, CPU time)',
        'analyze / remark on wide 2MB: 2.60× ✗ (target ≤ 2.5×; blocks, CPU time, 5 rounds) · medians 2.70× · wall 2.40×',
        '',
      ].join('\n'),
    );
  });
  it('prints nothing without figures', () => expect(formatVerdicts('analyze', 'remark', 2.5, [])).toBe(''));
});
