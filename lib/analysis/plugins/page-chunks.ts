/**
 * remarkPageChunks: page-chunk pseudo-markers of doc-sharing sites [domain §1.1]. A site that pages a draft leaves the
 * page number as 「2、」 at the start of a line whose sentence the previous line left open:
 * 「…开工建设了西郊水库等重点\n2、项目126个，…」. The marker is dropped, the two lines are joined into one (the
 * joined line's offset map skips the line break and the marker, so offsets stay exact), and the marker goes
 * to `file.data.pageChunks` (rule page-chunk reports it). Runs right after the line model is built, so every later plugin reads whole sentences.
 * NOTE rewrites `file.data.lines` (re-indexed) and tree.children (one paragraph per line).
 */
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { orig, type Line } from '../text/lines';
import { matchMarker } from './headings';
import type { PageChunkRec } from '../types';

/** The previous line leaves its sentence open (a page break cut it), and is no numbered line itself. */
export function isOpenEnded(prev: Line | undefined): boolean {
  return !!prev && prev.text.length >= 20 && !/[。！？：；:;!?…”’）)】」]$/.test(prev.text) && !matchMarker(prev.text);
}

/** `a` and `b` as one line, without `b`'s first `skip` cleaned chars; offsets map back into the input as before. */
export function joinLines(a: Line, b: Line, skip: number): Line {
  const text = a.text + b.text.slice(skip);
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i < a.text.length; i++) map[i] = orig(a, i);
  for (let j = skip; j <= b.text.length; j++) map[a.text.length + j - skip] = orig(b, j);
  const shift = a.text.length - skip;
  const bold = [...a.bold, ...b.bold.filter(([, e]) => e > skip).map(([s, e]) => [Math.max(s, skip) + shift, e + shift] as [number, number])];
  return { ...a, end: b.end, text, map, bold };
}

export function remarkPageChunks() {
  return (tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    const paragraphs = tree.children as Paragraph[];
    const out: Line[] = [];
    const kept: Paragraph[] = [];
    const chunks: PageChunkRec[] = (file.data.pageChunks = []);
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      // 「2、」「3.」 at the start of a line: a page number, when it continues an open sentence.
      const m = matchMarker(line.text);
      const prev = out[out.length - 1];
      if (m?.family === 'num-dot' && m.value >= 2 && isOpenEnded(prev) && m.length < line.text.length) {
        chunks.push({ marker: m.marker, start: orig(line, 0), end: orig(line, m.marker.length - 1) + 1 });
        out[out.length - 1] = joinLines(prev!, line, m.length);
        const p = kept[kept.length - 1]!;
        kept[kept.length - 1] = { ...p, children: [{ type: 'text', value: out[out.length - 1]!.text }], position: { start: p.position!.start, end: paragraphs[k]!.position!.end } };
        continue;
      }
      out.push(line);
      kept.push(paragraphs[k]!);
    }
    if (out.length === lines.length) return;
    out.forEach((l, i) => (l.index = i));
    kept.forEach((p, i) => (p.data = { ...p.data, line: i }));
    tree.children = kept;
    file.data.lines = out;
  };
}
