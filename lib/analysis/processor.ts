/**
 * The unified pipeline, in order: remark-parse (only paragraphs) → one paragraph per line → boilerplate → task
 * tables (their lines leave the prose passes) → placeholders → frame (title, salutation, closing) → document date → headings → enumerations (+ polarity) →
 * count check → actions → task-table rows as actions → formulations. Plugins share records through `file.data` (see ./types.ts) and report
 * findings as vfile messages.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkActions } from './plugins/actions';
import { remarkBoilerplate } from './plugins/boilerplate';
import { remarkDocumentDate } from './plugins/document-date';
import { remarkEnumerations } from './plugins/enumerations';
import { remarkFormulations } from './plugins/formulations';
import { remarkFrame } from './plugins/frame';
import { remarkHeadings } from './plugins/headings';
import { remarkPlainProse } from './plugins/plain-prose';
import { remarkSpeechLines } from './plugins/speech-lines';
import { remarkPageChunks } from './plugins/page-chunks';
import { remarkTableActions } from './plugins/table-actions';
import { remarkTables } from './plugins/tables';
import { ruleCountMismatch } from './rules/count-mismatch';
import { rulePlaceholder } from './rules/placeholder';

/** The frozen processor `analyze` runs. */
export const processor = unified()
  .use(remarkParse)
  .use(remarkPlainProse)
  .use(remarkSpeechLines)
  .use(remarkPageChunks)
  .use(remarkBoilerplate)
  .use(remarkTables)
  .use(rulePlaceholder)
  .use(remarkFrame)
  .use(remarkDocumentDate)
  .use(remarkHeadings)
  .use(remarkEnumerations)
  .use(ruleCountMismatch)
  .use(remarkActions)
  .use(remarkTableActions)
  .use(remarkFormulations)
  .freeze();
