import { describe, expect, it } from 'vitest';
import { sampleAnalysis } from '../presentation/sample-analysis';
import { analysisSchema } from '../schema/analysis';
import { applyEdits, isEdited } from './edits';

describe('applyEdits', () => {
  it('returns the analysis itself when nothing was edited', () => {
    expect(applyEdits(sampleAnalysis, {})).toBe(sampleAnalysis);
    expect(isEdited(undefined)).toBe(false);
    expect(isEdited({})).toBe(false);
  });

  it('replaces owners and deadline of the edited actions only, keeping spans and the rest', () => {
    const edited = applyEdits(sampleAnalysis, {
      '各镇要在X月X日前上报方案#0': {
        owners: { owners: ['各镇', '县农业农村局'], lead: ['县农业农村局'], coop: ['各镇', '不在名单里的单位'] },
        deadline: { text: '2026年9月30日前', due: '2026-09-30', type: 'absolute' },
      },
      '坚决打好三大攻坚战#0': { deadline: { text: '年底前', due: '2026-12-31', type: 'period' } },
      '不存在的事项#0': { deadline: null },
    });
    const [first, second, third] = edited.actions;
    const [origFirst, origSecond, origThird] = sampleAnalysis.actions;
    expect(first).toBe(origFirst);
    expect(second).toEqual({
      ...origSecond,
      owners: ['各镇', '县农业农村局'],
      lead: ['县农业农村局'],
      coop: ['各镇'],
      deadline: { start: origSecond!.deadline!.start, end: origSecond!.deadline!.end, text: '2026年9月30日前', due: '2026-09-30', type: 'absolute' },
    });
    expect(third!.deadline).toEqual({ start: origThird!.end, end: origThird!.end, text: '年底前', due: '2026-12-31', type: 'period' });
    expect(third!.owners).toEqual([]);
    expect(analysisSchema.safeParse(edited).success).toBe(true);
    // The input is not changed.
    expect(sampleAnalysis.actions[1]!.owners).toEqual(['各镇']);
  });

  it('clears a deadline with null', () => {
    const edited = applyEdits(sampleAnalysis, { '对已开工的项目，要开工不停工，力争早日竣工投运#0': { deadline: null } });
    expect(edited.actions[0]!.deadline).toBeNull();
    expect(edited.actions[0]!.owners).toEqual(['市发改委', '市财政局']);
  });
});
