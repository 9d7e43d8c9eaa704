/**
 * remarkPlainProse: switches off the markdown constructs that misfire on plain speech text. In a draft, "1. xxx" is a
 * level-3 heading, not a list; "*" is a placeholder, not emphasis; "> " and "## " are decoration the line model strips
 * itself. What is left is remark-parse's paragraph splitting with exact positions (nb. remark would merge consecutive
 * lines into one paragraph; remarkSpeechLines splits them again).
 */
import type { Processor } from 'unified';

const DISABLED = [
  'attention',
  'autolink',
  'blockQuote',
  'characterEscape',
  'characterReference',
  'codeFenced',
  'codeIndented',
  'codeText',
  'definition',
  'hardBreakEscape',
  'hardBreakTrailing',
  'headingAtx',
  'htmlFlow',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
  'list',
  'setextUnderline',
  'thematicBreak',
];

/** Disables every markdown construct except paragraphs. */
export function remarkPlainProse(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: DISABLED } });
}
