import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lightOf } from '../checklist/lights';
import { planReminders } from '../reminders/plan';
import { analysisOf } from '../checklist/testing';
import { LuoshiDB } from './database';
import { checklistRepository, type ChecklistRepository } from './repository';

const text = '各街道要每月25日前报送创建工作进展。县市场监管局要在6月底前完成抽检。';
const analysis = analysisOf(text, [
  { quote: '各街道要每月25日前报送创建工作进展', owners: ['各街道'], deadline: { text: '每月25日前', due: '2027-04-25' } },
  { quote: '县市场监管局要在6月底前完成抽检', owners: ['县市场监管局'], deadline: { text: '6月底前', due: '2027-06-30' } },
]);
// The analysis gives a recurrence its rule; analysisOf has no field for it, so it is set here as the engine sets it.
analysis.actions[0]!.deadline!.recurrence = { unit: 'month', day: 25 };

let db: LuoshiDB;
let repo: ChecklistRepository;
let clock = 0;
let n = 0;
beforeEach(() => {
  db = new LuoshiDB(`period-${++n}`);
  clock = new Date(2027, 3, 23, 10).getTime(); // 2027-04-23, two days before the 25th
  repo = checklistRepository(db, { now: () => clock });
});
afterEach(async () => {
  await db.delete();
});

const reminders = { enabled: true, overdue: true, dueSoon: true, warnDays: 3 };

describe('recurring items', () => {
  it('store the rule; the light and the reminder follow the next occurrence, and 本期已完成 moves them to the next period', async () => {
    const { documentId } = await repo.saveAnalysis({ key: 'k', text, analysis });
    const [monthly, once] = await repo.listItems({ documentId });
    expect(monthly!.deadline).toEqual({ text: '每月25日前', due: '2027-04-25', type: 'absolute', recurrence: { unit: 'month', day: 25 } });
    expect(lightOf(monthly!, '2027-04-23')).toBe('blue');
    expect(planReminders([monthly!], '2027-04-23', reminders, {}).dueSoon.map((i) => i.id)).toEqual([monthly!.id]);

    const done = await repo.completePeriod(monthly!.id, { note: '已报送4月进展' });
    expect(done).toMatchObject({ periodDone: '2027-04-25', due: '2027-05-25' });
    expect(lightOf(done, '2027-04-23')).toBeNull();
    expect(planReminders([done], '2027-04-23', reminders, {}).dueSoon).toEqual([]);
    expect((await repo.listNotes(monthly!.id)).map((x) => x.text)).toEqual(['本期（2027年4月25日到期）已完成。已报送4月进展']);
    // Days later the next period comes round: blue again before 5月25日, and never red in between.
    expect(lightOf(done, '2027-05-01')).toBeNull();
    expect(lightOf(done, '2027-05-23')).toBe('blue');
    // Done again early (on 4月24日): the period after that.
    clock = new Date(2027, 3, 24, 10).getTime();
    expect(await repo.completePeriod(monthly!.id)).toMatchObject({ periodDone: '2027-05-25', due: '2027-06-25' });
    // A one-off deadline has no period.
    await expect(repo.completePeriod(once!.id)).rejects.toMatchObject({ code: 'invalid' });
    // A re-save of the draft keeps what was done.
    await repo.saveAnalysis({ key: 'k', text, analysis });
    expect((await repo.getItem(monthly!.id))!.periodDone).toBe('2027-05-25');
  });
});
