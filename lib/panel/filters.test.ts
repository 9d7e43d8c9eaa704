import { describe, expect, it } from 'vitest';
import { sampleAnalysis, sampleText } from '../presentation/sample-analysis';
import { ALL_KINDS, filterView, isEmptyView, isFiltering } from './filters';
import { panelView, type EntryKind, type PanelView } from './view-model';

const view = panelView(sampleText, sampleAnalysis);

/** What a filtered view still lists, as short strings. */
function listed(v: PanelView) {
  const outline = (nodes: PanelView['outline']): string[] => nodes.flatMap((n) => [n.marker, ...outline(n.children)]);
  return {
    outline: outline(v.outline),
    problems: v.problemGroups.map((g) => `${g.label}:${g.items.map((item) => item.ordinal).join('')}`),
    actions: v.actions.map((a) => a.text.slice(0, 6)),
    findings: v.findingGroups.map((g) => `${g.rule}:${g.items.length}`),
  };
}

const kinds = (...k: EntryKind[]) => new Set(k);

describe('filterView', () => {
  it('keeps everything with all kinds and no text', () => {
    expect(listed(filterView(view, { kinds: ALL_KINDS, query: '' }))).toEqual({
      outline: ['一、', '（一）', '二、'],
      problems: ['三个方面:一是二是'],
      actions: ['对已开工的项', '各镇要在X月', '坚决打好三大'],
      findings: ['placeholder:1', 'count-mismatch:1'],
    });
  });

  it('empties the kinds switched off', () => {
    expect(listed(filterView(view, { kinds: kinds('action'), query: '' }))).toEqual({ outline: [], problems: [], actions: ['对已开工的项', '各镇要在X月', '坚决打好三大'], findings: [] });
    expect(listed(filterView(view, { kinds: kinds('problem', 'outline'), query: '' }))).toEqual({
      outline: ['一、', '（一）', '二、'],
      problems: ['三个方面:一是二是'],
      actions: [],
      findings: [],
    });
  });

  it('finds an owner in actions only, ignoring white space and case', () => {
    expect(listed(filterView(view, { kinds: ALL_KINDS, query: '市 财政局' }))).toEqual({ outline: [], problems: [], actions: ['对已开工的项'], findings: [] });
    expect(listed(filterView(view, { kinds: ALL_KINDS, query: 'x月x日' }))).toEqual({ outline: [], problems: [], actions: ['各镇要在X月'], findings: ['placeholder:1'] });
  });

  it('keeps a matching problem item inside its group, and a sub-heading inside its parent', () => {
    expect(listed(filterView(view, { kinds: ALL_KINDS, query: '储备' }))).toEqual({ outline: [], problems: ['三个方面:二是'], actions: [], findings: [] });
    const v = filterView(view, { kinds: ALL_KINDS, query: '突围战' });
    expect(listed(v).outline).toEqual(['一、', '（一）']);
    expect(v.outline[0]!.title).toBe('在思想认识上再聚焦');
  });

  it('keeps a whole group when its label matches, and finds a deadline by its resolved day', () => {
    expect(listed(filterView(view, { kinds: ALL_KINDS, query: '三个方面' })).problems).toEqual(['三个方面:一是二是']);
    expect(listed(filterView(view, { kinds: ALL_KINDS, query: '2026年12月31日' })).actions).toEqual(['对已开工的项']);
  });

  it('shows the formulations with the outline, and by their name or expansion', () => {
    const names = (shown: Iterable<EntryKind>, query = '') => filterView(view, { kinds: new Set(shown), query }).formulations.map((f) => f.name);
    expect(names(ALL_KINDS)).toEqual(['五个一', '三大攻坚战']);
    expect(names(['action', 'problem', 'finding'])).toEqual([]);
    expect(names(ALL_KINDS, '一名领导')).toEqual(['五个一']);
    expect(names(ALL_KINDS, '攻坚')).toEqual(['三大攻坚战']);
    expect(isEmptyView(filterView({ ...view, outline: [], problemGroups: [], actions: [], findingGroups: [] }, { kinds: ALL_KINDS, query: '' }))).toBe(false);
  });

  it('says when it filters and when nothing is left', () => {
    expect([isFiltering({ kinds: ALL_KINDS, query: ' ' }), isFiltering({ kinds: ALL_KINDS, query: '镇' }), isFiltering({ kinds: kinds('action'), query: '' })]).toEqual([false, true, true]);
    expect(isEmptyView(filterView(view, { kinds: ALL_KINDS, query: '不存在的词' }))).toBe(true);
    expect(isEmptyView(view)).toBe(false);
  });
});
