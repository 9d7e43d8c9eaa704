/**
 * An Analysis as checklist candidates: one draft item per 落实事项 (action) and per item of each 问题清单 (problem
 * group), each with its text-quote anchor into the analysed text. Ordered by position in the draft.
 */
import { anchorAt } from '../anchoring/text-quote';
import type { Analysis } from '../schema/analysis';
import type { Anchor, ItemDeadline, ItemKind } from '../schema/checklist';

/** What a draft says about one item; the merge turns these into records. */
export interface DraftItem {
  kind: ItemKind;
  text: string;
  detail: string;
  group: string | null;
  section: string[];
  owners: string[];
  lead: string[];
  coop: string[];
  deadline: ItemDeadline | null;
  anchor: Anchor;
  order: number;
}

/** The draft items of `analysis`, which was made from `text` (its offsets point into it). */
export function draftItems(text: string, analysis: Analysis): DraftItem[] {
  const out: Omit<DraftItem, 'order'>[] = [];
  for (const a of analysis.actions) {
    out.push({
      kind: 'action',
      text: a.text,
      detail: '',
      group: null,
      section: a.section,
      owners: a.owners,
      lead: a.lead,
      coop: a.coop,
      deadline: a.deadline && { text: a.deadline.text, due: a.deadline.due, type: a.deadline.type, ...(a.deadline.recurrence && { recurrence: a.deadline.recurrence }) },
      anchor: anchorAt(text, a.start, a.end),
    });
  }
  for (const g of analysis.problemGroups) {
    for (const it of g.items) {
      out.push({ kind: 'problem', text: it.title, detail: it.body, group: g.label, section: g.section, owners: [], lead: [], coop: [], deadline: null, anchor: anchorAt(text, it.start, it.end) });
    }
  }
  return out
    .map((d, i) => ({ d, i }))
    .sort((x, y) => x.d.anchor.start - y.d.anchor.start || x.i - y.i)
    .map(({ d }, order) => ({ ...d, order }));
}
