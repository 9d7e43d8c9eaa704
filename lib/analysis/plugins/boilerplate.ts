/**
 * remarkBoilerplate: watermark, ad and site lines from material-sharing sites [domain §1.4]. Header/footer blocks and
 * short noise lines are recorded as one block each in `file.data.boilerplate` (rule boilerplate reports them) and kept out of every extractor (their lines
 * get role 'boilerplate'); injected spans inside real lines (jammer codes, SEO spam) are recorded too. Patterns from
 * the user's lexicon (`options.lexicon.boilerplate`) mark lines as well. NOTE sets `line.role`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findBoilerplateBlocks, findNoiseSpans } from '../scanners/boilerplate';
import { orig, spanOf } from '../text/lines';
import type { BoilerplateRec } from '../types';

function userPatterns(file: VFile): RegExp[] {
  const out: RegExp[] = [];
  for (const p of file.data.options?.lexicon?.boilerplate ?? []) {
    if (!p.trim()) continue;
    // A user pattern is literal text, not a regular expression: users paste a watermark line they saw.
    out.push(new RegExp(p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  return out;
}

/** Marks boilerplate lines and records them. */
export function remarkBoilerplate() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    const blocks = findBoilerplateBlocks(lines.map((l) => l.text));
    const custom = userPatterns(file);
    lines.forEach((l, i) => {
      if (custom.some((re) => re.test(l.text))) blocks.push({ first: i, last: i, reasons: ['自定义'] });
    });
    blocks.sort((a, b) => a.first - b.first);
    const found: BoilerplateRec[] = (file.data.boilerplate = []);
    for (const b of blocks) {
      if (lines[b.first]!.role === 'boilerplate') continue;
      for (let i = b.first; i <= b.last; i++) lines[i]!.role = 'boilerplate';
      const first = lines[b.first]!;
      const last = lines[b.last]!;
      const what = [...new Set(b.reasons)].join('、') || '网站水印';
      const n = b.last - b.first + 1;
      found.push({ kind: 'block', what, lines: n, start: orig(first, 0), end: orig(last, last.text.length) });
    }
    for (const line of lines) {
      if (line.role === 'boilerplate') continue;
      for (const s of findNoiseSpans(line.text)) {
        const span = spanOf(line, s.start, s.end);
        found.push({ kind: 'span', reason: s.reason, start: span.start, end: span.end });
      }
    }
  };
}
