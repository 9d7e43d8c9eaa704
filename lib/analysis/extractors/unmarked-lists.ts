/**
 * Lists without ordinals [domain §2.2]: a lead-in ending in ： followed by ；-separated clauses (「主要表现为：经济总量不大、
 * …；城市宜居和品味有待提升，…；…。」), and an area list inside a shortfall sentence (「我们在A、B、C等方面，…还存在一定
 * 差距」). Returns cleaned-text ranges on one line; polarity is left to the caller.
 */

export interface UnmarkedList {
  family: 'list-semicolon' | 'list-areas';
  /** Lead-in range [start, end) (without the colon), or null. */
  leadIn: { start: number; end: number } | null;
  items: Array<{ start: number; end: number }>;
}

const MARKER_AHEAD = /^\s*(?:[一二三四五六七八九十]+[是要曰来]|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.]|[①-⑳]|首先|其一|有的|一方面)/;
const SHORTFALL = /在([^，。；：]{6,160}?)等?(?:几个)?方面[^。；]{0,60}?(?:存在|还有|有|仍有|尚有)[^。；]{0,20}?(?:差距|不足|问题|短板|欠缺|薄弱环节)/g;

/** Unmarked lists on one cleaned line. */
export function findUnmarkedLists(text: string): UnmarkedList[] {
  const out: UnmarkedList[] = [];
  // ；-lists after a colon: at least two clauses before the sentence's 。.
  const colon = /[：:]/g;
  for (let m = colon.exec(text); m; m = colon.exec(text)) {
    const after = m.index + 1;
    // A field label (牵头单位：, 完成时限：) is not a lead-in.
    if (MARKER_AHEAD.test(text.slice(after, after + 8)) || /(?:单位|领导|部门|时限|责任人|联系人|电话)\s*$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    let end = text.indexOf('。', after);
    if (end < 0) end = text.length;
    const body = text.slice(after, end);
    if (!/[；;]/.test(body) || body.length > 600) continue;
    const items: Array<{ start: number; end: number }> = [];
    let s = after;
    for (let i = after; i <= end; i++) {
      if (i === end || text[i] === '；' || text[i] === ';') {
        if (i - s >= 4) items.push({ start: s, end: i });
        s = i + 1;
      }
    }
    if (items.length < 2) continue;
    const sentStart = Math.max(text.lastIndexOf('。', m.index) + 1, 0);
    out.push({ family: 'list-semicolon', leadIn: { start: sentStart, end: m.index }, items });
  }
  SHORTFALL.lastIndex = 0;
  for (let m = SHORTFALL.exec(text); m; m = SHORTFALL.exec(text)) {
    const listStart = m.index + 1;
    const parts = m[1]!.split('、');
    if (parts.length < 3 || parts.some((p) => p.length < 2 || p.length > 24)) continue;
    const items: Array<{ start: number; end: number }> = [];
    let s = listStart;
    for (const p of parts) {
      items.push({ start: s, end: s + p.length });
      s += p.length + 1;
    }
    const sentStart = Math.max(text.lastIndexOf('。', m.index) + 1, 0);
    out.push({ family: 'list-areas', leadIn: m.index - sentStart >= 4 ? { start: sentStart, end: m.index } : null, items });
  }
  return out;
}
