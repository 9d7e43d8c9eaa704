import { describe, expect, it } from 'vitest';
import { anchorAt } from '../anchoring/text-quote';
import { analysisOf } from '../checklist/testing';
import { applySplits, splitPoints, splitsFromLedger, type LedgerItem } from './splits';
import { actionKey } from './view-model';

const text = ['同志们：', '县住建局牵头，年底前完成老旧小区改造；同时做好加装电梯的摸底。', '县教育局要在九月前建成两所幼儿园。'].join('\n');
const two = '县住建局牵头，年底前完成老旧小区改造；同时做好加装电梯的摸底。';
const one = '县教育局要在九月前建成两所幼儿园。';
const analysis = () =>
  analysisOf(text, [
    { quote: two, owners: ['县住建局'], deadline: { text: '年底前', due: '2026-12-31' } },
    { quote: one, owners: ['县教育局'] },
  ]);

describe('splitPoints', () => {
  it('offers the sentence boundaries inside an action (after 。；！？), none at its end', () => {
    const a = analysis().actions[0]!;
    expect(splitPoints(text, a).map((p) => text.slice(p, p + 4))).toEqual(['同时做好']);
  });

  it('offers the clause boundaries when the action is one sentence, each part at least four characters', () => {
    const a = analysis().actions[1]!;
    expect(splitPoints(text, a)).toEqual([]);
    const t = '县农业农村局要抓好春耕备耕，落实种粮补贴，严防撂荒。';
    const [b] = analysisOf(t, [{ quote: t }]).actions;
    expect(splitPoints(t, b!).map((p) => t.slice(p, p + 2))).toEqual(['落实', '严防']);
    const short = '要抓，好春耕备耕。';
    expect(splitPoints(short, analysisOf(short, [{ quote: short }]).actions[0]!)).toEqual([]);
  });
});

describe('applySplits', () => {
  it('replaces the split action by its parts with exact spans, owners and deadline carried to both', () => {
    const an = analysis();
    const key = actionKey(an.actions, 0);
    const [p] = splitPoints(text, an.actions[0]!);
    const { analysis: out, parts } = applySplits(an, text, { [key]: [p!] });
    expect(out.actions.map((a) => a.text)).toEqual(['县住建局牵头，年底前完成老旧小区改造；', '同时做好加装电梯的摸底。', one]);
    for (const a of out.actions) expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(out.actions[1]!.owners).toEqual(['县住建局']);
    expect(out.actions[1]!.deadline?.due).toBe('2026-12-31');
    expect([...parts.values()]).toEqual([
      { from: key, part: 0, parts: 2 },
      { from: key, part: 1, parts: 2 },
    ]);
    expect(parts.has(actionKey(out.actions, 2))).toBe(false);
  });

  it('ignores points outside the action or that leave an empty part, and leaves an analysis without splits as it is', () => {
    const an = analysis();
    const key = actionKey(an.actions, 1);
    const a = an.actions[1]!;
    expect(applySplits(an, text, { [key]: [a.end, a.start, 0] }).analysis.actions).toHaveLength(2);
    expect(applySplits(an, text, {}).analysis).toBe(an);
  });
});

describe('splitsFromLedger', () => {
  const item = (quote: string, more: Partial<LedgerItem> = {}): LedgerItem => ({ kind: 'action', anchor: anchorAt(text, text.indexOf(quote), text.indexOf(quote) + quote.length), orphaned: 0, deletedAt: null, ...more });

  it('reads a split the checklist holds: two live items inside one action cut it at the second', () => {
    const an = analysis();
    const s = splitsFromLedger(text, an, [item('县住建局牵头，年底前完成老旧小区改造；'), item('同时做好加装电梯的摸底。'), item(one)]);
    expect(Object.keys(s)).toEqual([actionKey(an.actions, 0)]);
    expect(text.slice(s[actionKey(an.actions, 0)]![0])).toMatch(/^同时做好/);
  });

  it('finds nothing for whole items, orphaned or trashed parts, items added by hand or problems', () => {
    const an = analysis();
    expect(splitsFromLedger(text, an, [item(two), item(one)])).toEqual({});
    expect(splitsFromLedger(text, an, [item('县住建局牵头，年底前完成老旧小区改造；'), item('同时做好加装电梯的摸底。', { orphaned: 1 })])).toEqual({});
    expect(splitsFromLedger(text, an, [item('县住建局牵头，年底前完成老旧小区改造；'), item('同时做好加装电梯的摸底。', { deletedAt: 5 })])).toEqual({});
    expect(splitsFromLedger(text, an, [item('县住建局牵头，年底前完成老旧小区改造；'), item('同时做好加装电梯的摸底。', { origin: 'manual' })])).toEqual({});
    expect(splitsFromLedger(text, an, [item('县住建局牵头，年底前完成老旧小区改造；', { kind: 'problem' }), item('同时做好加装电梯的摸底。')])).toEqual({});
  });

  it('keeps the split of a revised draft where a part was reworded (found by its most similar clauses)', () => {
    const revised = ['同志们：', '县住建局牵头，年底前完成老旧小区改造；同时做好全县加装电梯的摸底排查。', one].join('\n');
    const an = analysisOf(revised, [{ quote: '县住建局牵头，年底前完成老旧小区改造；同时做好全县加装电梯的摸底排查。' }, { quote: one }]);
    const s = splitsFromLedger(revised, an, [item('县住建局牵头，年底前完成老旧小区改造；'), item('同时做好加装电梯的摸底。')]);
    expect(Object.values(s).map((points) => points.map((p) => revised.slice(p, p + 4)))).toEqual([['同时做好']]);
    // A reworded whole action's item is no part: it matches nearly all of its action.
    const whole = ['同志们：', '县住建局牵头，年底前全面完成老旧小区改造；同时做好加装电梯的摸底。', one].join('\n');
    const wan = analysisOf(whole, [{ quote: '县住建局牵头，年底前全面完成老旧小区改造；同时做好加装电梯的摸底。' }, { quote: one }]);
    expect(splitsFromLedger(whole, wan, [item(two), item(one)])).toEqual({});
  });

  it('never reads two other actions\' items as the parts of a longer action that quotes them', () => {
    const t = ['要加强督查。', '要严肃问责。', '县委督查室要加强督查，要严肃问责，确保落实。'].join('\n');
    const an = analysisOf(t, [{ quote: '要加强督查' }, { quote: '要严肃问责' }, { quote: '县委督查室要加强督查，要严肃问责，确保落实' }]);
    const at = (q: string) => ({ kind: 'action' as const, anchor: anchorAt(t, t.indexOf(q), t.indexOf(q) + q.length), orphaned: 0 as const, deletedAt: null });
    expect(splitsFromLedger(t, an, [at('要加强督查'), at('要严肃问责'), at('县委督查室要加强督查，要严肃问责，确保落实')])).toEqual({});
  });
});
