/**
 * Where chars occur in a text, found once with indexOf: a pass that asks every sentence of a line for its colons or
 * semicolons reads these instead of walking each sentence char by char in JS (nb. that walk was 1 % of analyze).
 * nb. Plain arrays and indexes, no cursor object: V8 drops the shape of objects that are all gone at a garbage
 * collection, and the optimized code that had read them is compiled again on the next call.
 */

/**
 * The offsets of every occurrence of each char of `chars` in `text`, ascending: each char's next occurrence is kept,
 * and the nearest is taken each time (linear in the text for a few chars; no sort).
 */
export function positionsOf(text: string, chars: string): number[] {
  const out: number[] = [];
  const next = Array.from(chars, (c) => text.indexOf(c));
  for (;;) {
    let k = -1;
    for (let j = 0; j < next.length; j++) if (next[j]! >= 0 && (k < 0 || next[j]! < next[k]!)) k = j;
    if (k < 0) return out;
    out.push(next[k]!);
    next[k] = text.indexOf(chars[k]!, next[k]! + 1);
  }
}

/**
 * The index of the first of ascending `positions` at or after `from`, searched from index `k` on: ranges asked in
 * ascending order pass `k` back in, so the positions before them are read once in all.
 */
export function firstFrom(positions: readonly number[], k: number, from: number): number {
  while (k < positions.length && positions[k]! < from) k++;
  return k;
}

/** The positions from index `k` on that lie before `to`. */
export function positionsBefore(positions: readonly number[], k: number, to: number): number[] {
  const out: number[] = [];
  for (let j = k; j < positions.length && positions[j]! < to; j++) out.push(positions[j]!);
  return out;
}
