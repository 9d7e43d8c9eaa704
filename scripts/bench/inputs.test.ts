import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostilePairs, readDrafts, repeatToSize, sharedDir, standardInputs, wideInputs } from './inputs';

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
      expect(inputs.map((i) => i.name)).toEqual(['5KB', 'speech', '100KB', '1MB', '2MB']);
      expect(Buffer.byteLength(inputs[0]!.text)).toBeLessThanOrEqual(5 * 1024);
      expect(Buffer.byteLength(inputs[0]!.text)).toBeGreaterThan(5 * 1024 - 50);
      expect(inputs[1]!.text).toBe('同志们：\n');
      expect(inputs[2]!.text.startsWith('一、工作回顾\n同志们：\n一、工作回顾\n')).toBe(true);
      expect(Buffer.byteLength(inputs[3]!.text)).toBeLessThanOrEqual(1024 * 1024);
      expect(Buffer.byteLength(inputs[4]!.text)).toBeGreaterThan(2 * 1024 * 1024 - 50);
      expect(inputs[2]!.text).not.toContain('ignored');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('wideInputs', () => {
  it('repeats the documents of a corpus to ~1 MB and ~2 MB under a prefix', () => {
    const inputs = wideInputs(new Map([['W01.txt', '一、总体要求\n'], ['W02.txt', '县住建局要在年底前完成改造。\n']]));
    expect(inputs.map((i) => i.name)).toEqual(['wide 1MB', 'wide 2MB']);
    expect(inputs[0]!.text.startsWith('一、总体要求\n县住建局要在年底前完成改造。\n一、总体要求\n')).toBe(true);
    expect(Buffer.byteLength(inputs[0]!.text)).toBeGreaterThan(1024 * 1024 - 60);
    expect(Buffer.byteLength(inputs[1]!.text)).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});

describe('sharedDir', () => {
  it('finds a shared folder with corpus-wide beside the repository or one level up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-shared-'));
    try {
      mkdirSync(join(dir, 'shared', 'corpus-wide'), { recursive: true });
      mkdirSync(join(dir, 'main'));
      mkdirSync(join(dir, 'wt', 'speed'), { recursive: true });
      expect(sharedDir(join(dir, 'main'))).toBe(join(dir, 'main', '..', 'shared'));
      expect(sharedDir(join(dir, 'wt', 'speed'))).toBe(join(dir, 'wt', 'speed', '..', '..', 'shared'));
      expect(sharedDir(join(dir, 'shared', 'corpus-wide', 'x', 'y', 'z'))).toBeUndefined();
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
