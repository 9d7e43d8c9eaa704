/**
 * What `npm run bench` times. Add a case here (a name and a function of the text) and it gets a column in the
 * report; cases other than the baseline also get a ratio column against it.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { analyze } from '../../lib/analysis/index';

export interface BenchCase {
  name: string;
  run: (text: string) => unknown;
}

/** The case every other one is compared with: bare remark-parse, default settings. */
export const BASELINE = 'remark';

export const cases: BenchCase[] = [
  // A fixed reference date keeps deadline resolution identical from day to day.
  { name: 'analyze', run: (text) => analyze(text, { referenceDate: '2026-01-01' }) },
  { name: BASELINE, run: (text) => unified().use(remarkParse).parse(text) },
];
