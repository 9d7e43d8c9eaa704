import { describe, expect, it } from 'vitest';
import type { OwnerSheet } from '../dashboard/model';
import type { ItemRecord } from '../schema/checklist';
import { parseSettings, type SupervisionSettings } from '../schema/settings';
import { feedbackOf, monthlyAfter, noticeOf } from './docx-notice';
import { blankItem } from '../checklist/testing';

const base = blankItem;
const row = (p: Partial<ItemRecord>, docTitle = '城区老旧小区改造调度会讲话', due: string | null = p.due ?? null) => ({ item: { ...base, ...p }, light: null, docTitle, ownersText: '', due });
const sheet: OwnerSheet = {
  owner: '县住建局',
  rows: [
    row({ id: 'a', text: '完成二十个小区的雨污分流改造', owners: ['县住建局', '县水务局'], lead: ['县住建局'], coop: ['县水务局'], deadline: { text: '10月底前', due: '2027-10-31', type: 'period' }, due: '2027-10-31', status: 'in_progress' }),
    row({ id: 'b', text: '每月报送加装电梯进展', owners: ['县住建局'], deadline: { text: '每月10日前', due: '2027-04-10', type: 'ongoing', recurrence: { unit: 'month', day: 10 } }, due: '2027-04-10', status: 'not_started' }, '城区老旧小区改造调度会讲话', '2027-05-10'),
    row({ id: 'c', text: '摸清背街小巷路灯底数', owners: ['县住建局'], deadline: { text: '尽快', due: null, type: 'urgent' } }, '《城市管理工作要点》'),
  ],
};
const settings = (p: Record<string, unknown> = {}): SupervisionSettings => parseSettings({ supervision: { office: '县委督查室', contact: '赵敏', phone: '0571-8765 4321', ...p } }).supervision;

describe('feedbackOf', () => {
  it('counts days from the issue day, or finds the next monthly day, or gives none', () => {
    expect(feedbackOf({ mode: 'days', days: 7, day: 25 }, '2027-02-25')).toEqual({ mode: 'days', due: '2027-03-04' });
    expect(feedbackOf({ mode: 'days', days: 10, day: 25 }, '2027-12-28')).toEqual({ mode: 'days', due: '2028-01-07' });
    expect(feedbackOf({ mode: 'monthly', days: 7, day: 25 }, '2027-03-01')).toEqual({ mode: 'monthly', day: 25, first: '2027-03-25' });
    expect(feedbackOf({ mode: 'none', days: 7, day: 25 }, '2027-03-01')).toBeNull();
  });

  it('counts working days from the issue day, weekends skipped (5 when the rule names none)', () => {
    expect(feedbackOf({ mode: 'workdays', days: 7, workdays: 5, day: 25 }, '2027-03-05')).toEqual({ mode: 'workdays', n: 5, due: '2027-03-12' });
    expect(feedbackOf({ mode: 'workdays', days: 7, workdays: 3, day: 25 }, '2027-12-29')).toEqual({ mode: 'workdays', n: 3, due: '2028-01-03' });
    expect(feedbackOf({ mode: 'workdays', days: 7, day: 25 }, '2027-03-08')).toEqual({ mode: 'workdays', n: 5, due: '2027-03-15' });
  });

  it('words a working-day rule on the sheet and in the notice, in both languages', () => {
    const s = settings({ feedback: { mode: 'workdays', workdays: 5 } });
    const zh = noticeOf(sheet, { number: '督〔2027〕12号', issuedOn: '2027-03-05' }, s, { today: '2027-03-20', locale: 'zh-CN' });
    expect(zh.feedbackLine).toBe('反馈时限：收到通知后5个工作日内（2027年3月12日前）');
    expect(zh.paragraphs.join('')).toContain('请于收到本通知后5个工作日内（2027年3月12日前）将办理情况书面反馈县委督查室。');
    const en = noticeOf(sheet, { number: '督〔2027〕12号', issuedOn: '2027-03-05' }, settings({ feedback: { mode: 'workdays', workdays: 1 } }), { today: '2027-03-20', locale: 'en' });
    expect(en.feedbackLine).toBe('Report back: within 1 working day of receipt (by Mar 8, 2027)');
    // A rule saved without a count, or with a bad one, counts 5.
    expect(settings({ feedback: { mode: 'workdays', workdays: 500 } }).feedback.workdays).toBeUndefined();
    expect(noticeOf(sheet, null, settings({ feedback: { mode: 'workdays' } }), { today: '2027-03-05', locale: 'zh-CN' }).feedbackLine).toBe('反馈时限：收到通知后5个工作日内（2027年3月12日前）');
  });

  it('takes a monthly day after the issue day, at a short month end, across the year', () => {
    expect(monthlyAfter('2027-03-25', 25)).toBe('2027-04-25');
    expect(monthlyAfter('2027-03-26', 5)).toBe('2027-04-05');
    expect(monthlyAfter('2027-04-01', 31)).toBe('2027-04-30');
    expect(monthlyAfter('2027-01-31', 30)).toBe('2027-02-28');
    expect(monthlyAfter('2028-01-31', 30)).toBe('2028-02-29');
    expect(monthlyAfter('2027-12-20', 10)).toBe('2028-01-10');
  });
});

