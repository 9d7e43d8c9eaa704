/** `--format json`: the Analysis exactly, for scripts and `../shared/eval/score.mjs`. */
import type { Analysis } from '../../lib/schema/analysis';

/** Pretty-printed with two spaces and a final newline; nothing else. */
export function formatJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
