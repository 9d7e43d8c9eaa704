/**
 * The unified pipeline, in order: remark-parse (only paragraphs) → one paragraph per line → page chunks → boilerplate →
 * task tables (their lines leave the prose passes) → placeholders → frame (title, salutation, closing) → document date →
 * headings → numbering → enumerations (+ polarity) → count check → actions → task-table rows as actions → formulations.
 * Plugins share records through `file.data` (see ./types.ts); each rule (./rules/<id>.ts, one per finding id) reports
 * its findings as vfile messages right after the pass whose records it reads.
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
import { ruleBoilerplate } from './rules/boilerplate';
import { ruleCountMismatch } from './rules/count-mismatch';
import { ruleNumberingDuplicate } from './rules/numbering-duplicate';
import { ruleNumberingGap } from './rules/numbering-gap';
import { rulePageChunk } from './rules/page-chunk';
import { rulePlaceholder } from './rules/placeholder';

/** The frozen processor `analyze` runs. */
export const processor = unified()
  .use(remarkParse)
  .use(remarkPlainProse)
  .use(remarkSpeechLines)
  .use(remarkPageChunks)
  .use(rulePageChunk)
  .use(remarkBoilerplate)
  .use(ruleBoilerplate)
  .use(remarkTables)
  .use(rulePlaceholder)
  .use(remarkFrame)
  .use(remarkDocumentDate)
  .use(remarkHeadings)
  .use(ruleNumberingGap)
  .use(ruleNumberingDuplicate)
  .use(remarkEnumerations)
  .use(ruleCountMismatch)
  .use(remarkActions)
  .use(remarkTableActions)
  .use(remarkFormulations)
  .freeze();
