/**
 * The engine on our own full-length drafts (tests/fixtures/drafts), against their hand-made annotations: every
 * heading, every problem item, every annotated action with its owners and deadline, every formulation and finding.
 * Every list of misses must stay empty: a regression names the fragment it lost.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisSchema, type Analysis } from '../schema/analysis';
import * as api from './index';

const dir = new URL('../../tests/fixtures/drafts/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const squash = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

interface Expected {
  title: string | null;
  headings: Array<{ level: number; marker: string; title: string }>;
  problemGroups: Array<{ leadIn: string; statedCount: number | null; label: string; items: string[] }>;
  actions: Array<{ text: string; owners: string[]; deadline: string | null; due: string | null }>;
  nonActions: string[];
  formulations: Array<{ name: string; expansion: string[] }>;
  placeholders: string[];
  notPlaceholders: string[];
  findings: Array<{ rule: string; quote: string }>;
}

/** The action that covers at least 60% of a fragment, as the corpus score counts it. */
function covering(text: string, a: Analysis, fragment: string) {
  const at = text.indexOf(fragment);
  if (at < 0) throw new Error(`not in the draft: ${fragment}`);
  const end = at + fragment.length;
  return a.actions.find((x) => Math.min(end, x.end) - Math.max(at, x.start) >= 0.6 * fragment.length);
}

const drafts: Array<[string, string]> = [
  ['speech.txt', 'speech.expected.json'],
  ['work-report.txt', 'work-report.expected.json'],
  ['speech.md', 'speech.md.expected.json'],
];

describe('analyze', () => {
  it('exposes the public api', () => {
    expect(Object.keys(api).sort()).toEqual(['RULE_IDS', 'analyze', 'isCollective', 'nextDue', 'parseDeadline']);
  });

  it('keeps the contract\'s section strings (marker + title) beside the structured sectionPath', () => {
    for (const [text, path] of [
      ['一、总体要求\n（一）抓项目\n各镇要在年底前完成项目前期工作。\n', [['一、', '总体要求'], ['（一）', '抓项目']]],
      ['二、强化保障\n1、压实责任\n县财政局要于6月底前拨付专项资金。\n', [['二、', '强化保障'], ['1、', '压实责任']]],
      ['三、工作安排\n（二）加强督查\n各街道必须在10月15日前上报进展。\n', [['三、', '工作安排'], ['（二）', '加强督查']]],
    ] as const) {
      const [action] = api.analyze(text, { referenceDate: '2026-03-01' }).actions;
      expect(action?.sectionPath.map((h) => [h.marker, h.title])).toEqual(path);
      expect(action?.section).toEqual(path.map(([m, t]) => m + t));
    }
  });

  describe.each(drafts)('%s', (file, expectedFile) => {
    const text = read(file);
    const exp = JSON.parse(read(expectedFile)) as Expected;
    const a = api.analyze(text, { referenceDate: '2026-01-01' });

    it('returns Analysis JSON the schema accepts, with spans that slice back', () => {
      expect(analysisSchema.parse(a)).toEqual(a);
      for (const x of a.actions) expect(text.slice(x.start, x.end)).toBe(x.text);
      for (const d of a.actions.flatMap((x) => (x.deadline ? [x.deadline] : []))) expect(text.slice(d.start, d.end)).toBe(d.text);
      for (const h of a.headings) expect(squash(text.slice(h.start, h.end)).replace(/\*/g, '')).toBe(squash(h.marker + h.title));
      for (const f of a.formulations) expect(text.slice(f.start, f.end)).toBe(f.name);
      for (const f of a.findings) expect(f.start <= f.end && f.end <= text.length).toBe(true);
    });

    it('reads the title and every heading', () => {
      expect(a.title).toBe(exp.title);
      expect(a.headings.map((h) => ({ level: h.level, marker: h.marker, title: h.title }))).toEqual(exp.headings);
    });

    it('finds the problem lists and nothing else as problems', () => {
      // An unstated count is labelled by what was found (「七个方面」), where the annotator named the topic.
      const label = (g: { statedCount: number | null; label: string }) => (g.statedCount ? g.label : null);
      expect(a.problemGroups.map((g) => ({ statedCount: g.statedCount, label: label(g), items: g.items.map((i) => i.title) }))).toEqual(
        exp.problemGroups.map((g) => ({ statedCount: g.statedCount, label: label(g), items: g.items })),
      );
      expect(a.problemGroups.filter((g) => !g.statedCount).map((g) => g.label)).toEqual(exp.problemGroups.filter((g) => !g.statedCount).map((g) => `${['', '一', '两', '三', '四', '五', '六', '七', '八', '九'][g.items.length]}个方面`));
    });

    it('covers every annotated action with its owners and deadline', () => {
      const missing: string[] = [];
      const wrongOwners: string[] = [];
      const wrongDeadline: string[] = [];
      for (const g of exp.actions) {
        const found = covering(text, a, g.text);
        if (!found) {
          missing.push(g.text);
          continue;
        }
        if (!g.owners.every((o) => found.owners.some((f) => f.includes(o)))) wrongOwners.push(g.text);
        if (g.deadline && !(found.deadline && (found.deadline.text.includes(g.deadline) || g.deadline.includes(found.deadline.text)) && found.deadline.due === g.due)) wrongDeadline.push(g.text);
      }
      expect(missing).toEqual([]);
      expect(wrongOwners).toEqual([]);
      expect(wrongDeadline).toEqual([]);
    });

    it('reports no action over the non-actions', () => {
      expect(exp.nonActions.filter((n) => covering(text, a, n))).toEqual([]);
    });

    it('names the formulations with their local expansions', () => {
      expect(a.formulations.map((f) => ({ name: f.name, expansion: f.expansion }))).toEqual(exp.formulations.map((f) => ({ name: f.name, expansion: f.expansion })));
    });

    it('flags placeholders but not masks, and the expected findings', () => {
      const quotes = a.findings.filter((f) => f.rule === 'placeholder').map((f) => text.slice(f.start, f.end));
      expect(exp.placeholders.filter((p) => !quotes.some((q) => q.includes(p) || p.includes(q)))).toEqual([]);
      expect(exp.notPlaceholders.filter((p) => quotes.some((q) => p.includes(q) && !/^[Xx×]/.test(p)))).toEqual([]);
      for (const f of exp.findings) {
        expect(a.findings.some((x) => x.rule === f.rule && squash(text.slice(Math.max(0, x.start - 20), x.end + 20)).includes(squash(f.quote).slice(0, 12)))).toBe(true);
      }
    });
  });
});

