/**
 * The analysis engine's single public entry: `analyze(text, options?)` → Analysis (luoshi.analysis/1, see
 * ../schema/analysis.ts). Pure: no DOM, no browser APIs; it runs the same in node (CLI, tests) and in the extension.
 * Offsets are UTF-16 into `text` exactly as given — BOM, \r\n, full-width spaces and NBSP included.
 */
import type { Root } from 'mdast';
import { VFile, type DataMap } from 'vfile';
import { sectionFields, type Action, type Analysis, type AnalyzeOptions, type Deadline, type Enumeration, type ProblemGroup } from '../schema/analysis';
import { deadlinesIn, pickDeadline } from './extractors/deadlines';
import { isCollective } from './extractors/owners';

/** Whether an owner names every unit of a kind (各单位, 各部门…): the checklist groups these apart. */
export { isCollective };
import { toFindings } from './plugins/report';
import { processor } from './processor';
import { orig, spanOf } from './text/lines';
import type { ActionRec, EnumerationRec, Pos } from './types';

export type { Analysis, AnalyzeOptions } from '../schema/analysis';
/** The finding ids, typed: labels keyed by `RuleId` miss none. */
export { RULE_IDS, type RuleId } from './types';
/** The next due day of a recurrence (每月25日前 …) on or after a day: the checklist rolls recurring items forward. */
export { nextDue } from './calendar';
/**
 * The one deadline a short text gives — a typed correction (「年底前」「每月25日前」) — read as the analysis reads an
 * action's: its deadlines and recurring due points (`deadlinesIn`), the one a 督办 office goes by (`pickDeadline`),
 * resolved against `referenceDate` and `year` (the document's own year; by default the reference date's). Offsets
 * are into `text`; null when it names no deadline.
 */
export function parseDeadline(text: string, referenceDate: string, year = Number(referenceDate.slice(0, 4))): Deadline | null {
  const d = pickDeadline(deadlinesIn(text, { year, referenceDate }));
  return d && { text: d.text, due: d.due, type: d.type, start: d.start, end: d.end, ...(d.recurrence && { recurrence: d.recurrence }) };
}

/**
 * The data an analysis starts with: every field the passes fill in named up front, so that each file's data has the
 * one shape of this literal instead of a new shape grown field by field (nb. V8 drops a shape when every object of it
 * is gone at a garbage collection, and with it the optimized code of every pass that read it, compiled again on the
 * next call — most of the CPU time of an analyze after the first went to that, on a background thread). Its type names
 * every field of the vfile DataMap (lib/analysis/types.ts), so a field added there must be added here too.
 */
function freshData(input: string, options: AnalyzeOptions): { [K in keyof DataMap]: DataMap[K] | undefined } {
  return {
    input,
    options,
    lines: undefined,
    title: undefined,
    titleLines: undefined,
    genre: undefined,
    date: undefined,
    year: undefined,
    referenceDate: undefined,
    salutation: undefined,
    closing: undefined,
    headings: undefined,
    numberedTasks: undefined,
    pageChunks: undefined,
    boilerplate: undefined,
    enumerations: undefined,
    actions: undefined,
    formulations: undefined,
    tables: undefined,
  };
}

/** Runs the pipeline on a text: its file, whose data the passes filled in, and its tree. */
function runPipeline(text: string, options: AnalyzeOptions): { file: VFile; tree: Root } {
  // nb. remark-parse miscounts offsets after a BOM; a same-length space keeps every offset exact.
  const parsed = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const file = new VFile({ value: parsed, data: freshData(text, options) });
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return { file, tree };
}

/** A short draft of my own that takes the common paths of the passes (heading, list, task with owner and deadline). */
const SHAPE_SAMPLE = '关于做好2026年重点工作的通知\n一、总体要求\n（一）县住建局要在2026年6月底前完成老旧管网改造，县财政局配合。\n主要问题：一是资金不足；二是进度滞后；三是责任不明。\n各乡镇要按照“三个一”要求抓好落实。\n';

