/**
 * An Analysis as checklist candidates: one draft item per 落实事项 (action) and per item of each 问题清单 (problem
 * group), each with its text-quote anchor into the analysed text. Ordered by position in the draft.
 */
import { anchorAt } from '../anchoring/text-quote';
import type { Analysis, Heading, SectionStep } from '../schema/analysis';
import type { Anchor, Correction, DraftValues, ItemDeadline, ItemKind } from '../schema/checklist';

/** What a draft says about one item; the merge turns these into records. */
export interface DraftItem {
  kind: ItemKind;
  text: string;
  detail: string;
  group: string | null;
  section: SectionStep[];
  owners: string[];
  lead: string[];
  coop: string[];
  deadline: ItemDeadline | null;
  anchor: Anchor;
  order: number;
  /** Owners the analysis marks collective (各单位, 各部门…); absent when none. */
  collective?: string[];
  /** Corrections a person made before saving (side panel): hand edits over the draft's values. */
  hand?: Partial<DraftValues>;
}

/**
 * The heading path in force at an offset, from the Analysis's headings (each heading pops the ones of its level and
 * deeper, as the heading pass builds its paths): a heading starting at or before the offset counts. `null` when the
 * Analysis lists no headings (then the caller keeps the path it has).
 */
export function headingPathAt(headings: readonly Heading[]): ((offset: number) => SectionStep[]) | null {
  if (!headings.length) return null;
  const paths: SectionStep[][] = [];
  const stack: Heading[] = [];
  for (const h of headings) {
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    stack.push(h);
    paths.push(stack.map((s) => ({ marker: s.marker, title: s.title })));
  }
  return (offset) => {
    // Headings are in text order: the last one starting at or before the offset.
    let lo = 0;
    let hi = headings.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]!.start <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best < 0 ? [] : paths[best]!;
  };
}

/** The draft items of `analysis`, which was made from `text` (its offsets point into it). */
export function draftItems(text: string, analysis: Analysis): DraftItem[] {
  const out: Omit<DraftItem, 'order'>[] = [];
  // A problem's own position: a list whose problems are headings themselves (（一）…（二）…) has the first one's
  // path as the group's section, which is no item's but the first's.
  const pathAt = headingPathAt(analysis.headings);
  for (const a of analysis.actions) {
    out.push({
      kind: 'action',
      text: a.text,
      detail: '',
      group: null,
      section: a.sectionPath,
      owners: a.owners,
      lead: a.lead,
      coop: a.coop,
      deadline: a.deadline && { text: a.deadline.text, due: a.deadline.due, type: a.deadline.type, ...(a.deadline.recurrence && { recurrence: a.deadline.recurrence }) },
      anchor: anchorAt(text, a.start, a.end),
      ...(a.collective?.length && { collective: a.collective }),
    });
  }
  for (const g of analysis.problemGroups) {
    for (const it of g.items) {
      out.push({ kind: 'problem', text: it.title, detail: it.body, group: g.label, section: pathAt?.(it.start) ?? g.sectionPath, owners: [], lead: [], coop: [], deadline: null, anchor: anchorAt(text, it.start, it.end) });
    }
  }
  return out
    .map((d, i) => ({ d, i }))
    .sort((x, y) => x.d.anchor.start - y.d.anchor.start || x.i - y.i)
    .map(({ d }, order) => ({ ...d, order }));
}

/**
 * `drafts` with the side panel's `corrections` attached as hand values, each to the action whose span it names
 * ([start, end) of the analysed text); a correction naming no action is ignored.
 */
export function withCorrections(drafts: DraftItem[], corrections: readonly Correction[] | undefined): DraftItem[] {
  if (!corrections?.length) return drafts;
  const bySpan = new Map(corrections.map((c) => [`${c.start}:${c.end}`, c]));
  return drafts.map((d) => {
    if (d.kind !== 'action') return d;
    const c = bySpan.get(`${d.anchor.start}:${d.anchor.start + d.anchor.exact.length}`);
    if (!c) return d;
    const hand: Partial<DraftValues> = {};
    if (c.owners !== undefined) hand.owners = c.owners;
    if (c.lead !== undefined) hand.lead = c.lead;
    if (c.coop !== undefined) hand.coop = c.coop;
    if (c.deadline !== undefined) hand.deadline = c.deadline;
    return { ...d, hand };
  });
}
