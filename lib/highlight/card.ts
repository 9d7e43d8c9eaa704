/**
 * The highlight card's logic, pure: which painted mark lies under the pointer (a point against the marks' client
 * rects, the innermost — shortest — mark where marks overlap), which Analysis item that mark stands for (an owner
 * or a deadline stands for its action, a placeholder for its finding), and the card's model and words (kind
 * 问题/任务/发现, owners, deadline, the rule of a finding). The content script (entrypoints/editor.content/card.ts)
 * feeds it the Ranges it painted and the pointer; nothing here touches a document.
 */
import type { Analysis, Deadline } from '../schema/analysis';
import { cardTranslator } from '../i18n/card';
import { formatDay, type Locale } from '../i18n/format';
import type { Mark } from './marks';

/** The part of a DOMRect the hit test reads. */
export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether (x, y) lies in one of `rects`, widened by `slop` px on every side (a thin underline is hard to aim at). */
export function rectsContain(rects: Iterable<RectLike>, x: number, y: number, slop = 0): RectLike | null {
  for (const r of rects) {
    if (r.right - r.left <= 0 && r.bottom - r.top <= 0) continue;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return r;
  }
  return null;
}

/** Which kind wins a tie of equal length: the more specific mark (a finding over the action it sits in). */
const SPECIFICITY: Record<Mark['kind'], number> = { placeholder: 5, finding: 4, deadline: 3, owner: 3, action: 1, skipped: 1, problem: 0 };

/** The innermost of overlapping marks: the shortest, then the most specific kind, then the first. */
export function pickInnermost<T extends Mark>(marks: readonly T[]): T | null {
  let best: T | null = null;
  for (const m of marks) {
    if (!best) {
      best = m;
      continue;
    }
    const len = m.end - m.start;
    const bestLen = best.end - best.start;
    if (len < bestLen || (len === bestLen && SPECIFICITY[m.kind] > SPECIFICITY[best.kind])) best = m;
  }
  return best;
}

/**
 * The painted mark under (x, y): among `painted` (each mark with the rects it is drawn at), those whose rects hold
 * the point, the innermost of them; `near` (a text offset under the pointer, from caretPositionFromPoint) narrows
 * the marks looked at to those around it — their rects are read only for those.
 */
export function markAt<T extends Mark>(painted: readonly T[], rectsOf: (mark: T) => Iterable<RectLike>, x: number, y: number, near: number | null = null, slop = 1): T | null {
  const hits: T[] = [];
  for (const m of painted) {
    if (near !== null && (m.start > near || m.end < near)) continue;
    if (rectsContain(rectsOf(m), x, y, slop)) hits.push(m);
  }
  return pickInnermost(hits);
}

export type CardKind = 'problem' | 'action' | 'finding';

/** What the card shows: one Analysis item. `start`/`end` are the item's span (the side panel's entry). */
export interface CardModel {
  kind: CardKind;
  start: number;
  end: number;
  /** The item's words, shortened for the card. */
  excerpt: string;
  /** Actions: the 责任单位 (empty when the text names none). */
  owners: string[];
  /** Actions: the 时限, or null. */
  deadline: Deadline | null;
  /** Findings: the rule id and the finding's own message. */
  rule: string | null;
  message: string | null;
  /** Tasks and problems: marked 不入台账 (the card says so and offers to take it back). */
  skipped: boolean;
}

/** The longest excerpt a card shows. */
export const EXCERPT_CHARS = 60;

const excerpt = (s: string) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
};

/**
 * The Analysis item a painted mark stands for, as a card; null when none matches (the text changed since the
 * analysis and the marks were carried over an edit, until the next analysis arrives).
 */
export function cardFor(analysis: Analysis, text: string, mark: Mark): CardModel | null {
  const same = (s: { start: number; end: number }) => s.start === mark.start && s.end === mark.end;
  if (mark.kind === 'skipped') {
    // A task or a problem marked 不入台账 (a task first: a problem item is never also an action's exact span).
    const action = analysis.actions.find(same);
    const card = action ? cardFor(analysis, text, { ...mark, kind: 'action' }) : cardFor(analysis, text, { ...mark, kind: 'problem' });
    return card && { ...card, skipped: true };
  }
  if (mark.kind === 'problem') {
    for (const group of analysis.problemGroups) {
      const item = group.items.find(same);
      if (item) return { kind: 'problem', start: item.start, end: item.end, excerpt: excerpt(text.slice(item.start, item.end)), owners: [], deadline: null, rule: null, message: null, skipped: false };
    }
    return null;
  }
  if (mark.kind === 'action' || mark.kind === 'owner' || mark.kind === 'deadline') {
    // An owner or deadline stands for the innermost action holding it.
    let action: Analysis['actions'][number] | null = null;
    for (const a of analysis.actions) {
      const fits = mark.kind === 'action' ? same(a) : a.start <= mark.start && mark.end <= a.end;
      if (fits && (!action || a.end - a.start < action.end - action.start)) action = a;
    }
    if (!action) return null;
    return { kind: 'action', start: action.start, end: action.end, excerpt: excerpt(action.text || text.slice(action.start, action.end)), owners: action.owners, deadline: action.deadline, rule: null, message: null, skipped: false };
  }
  const finding = analysis.findings.find((f) => same(f) && (mark.kind === 'placeholder') === (f.rule === 'placeholder'));
  if (!finding) return null;
  return { kind: 'finding', start: finding.start, end: finding.end, excerpt: excerpt(text.slice(finding.start, finding.end)), owners: [], deadline: null, rule: finding.rule, message: finding.message, skipped: false };
}

/** The card's words in one locale: its heading (the kind), its rows (label, value) and its buttons. */
export interface CardWords {
  kind: string;
  rows: { label: string; value: string }[];
  open: string;
  close: string;
  title: string;
  /**
   * 不入台账 (tasks and problems only: what the checklist would take), its tooltip, and what it says once done; for
   * one already marked, `undo`: 取消不入台账.
   */
  skip: { label: string; title: string; done: string; undo: boolean } | null;
  /** What the card says of an item marked 不入台账 (已设为不入台账), or null. */
  note: string | null;
}

/** The card's words for `model`: kind 问题/任务/发现; owner and deadline for a task, the rule for a finding. */
export function cardWords(model: CardModel, locale: Locale): CardWords {
  const t = cardTranslator(locale);
  const rows: { label: string; value: string }[] = [];
  if (model.kind === 'action') {
    rows.push({ label: t('card.owner'), value: model.owners.length ? model.owners.join(locale === 'zh-CN' ? '、' : ', ') : t('card.unstated') });
    const d = model.deadline;
    rows.push({ label: t('card.deadline'), value: !d ? t('card.unstated') : d.due && d.text !== formatDay(locale, d.due) ? t('card.deadlineDue', { text: d.text, due: formatDay(locale, d.due) }) : d.text });
  }
  if (model.kind === 'finding' && model.rule) {
    rows.push({ label: t('card.rule'), value: t.rule(model.rule) });
  }
  const skip =
    model.kind === 'finding'
      ? null
      : model.skipped
        ? { label: t('card.unskip'), title: t('card.unskipTitle'), done: t('card.unskipped'), undo: true }
        : { label: t('card.skip'), title: t('card.skipTitle'), done: t('card.skipped'), undo: false };
  const note = model.kind !== 'finding' && model.skipped ? t('card.skipped') : null;
  return { kind: t(`card.kind.${model.kind}`), rows, open: t('card.open'), close: t('card.close'), title: t('card.title'), skip, note };
}
