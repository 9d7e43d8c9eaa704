/**
 * Rule `page-chunk`: a doc-sharing site's page number left as 「2、」 inside a sentence [domain §1.1]; remarkPageChunks
 * joined the two lines and recorded the marker.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../plugins/report';

/** Reports each page-chunk marker as info. */
export function rulePageChunk() {
  return (_tree: Root, file: VFile): void => {
    for (const c of file.data.pageChunks ?? []) {
      report(file, 'page-chunk', 'info', `Unexpected numbering 「${c.marker}」 inside a sentence, expected none: 疑似文库分页残留的序号（上一行未结束）`, c.start, c.end);
    }
  };
}
