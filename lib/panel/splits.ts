/**
 * 拆分: one 落实事项 the analysis read as one sentence that holds two tasks (「…年底前完成A；同时做好B。」) split
 * into two before saving, at a sentence or clause boundary the person picks. A split is kept by the panel as the
 * action's key and the offsets it is cut at; `applySplits` gives the Analysis the checklist receives, where the
 * action is two actions with exact spans (`text.slice(start, end)` is each part's text), both with the action's
 * owners, deadline and section. A draft already saved split keeps its split on the next save: `splitsFromLedger`
 * reads it from the checklist's items (two or more live items found inside one action's span, a part reworded in a
 * revision found by its most similar clauses). Pure.
 */
import { matchQuote } from '../anchoring/match-quote';
import type { Action, Analysis } from '../schema/analysis';
import type { ItemRecord } from '../schema/checklist';
import { actionKey } from './view-model';

/** Splits by action key: the absolute offsets (into the text) each action is cut at, ascending. */
export type Splits = Readonly<Record<string, readonly number[]>>;

/** Where a sentence ends (a split after it starts a new sentence). */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';']);
/** Where a clause ends: offered when the action is one sentence. */
const CLAUSE_END = new Set(['，', ',', '：', ':']);
/** The shortest part a split may leave (characters without white space). */
const MIN_PART = 4;

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** The trimmed [start, end) of text[start, end) (white space off both ends). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/**
 * The points an action may be split at: just after each sentence end inside it (。！？；), or, when it is one
 * sentence, after each clause end (，：); each leaves at least MIN_PART characters on both sides. Absolute offsets.
 */
export function splitPoints(text: string, action: Pick<Action, 'start' | 'end'>): number[] {
  const collect = (ends: ReadonlySet<string>) => {
    const out: number[] = [];
    for (let i = action.start; i < action.end - 1; i++) {
      if (!ends.has(text[i]!)) continue;
      let p = i + 1;
      while (p < action.end && (ends.has(text[p]!) || isSpace(text[p]))) p++;
      const [ls, le] = trimSpan(text, action.start, p);
      const [rs, re] = trimSpan(text, p, action.end);
      if (le - ls >= MIN_PART && re - rs >= MIN_PART && out.at(-1) !== p) out.push(p);
      i = p - 1;
    }
    return out;
  };
  const sentences = collect(SENTENCE_END);
  return sentences.length ? sentences : collect(CLAUSE_END);
}

/** A split part: the action it came from (key) and its place among the parts (0, 1, …). */
export interface SplitPart {
  from: string;
  part: number;
  parts: number;
}

/**
 * `analysis` with each action named in `splits` replaced by its parts (in order; spans trimmed of white space,
 * text the exact slice), and the parts by their new action key. Points outside an action or leaving an empty part
 * are ignored.
 */
export function applySplits(analysis: Analysis, text: string, splits: Splits): { analysis: Analysis; parts: Map<string, SplitPart> } {
  const parts = new Map<string, SplitPart>();
  if (!Object.keys(splits).length) return { analysis, parts };
  const actions: Action[] = [];
  const origin: (SplitPart | null)[] = [];
  analysis.actions.forEach((action, i) => {
    const key = actionKey(analysis.actions, i);
    const points = (splits[key] ?? []).filter((p) => p > action.start && p < action.end).sort((a, b) => a - b);
    const bounds = [action.start, ...new Set(points), action.end];
    const spans: [number, number][] = [];
    for (let b = 0; b + 1 < bounds.length; b++) {
      const [s, e] = trimSpan(text, bounds[b]!, bounds[b + 1]!);
      if (e > s) spans.push([s, e]);
    }
    if (spans.length < 2) {
      actions.push(action);
      origin.push(null);
      return;
    }
    spans.forEach(([s, e], n) => {
      actions.push({ ...action, start: s, end: e, text: text.slice(s, e) });
      origin.push({ from: key, part: n, parts: spans.length });
    });
  });
  origin.forEach((o, i) => {
    if (o) parts.set(actionKey(actions, i), o);
  });
  return { analysis: { ...analysis, actions }, parts };
}

/** The part of an item the ledger's split reading needs. */
export type LedgerItem = Pick<ItemRecord, 'kind' | 'anchor' | 'orphaned' | 'deletedAt'> & { origin?: ItemRecord['origin'] };

/** The Dice a reworded part needs to be found again inside its action (lib/anchoring `matchQuote`). */
const PART_FUZZY = 0.7;
/** A fuzzy match this close to the whole action's length is the action itself, not a part of it. */
const PART_SHARE = 0.9;

/**
 * The splits a checklist already holds for this draft: per action, where two or more of the checklist's live
 * items taken from the draft (not added by hand, not orphaned or in the trash, not the whole words of one of the
 * draft's actions) lie inside the action's span, the action is cut at the start of every item but the first. An
 * item is found by its words (the occurrence nearest its saved place), else — a part reworded in a revision — by
 * the most similar clauses inside one action (Dice ≥ PART_FUZZY, shorter than the action).
 */
export function splitsFromLedger(text: string, analysis: Analysis, items: readonly LedgerItem[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  // An item whose words are a whole action of the draft is that action's item, never a part of a longer one.
  const whole = new Set(analysis.actions.map((a) => text.slice(a.start, a.end)));
  const live = items.filter((it) => it.kind === 'action' && !it.orphaned && it.deletedAt === null && it.origin !== 'manual' && it.anchor.exact.trim() && !whole.has(it.anchor.exact));
  if (!live.length) return out;
  const starts = analysis.actions.map(() => [] as number[]);
  const found = new Set<LedgerItem>();
  analysis.actions.forEach((action, i) => {
    const body = text.slice(action.start, action.end);
    for (const it of live) {
      const exact = it.anchor.exact;
      if (exact.length >= body.length) continue;
      // The occurrence nearest its saved place (a repeated clause inside one sentence is rare).
      let best = -1;
      for (let at = body.indexOf(exact); at >= 0; at = body.indexOf(exact, at + 1)) {
        if (best < 0 || Math.abs(action.start + at - it.anchor.start) < Math.abs(action.start + best - it.anchor.start)) best = at;
      }
      if (best >= 0) {
        starts[i]!.push(action.start + best);
        found.add(it);
      }
    }
  });
  // Parts reworded since: each in the one action where it matches best.
  for (const it of live) {
    if (found.has(it)) continue;
    let best: { action: number; start: number; score: number } | null = null;
    analysis.actions.forEach((action, i) => {
      const body = text.slice(action.start, action.end);
      const m = matchQuote(body, { exact: it.anchor.exact, prefix: '', suffix: '' }, { minScore: PART_FUZZY });
      if (!m || m.end - m.start >= body.length * PART_SHARE) return;
      if (!best || m.score > best.score) best = { action: i, start: action.start + m.start, score: m.score };
    });
    const hit = best as { action: number; start: number; score: number } | null;
    if (hit) starts[hit.action]!.push(hit.start);
  }
  analysis.actions.forEach((action, i) => {
    const sorted = [...new Set(starts[i])].sort((a, b) => a - b);
    if (sorted.length < 2) return;
    const points = sorted.slice(1).filter((p) => p > action.start);
    if (points.length) out[actionKey(analysis.actions, i)] = points;
  });
  return out;
}
