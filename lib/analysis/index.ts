/**
 * The analysis engine's single public entry: `analyze(text, options?)` → Analysis (luoshi.analysis/1).
 * TEMPORARY STUB while the engine is being written: returns an empty but schema-valid Analysis.
 */
import type { Analysis, AnalyzeOptions } from '../schema/analysis';

export type { Analysis, AnalyzeOptions } from '../schema/analysis';

/** Analyses a draft. Pure: no DOM, no browser APIs; offsets are UTF-16 into `text` exactly as given. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  void text;
  return {
    schema: 'luoshi.analysis/1',
    title: null,
    date: null,
    referenceDate: options.referenceDate ?? new Date().toISOString().slice(0, 10),
    salutation: null,
    closing: null,
    headings: [],
    problemGroups: [],
    enumerations: [],
    actions: [],
    formulations: [],
    findings: [],
  };
}
