/**
 * The view of one draft, in the side panel and (read-only) the dashboard's 文稿分析: an Analysis and its text turned
 * into the entries listed — the outline as a tree, problem groups with stated vs. found counts, actions with owner,
 * deadline, section and strength, the formulations (提法), findings grouped by rule. Every entry keeps its span, so a
 * click can reveal it in the editor. Pure and language-neutral: the components put the words (lib/i18n) around these
 * values.
 */
import { uniqueFormulations } from '../presentation/formulations';
import { formatChineseDate, formatOwners, formatSection, shortSection } from '../presentation/labels';
import { lineLocator } from '../presentation/line-locator';
import { buildOutline, type OutlineNode } from '../presentation/outline';
import { quoteSpan, squashSpace } from '../presentation/quote';
import type { Action, Analysis, DeadlineType, Severity, Strength } from '../schema/analysis';

/** The four kinds of entry the panel filters by (问题 / 事项 / 提示 / 提纲). */
export type EntryKind = 'problem' | 'action' | 'finding' | 'outline';
export const ENTRY_KINDS: readonly EntryKind[] = ['problem', 'action', 'finding', 'outline'];

export interface Spanned {
  start: number;
  end: number;
}

export interface OutlineEntry extends Spanned {
  key: string;
  marker: string;
  title: string;
  level: number;
  line: number;
  children: OutlineEntry[];
}

export interface ProblemItemEntry extends Spanned {
  key: string;
  ordinal: string;
  title: string;
  body: string;
}

export interface ProblemGroupEntry extends Spanned {
  key: string;
  /** 「四个方面」, or '' when the lead-in gives no label. */
  label: string;
  leadIn: string | null;
  stated: number | null;
  found: number;
  /** The text states a count and lists another number of items. */
  mismatch: boolean;
  section: string;
  sectionShort: string;
  items: ProblemItemEntry[];
}

export interface DeadlineEntry {
  text: string;
  due: string | null;
  /** The due day in 年月日 (「2026年6月30日」), or null. */
  dueText: string | null;
  type: DeadlineType;
}

export interface ActionEntry extends Spanned {
  /** Stable while the draft changes elsewhere: the action's text and its occurrence (see `actionKey`). */
  key: string;
  text: string;
  owners: string[];
  lead: string[];
  coop: string[];
  /** 「市发改委（牵头）、市财政局（配合）」, or '' when the text names no owner. */
  ownersText: string;
  deadline: DeadlineEntry | null;
  /** 「一、… › （一）…」, or '' at the top level. */
  section: string;
  /** The same, outer headings by their number only: 「一、 › （一）打好项目谋划主动仗」. */
  sectionShort: string;
  strength: Strength;
  scope: string | null;
  core: boolean;
  line: number;
}

export interface FindingEntry extends Spanned {
  key: string;
  rule: string;
  severity: Severity;
  /** The Chinese explanation of the message (after the colon of 「Unexpected …, expected …: 说明」). */
  message: string;
  /** The English part, or the whole message when it has no Chinese part. */
  messageEn: string;
  /** The span on one line (cut to 30 characters), with up to 12 characters of its line each side; '' for an empty span. */
  quote: string;
  before: string;
  after: string;
  line: number;
}

/** 提法: a named formulation (「五个一」) and what the text expands it into (empty when it does not). */
export interface FormulationEntry extends Spanned {
  key: string;
  name: string;
  expansion: string[];
}

export interface FindingGroup {
  rule: string;
  items: FindingEntry[];
}

export interface PanelView {
  title: string | null;
  referenceDate: string;
  counts: { headings: number; groups: number; problems: number; actions: number; findings: number };
  outline: OutlineEntry[];
  problemGroups: ProblemGroupEntry[];
  actions: ActionEntry[];
  /** Each formulation once, at its expansion when the text gives one. */
  formulations: FormulationEntry[];
  findingGroups: FindingGroup[];
}

/** The key of `actions[index]`: its text and how many earlier actions have the same text (`要…#0`). */
export function actionKey(actions: readonly Pick<Action, 'text'>[], index: number): string {
  const text = actions[index]!.text;
  let n = 0;
  for (let i = 0; i < index; i++) if (actions[i]!.text === text) n++;
  return `${text}#${n}`;
}

