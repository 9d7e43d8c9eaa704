import { describe, expect, it } from 'vitest';
import { EMPTY_NEW_ITEM, NEW_ITEM_TEXT_CHARS, newItemDeadline, newItemFromForm, type NewItemForm } from './new-item';

const form = (over: Partial<NewItemForm>): NewItemForm => ({ ...EMPTY_NEW_ITEM, ...over });
const ref = '2026-12-05';

describe('newItemFromForm', () => {
  it('gives every column to addItem: owners with 牵头/配合, deadline words resolved, status, document, the note apart', () => {
    const r = newItemFromForm(
      form({ text: ' 完成老旧小区改造验收 ', kind: 'action', owners: '县住建局（牵头）、县财政局（配合）、各镇', deadline: '12月20日前', status: 'in_progress', note: '已完成初验', documentId: 'doc-9' }),
      ref,
    );
    expect(r).toEqual({
      ok: true,
      input: { kind: 'action', text: '完成老旧小区改造验收', owners: ['县住建局', '县财政局', '各镇'], lead: ['县住建局'], coop: ['县财政局'], deadline: { text: '12月20日前', due: '2026-12-20', type: 'period' }, status: 'in_progress', documentId: 'doc-9' },
      note: '已完成初验',
      deadline: { text: '12月20日前', due: '2026-12-20', type: 'period' },
    });
  });

  it('reads 年底前 and a recurring 每月25日前 (its rule and next due day), a picked day alone, and no deadline', () => {
    expect(newItemDeadline({ deadline: '年底前', due: '' }, ref)).toEqual({ text: '年底前', due: '2026-12-31', type: 'period' });
    expect(newItemDeadline({ deadline: '每月25日前', due: '' }, ref)).toEqual({ text: '每月25日前', due: '2026-12-25', type: 'period', recurrence: { unit: 'month', day: 25 } });
    expect(newItemDeadline({ deadline: '', due: '2027-01-15' }, ref)).toMatchObject({ due: '2027-01-15', type: 'absolute' });
    const none = newItemFromForm(form({ text: '研究制定实施细则', kind: 'problem' }), ref);
    expect(none.ok && none.input).toMatchObject({ kind: 'problem', deadline: null, owners: [], status: 'not_started' });
    expect(none.ok && 'documentId' in none.input).toBe(false);
  });

  it('takes 尽快 and 长期坚持 (deadlines without a day) but not words that name no deadline, unless a day is picked', () => {
    expect(newItemFromForm(form({ text: '整改', deadline: '尽快' }), ref).ok).toBe(true);
    expect(newItemFromForm(form({ text: '整改', deadline: '长期坚持' }), ref).ok).toBe(true);
    expect(newItemFromForm(form({ text: '整改', deadline: '等通知' }), ref)).toEqual({ ok: false, problems: [{ field: 'deadline', key: 'add.error.deadline', values: { text: '等通知' } }] });
    expect(newItemFromForm(form({ text: '整改', deadline: '等通知', due: '2027-02-01' }), ref).ok).toBe(true);
  });

  it('names every problem at once: no text, a text over the limit, a run-together owner list, 已销号 without evidence', () => {
    const r = newItemFromForm(form({ text: '  ', owners: `${'县'.repeat(60)}住建局县财政局县发改局${'乡'.repeat(40)}`, status: 'closed' }), ref);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => [p.field, p.key])).toEqual([
      ['text', 'add.error.text'],
      ['owners', 'add.error.owner'],
      ['note', 'add.error.statusDone'],
    ]);
    const long = newItemFromForm(form({ text: '改'.repeat(NEW_ITEM_TEXT_CHARS + 1) }), ref);
    expect(!long.ok && long.problems).toEqual([{ field: 'text', key: 'add.error.textLong', values: { max: NEW_ITEM_TEXT_CHARS, n: NEW_ITEM_TEXT_CHARS + 1 } }]);
    expect(newItemFromForm(form({ text: '销号事项', status: 'closed', note: '验收报告已归档' }), ref).ok).toBe(true);
  });
});
