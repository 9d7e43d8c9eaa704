/**
 * The `extract` command as a function of its arguments and IO, so tests run it in-process: parse arguments,
 * read and decode the draft, analyse, check the result against the schema, print one format. Every failure is one
 * line on stderr and a non-zero exit code; stdout carries nothing but the requested output.
 */
import { analysisSchema, type Analysis } from '../../lib/schema/analysis';
import { parseArgs, usage, type OutputFormat } from './args';
import { CliError, errorLine } from './errors';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatTable } from './format-table';
import { readInput, type InputReader } from './read-input';

export interface CliIo extends InputReader {
  stdout(s: string): void;
  stderr(s: string): void;
  /** The draft analysed when no FILE is given. */
  sampleFile: string;
}

const formatters: Record<OutputFormat, (analysis: Analysis, text: string) => string> = {
  json: formatJson,
  markdown: formatMarkdown,
  table: formatTable,
};

/** Runs the command; resolves to the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      io.stdout(usage);
      return 0;
    }
    const text = await readInput(options.file ?? io.sampleFile, io);
    // nb. Loaded only now, so --help and every input error answer at once instead of after compiling the engine.
    const { analyze } = await import('../../lib/analysis/index');
    const result = analysisSchema.safeParse(analyze(text, { referenceDate: options.referenceDate }));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new CliError('分析结果不符合 luoshi.analysis/1', 'analysis does not match luoshi.analysis/1', `${issue?.path.join('.')}: ${issue?.message}`);
    }
    io.stdout(formatters[options.format](result.data, text));
    return 0;
  } catch (error) {
    io.stderr(errorLine(error));
    return error instanceof CliError ? error.exitCode : 1;
  }
}
