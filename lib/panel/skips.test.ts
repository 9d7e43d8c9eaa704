import { describe, expect, it } from 'vitest';
import { analysisOf } from '../checklist/testing';
import type { SkipRecord } from '../schema/checklist';
import { skipKey, skippedEntries, skipRequestFor } from './skips';

const text = ['同志们：', '希望大家以时不我待的紧迫感投入工作。', '县水利局要在汛期前完成堤防加固。', '问题：一是资金缺口大。'].join('\n');
const noise = '希望大家以时不我待的紧迫感投入工作';
const analysis = analysisOf(text, [{ quote: noise }, { quote: '县水利局要在汛期前完成堤防加固', owners: ['县水利局'] }], [{ label: '一个方面', items: [{ title: '资金缺口大' }] }]);
const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
const skip = (id: string, kind: 'action' | 'problem', s: string, t = text): SkipRecord => {
  const r = skipRequestFor(t, kind, t.indexOf(s), t.indexOf(s) + s.length, s);
  return { id, key: 'k', createdAt: 1, ...r };
};

describe('skippedEntries', () => {
  it('names the entry each skip pairs with, by kind and span', () => {
    const m = skippedEntries(text, analysis, [skip('a', 'action', noise), skip('b', 'problem', '资金缺口大')]);
    expect(m.get(skipKey('action', ...at(noise)))?.id).toBe('a');
    expect(m.get(skipKey('problem', ...at('资金缺口大')))?.id).toBe('b');
    expect(m.size).toBe(2);
  });

  it('follows the sentence into a revision of the draft, and names nothing for a skip of another sentence or kind', () => {
    const revised = ['同志们：', '县水利局要在汛期前完成堤防加固。', '希望大家以时不我待的紧迫感全身心投入工作。'].join('\n');
    const moved = '希望大家以时不我待的紧迫感全身心投入工作';
    const an = analysisOf(revised, [{ quote: '县水利局要在汛期前完成堤防加固' }, { quote: moved }]);
    const m = skippedEntries(revised, an, [skip('a', 'action', noise)]);
    expect([...m.keys()]).toEqual([skipKey('action', revised.indexOf(moved), revised.indexOf(moved) + moved.length)]);
    expect(skippedEntries(text, analysis, [skip('c', 'problem', noise)]).size).toBe(0);
    const other = '市场监管局要开展食品安全抽检。';
    expect(skippedEntries(text, analysis, [skip('d', 'action', '市场监管局要开展食品安全抽检', other)]).size).toBe(0);
    expect(skippedEntries(text, analysis, []).size).toBe(0);
  });
});

describe('skipRequestFor', () => {
  it('anchors the entry in the draft with its context and keeps its words', () => {
    const r = skipRequestFor(text, 'action', ...at(noise), ` ${noise} `);
    expect(r.anchor.exact).toBe(noise);
    expect(r.anchor.start).toBe(text.indexOf(noise));
    expect(r.anchor.prefix.endsWith('同志们：\n')).toBe(true);
    expect(r.text).toBe(noise);
    expect(skipRequestFor(text, 'action', ...at(noise), '').text).toBe(noise);
  });
});
