import { describe, expect, it } from 'vitest';
import type { ItemRecord } from '../schema/checklist';
import { badgeText, overdueCount, planReminders, reminderText } from './plan';

const base = { documentId: 'd', kind: 'action', detail: '', group: null, section: [], owners: [], lead: [], coop: [], deadline: null, status: 'not_started', progress: null, anchor: { exact: '', prefix: '', suffix: '', start: 0 }, order: 0, orphaned: 0, pinned: 0, deletedAt: null, edited: [], draft: { text: '', owners: [], lead: [], coop: [], deadline: null }, createdAt: 0, updatedAt: 0 } as const;
const item = (id: string, due: string | null, p: Partial<ItemRecord> = {}): ItemRecord => ({ ...base, id, text: `事项${id}`, due, ...p }) as ItemRecord;
const today = '2026-05-20';
const items = [item('late', '2026-05-01'), item('soon', '2026-05-22'), item('far', '2026-06-30'), item('edge', '2026-05-23'), item('doneLate', '2026-05-01', { status: 'done' }), item('trash', '2026-05-01', { deletedAt: 1 }), item('ongoing', '2026-05-01', { status: 'ongoing' }), item('markedOverdue', null, { status: 'overdue' })];
const on = { enabled: true, overdue: true, dueSoon: true, warnDays: 3 };

describe('planReminders', () => {
  it('reminds overdue items and those due within the blue-light window, once a day each', () => {
    const plan = planReminders(items, today, on, { old: '2026-05-19' });
    expect(plan.overdue.map((i) => i.id)).toEqual(['late', 'markedOverdue']);
    expect(plan.dueSoon.map((i) => i.id)).toEqual(['soon', 'edge']);
    expect(plan.log).toEqual({ late: today, markedOverdue: today, soon: today, edge: today });
    const again = planReminders(items, today, on, plan.log);
    expect([again.overdue, again.dueSoon]).toEqual([[], []]);
    const tomorrow = planReminders(items, '2026-05-21', on, plan.log);
    expect(tomorrow.overdue.map((i) => i.id)).toEqual(['late', 'markedOverdue']);
  });

  it('reminds a recurrence (每周五前) before each week’s day, never as overdue', () => {
    const weekly = item('weekly', '2026-01-02', { deadline: { text: '每周五前', due: '2026-01-02', type: 'period', recurrence: { unit: 'week', day: 5 } } });
    // 2026-05-20 is a Wednesday: due Friday the 22nd.
    expect(planReminders([weekly], today, on, {})).toMatchObject({ overdue: [], dueSoon: [{ id: 'weekly' }] });
    // Saturday the 23rd: next Friday is six days away, outside the window.
    expect(planReminders([weekly], '2026-05-23', on, {})).toMatchObject({ overdue: [], dueSoon: [] });
  });

  it('follows the settings: off, overdue only, due-soon only, a wider window', () => {
    expect(planReminders(items, today, { ...on, enabled: false }, {})).toEqual({ overdue: [], dueSoon: [], log: {} });
    expect(planReminders(items, today, { ...on, dueSoon: false }, {}).dueSoon).toEqual([]);
    expect(planReminders(items, today, { ...on, overdue: false }, {}).overdue).toEqual([]);
    expect(planReminders(items, today, { ...on, warnDays: 60 }, {}).dueSoon.map((i) => i.id)).toEqual(['soon', 'edge', 'far']);
  });
});

describe('badge, texts and times', () => {
  it('counts red items for the badge', () => {
    expect(overdueCount(items, today)).toBe(2);
    expect([0, 7, 1000].map(badgeText)).toEqual(['', '7', '999+']);
  });

  it('names the first three items and counts the rest', () => {
    const four = ['一', '二', '三', '四'].map((t) => ({ text: `县发改局要完成第${t}项工作` }));
    expect(reminderText('overdue', four, 3)).toEqual({ title: '落实：4 项事项已逾期', message: '· 县发改局要完成第一项工作\n· 县发改局要完成第二项工作\n· 县发改局要完成第三项工作\n等 4 项' });
    expect(reminderText('dueSoon', four.slice(0, 1), 3).title).toBe('落实：1 项事项将在 3 天内到期');
    expect(reminderText('overdue', four, 3, 'en')).toEqual({ title: 'Luoshi: 4 items are overdue', message: '· 县发改局要完成第一项工作\n· 县发改局要完成第二项工作\n· 县发改局要完成第三项工作\n4 in all' });
    expect(reminderText('dueSoon', four.slice(0, 1), 1, 'en').title).toBe('Luoshi: 1 item is due within 1 day');
  });
});
