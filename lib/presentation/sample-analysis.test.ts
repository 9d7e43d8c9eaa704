import { describe, expect, it } from 'vitest';
import { analysisSchema } from '../schema/analysis';
import { sampleAnalysis, sampleText } from './sample-analysis';

describe('sampleAnalysis', () => {
  it('is a valid Analysis whose spans slice back to their text', () => {
    expect(analysisSchema.parse(sampleAnalysis)).toEqual(sampleAnalysis);
    for (const a of sampleAnalysis.actions) expect(sampleText.slice(a.start, a.end)).toBe(a.text);
    for (const h of sampleAnalysis.headings) expect(sampleText.slice(h.start, h.end)).toBe(h.marker + h.title);
  });
});
