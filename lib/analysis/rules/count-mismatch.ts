/**
 * Rule `count-mismatch`: a lead-in states a count (「四个方面」「三点意见」) and the list that follows has another
 * number of items [domain §2.2] — drafts are edited and items get dropped or added.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../plugins/report';
import { spanOf } from '../text/lines';
import { intToCn } from '../text/numerals';

/** Reports every enumeration whose stated count differs from its items. */
export function ruleCountMismatch() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    for (const e of file.data.enumerations!) {
      if (!e.statedCount || !e.countWords || !e.leadInPos || e.statedCount === e.items.length) continue;
      const line = lines[e.leadInPos.line]!;
      const at = line.text.indexOf(e.countWords, e.leadInPos.start);
      const span = at >= 0 ? spanOf(line, at, at + e.countWords.length) : spanOf(line, e.leadInPos.start, e.leadInPos.end);
      const found = e.items.length;
      report(
        file,
        'count-mismatch',
        'warning',
        `Unexpected ${found} items after 「${e.countWords}」, expected ${e.statedCount}: 说「${e.countWords}」，实际列出${intToCn(found)}项（${e.items.map((i) => i.ordinal).join('、')}）`,
        span.start,
        span.end,
      );
    }
  };
}
