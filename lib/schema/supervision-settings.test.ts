import { describe, expect, it } from 'vitest';
import { numberPatternSchema, parseSettings, supervisionSettingsSchema } from './settings';

describe('督办单 settings', () => {
  it('keeps a good number pattern, contact and phone, trimmed', () => {
    const s = parseSettings({ supervision: { numberPattern: ' 县委督字〔{year}〕{n}号 ', feedback: { mode: 'monthly', day: 5 }, office: ' 县委督查室 ', contact: '王明', phone: '0571-8888 1234转8012' } }).supervision;
    expect(s).toEqual({ numberPattern: '县委督字〔{year}〕{n}号', feedback: { mode: 'monthly', days: 7, day: 5 }, office: '县委督查室', contact: '王明', phone: '0571-8888 1234转8012' });
  });

  it('puts each bad field back to its default and keeps the others', () => {
    const s = parseSettings({ supervision: { numberPattern: '督〔{year}〕号', feedback: { mode: 'weekly', days: 0, day: 32 }, contact: '李'.repeat(41), phone: 'call me', office: '督查室' } }).supervision;
    expect(s).toEqual({ numberPattern: '督〔{year}〕{n}号', feedback: { mode: 'days', days: 7, day: 25 }, office: '督查室', contact: '', phone: '' });
    expect(parseSettings({ supervision: 'x' }).supervision).toEqual(supervisionSettingsSchema.parse({}));
  });

  it('asks a pattern for {year} and {n} once each and no other braces', () => {
    const issues = (p: string) => numberPatternSchema.safeParse(p).error?.issues.map((i) => i.message) ?? [];
    expect(issues('督〔{year}〕{n}号')).toEqual([]);
    expect(issues('{year}{n}')).toEqual([]);
    expect(issues('督〔{year}〕号')).toEqual(['pattern-n']);
    expect(issues('督{n}号{n}〔{year}〕')).toEqual(['pattern-n']);
    expect(issues('督〔2027〕{n}号')).toEqual(['pattern-year']);
    expect(issues('督〔{year}〕{n}号{x}')).toEqual(['pattern-token']);
    expect(issues('督〔{year}〕{n}号'.padEnd(41, '号'))).toContain('pattern-long');
  });
});
