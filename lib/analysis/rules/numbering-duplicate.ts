/**
 * Rule `numbering-duplicate`: a heading that repeats its sibling's number (（二） （二）) [domain §1.1] — a part copied
 * and not renumbered.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../plugins/report';
import { numberingIssues } from '../scanners/numbering';
import { spanOf } from '../text/lines';

/** Reports each heading numbered as its sibling before it; the span is its marker. */
export function ruleNumberingDuplicate() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    for (const { kind, heading: h, expected } of numberingIssues(file.data.headings!, file.data.numberedTasks)) {
      if (kind !== 'duplicate') continue;
      const line = lines[h.line]!;
      const span = spanOf(line, 0, line.text.slice(0, h.titleStart).trimEnd().length);
      report(file, 'numbering-duplicate', 'warning', `Unexpected duplicate 「${h.marker}」, expected ${expected}: 序号重复`, span.start, span.end);
    }
  };
}
