/**
 * Sentence and clause splitting on cleaned line text. A sentence ends at 。！？ (with a closing quote or bracket kept
 * in it); a clause also ends at ；. Ends inside （…）「…」“…”《…》 do not count, unless the bracket stays open for so
 * long that it is evidently unbalanced (a stray quote must not swallow a paragraph).
 */

export interface Range {
  start: number;
  end: number;
}

// Character classes by code unit, one table (nb. `text[i]` would allocate a string per CJK character and Set.has
// hashes every char: a typed array read does neither, and every pass splits sentences).
const OPEN = 1;
const CLOSE = 2;
const SENTENCE_END = 4;
const CLAUSE_END = 8;
const CLASS = new Uint8Array(0x10000);
for (const c of '（(“‘《「『【') CLASS[c.charCodeAt(0)]! |= OPEN;
for (const c of '）)”’》」』】') CLASS[c.charCodeAt(0)]! |= CLOSE;
for (const c of '。！？!?') CLASS[c.charCodeAt(0)]! |= SENTENCE_END | CLAUSE_END;
for (const c of '；;') CLASS[c.charCodeAt(0)]! |= CLAUSE_END;
const MAX_NEST = 120;

function split(text: string, from: number, to: number, enders: number, nested: boolean): Range[] {
  const out: Range[] = [];
  let start = from;
  let depth = 0;
  let openedAt = -1;
  for (let i = from; i < to; i++) {
    const cls = CLASS[text.charCodeAt(i)]!;
    if (nested) {
      if (cls & OPEN) {
        if (depth === 0) openedAt = i;
        depth++;
        continue;
      }
      if (cls & CLOSE) {
        if (depth > 0) depth--;
        continue;
      }
      if (depth > 0 && i - openedAt > MAX_NEST) depth = 0;
    }
    if (depth === 0 && cls & enders) {
      let end = i + 1;
      while (end < to && CLASS[text.charCodeAt(end)]! & (CLOSE | enders)) end++;
      out.push({ start, end });
      start = end;
      i = end - 1;
    }
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

/** Sentences of `text[from, to)`, ending at 。！？!? (end exclusive, terminal punctuation included). */
export function sentences(text: string, from = 0, to = text.length): Range[] {
  return split(text, from, to, SENTENCE_END, true);
}

/** Clauses of `text[from, to)`: sentences further cut at ；; (terminal punctuation included). */
export function clauses(text: string, from = 0, to = text.length): Range[] {
  return split(text, from, to, CLAUSE_END, true);
}

/** Trims white space and the given punctuation from both ends of the range. */
export function trimRange(text: string, r: Range, punct = '，。；：:,;、！？!? '): Range {
  let { start, end } = r;
  while (start < end && punct.includes(text[start]!)) start++;
  while (end > start && punct.includes(text[end - 1]!)) end--;
  return { start, end };
}

const WHITE = /\s/;

/**
 * `s.replace(/[chars\s]+$/, '')` in linear time: the regex retries from every position of a long run of such chars
 * that is followed by something else, which is quadratic on hostile input (a line of 100,000 、 and one letter).
 */
export function trimEndChars(s: string, chars: string, space = true): string {
  return s.slice(0, endWithout(s, 0, s.length, chars, space));
}

/** The end of `s[from, to)` once trailing `chars` (and white space when `space`) are dropped. */
export function endWithout(s: string, from: number, to: number, chars: string, space = true): number {
  let end = to;
  for (; end > from; end--) {
    const ch = s[end - 1]!;
    if (!chars.includes(ch) && !(space && WHITE.test(ch))) break;
  }
  return end;
}

// The last few lines' full sentence splits, so that asking for the sentences before many positions of one long
// line splits it once (nb. a line of 100 KB with a list every few clauses asked once per list).
const memo: Array<{ text: string; from: number; all: Range[] }> = [];
const MEMO_SIZE = 4;

/**
 * The last `k` of `sentences(text, from, to)`, answered from one split of `text[from, …)`: the same ranges, because a
 * split only looks at what it has read — those that start before `to`, the last one cut at `to`.
 */
export function lastSentences(text: string, from: number, to: number, k = 2): Range[] {
  let hit = memo.find((m) => m.text === text && m.from === from);
  if (!hit) {
    hit = { text, from, all: sentences(text, from) };
    memo.unshift(hit);
    if (memo.length > MEMO_SIZE) memo.pop();
  }
  const all = hit.all;
  // The first range starting at or after `to`.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < to) lo = mid + 1;
    else hi = mid;
  }
  const out = all.slice(Math.max(0, lo - k), lo);
  const last = out[out.length - 1];
  if (last && last.end > to) out[out.length - 1] = { start: last.start, end: to };
  return out;
}
