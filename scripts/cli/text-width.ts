/**
 * Terminal column widths. CJK ideographs, kana, hangul, full-width forms and CJK punctuation take two columns,
 * combining marks and zero-width characters none, everything else one (the East Asian Width "W"/"F" classes,
 * without the ambiguous ones, which most terminals draw narrow).
 */

const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals … CJK symbols and punctuation (、。「」 and U+3000)
  [0x3041, 0x33ff], // kana … CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small forms
  [0xff00, 0xff60], // full-width forms （），：；
  [0xffe0, 0xffe6], // full-width signs
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x3fffd], // CJK extensions B and later
];

const ZERO: readonly [number, number][] = [
  [0x0300, 0x036f], // combining diacritics
  [0x200b, 0x200f], // zero-width space, joiners, marks
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
];

const inRanges = (cp: number, ranges: readonly [number, number][]) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** Columns one code point takes in a terminal. */
export function charWidth(cp: number): 0 | 1 | 2 {
  if (cp < 0x300) return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0 : 1;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}

/** Columns a string takes in a terminal. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += charWidth(ch.codePointAt(0)!);
  return width;
}

/** Cuts `s` to at most `width` columns, ending with … (one column) when it was cut. */
export function fitWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Pads `s` with spaces on the right to `width` columns. */
export function padWidth(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/**
 * Lays out rows in aligned columns two spaces apart. Each column is as wide as its widest cell, capped at
 * `maxWidths[i]` (cells beyond the cap are cut with …); `align[i]` 'right' right-aligns a column (numbers).
 * The last column is not padded when left-aligned, so no line ends in spaces.
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  maxWidths: readonly number[] = [],
  align: readonly ('left' | 'right')[] = [],
): string[] {
  const all = [header, ...rows].map((row) => row.map((cell, i) => fitWidth(cell, maxWidths[i] ?? Infinity)));
  const widths = header.map((_, i) => all.reduce((w, row) => Math.max(w, displayWidth(row[i] ?? '')), 0));
  const pad = (cell: string, i: number) =>
    align[i] === 'right' ? ' '.repeat(Math.max(0, widths[i]! - displayWidth(cell))) + cell : padWidth(cell, widths[i]!);
  return all.map((row) =>
    row
      .map((cell, i) => pad(cell, i))
      .join('  ')
      .trimEnd(),
  );
}