describe('noticeOf', () => {
  it('words an issued notice: number, 主送, sources, table rows, report-back and contact lines, date', () => {
    const n = noticeOf(sheet, { number: '督〔2027〕12号', issuedOn: '2027-03-01' }, settings(), { today: '2027-03-20', locale: 'zh-CN' });
    expect(n.title).toBe('督办通知单');
    expect(n.numberLine).toBe('督办编号：督〔2027〕12号');
    expect(n.to).toBe('县住建局：');
    expect(n.paragraphs).toEqual([
      '现将《城区老旧小区改造调度会讲话》等2份文稿中涉及你单位的3项督办事项（见下表）交你单位办理。请高度重视，逐项明确责任人和具体措施，按时限要求抓好落实。',
      '请于2027年3月8日前将办理情况书面反馈县委督查室。',
    ]);
    expect(n.header).toEqual({ no: '序号', text: '督办事项', owners: '责任单位', due: '完成时限', status: '办理状态' });
    expect(n.items).toEqual([
      { text: '完成二十个小区的雨污分流改造', owners: '县住建局（牵头）、县水务局（配合）', ownerList: ['县住建局（牵头）', '县水务局（配合）'], due: '2027年10月31日', status: '推进中' },
      { text: '每月报送加装电梯进展', owners: '县住建局', ownerList: ['县住建局'], due: '每月10日前（本期2027年5月10日）', status: '未启动' },
      { text: '摸清背街小巷路灯底数', owners: '县住建局', ownerList: ['县住建局'], due: '尽快', status: '未启动' },
    ]);
    expect(n.feedbackLine).toBe('反馈时限：2027年3月8日前');
    expect(n.contactLine).toBe('联系人：赵敏\u3000\u3000联系电话：0571-8765 4321');
    expect([n.office, n.date, n.issuedOn, n.number]).toEqual(['县委督查室', '2027年3月1日', '2027-03-01', '督〔2027〕12号']);
  });

  it('a sheet not issued yet says so and is dated today; one source, a monthly rule, no office or contact', () => {
    const one = { ...sheet, rows: sheet.rows.slice(0, 1) };
    const n = noticeOf(one, null, settings({ office: '', contact: '', phone: '', feedback: { mode: 'monthly', day: 25 } }), { today: '2027-03-20', locale: 'zh-CN' });
    expect(n.number).toBeNull();
    expect(n.numberLine).toBe('督办编号：（打印或导出时编号）');
    expect(n.paragraphs).toEqual([
      '现将《城区老旧小区改造调度会讲话》中涉及你单位的1项督办事项（见下表）交你单位办理。请高度重视，逐项明确责任人和具体措施，按时限要求抓好落实。',
      '请于每月25日前向督办部门报送办理进展（首次于2027年3月25日前报送），办结后及时报送办结情况。',
    ]);
    expect(n.feedbackLine).toBe('反馈时限：每月25日前（首次2027年3月25日前）');
    expect([n.contactLine, n.office, n.date]).toEqual([null, '', '2027年3月20日']);
  });

  it('names no time when the rule is none, and only the phone when no contact is set', () => {
    const n = noticeOf({ ...sheet, rows: [row({ id: 'z', text: '整改', owners: ['县住建局'] }, '')] }, null, settings({ feedback: { mode: 'none' }, contact: '' }), { today: '2027-03-20', locale: 'zh-CN' });
    expect(n.paragraphs).toEqual(['现将涉及你单位的1项督办事项（见下表）交你单位办理。请高度重视，逐项明确责任人和具体措施，按时限要求抓好落实。', '办理情况请及时书面反馈县委督查室。']);
    expect([n.feedbackLine, n.contactLine]).toEqual([null, '联系电话：0571-8765 4321']);
  });

  it('speaks English for an English page', () => {
    const n = noticeOf(sheet, { number: '督〔2027〕12号', issuedOn: '2027-03-01' }, settings(), { today: '2027-03-20', locale: 'en' });
    expect(n.title).toBe('Supervision notice');
    expect(n.paragraphs[1]).toBe('Please report back to 县委督查室 in writing by Mar 8, 2027.');
    expect(n.items[0]!.owners).toBe('县住建局 (lead), 县水务局 (co-op)');
    expect(n.feedbackLine).toBe('Report back: by Mar 8, 2027');
  });
});
