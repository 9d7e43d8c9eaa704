/**
 * Rule `boilerplate`: watermark, ad and site lines of material-sharing sites, and noise injected inside real lines
 * [domain §1.4]; remarkBoilerplate found them and kept them out of the analysis.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../plugins/report';

/** Reports each boilerplate block and noise span as info. */
export function ruleBoilerplate() {
  return (_tree: Root, file: VFile): void => {
    for (const b of file.data.boilerplate ?? []) {
      const reason =
        b.kind === 'block'
          ? `Unexpected ${b.what} (${b.lines} line${b.lines > 1 ? 's' : ''}), expected draft text: 资料网站的水印或广告，已排除在分析之外`
          : `Unexpected ${b.reason} inside the text, expected draft text: 正文中夹杂的网页残留`;
      report(file, 'boilerplate', 'info', reason, b.start, b.end);
    }
  };
}