/** Splits a finding message 「Unexpected …, expected …: 中文说明」 into its Chinese and English parts. */
export function splitFindingMessage(message: string): { zh: string; en: string } {
  for (let i = message.lastIndexOf(': '); i > 0; i = message.lastIndexOf(': ', i - 1)) {
    const zh = message.slice(i + 2).trim();
    if (/[\u3400-\u9fff]/.test(zh) && !/^Unexpected\b/.test(zh)) return { zh, en: message.slice(0, i).trim() };
  }
  return { zh: message, en: message };
}

/** Up to `n` characters of the span's own line before and after it, white space squashed, for context. */
export function spanContext(text: string, span: Spanned, n = 12): { before: string; after: string } {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const nl = text.indexOf('\n', span.end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = Array.from(squashSpace(text.slice(lineStart, span.start)));
  const after = Array.from(squashSpace(text.slice(span.end, lineEnd)));
  return {
    before: (before.length > n ? '…' : '') + before.slice(-n).join(''),
    after: after.slice(0, n).join('') + (after.length > n ? '…' : ''),
  };
}

/** The panel's view of `analysis`, made from `text`. */
export function panelView(text: string, analysis: Analysis): PanelView {
  const lineOf = lineLocator(text);
  const toOutline = (node: OutlineNode): OutlineEntry => ({
    key: `h${node.heading.start}`,
    start: node.heading.start,
    end: node.heading.end,
    marker: node.heading.marker,
    title: node.heading.title,
    level: node.heading.level,
    line: lineOf(node.heading.start),
    children: node.children.map(toOutline),
  });

  const problemGroups = analysis.problemGroups.map(
    (g): ProblemGroupEntry => ({
      key: `g${g.start}`,
      start: g.start,
      end: g.end,
      label: g.label,
      leadIn: g.leadIn,
      stated: g.statedCount,
      found: g.items.length,
      mismatch: g.statedCount !== null && g.statedCount !== g.items.length,
      section: formatSection(g.sectionPath),
      sectionShort: shortSection(g.sectionPath),
      items: g.items.map((it) => ({ key: `p${it.start}`, start: it.start, end: it.end, ordinal: it.ordinal, title: it.title, body: it.body })),
    }),
  );

  const actions = analysis.actions.map(
    (a, i): ActionEntry => ({
      key: actionKey(analysis.actions, i),
      start: a.start,
      end: a.end,
      text: a.text,
      owners: a.owners,
      lead: a.lead,
      coop: a.coop,
      ownersText: a.owners.length ? formatOwners(a) : '',
      deadline: a.deadline && { text: a.deadline.text, due: a.deadline.due, dueText: a.deadline.due && formatChineseDate(a.deadline.due), type: a.deadline.type },
      section: formatSection(a.sectionPath),
      sectionShort: shortSection(a.sectionPath),
      strength: a.strength,
      scope: a.scope,
      core: a.core,
      line: lineOf(a.start),
    }),
  );

  const byRule = new Map<string, FindingEntry[]>();
  analysis.findings.forEach((f, i) => {
    const { zh, en } = splitFindingMessage(f.message);
    const entry: FindingEntry = {
      key: `f${i}`,
      start: f.start,
      end: f.end,
      rule: f.rule,
      severity: f.severity,
      message: zh,
      messageEn: en,
      quote: f.end > f.start ? quoteSpan(text, f) : '',
      ...(f.end > f.start ? spanContext(text, f) : { before: '', after: '' }),
      line: lineOf(f.start),
    };
    const list = byRule.get(f.rule);
    if (list) list.push(entry);
    else byRule.set(f.rule, [entry]);
  });
  // Rules in order of their worst severity, then of first appearance.
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const worst = (items: FindingEntry[]) => Math.min(...items.map((f) => rank[f.severity]));
  const findingGroups = [...byRule].map(([rule, items]) => ({ rule, items })).sort((a, b) => worst(a.items) - worst(b.items));

  return {
    title: analysis.title,
    referenceDate: analysis.referenceDate,
    counts: {
      headings: analysis.headings.length,
      groups: analysis.problemGroups.length,
      problems: problemGroups.reduce((n, g) => n + g.found, 0),
      actions: actions.length,
      findings: analysis.findings.length,
    },
    outline: buildOutline(analysis.headings).map(toOutline),
    problemGroups,
    actions,
    formulations: uniqueFormulations(analysis.formulations).map((f) => ({ key: `m${f.start}`, start: f.start, end: f.end, name: f.name, expansion: f.expansion })),
    findingGroups,
  };
}
