import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostilePairs, readDrafts, repeatToSize, standardInputs } from './inputs';

describe('repeatToSize', () => {
  it('repeats whole lines up to the byte size', () => {
    // 「讲话\n」 is 7 bytes, 「ab」 3 with its added line break: 10 bytes per round.
    expect(repeatToSize(['讲话\n', 'ab'], 25)).toBe('讲话\nab\n讲话\nab\n');
    expect(repeatToSize(['讲话\n', 'ab'], 27)).toBe('讲话\nab\n讲话\nab\n讲话\n');
  });

  it('stays within one line of the target on large sizes', () => {
    const text = repeatToSize(['一、总体要求\n', '各镇要在年底前完成隐患排查。\n'], 100 * 1024);
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
    expect(bytes).toBeGreaterThan(100 * 1024 - 50);
  });
});

describe('standardInputs', () => {
  it('uses speech.txt as is and all drafts for the larger texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-'));
    try {
      writeFileSync(join(dir, 'speech.txt'), '同志们：\n');
      writeFileSync(join(dir, 'report.txt'), '一、工作回顾\n');
      writeFileSync(join(dir, 'notes.md'), 'ignored\n');
      const drafts = readDrafts(dir);
      expect([...drafts.keys()]).toEqual(['report.txt', 'speech.txt']);
      const inputs = standardInputs(drafts);
      expect(inputs.map((i) => i.name)).toEqual(['speech', '100KB', '1MB', '2MB']);
      expect(inputs[0]!.text).toBe('同志们：\n');
      expect(inputs[1]!.text.startsWith('一、工作回顾\n同志们：\n一、工作回顾\n')).toBe(true);
      expect(Buffer.byteLength(inputs[2]!.text)).toBeLessThanOrEqual(1024 * 1024);
      expect(Buffer.byteLength(inputs[3]!.text)).toBeGreaterThan(2 * 1024 * 1024 - 50);
      expect(inputs[1]!.text).not.toContain('ignored');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostilePairs', () => {
  it('gives every hostile shape at a size and at twice it', () => {
    const pairs = hostilePairs(1000);
    expect(pairs.length).toBeGreaterThan(10);
    for (const p of pairs) {
      expect(p.small.length).toBe(1000);
      expect(p.big.length).toBe(2000);
      expect(p.small.includes('\n')).toBe(false);
    }
  });
});
