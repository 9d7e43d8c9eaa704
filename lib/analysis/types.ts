/**
 * What the plugins share through `file.data` (vfile DataMap augmentation), in pipeline order. Records keep line
 * indexes and cleaned-text offsets while the pipeline runs; `index.ts` turns them into the Analysis contract.
 */
import type { AnalyzeOptions, Deadline, Formulation, Polarity, SectionStep, Strength } from '../schema/analysis';
import type { GenreId } from './genres';
import type { Line } from './text/lines';
import type { TableCell } from './text/table-model';

/** The id of every finding the rules report, one file per id in ./rules/ (an unknown id fails to compile). */
export const RULE_IDS = ['placeholder', 'count-mismatch', 'numbering-gap', 'numbering-duplicate', 'page-chunk', 'boilerplate'] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A heading found at the start of a line. `end` is the cleaned offset where the title stops. */
export interface HeadingRec {
  line: number;
  level: number;
  /** Marker family: cn-dun 一、 · cn-paren （一） · num-dot 1. · num-paren （1） · di 第一， · md (markdown # without marker). */
  family: string;
  value: number;
  marker: string;
  title: string;
  /** Cleaned offsets in the line: marker start, title [titleStart, titleEnd). */
  titleStart: number;
  titleEnd: number;
  inline: boolean;
  /** Heading path at this heading, itself included ({marker: '一、', title: '在…'}, {marker: '（一）', …}). */
  path: SectionStep[];
}

/** A numbered line taken for a task, not a heading: it still takes part in its family's numbering. */
export interface NumberedTask {
  line: number;
  family: string;
  value: number;
  marker: string;
}

/** Numbering on a page-chunk's marker (remarkPageChunks): the marker's input offsets. */
export interface PageChunkRec {
  marker: string;
  start: number;
  end: number;
}

/** A boilerplate block of lines, or a noise span inside a real line (remarkBoilerplate), at input offsets. */
export type BoilerplateRec = { kind: 'block'; what: string; lines: number; start: number; end: number } | { kind: 'span'; reason: string; start: number; end: number };

/** Position in the document: a line and a cleaned offset in it. */
export interface Pos {
  line: number;
  at: number;
}

export interface EnumItemRec {
  ordinal: string;
  value: number;
  /** Marker start, title [titleStart, titleEnd), item end (exclusive). */
  start: Pos;
  titleStart: Pos;
  titleEnd: Pos;
  end: Pos;
  /** A problem item's finding ends here when its body goes on to order (「…。我们一定要…」): that part is no finding. */
  findingEnd?: Pos;
  title: string;
  body: string;
}

export interface EnumerationRec {
  family: string;
  items: EnumItemRec[];
  leadIn: string | null;
  leadInPos: { line: number; start: number; end: number } | null;
  /** Text around the lead-in used for polarity (the lead-in sentence and the one before it). */
  context: string;
  statedCount: number | null;
  countWords: string | null;
  label: string;
  polarity: Polarity;
  section: SectionStep[];
  /** Nested inside an item of another enumeration: how deep, and inside which. */
  depth: number;
  parents?: EnumerationRec[];
}

export interface ActionRec {
  line: number;
  start: number;
  end: number;
  text: string;
  owners: string[];
  lead: string[];
  coop: string[];
  deadline: Deadline | null;
  section: SectionStep[];
  strength: Strength;
  scope: string | null;
  core: boolean;
  /** Ids of the signals that made it an action (extractors/directive DIRECTIVE_SIGNALS, will-do, unit-first); a table row has none. */
  because?: string[];
}

/** What a column of a task table holds: 'name' is a task column outranked by a more specific one (项目名称). */
export type TableColumnRole = 'seq' | 'task' | 'name' | 'lead' | 'resp' | 'coop' | 'deadline' | 'person' | 'other';

/** One row of a task table, resolved: its task cell, units by role, deadline cell and the group it belongs to. */
export interface TaskRowRec {
  line: number;
  /** 'section': the row only names the category of the rows under it. */
  kind: 'task' | 'section';
  task: TableCell | null;
  lead: string[];
  resp: string[];
  coop: string[];
  deadline: TableCell | null;
  /** The category or project the row belongs to (a section row above it, or its merged name cell). */
  group: string | null;
}

export interface TaskTableRec {
  /** Line of the header row, null for a table read from its cells' shapes. */
  header: number | null;
  roles: TableColumnRole[];
  rows: TaskRowRec[];
}

declare module 'vfile' {
  interface DataMap {
    /** The input exactly as given (BOM and \r\n included). */
    input: string;
    options: AnalyzeOptions;
    lines: Line[];
    title: string | null;
    titleLines: number[];
    /** Document genre (./genres): its profile says whether tasks need a modal and which sections review. */
    genre: GenreId;
    date: string | null;
    year: number | null;
    referenceDate: string;
    salutation: number | null;
    closing: number | null;
    headings: HeadingRec[];
    /** Numbered lines taken for tasks (remarkHeadings): they count in their family's numbering. */
    numberedTasks: NumberedTask[];
    /** Page-chunk markers joined away (remarkPageChunks). */
    pageChunks: PageChunkRec[];
    /** Boilerplate blocks and noise spans (remarkBoilerplate). */
    boilerplate: BoilerplateRec[];
    enumerations: EnumerationRec[];
    actions: ActionRec[];
    formulations: Formulation[];
    /** Task tables (remarkTables); their lines have role 'table'. */
    tables: TaskTableRec[];
  }
}

declare module 'mdast' {
  interface ParagraphData {
    /** Index of the line this paragraph is (remarkSpeechLines). */
    line?: number;
  }
}
