import { describe, expect, it } from 'vitest';
import { anchorAt } from '../anchoring/text-quote';
import { draftItems } from './draft-items';
import { withoutSkipped } from './skips';
import { analysisOf } from './testing';

const lines = ['同志们：', '希望大家以只争朝夕的精神投入工作。', '县水利局要在汛期前完成堤防加固。', '县交通局要加快农村公路建设。', '问题：一是资金缺口大。'];
const text = lines.join('\n');
const items = () =>
  draftItems(
    text,
    analysisOf(text, [{ quote: '希望大家以只争朝夕的精神投入工作' }, { quote: '县水利局要在汛期前完成堤防加固', owners: ['县水利局'] }, { quote: '县交通局要加快农村公路建设', owners: ['县交通局'] }], [{ label: '一个方面', items: [{ title: '资金缺口大' }] }]),
  );
const skipOf = (t: string, s: string, kind: 'action' | 'problem' = 'action') => ({ kind, anchor: anchorAt(t, t.indexOf(s), t.indexOf(s) + s.length) });

describe('withoutSkipped', () => {
  it('leaves the drafts as they are without skips', () => {
    expect(withoutSkipped(items(), [])).toEqual({ drafts: items(), skipped: 0 });
  });

  it('drops the item a skip names and keeps the rest in order', () => {
    const r = withoutSkipped(items(), [skipOf(text, '希望大家以只争朝夕的精神投入工作')]);
    expect(r.skipped).toBe(1);
    expect(r.drafts.map((d) => d.text)).toEqual(['县水利局要在汛期前完成堤防加固', '县交通局要加快农村公路建设', '资金缺口大']);
  });

  it('finds the skipped sentence again in a revision where it moved and was reworded a little', () => {
    const revised = ['同志们：', '县交通局要加快农村公路建设。', '县水利局要在汛期前完成堤防加固。', '希望大家以只争朝夕的精神全身心投入工作。'].join('\n');
    const drafts = draftItems(revised, analysisOf(revised, [{ quote: '县交通局要加快农村公路建设' }, { quote: '县水利局要在汛期前完成堤防加固' }, { quote: '希望大家以只争朝夕的精神全身心投入工作' }]));
    const r = withoutSkipped(drafts, [skipOf(text, '希望大家以只争朝夕的精神投入工作')]);
    expect(r.drafts.map((d) => d.text)).toEqual(['县交通局要加快农村公路建设', '县水利局要在汛期前完成堤防加固']);
  });

  it('a skip names one kind only, and never takes an unrelated sentence', () => {
    expect(withoutSkipped(items(), [skipOf(text, '资金缺口大', 'action')]).skipped).toBe(0);
    expect(withoutSkipped(items(), [skipOf(text, '资金缺口大', 'problem')]).drafts.map((d) => d.kind)).toEqual(['action', 'action', 'action']);
    const other = '市场监管局要开展食品安全抽检。';
    expect(withoutSkipped(items(), [skipOf(other, '市场监管局要开展食品安全抽检')]).skipped).toBe(0);
  });
});
