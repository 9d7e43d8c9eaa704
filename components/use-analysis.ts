/** Analyses a text for a view, off the typing path: React defers the work while newer input keeps arriving. */
import { useDeferredValue, useMemo } from 'react';
import { analyze } from '@/lib/analysis/index';
import type { Analysis, AnalyzeOptions } from '@/lib/schema/analysis';

export interface AnalysisState {
  /** Null while the text is blank or when the engine failed. */
  analysis: Analysis | null;
  /** The text `analysis` was made from; its offsets point into this, which may lag the latest input. */
  text: string;
  /** The engine's message, should it ever throw. */
  error: string | null;
  /** True while a newer text waits to be analysed. */
  pending: boolean;
}

/** `options` (the reference date and lexicon of the user's settings) are compared by value. */
export function useAnalysis(input: string, options?: AnalyzeOptions): AnalysisState {
  const text = useDeferredValue(input);
  const optionsKey = options ? JSON.stringify(options) : '';
  const result = useMemo(() => {
    if (!text.trim()) return { analysis: null, error: null };
    try {
      return { analysis: analyze(text, optionsKey ? (JSON.parse(optionsKey) as AnalyzeOptions) : undefined), error: null };
    } catch (error) {
      return { analysis: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [text, optionsKey]);
  return { ...result, text, pending: text !== input };
}
