/**
 * remarkBoilerplate: watermark, ad and site lines from material-sharing sites [domain §1.4]. Header/footer blocks and
 * short noise lines are reported as one `boilerplate` finding per block and kept out of every extractor (their lines
 * get role 'boilerplate'); injected spans inside real lines (jammer codes, SEO spam) are reported too. Patterns from
 * the user's lexicon (`options.lexicon.boilerplate`) mark lines as well. NOTE sets `line.role`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findBoilerplateBlocks, findNoiseSpans } from '../rules/boilerplate-scan';
import { orig, spanOf } from '../text/lines';
import { report } from './report';

function userPatterns(file: VFile): RegExp[] {
  const out: RegExp[] = [];
  for (const p of file.data.options?.lexicon?.boilerplate ?? []) {
    if (!p.trim()) continue;
    // A user pattern is literal text, not a regular expression: users paste a watermark line they saw.
    out.push(new RegExp(p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  return out;
}

/** Marks boilerplate lines and reports them. */
export function remarkBoilerplate() {
  return (_tree: Root, file: VFile): void => {
    const lines = file.data.lines!;
    const blocks = findBoilerplateBlocks(lines.map((l) => l.text));
    const custom = userPatterns(file);
    lines.forEach((l, i) => {
      if (custom.some((re) => re.test(l.text))) blocks.push({ first: i, last: i, reasons: ['自定义'] });
    });
    blocks.sort((a, b) => a.first - b.first);
    for (const b of blocks) {
      if (lines[b.first]!.role === 'boilerplate') continue;
      for (let i = b.first; i <= b.last; i++) lines[i]!.role = 'boilerplate';
      const first = lines[b.first]!;
      const last = lines[b.last]!;
      const what = [...new Set(b.reasons)].join('、') || '网站水印';
      const n = b.last - b.first + 1;
      report(file, 'boilerplate', 'info', `Unexpected ${what} (${n} line${n > 1 ? 's' : ''}), expected draft text: 资料网站的水印或广告，已排除在分析之外`, orig(first, 0), orig(last, last.text.length));
    }
    for (const line of lines) {
      if (line.role === 'boilerplate') continue;
      for (const s of findNoiseSpans(line.text)) {
        const span = spanOf(line, s.start, s.end);
        report(file, 'boilerplate', 'info', `Unexpected ${s.reason} inside the text, expected draft text: 正文中夹杂的网页残留`, span.start, span.end);
      }
    }
  };
}
