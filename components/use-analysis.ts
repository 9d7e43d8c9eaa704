/** Analyses a text for a view, off the typing path: React defers the work while newer input keeps arriving. */
import { useDeferredValue, useMemo } from 'react';
import { analyze } from '@/lib/analysis/index';
import type { Analysis } from '@/lib/schema/analysis';

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

export function useAnalysis(input: string): AnalysisState {
  const text = useDeferredValue(input);
  const result = useMemo(() => {
    if (!text.trim()) return { analysis: null, error: null };
    try {
      return { analysis: analyze(text), error: null };
    } catch (error) {
      return { analysis: null, error: error instanceof Error ? error.message : String(error) };
    }
  }, [text]);
  return { ...result, text, pending: text !== input };
}
