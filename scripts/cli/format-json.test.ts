import { describe, expect, it } from 'vitest';
import { sampleAnalysis } from '../../lib/presentation/sample-analysis';
import { analysisSchema } from '../../lib/schema/analysis';
import { formatJson } from './format-json';

describe('formatJson', () => {
  it('prints the Analysis alone, two-space indented, with a final newline', () => {
    const out = formatJson(sampleAnalysis);
    expect(out).toBe(`${JSON.stringify(sampleAnalysis, null, 2)}\n`);
    expect(out.startsWith('{\n  "schema": "luoshi.analysis/1",\n  "title": "关于推进重点项目建设的讲话",\n')).toBe(true);
    expect(analysisSchema.parse(JSON.parse(out))).toEqual(sampleAnalysis);
  });
});
