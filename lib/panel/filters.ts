/**
 * The side panel's filters: which kinds of entry to show (问题 / 事项 / 提示 / 提纲) and a text that an entry must
 * contain. A problem group or an outline heading stays when it matches itself (then whole) or when one of its
 * items or sub-headings does (then with those only), so a match is always shown in its context. Pure.
 */
import type { ActionEntry, EntryKind, FindingGroup, OutlineEntry, PanelView, ProblemGroupEntry } from './view-model';

export interface PanelFilter {
  kinds: ReadonlySet<EntryKind>;
  query: string;
}

export const ALL_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>(['problem', 'action', 'finding', 'outline']);

/** Folds case and drops white space, so 「市 发改委」 finds 「市发改委」 and `ckeditor` finds `CKEditor`. */
function fold(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase();
}

/** `filter` applied to `view`; lists of kinds switched off are emptied. */
export function filterView(view: PanelView, filter: PanelFilter): PanelView {
  const q = fold(filter.query);
  const has = (...parts: (string | null | undefined)[]) => !q || parts.some((p) => p && fold(p).includes(q));
  const on = (kind: EntryKind) => filter.kinds.has(kind);

  const outline = (nodes: OutlineEntry[]): OutlineEntry[] =>
    nodes.flatMap((n) => {
      if (has(n.marker + n.title)) return [n];
      const children = outline(n.children);
      return children.length ? [{ ...n, children }] : [];
    });

  const problemGroups = (groups: ProblemGroupEntry[]): ProblemGroupEntry[] =>
    groups.flatMap((g) => {
      if (has(g.label, g.leadIn, g.section)) return [g];
      const items = g.items.filter((it) => has(it.ordinal + it.title, it.body));
      return items.length ? [{ ...g, items }] : [];
    });

  const actions = (list: ActionEntry[]) => list.filter((a) => has(a.text, a.ownersText, a.deadline?.text, a.deadline?.dueText, a.section, a.scope));

  const findingGroups = (groups: FindingGroup[]): FindingGroup[] =>
    groups.flatMap((g) => {
      const items = g.items.filter((f) => has(f.rule, f.message, f.messageEn, f.quote));
      return items.length ? [{ ...g, items }] : [];
    });

  return {
    ...view,
    outline: on('outline') ? outline(view.outline) : [],
    problemGroups: on('problem') ? problemGroups(view.problemGroups) : [],
    actions: on('action') ? actions(view.actions) : [],
    // 提法 belong to the draft's structure: they show with the outline.
    formulations: on('outline') ? view.formulations.filter((f) => has(f.name, ...f.expansion)) : [],
    findingGroups: on('finding') ? findingGroups(view.findingGroups) : [],
  };
}

/** Whether a filter hides anything at all. */
export function isFiltering(filter: PanelFilter): boolean {
  return filter.query.trim() !== '' || filter.kinds.size < ALL_KINDS.size;
}

/** Whether a (filtered) view has no entry left. */
export function isEmptyView(view: PanelView): boolean {
  return !view.outline.length && !view.problemGroups.length && !view.actions.length && !view.formulations.length && !view.findingGroups.length;
}
