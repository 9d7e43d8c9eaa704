/** Helpers for the analysis tests: run the pipeline on a short draft and read results as text, not offsets. */
import { analyze, type AnalyzeOptions } from './index';

/** Analyses with a fixed reference date so that tests do not depend on today. */
export function run(text: string, options: AnalyzeOptions = {}) {
  return analyze(text, { referenceDate: '2026-03-01', ...options });
}

/** Findings as `rule@quote: message` lines, where quote is the text the finding points at. */
export function lint(text: string, rules?: string[]): string[] {
  return run(text)
    .findings.filter((f) => !rules || rules.includes(f.rule))
    .map((f) => `${f.rule}@${text.slice(f.start, f.end)}: ${f.message}`);
}
