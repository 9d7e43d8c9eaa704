import { describe, expect, it } from 'vitest';
import { deadlineFromForm, formatOwnersInput, itemEditFromForm, itemForm, parseOwnersInput, resolveDeadlineInput } from './index';

describe('parseOwnersInput / formatOwnersInput', () => {
  it.each([
    ['市发改委（牵头）、市财政局（配合）', { owners: ['市发改委', '市财政局'], lead: ['市发改委'], coop: ['市财政局'] }],
    ['市发改委(牵头)，市财政局, 各镇', { owners: ['市发改委', '市财政局', '各镇'], lead: ['市发改委'], coop: [] }],
    ['县住建局 县应急管理局（配合）；县住建局', { owners: ['县住建局', '县应急管理局'], lead: [], coop: ['县应急管理局'] }],
    ['', { owners: [], lead: [], coop: [] }],
    ['  、 ', { owners: [], lead: [], coop: [] }],
  ])('%s', (input, expected) => {
    expect(parseOwnersInput(input)).toEqual(expected);
  });

  it('round-trips what the panel shows', () => {
    const owners = { owners: ['市发改委', '市财政局', '各镇'], lead: ['市发改委'], coop: ['市财政局'] };
    expect(formatOwnersInput(owners)).toBe('市发改委（牵头）、市财政局（配合）、各镇');
    expect(parseOwnersInput(formatOwnersInput(owners))).toEqual(owners);
  });
});

describe('resolveDeadlineInput', () => {
  // 2026-07-08 is a Wednesday.
  const ref = '2026-07-08';
  it.each([
    ['年底前', { text: '年底前', due: '2026-12-31', type: 'period' }],
    ['2026年6月30日前', { text: '2026年6月30日前', due: '2026-06-30', type: 'absolute' }],
    [' 9月底前 ', { text: '9月底前', due: '2026-09-30', type: 'period' }],
    ['本月底前', { text: '本月底前', due: '2026-07-31', type: 'relative' }],
    ['下周五前', { text: '下周五前', due: '2026-07-17', type: 'relative' }],
    ['每月25日前', { text: '每月25日前', due: '2026-07-25', type: 'period', recurrence: { unit: 'month', day: 25 } }],
    ['尽快', { text: '尽快', due: null, type: 'urgent' }],
    ['等通知', { text: '等通知', due: null, type: 'absolute' }],
  ])('%s', (input, expected) => {
    expect(resolveDeadlineInput(input, ref)).toEqual(expected);
  });

  it('reads month words in the reference date’s year, and gives null for blank input', () => {
    expect(resolveDeadlineInput('年底前', '2025-03-12')?.due).toBe('2025-12-31');
    expect(resolveDeadlineInput('  ', ref)).toBeNull();
  });
});

describe('deadlineFromForm', () => {
  const ref = '2026-07-08';
  it('takes the words’ own day, or a different day picked beside them (which fixes a recurrence)', () => {
    expect(deadlineFromForm('年底前', '', ref)).toEqual({ text: '年底前', due: '2026-12-31', type: 'period' });
    expect(deadlineFromForm('年底前', '2026-12-31', ref)).toEqual({ text: '年底前', due: '2026-12-31', type: 'period' });
    expect(deadlineFromForm('年底前', '2026-12-25', ref)).toEqual({ text: '年底前', due: '2026-12-25', type: 'period' });
    expect(deadlineFromForm('每月25日前', '2026-07-25', ref)).toMatchObject({ recurrence: { unit: 'month', day: 25 } });
    expect(deadlineFromForm('每月25日前', '2026-07-20', ref)).toEqual({ text: '每月25日前', due: '2026-07-20', type: 'period' });
    expect(deadlineFromForm('尽快', '2026-07-10', ref)).toEqual({ text: '尽快', due: '2026-07-10', type: 'urgent' });
  });

  it('makes a day alone an absolute deadline, and nothing no deadline', () => {
    expect(deadlineFromForm(' ', '2026-09-01', ref)).toEqual({ text: '2026年9月1日', due: '2026-09-01', type: 'absolute' });
    expect(deadlineFromForm('', '', ref)).toBeNull();
  });
});

describe('itemForm / itemEditFromForm', () => {
  const ref = '2026-03-12';
  const item = {
    owners: ['各镇', '县住建局', '县财政局'],
    lead: ['县住建局'],
    coop: ['县财政局'],
    deadline: { text: '年底前', due: '2026-12-31', type: 'period' as const },
  };

  it('fills the form from the item, and an untouched form edits nothing', () => {
    const form = itemForm(item);
    expect(form).toEqual({ lead: '县住建局', owners: '各镇', coop: '县财政局', deadlineText: '年底前', due: '2026-12-31' });
    expect(itemEditFromForm(item, form, ref)).toEqual({});
  });

  it('edits the owners only when only the owners change (the deadline is not marked)', () => {
    const edit = itemEditFromForm(item, { ...itemForm(item), owners: '各镇、县自然资源局' }, ref);
    expect(edit).toEqual({ owners: ['县住建局', '各镇', '县自然资源局', '县财政局'] });
    // A recurring deadline, whose day the form shows as the next one, is left alone too.
    const recurring = { ...item, deadline: { text: '每月25日前', due: '2026-03-25', type: 'period' as const, recurrence: { unit: 'month' as const, day: 25 } } };
    expect(itemEditFromForm(recurring, { ...itemForm(recurring), lead: '县水利局' }, ref)).toEqual({ lead: ['县水利局'], owners: ['县水利局', '各镇', '县财政局'] });
  });

  it('reads a lead or co-operating mark typed among the owners', () => {
    const edit = itemEditFromForm(item, { ...itemForm(item), owners: '各镇、县交通局（配合）、县水利局(牵头)' }, ref);
    expect(edit).toEqual({ lead: ['县住建局', '县水利局'], coop: ['县财政局', '县交通局'], owners: ['县住建局', '县水利局', '各镇', '县交通局', '县财政局'] });
  });

  it('resolves changed deadline words against the reference date, recurrences included', () => {
    const form = itemForm(item);
    expect(itemEditFromForm(item, { ...form, deadlineText: '6月底前', due: '' }, ref)).toEqual({ deadline: { text: '6月底前', due: '2026-06-30', type: 'period' } });
    expect(itemEditFromForm(item, { ...form, deadlineText: '每月25日前', due: '' }, ref)).toEqual({
      deadline: { text: '每月25日前', due: '2026-03-25', type: 'period', recurrence: { unit: 'month', day: 25 } },
    });
    expect(itemEditFromForm(item, { ...form, due: '2026-11-30' }, ref)).toEqual({ deadline: { text: '年底前', due: '2026-11-30', type: 'period' } });
    expect(itemEditFromForm(item, { ...form, deadlineText: '', due: '' }, ref)).toEqual({ deadline: null });
  });

  it('does not take a reordering of the same owners for an edit', () => {
    const unordered = { ...item, owners: ['县财政局', '各镇', '县住建局'] };
    expect(itemEditFromForm(unordered, itemForm(unordered), ref)).toEqual({});
  });
});
