/** Command line of `scripts/extract.ts`: `[--format json|markdown|table] [--reference-date YYYY-MM-DD] [FILE|-]`. */
import { CliError } from './errors';

export const outputFormats = ['json', 'markdown', 'table'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export interface CliOptions {
  format: OutputFormat;
  /** ISO date deadlines resolve against when the draft states no date of its own; undefined = today. */
  referenceDate?: string;
  /** A path, '-' for stdin, or null for the built-in sample draft. */
  file: string | null;
  help: boolean;
}

export const usage = `用法 / usage: npm run --silent extract -- [--format json|markdown|table] [--reference-date YYYY-MM-DD] [FILE|-]

  FILE                 .txt 或 .md 文稿（UTF-8 或 GB18030）；- 表示标准输入；省略时分析内置示例文稿
                       a .txt or .md draft (UTF-8 or GB18030); - reads stdin; none analyses the built-in sample
  -f, --format         json（Analysis JSON）、markdown（落实清单，默认）或 table（终端表格）
                       json (Analysis JSON), markdown (checklist, default) or table (terminal view)
  --reference-date     文稿未写明日期时推算时限所用的日期，默认今天
                       date deadlines resolve against when the draft states none; default: today
  -h, --help           显示本说明 / show this help
`;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

const usageError = (zh: string, en: string, subject?: string) => new CliError(zh, en, subject, 2);

/** Parses the arguments after the script name; throws a CliError (exit code 2) on anything it does not accept. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { format: 'markdown', file: null, help: false };
  const files: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const takeValue = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined) throw usageError('选项缺少参数值', 'option needs a value', name);
      i++;
      return next;
    };
    switch (name) {
      case '-f':
      case '--format': {
        const format = takeValue();
        if (!(outputFormats as readonly string[]).includes(format)) {
          throw usageError('不支持的输出格式（可用 json、markdown、table）', 'unknown format (use json, markdown or table)', format);
        }
        options.format = format as OutputFormat;
        break;
      }
      case '--reference-date': {
        const date = takeValue();
        if (!isIsoDate(date)) throw usageError('日期无效（应为 YYYY-MM-DD）', 'bad date (expected YYYY-MM-DD)', date);
        options.referenceDate = date;
        break;
      }
      case '-h':
      case '--help':
        options.help = true;
        break;
      default:
        throw usageError('未知选项', 'unknown option', arg);
    }
  }
  if (files.length > 1) throw usageError('一次只能分析一个文件', 'one file at a time', files.join(' '));
  options.file = files[0] ?? null;
  return options;
}
