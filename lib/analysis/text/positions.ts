/**
 * Where chars occur in a text, found once with indexOf: a pass that asks every sentence of a line for its colons or
 * semicolons reads these instead of walking each sentence char by char in JS (nb. that walk was 1 % of analyze).
 */

/** The offsets of every occurrence of each char of `chars` in `text`, ascending. */
export function positionsOf(text: string, chars: string): number[] {
  const out: number[] = [];
  for (const c of chars) for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) out.push(i);
  if (chars.length > 1) out.sort((a, b) => a - b);
  return out;
}

/**
 * Reads ascending `positions` for ranges asked in ascending order (each range starting at or after the previous
 * one's start): the positions in [from, to), without going back over the ones before `from`.
 */
export class PositionCursor {
  private k = 0;
  constructor(private readonly positions: readonly number[]) {}
  /** The positions in [from, to). */
  within(from: number, to: number): number[] {
    const p = this.positions;
    while (this.k < p.length && p[this.k]! < from) this.k++;
    const out: number[] = [];
    for (let j = this.k; j < p.length && p[j]! < to; j++) out.push(p[j]!);
    return out;
  }
  /** How many positions lie in [from, to), counted up to `max` (enough to know a range holds at least `max`). */
  countWithin(from: number, to: number, max: number): number {
    const p = this.positions;
    while (this.k < p.length && p[this.k]! < from) this.k++;
    let n = 0;
    for (let j = this.k; n < max && j < p.length && p[j]! < to; j++) n++;
    return n;
  }
}
