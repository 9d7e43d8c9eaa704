/**
 * remarkSpeechLines: one paragraph per line. Takes remark's paragraphs (which merge consecutive lines), cuts them at
 * line breaks, and builds the line model (`file.data.lines`) that the other plugins read. NOTE replaces tree.children.
 */
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { cleanLine, lineSpans, type Line } from '../text/lines';

/** Builds `file.data.lines` and rewrites the tree as one paragraph per non-blank line. */
export function remarkSpeechLines() {
  return (tree: Root, file: VFile): void => {
    const input = file.data.input!;
    const spans = lineSpans(input);
    // Lines that remark put inside a paragraph; with every other construct disabled this is every non-blank line.
    const covered = new Uint8Array(spans.length);
    let k = 0;
    for (const node of tree.children) {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (from === undefined || to === undefined) continue;
      while (k < spans.length && spans[k]![1] < from) k++;
      for (let j = k; j < spans.length && spans[j]![0] <= to; j++) covered[j] = 1;
    }
    const lines: Line[] = [];
    const children: Paragraph[] = [];
    for (let j = 0; j < spans.length; j++) {
      if (!covered[j]) continue;
      const [start, end] = spans[j]!;
      const line = cleanLine(input, start, end, lines.length);
      if (!line.text) continue;
      lines.push(line);
      children.push({
        type: 'paragraph',
        children: [{ type: 'text', value: line.text }],
        position: { start: { line: j + 1, column: start - spans[j]![0] + 1, offset: start }, end: { line: j + 1, column: end - spans[j]![0] + 1, offset: end } },
        data: { line: line.index },
      });
    }
    tree.children = children;
    file.data.lines = lines;
  };
}
