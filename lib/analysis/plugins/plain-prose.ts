/**
 * remarkPlainProse: switches off the markdown constructs that misfire on plain speech text. In a draft, "1. xxx" is a
 * level-3 heading, not a list; "*" is a placeholder, not emphasis; "> " and "## " are decoration the line model strips
 * itself. What is left is one paragraph per non-blank line, with exact positions: a flow construct of its own
 * (`proseLine`) takes each line whole, so micromark never runs its paragraph and inline machinery (content chunks,
 * subtokenizing, text) on text whose inline markdown nobody reads (nb. that machinery was most of the parse, about
 * a fifth of `analyze`; remarkSpeechLines builds the line model from these paragraphs).
 */
import type { Paragraph } from 'mdast';
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import type { Code, Construct, Effects, Extension, State } from 'micromark-util-types';
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

/** Whether a micromark code ends the line: the input's end (null) or a line ending (\r\n -5, \r -4, \n -3). */
const endsLine = (code: Code): boolean => code === null || code <= -3;

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    proseLine: 'proseLine';
  }
}

/**
 * A line of prose, from its first non-blank char (flow eats the line prefix) to its end. Blank lines never reach it:
 * flow tries them first.
 */
const proseLine: Construct = {
  name: 'proseLine',
  tokenize(effects: Effects, ok: State): State {
    const inside: State = (code) => {
      if (endsLine(code)) {
        effects.exit('proseLine');
        return ok(code);
      }
      effects.consume(code);
      return inside;
    };
    return (code) => {
      effects.enter('proseLine');
      return inside(code);
    };
  },
};

const syntax: Extension = { disable: { null: DISABLED }, flow: { null: [proseLine] } };

/** Each prose line as a paragraph holding its text. */
const toParagraphs: FromMarkdownExtension = {
  enter: {
    proseLine(this: CompileContext, token: Token) {
      const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: this.sliceSerialize(token) }] };
      this.enter(paragraph, token);
    },
  },
  exit: {
    proseLine(this: CompileContext, token: Token) {
      this.exit(token);
    },
  },
};

/** Disables every markdown construct and makes each non-blank line one paragraph. */
export function remarkPlainProse(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(syntax);
  (data.fromMarkdownExtensions ??= []).push(toParagraphs);
}
