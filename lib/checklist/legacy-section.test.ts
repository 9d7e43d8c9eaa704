import { describe, expect, it } from 'vitest';
import { legacySection, legacyStep } from './legacy-section';

describe('legacy sections (stored as strings before {marker, title})', () => {
  it('splits the heading pass’s markers from their titles', () => {
    expect(legacyStep('一、在思想认识上再聚焦')).toEqual({ marker: '一、', title: '在思想认识上再聚焦' });
    expect(legacyStep('（三）激励担当作为')).toEqual({ marker: '（三）', title: '激励担当作为' });
    expect(legacyStep('12.建立台账')).toEqual({ marker: '12.', title: '建立台账' });
    expect(legacyStep('（2）年度目标')).toEqual({ marker: '（2）', title: '年度目标' });
    expect(legacyStep('第二部分 总体要求')).toEqual({ marker: '第二部分 ', title: '总体要求' });
    expect(legacyStep('第三点，抓好安全生产')).toEqual({ marker: '第三点，', title: '抓好安全生产' });
    expect(legacyStep('最后，第四，强化保障')).toEqual({ marker: '最后，第四，', title: '强化保障' });
  });

  it('keeps a string with no marker whole as the title (a table category, a bare title)', () => {
    expect(legacyStep('智慧医院建设')).toEqual({ marker: '', title: '智慧医院建设' });
    expect(legacyStep('第一书记驻村')).toEqual({ marker: '', title: '第一书记驻村' });
    expect(legacyStep('')).toEqual({ marker: '', title: '' });
  });

  it('loses nothing: marker + title is the old string, for any string', () => {
    for (const s of ['一、', '（一）', '二是加强领导', '3、落实', '（十二）', '第十条 附则', ' 一、', '1..2', '\u0000一、x']) {
      const { marker, title } = legacyStep(s);
      expect(marker + title).toBe(s);
    }
  });

  it('maps string entries only', () => {
    expect(legacySection(['一、抓项目', { marker: '（一）', title: 'x' }, 3])).toEqual([{ marker: '一、', title: '抓项目' }, { marker: '（一）', title: 'x' }, 3]);
    expect(legacySection(undefined)).toBeUndefined();
  });
});
