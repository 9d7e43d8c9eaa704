import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_SETTINGS, parseSettings, userSettingsSchema } from './settings';

describe('user settings schema', () => {
  it('gives every field a default', () => {
    expect(DEFAULT_USER_SETTINGS).toEqual({
      reminders: { enabled: true, dueSoon: true, overdue: true, warnDays: 3, time: '09:00' },
      referenceDate: { mode: 'today', date: null },
      lexicon: { owners: [], directives: [], boilerplate: [] },
      locale: 'zh-CN',
      theme: 'system',
      supervision: { numberPattern: '督〔{year}〕{n}号', feedback: { mode: 'days', days: 7, day: 25 }, office: '', contact: '', phone: '' },
    });
  });

  it('keeps valid fields and puts each invalid one back to its default', () => {
    const s = parseSettings({
      reminders: { enabled: false, warnDays: -2, time: '25:00', overdue: 'yes' },
      referenceDate: { mode: 'fixed', date: '2026-01-15' },
      lexicon: { owners: ['县委督查室', '', '  城投集团 ', 42, '县委督查室'], directives: 'x' },
      locale: 'fr',
      theme: 'dark',
    });
    expect(s).toEqual({
      reminders: { enabled: false, dueSoon: true, overdue: true, warnDays: 3, time: '09:00' },
      referenceDate: { mode: 'fixed', date: '2026-01-15' },
      lexicon: { owners: ['县委督查室', '城投集团'], directives: [], boilerplate: [] },
      locale: 'zh-CN',
      theme: 'dark',
      supervision: DEFAULT_USER_SETTINGS.supervision,
    });
  });

  it('reads anything that is not an object as the defaults', () => {
    for (const raw of [undefined, null, 7, 'x', [], { reminders: 7, lexicon: null }]) expect(parseSettings(raw)).toEqual(DEFAULT_USER_SETTINGS);
  });

  it('rejects a bad reference date and an over-long word', () => {
    expect(parseSettings({ referenceDate: { mode: 'fixed', date: '2026/1/15' } }).referenceDate).toEqual({ mode: 'fixed', date: null });
    expect(parseSettings({ lexicon: { owners: ['单'.repeat(201)] } }).lexicon.owners).toEqual([]);
  });

  it('parses what it produced to the same value', () => {
    const s = parseSettings({ reminders: { warnDays: 7, time: '08:30' }, locale: 'en' });
    expect(userSettingsSchema.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});