/**
 * The pipeline's objects for SHAPE_SAMPLE, made on the first analyze and kept (never read). nb. V8 drops the shape
 * (hidden class) of objects when all of them are gone at a garbage collection, and with it the optimized code of every
 * pass that read them: each analyze after a full collection had its passes compiled again (on a background thread,
 * about a third of its CPU time in the bench). Kept objects of every common shape keep those shapes, and the code.
 * Nothing of the sample reaches any analysis.
 */
let shapeKeeper: { file: VFile; tree: Root } | null = null;

/** Analyses a draft. Never throws on any string input. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  shapeKeeper ??= runPipeline(SHAPE_SAMPLE, {});
  const { file } = runPipeline(text, options);
  const d = file.data;
  const lines = d.lines!;
  const at = (p: Pos) => orig(lines[p.line]!, p.at);
  const endAt = (p: Pos) => (p.at > 0 ? orig(lines[p.line]!, p.at - 1) + 1 : orig(lines[p.line]!, 0));

  const enumerations: Enumeration[] = d.enumerations!.map((e) => ({
    leadIn: e.leadIn,
    statedCount: e.statedCount,
    label: e.label,
    polarity: e.polarity,
    family: e.family,
    ...sectionFields(e.section),
    start: at(e.items[0]!.start),
    end: endAt(e.items[e.items.length - 1]!.end),
    items: e.items.map((it) => ({ ordinal: it.ordinal, title: it.title, body: it.body, start: at(it.start), end: endAt(it.end) })),
  }));
  const problemGroups: ProblemGroup[] = [];
  d.enumerations!.forEach((e, i) => {
    if (e.polarity !== 'problem' || nestedInProblem(e)) return;
    const en = enumerations[i]!;
    const leadStart = e.leadInPos ? spanOf(lines[e.leadInPos.line]!, e.leadInPos.start, e.leadInPos.end).start : en.start;
    problemGroups.push({ leadIn: en.leadIn, statedCount: en.statedCount, label: en.label, section: en.section, sectionPath: en.sectionPath, start: Math.min(leadStart, en.start), end: en.end, items: en.items });
  });
  const frameLine = (i: number | null) => {
    if (i === null) return null;
    const span = spanOf(lines[i]!, 0, lines[i]!.text.length);
    return { text: text.slice(span.start, span.end), ...span };
  };

  return {
    schema: 'luoshi.analysis/1',
    title: d.title ?? null,
    genre: d.genre ?? 'speech',
    date: d.date ?? null,
    referenceDate: d.referenceDate!,
    salutation: frameLine(d.salutation ?? null),
    closing: frameLine(d.closing ?? null),
    headings: d.headings!.map((h) => {
      const span = spanOf(lines[h.line]!, 0, h.titleEnd);
      return { level: h.level, marker: h.marker, title: h.title, inline: h.inline, start: span.start, end: span.end };
    }),
    problemGroups,
    enumerations,
    actions: d.actions!.map(toAction),
    formulations: d.formulations!,
    findings: toFindings(file),
  };
}

/**
 * An action record as the Analysis has it: without its line, with both forms of its section, then its collective
 * owners if any. nb. Copied key by key in the record's own order (the JSON keeps it): object rest and spread took
 * V8's slow generic path, a few microseconds per action.
 */
function toAction(rec: ActionRec): Action {
  const a: Record<string, unknown> = {};
  for (const k in rec) if (k !== 'line' && k !== 'section') a[k] = rec[k as keyof ActionRec];
  const { section, sectionPath } = sectionFields(rec.section);
  a.section = section;
  a.sectionPath = sectionPath;
  const collective = rec.owners.filter(isCollective);
  if (collective.length) a.collective = collective;
  return a as unknown as Action;
}

/** A problem list nested inside an item of another problem list (有的… inside 一是…) is part of that item. */
function nestedInProblem(e: EnumerationRec): boolean {
  return (e.parents ?? []).some((o) => o.polarity === 'problem');
}
