/**
 * The words Luoshi shows for Analysis fields, shared by the CLI formatters and the extension pages so that a
 * checklist reads the same everywhere. Pure string functions; no DOM, no node APIs.
 */
import { formatDay } from '../i18n/format';
import { UNSTATED } from '../i18n/zh-CN/common';
import type { Action, Deadline, ProblemGroup, SectionStep } from '../schema/analysis';

/** 严重程度 as shown to a person, and 未明确 where a field the text does not give would go (lib/i18n's common words). */
export { severityLabels, UNSTATED } from '../i18n/zh-CN/common';

/** '2026-12-31' → '2026年12月31日'; anything that is not an ISO date is returned as is. */
export function formatChineseDate(iso: string): string {
  return formatDay('zh-CN', iso);
}

/** 时限 as the text says it, with the resolved day in brackets: 「年底前（2026年12月31日）」. */
export function formatDeadline(deadline: Deadline | null): string {
  if (!deadline) return UNSTATED;
  return deadline.due ? `${deadline.text}（${formatChineseDate(deadline.due)}）` : deadline.text;
}

/** 责任单位 joined with 、, each lead owner marked （牵头） and each co-operating one （配合）. */
export function formatOwners(action: Pick<Action, 'owners' | 'lead' | 'coop'>): string {
  if (!action.owners.length) return UNSTATED;
  return action.owners
    .map((o) => (action.lead.includes(o) ? `${o}（牵头）` : action.coop.includes(o) ? `${o}（配合）` : o))
    .join('、');
}

/** One heading of a path as the draft writes it: marker and title, 「（一）打好项目谋划主动仗」. */
export function formatStep(step: SectionStep): string {
  return step.marker + step.title;
}

/** The heading path of an item, outermost first: 「一、… › （一）…」; '' at the top level. */
export function formatSection(section: readonly SectionStep[]): string {
  return section.map(formatStep).join(' › ');
}

/** A heading path with every heading but the innermost cut to its marker: 「一、 › （一）打好项目谋划主动仗」. */
export function shortSection(section: readonly SectionStep[]): string {
  return section.map((h, i) => (i < section.length - 1 && h.marker.trim() ? h.marker.trim() : formatStep(h))).join(' › ');
}

/** Item count of a problem group: 「4项」, or 「文中称4项，识别3项」 when the stated count differs from what was found. */
export function formatCount(group: Pick<ProblemGroup, 'statedCount' | 'items'>): string {
  const found = group.items.length;
  if (group.statedCount === null || group.statedCount === found) return `${found}项`;
  return `文中称${group.statedCount}项，识别${found}项`;
}
