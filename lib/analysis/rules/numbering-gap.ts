/**
 * Rule `numbering-gap`: a heading numbering that does not start at 1, skips a number (一、 三、) or goes back (（三） after
 * （四）) among its siblings [domain §1.1] — parts get moved and deleted while a draft is edited.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../plugins/report';
import { numberingIssues } from '../scanners/numbering';
import { spanOf } from '../text/lines';

/** Reports each heading whose number skips, goes back, or starts a family above 1; the span is its marker. */
export function ruleNumberingGap() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    for (const { kind, heading: h, prev, expected } of numberingIssues(file.data.headings!, file.data.numberedTasks)) {
      if (kind === 'duplicate') continue;
      const line = lines[h.line]!;
      const span = spanOf(line, 0, line.text.slice(0, h.titleStart).trimEnd().length);
      const reason =
        kind === 'late-start'
          ? `Unexpected 「${h.marker}」, expected the numbering to start at 1: 本层序号未从一开始`
          : `Unexpected 「${h.marker}」 after 「${prev!.marker}」, expected ${expected}: ${kind === 'skip' ? '序号跳号' : '序号倒退'}`;
      report(file, 'numbering-gap', 'warning', reason, span.start, span.end);
    }
  };
}
