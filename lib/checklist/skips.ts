/**
 * Draft items marked 不入台账: a noise sentence (「希望大家以时不我待的紧迫感…」) a person leaves out before saving.
 * A skip is kept by the draft's key and the item's anchor (lib/db: the `skips` table), so every later save of that
 * draft — the same text, or a revision where the sentence moved or was reworded a little — leaves the item out:
 * skips pair with the draft's items kind by kind exactly as a merge pairs old items (lib/anchoring `matchAnchors`
 * with the merge's FUZZY thresholds). Pure.
 */
import { matchAnchors } from '../anchoring/match-anchors';
import type { SkipRecord } from '../schema/checklist';
import type { DraftItem } from './draft-items';
import { FUZZY } from './merge';

/** `drafts` without the items a skip names, and how many were left out. Order and `order` numbers are kept. */
export function withoutSkipped(drafts: readonly DraftItem[], skips: readonly Pick<SkipRecord, 'kind' | 'anchor'>[]): { drafts: DraftItem[]; skipped: number } {
  if (!skips.length) return { drafts: [...drafts], skipped: 0 };
  const out = new Set<DraftItem>();
  for (const kind of ['action', 'problem'] as const) {
    const s = skips.filter((x) => x.kind === kind);
    const n = drafts.filter((x) => x.kind === kind);
    if (!s.length || !n.length) continue;
    for (const p of matchAnchors(s.map((x) => x.anchor), n.map((x) => x.anchor), FUZZY).pairs) out.add(n[p.to]!);
  }
  return { drafts: drafts.filter((d) => !out.has(d)), skipped: out.size };
}
