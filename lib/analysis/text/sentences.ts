/**
 * Sentence and clause splitting on cleaned line text. A sentence ends at 。！？ (with a closing quote or bracket kept
 * in it); a clause also ends at ；. Ends inside （…）「…」“…”《…》 do not count, unless the bracket stays open for so
 * long that it is evidently unbalanced (a stray quote must not swallow a paragraph).
 */

export interface Range {
  start: number;
  end: number;
}

// Character classes by code unit (nb. `text[i]` would allocate a string per CJK character: charCodeAt does not).
const OPEN = new Set([...'（(“‘《「『【'].map((c) => c.charCodeAt(0)));
const CLOSE = new Set([...'）)”’》」』】'].map((c) => c.charCodeAt(0)));
const MAX_NEST = 120;
const SENTENCE_END = new Set([...'。！？!?'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...'。！？!?；;'].map((c) => c.charCodeAt(0)));

function split(text: string, from: number, to: number, enders: Set<number>, nested: boolean): Range[] {
  const out: Range[] = [];
  let start = from;
  let depth = 0;
  let openedAt = -1;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (nested) {
      if (OPEN.has(ch)) {
        if (depth === 0) openedAt = i;
        depth++;
        continue;
      }
      if (CLOSE.has(ch)) {
        if (depth > 0) depth--;
        continue;
      }
      if (depth > 0 && i - openedAt > MAX_NEST) depth = 0;
    }
    if (depth === 0 && enders.has(ch)) {
      let end = i + 1;
      while (end < to && (CLOSE.has(text.charCodeAt(end)) || enders.has(text.charCodeAt(end)))) end++;
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
