/**
 * Sections as they were stored before they were structured (database versions up to 6, backups up to version 2):
 * each heading of the path one string, marker and title run together (「（一）打好项目落地建设突围战」). This is the one
 * place a heading marker is split from its title, and only for that old data, when it is upgraded
 * (lib/db/migrations/v6-to-v7.ts) or restored (backup.ts); everything since stores the heading pass's own
 * `{marker, title}`. Lossless by construction: `marker + title` is the old string. A string whose start is no
 * marker of the heading pass (a table's category cell, a bare title) keeps it all as the title.
 */
import type { SectionStep } from '../schema/analysis';

/** The markers the heading pass reads (lib/analysis/plugins/headings.ts), at the start of an old heading string. */
const LEGACY_MARKER =
  /^(?:第[一二三四五六七八九十百零〇]+(?:部分|[章节条])\s*|[（(][一二三四五六七八九十百零〇\d]+[）)]|[一二三四五六七八九十百零〇]+[、.．]|\d+[、.．]|(?:最后[，,]\s*)?第[一二三四五六七八九十]{1,3}(?:点|个问题|个方面|部分)?[，,、：:]\s*)/;

/** One old heading string as a step. */
export function legacyStep(heading: string): SectionStep {
  const marker = LEGACY_MARKER.exec(heading)?.[0] ?? '';
  return { marker, title: heading.slice(marker.length) };
}

/** An old section (strings) as steps; entries that are not strings (already steps, or bad data) are left as they are. */
export function legacySection(section: unknown): unknown {
  return Array.isArray(section) ? section.map((s) => (typeof s === 'string' ? legacyStep(s) : s)) : section;
}
