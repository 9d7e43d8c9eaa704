/** The CLI's one kind of expected failure: a message in Chinese and English, printed as one line, and an exit code. */

export class CliError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    /** What the message is about (a path, an option value), shown once after both languages. */
    readonly subject?: string,
    /** 2 for a bad command line, 1 for input that cannot be analysed. */
    readonly exitCode = 1,
  ) {
    super(`${zh} / ${en}${subject === undefined ? '' : `: ${subject}`}`);
    this.name = 'CliError';
  }
}

/** The stderr line for any failure, `luoshi: 中文 / English: subject`, kept to one line whatever the message held. */
export function errorLine(error: unknown): string {
  const message =
    error instanceof CliError ? error.message : `内部错误 / internal error: ${error instanceof Error ? error.message : String(error)}`;
  return `luoshi: ${message.replace(/\s*\n\s*/g, ' ')}\n`;
}
