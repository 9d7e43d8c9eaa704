/**
 * The line model every extractor reads. A draft is one paragraph per line; each line keeps its raw span in the input
 * and a cleaned "shadow" text (white space trimmed, markdown decoration removed, full-width digits and Latin letters
 * folded) with an offset map back into the input, so that extractors match on clean text and still report exact
 * UTF-16 offsets (nb. the shadow is not length-preserving: `**`, `## ` and `> ` are dropped).
 */

/** Role of a line in the document skeleton, set by the plugins in order (boilerplate → frame → headings). */
export type LineRole =
  | 'body'
  | 'boilerplate'
  | 'title'
  | 'meta'
  | 'salutation'
  | 'heading'
  | 'closing'
  | 'separator'
  /** A row of a task table (plugins/tables.ts): read as cells, never as prose. */
  | 'table';

export interface Line {
  /** Index in `lines`. */
  index: number;
  /** Raw span of the line in the input, end of line excluded. */
  start: number;
  end: number;
  /** Cleaned text (see module header). */
  text: string;
  /**
   * `map[i]` is the input offset of `text[i]`; `map[text.length]` is the input offset just after the last char.
   * nb. most lines need no map: their text is the raw slice from `base`, and `map` is null (see `orig`).
   */
  map: Int32Array | null;
  base: number;
  /** Cleaned ranges [s, e) that were **bold** in markdown. */
  bold: Array<[number, number]>;
  /** Markdown decoration that was removed: ATX heading depth (0 = none), callout, bullet. */
  md: { heading: number; quote: boolean; bullet: boolean };
  role: LineRole;
}

const SPACE = /[\s\u3000\u00a0\ufeff\u200b]/;

/** Folds one char for matching: full-width digits/Latin letters and the full-width full stop to ASCII, odd spaces to ' '. */
function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
    return String.fromCharCode(c - 0xfee0);
  }
  if (c === 0xff0e) return '.';
  if (c === 0x3000 || c === 0x00a0 || c === 0x2002 || c === 0x2003 || c === 0x200b) return ' ';
  return ch;
}

/** Builds the cleaned shadow of the raw line `input.slice(start, end)`. */
export function cleanLine(input: string, start: number, end: number, index: number): Line {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(input[s]!)) s++;
  while (e > s && SPACE.test(input[e - 1]!)) e--;
  const md = { heading: 0, quote: false, bullet: false };
  // Markdown block decoration at line start, possibly repeated (`> ## 一、…`).
  for (let guard = 0; guard < 4; guard++) {
    const rest = input.slice(s, Math.min(e, s + 12));
    const m = /^(#{1,6})[ \t]+|^>[ \t]?|^[-+*][ \t]+(?=\S)/.exec(rest);
    if (!m) break;
    if (m[1]) md.heading = m[1].length;
    else if (m[0][0] === '>') md.quote = true;
    else md.bullet = true;
    s += m[0].length;
    while (s < e && SPACE.test(input[s]!)) s++;
  }
  const raw = input.slice(s, e);
  // Fast path: nothing to drop or fold, the shadow is the raw text itself.
  if (!/\*\*|__|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\u3000\u00a0\u2002\u2003\u200b]/.test(raw)) {
    return { index, start, end, text: raw, map: null, base: s, bold: [], md, role: 'body' };
  }
  // Bold pairs **x** / __x__ are decoration; a run of three or more asterisks is a placeholder (***区), not bold.
  const drop = new Uint8Array(raw.length);
  const boldRaw: Array<[number, number]> = [];
  const boldRe = /(?<![*_])(\*\*|__)(?![*_\s])([^*_\n]+?)(?<![*_\s])\1(?![*_])/g;
  for (let m = boldRe.exec(raw); m; m = boldRe.exec(raw)) {
    drop[m.index] = drop[m.index + 1] = 1;
    const close = m.index + m[0].length - 2;
    drop[close] = drop[close + 1] = 1;
    boldRaw.push([m.index + 2, close]);
  }
  const chars: string[] = [];
  const map = new Int32Array(raw.length + 1);
  const rawToText = new Int32Array(raw.length + 1);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    rawToText[i] = n;
    if (drop[i]) continue;
    map[n++] = s + i;
    chars.push(fold(raw[i]!));
  }
  rawToText[raw.length] = n;
  map[n] = n ? map[n - 1]! + 1 : s;
  const bold = boldRaw.map(([a, b]) => [rawToText[a]!, rawToText[b]!] as [number, number]);
  return { index, start, end, text: chars.join(''), map: map.subarray(0, n + 1), base: s, bold, md, role: 'body' };
}

/** Input offset of the cleaned position `i` of a line (`i` may be `text.length`: just after the last char). */
export function orig(line: Line, i: number): number {
  return line.map ? line.map[i]! : line.base + i;
}

/** Input span of the cleaned range [s, e) of a line. */
export function spanOf(line: Line, s: number, e: number): { start: number; end: number } {
  if (e <= s) return { start: orig(line, s), end: orig(line, s) };
  return { start: orig(line, s), end: orig(line, e - 1) + 1 };
}

/** Raw input text of the cleaned range [s, e) of a line (what `input.slice` gives for its span). */
export function rawOf(input: string, line: Line, s: number, e: number): string {
  const span = spanOf(line, s, e);
  return input.slice(span.start, span.end);
}

/**
 * The input's own chars at the cleaned range [s, e) of a line: the decoration the shadow drops (`**`, `## `) stays
 * dropped, but nothing is folded (a heading's 「１．」 stays 「１．」, as the draft has it).
 */
export function sourceOf(input: string, line: Line, s: number, e: number): string {
  if (!line.map) return input.slice(line.base + s, line.base + e);
  let out = '';
  for (let i = s; i < e; i++) out += input[line.map[i]!];
  return out;
}

/** Splits the input into raw line spans at \r\n, \n and \r (offsets exact; the BOM stays in line 0's raw span). */
export function lineSpans(input: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 10 || c === 13) {
      spans.push([start, i]);
      if (c === 13 && input.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  spans.push([start, input.length]);
  return spans;
}
