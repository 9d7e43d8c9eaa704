import { describe, expect, it } from 'vitest';
import { correctionsBetween } from './corrections';
import { analysisOf } from './testing';

const text = '县教育局要在9月底前完成校舍排查。县卫健局要加强疫情监测。各街道要每月25日前报送进展。';
const original = analysisOf(text, [
  { quote: '县教育局要在9月底前完成校舍排查', owners: ['县教育局'], deadline: { text: '9月底前', due: '2027-09-30' } },
  { quote: '县卫健局要加强疫情监测', owners: ['县卫健局'] },
  { quote: '各街道要每月25日前报送进展', owners: ['各街道'] },
]);
const edit = (i: number, patch: object) => ({ ...original, actions: original.actions.map((a, j) => (j === i ? { ...a, ...patch } : a)) });

describe('correctionsBetween', () => {
  it('is empty when nothing was corrected', () => {
    expect(correctionsBetween(original, original)).toEqual([]);
  });

  it('names a corrected action by its span with the owners it now has (lead and coop with them)', () => {
    const a = original.actions[1]!;
    expect(correctionsBetween(original, edit(1, { owners: ['县卫健局', '县疾控中心'], coop: ['县疾控中心'] }))).toEqual([{ start: a.start, end: a.end, owners: ['县卫健局', '县疾控中心'], lead: [], coop: ['县疾控中心'] }]);
  });

  it('gives a new deadline, a cleared one as null, and ignores a deadline that only changed its type', () => {
    const a = original.actions[0]!;
    const later = { text: '10月底前', due: '2027-10-31', type: 'absolute' as const, start: a.start, end: a.start };
    expect(correctionsBetween(original, edit(0, { deadline: later }))).toEqual([{ start: a.start, end: a.end, deadline: { text: '10月底前', due: '2027-10-31', type: 'absolute' } }]);
    expect(correctionsBetween(original, edit(0, { deadline: null }))).toEqual([{ start: a.start, end: a.end, deadline: null }]);
    expect(correctionsBetween(original, edit(0, { deadline: { ...original.actions[0]!.deadline!, type: 'period' } }))).toEqual([]);
    const c = original.actions[2]!;
    expect(correctionsBetween(original, edit(2, { deadline: { text: '每月20日前', due: '2027-03-20', type: 'absolute', start: c.start, end: c.start } }))[0]).toMatchObject({ start: c.start, deadline: { text: '每月20日前' } });
  });
});
