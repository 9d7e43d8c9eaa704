/**
 * Rule `placeholder`: unfilled slots a drafter must fill before the draft goes out [domain §1.3] — X/XX/×/Ｘ numbers,
 * X月X日 dates, ××市 places, XX同志 people, （单位名称） and 【待补】 slots. Political-word masks (县W、县政F), X光 and
 * Latin words are not placeholders; a line made only of X tokens (a speakers' turn separator) is skipped.
 * NOTE marks separator lines with role 'separator'.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../plugins/report';
import { spanOf } from '../text/lines';
import { findPlaceholders, isSeparatorLine, type PlaceholderKind } from '../scanners/placeholder';

const KIND: Record<PlaceholderKind, string> = { number: '数字', date: '日期', org: '单位或地名', person: '人名', slot: '待补内容' };

/** Reports every placeholder as a warning. */
export function rulePlaceholder() {
  return (_tree: Root, file: VFile): void => {
    for (const line of file.data.lines!) {
      if (line.role === 'boilerplate') continue;
      if (isSeparatorLine(line.text)) {
        line.role = 'separator';
        continue;
      }
      for (const p of findPlaceholders(line.text)) {
        const span = spanOf(line, p.start, p.end);
        report(file, 'placeholder', 'warning', `Unexpected placeholder 「${p.text}」, expected the real ${p.kind}: 未填写的${KIND[p.kind]}，成稿前请补齐`, span.start, span.end);
      }
    }
  };
}
