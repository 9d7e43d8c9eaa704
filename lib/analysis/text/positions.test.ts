import { describe, expect, it } from 'vitest';
import { firstFrom, positionsBefore, positionsOf } from './positions';

/** What the loops they replace gave: every index in [from, to) whose char is one of `chars`. */
function walk(text: string, chars: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (chars.includes(text[i]!)) out.push(i);
  return out;
}

const TEXTS = [
  '主要问题有：一是资金不足；二是进度滞后;三是责任不明：需要研究。',
  '会议强调：各乡镇要抓好落实:县财政局负责保障；县审计局跟进。下一步：抓紧推进；',
  '没有冒号也没有分号的一句话。',
  '',
  '：；:;：；',
];

describe('positionsOf', () => {
  it('finds every occurrence of each char, in order, as a char-by-char walk does', () => {
    for (const t of TEXTS) {
      expect(positionsOf(t, '：:')).toEqual(walk(t, '：:'));
      expect(positionsOf(t, '；;')).toEqual(walk(t, '；;'));
      expect(positionsOf(t, '。')).toEqual(walk(t, '。'));
    }
  });
});

describe('firstFrom and positionsBefore', () => {
  it('give the positions within ascending ranges as a walk of each range does', () => {
    for (const t of TEXTS) {
      const colons = positionsOf(t, '：:');
      let k = 0;
      // Ranges of my own: sentence-like cuts, with gaps between them and empty ones.
      for (let from = 0; from < t.length; from += 7) {
        const to = Math.min(t.length, from + 5);
        k = firstFrom(colons, k, from);
        expect(positionsBefore(colons, k, to)).toEqual(walk(t, '：:', from, to));
      }
      expect(positionsBefore(colons, firstFrom(colons, k, t.length), t.length)).toEqual([]);
    }
  });

  it('start from the index given', () => {
    const p = positionsOf('甲；乙；丙；丁；', '；');
    expect(firstFrom(p, 0, 2)).toBe(1);
    expect(firstFrom(p, 2, 0)).toBe(2);
    expect(positionsBefore(p, 1, 6)).toEqual([3, 5]);
  });
});