describe('parseDeadline', () => {
  // 2026-07-08 is a Wednesday.
  const ref = '2026-07-08';
  it.each([
    ['年底前', { text: '年底前', due: '2026-12-31', type: 'period' }],
    ['12月20日前', { text: '12月20日前', due: '2026-12-20', type: 'period' }],
    ['2027年3月15日前', { text: '2027年3月15日前', due: '2027-03-15', type: 'absolute' }],
    ['本月底前', { text: '本月底前', due: '2026-07-31', type: 'relative' }],
    ['下周五前', { text: '下周五前', due: '2026-07-17', type: 'relative' }],
    ['三季度末', { text: '三季度末', due: '2026-09-30', type: 'period' }],
    ['尽快', { text: '尽快', due: null, type: 'urgent' }],
  ])('%s', (input, expected) => {
    expect(api.parseDeadline(input, ref)).toMatchObject({ ...expected, start: 0, end: input.length });
  });

  it('reads a recurring due point with its rule and the next due day', () => {
    const d = api.parseDeadline('每月25日前', ref);
    expect(d).toEqual({ text: '每月25日前', start: 0, end: 6, due: '2026-07-25', type: 'period', recurrence: { unit: 'month', day: 25 } });
    expect(api.parseDeadline('每月25日前', '2026-07-26')?.due).toBe('2026-08-25');
    expect(api.parseDeadline('每季度末', '2026-10-02')).toMatchObject({ due: '2026-12-31', recurrence: { unit: 'quarter', end: true } });
  });

  it('resolves month words in the year it is given, and relative words from the reference date', () => {
    expect(api.parseDeadline('6月底前', ref, 2027)?.due).toBe('2027-06-30');
    expect(api.parseDeadline('本月底前', ref, 2027)?.due).toBe('2026-07-31');
  });

  it('gives null for words that name no deadline', () => {
    expect(api.parseDeadline('等上级通知', ref)).toBeNull();
    expect(api.parseDeadline('', ref)).toBeNull();
  });

  it.each(['年底前', '10月15日前', '本月底前', '下周五前', '每月25日前', '明年6月底前'])('reads %s as analyze reads it in an action', (words) => {
    const draft = `县住建局要在${words}完成老旧小区改造任务。`;
    const [action] = api.analyze(draft, { referenceDate: ref }).actions;
    const { start: _s, end: _e, ...fromDraft } = action!.deadline!;
    const { start: _s2, end: _e2, ...typed } = api.parseDeadline(words, ref)!;
    expect(typed).toEqual(fromDraft);
  });
});
