/**
 * The Analysis contract (`luoshi.analysis/1`, see ../shared/docs/analysis-json.md): the one shape the engine returns,
 * the CLI prints and the extension stores. This zod schema is its source of truth; types are inferred from it.
 * Offsets are UTF-16 code units into the input exactly as given (BOM and `\r\n` included), end exclusive.
 */
import { z } from 'zod';

const offset = z.number().int().nonnegative();

/** A span of the input: `text.slice(start, end)` gives it back. */
export const spanSchema = z.object({ start: offset, end: offset });

/** A numbered structural heading: level 1 一、 · 2 （一） · 3 1./1、 · 4 （1）, assigned by order of appearance. */
export const headingSchema = spanSchema.extend({
  level: z.number().int().min(1).max(6),
  marker: z.string(),
  title: z.string(),
  /** True when the title shares its paragraph with body text (「（一）强化组织领导。成立……」). */
  inline: z.boolean(),
});

/**
 * One step of a heading path (an item's `section`): the heading's marker (「一、」「（三）」「1.」, '' for a table's
 * category cell, which is no heading) and its title, as the heading pass read them — never re-parsed from text.
 */
export const sectionStepSchema = z.object({ marker: z.string(), title: z.string() });

/** One item of an enumeration: ordinal (一是, 第一，, ①…), title up to the first 。/；, and the rest as body. */
export const enumItemSchema = spanSchema.extend({
  ordinal: z.string(),
  title: z.string(),
  body: z.string(),
});

export const polaritySchema = z.enum(['problem', 'achievement', 'task', 'neutral']);

/** An enumeration found inside or across paragraphs, with its lead-in and polarity. */
export const enumerationSchema = spanSchema.extend({
  leadIn: z.string().nullable(),
  statedCount: z.number().int().positive().nullable(),
  label: z.string(),
  polarity: polaritySchema,
  family: z.string(),
  /** The heading path as the contract spells it: one string per heading, marker and title run together. */
  section: z.array(z.string()),
  /** The same path as the heading pass read it, one `{marker, title}` per heading: what the pages and the checklist use. */
  sectionPath: z.array(sectionStepSchema),
  items: z.array(enumItemSchema),
});

/** A problem list (问题清单): an enumeration whose polarity is `problem`. */
export const problemGroupSchema = spanSchema.extend({
  leadIn: z.string().nullable(),
  statedCount: z.number().int().positive().nullable(),
  label: z.string(),
  /** The heading path as the contract spells it: one string per heading, marker and title run together. */
  section: z.array(z.string()),
  /** The same path as the heading pass read it, one `{marker, title}` per heading: what the pages and the checklist use. */
  sectionPath: z.array(sectionStepSchema),
  items: z.array(enumItemSchema),
});

export const deadlineTypeSchema = z.enum(['absolute', 'period', 'relative', 'urgent', 'ongoing']);

/**
 * A recurring due point (每月25日前 → month, day 25; 每季度末 → quarter, end; 每周五 → week, day 5; 每季度第1个月的20日前
 * → quarter, month 1, day 20) or frequency (每年 → year, end). With it, a deadline's `due` is the next one on or after
 * the reference date, and a checklist rolls it forward (`nextDue`).
 */
export const recurrenceSchema = z.object({
  unit: z.enum(['week', 'half-month', 'month', 'quarter', 'half-year', 'year']),
  /** Day of the month, or weekday 1 (Monday) – 7 (Sunday) for week rules. */
  day: z.number().int().min(1).max(31).optional(),
  /** Month of the year (year rules) or of the quarter, 1–3 (quarter rules). */
  month: z.number().int().min(1).max(12).optional(),
  /** The period's last day (月底, 季末, 年底). */
  end: z.boolean().optional(),
});

/** 时限: the words of the text and, where they resolve to a day, the ISO date. */
export const deadlineSchema = spanSchema.extend({
  text: z.string(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  type: deadlineTypeSchema,
  /** Set for a recurrence (optional; absent on one-off deadlines). */
  recurrence: recurrenceSchema.optional(),
});

export const strengthSchema = z.enum(['strong', 'medium', 'soft']);

/** 落实事项: a directive clause with its owners (责任单位), deadline (时限) and heading path. */
export const actionSchema = spanSchema.extend({
  text: z.string(),
  owners: z.array(z.string()),
  /** Owners named as 牵头 (lead) and 配合 (co-operating) where the text says so; both are also in `owners`. */
  lead: z.array(z.string()),
  coop: z.array(z.string()),
  /** Owners that name every unit of a kind (各单位, 各部门, 各乡镇, 各级领导干部); optional, absent when none. */
  collective: z.array(z.string()).optional(),
  deadline: deadlineSchema.nullable(),
  /** The heading path as the contract spells it: one string per heading, marker and title run together. */
  section: z.array(z.string()),
  /** The same path as the heading pass read it, one `{marker, title}` per heading: what the pages and the checklist use. */
  sectionPath: z.array(sectionStepSchema),
  strength: strengthSchema,
  /** The 对…的 condition of a category clause, or null. */
  scope: z.string().nullable(),
  /** Concrete and checkable (owner, deadline, metric or concrete verb-object) vs. softer exhortation. */
  core: z.boolean(),
  /**
   * Why it was taken: the ids of the signals that decided it (lib/analysis/extractors/directive DIRECTIVE_SIGNALS,
   * `will-do`, `unit-first`). Optional within luoshi.analysis/1; a trace for people, never stored in the checklist.
   */
  because: z.array(z.string()).optional(),
});

/** A named numeric formulation (「五个一」「三大攻坚战」) with its local expansion, [] when the text gives none. */
export const formulationSchema = spanSchema.extend({
  name: z.string(),
  expansion: z.array(z.string()),
});

export const severitySchema = z.enum(['error', 'warning', 'info']);

/** A drafting finding, from a vfile message: rule id, severity, message and span. */
export const findingSchema = spanSchema.extend({
  rule: z.string(),
  severity: severitySchema,
  message: z.string(),
});

/** The kind of document, as the analysis read it (lib/analysis/genres): 讲话 · 工作报告 · 方案 · 通知 · 会议纪要. */
export const genreSchema = z.enum(['speech', 'report', 'plan', 'notice', 'minutes']);

export const analysisSchema = z.object({
  schema: z.literal('luoshi.analysis/1'),
  title: z.string().nullable(),
  /** Optional within luoshi.analysis/1: results stored before it was added have none. */
  genre: genreSchema.optional(),
  /** The document's own date (成文日期 or dated title), ISO, or null. */
  date: z.string().nullable(),
  /** The date deadlines were resolved against, ISO. */
  referenceDate: z.string(),
  salutation: spanSchema.extend({ text: z.string() }).nullable(),
  closing: spanSchema.extend({ text: z.string() }).nullable(),
  headings: z.array(headingSchema),
  problemGroups: z.array(problemGroupSchema),
  enumerations: z.array(enumerationSchema),
  actions: z.array(actionSchema),
  formulations: z.array(formulationSchema),
  findings: z.array(findingSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type Genre = z.infer<typeof genreSchema>;
export type Heading = z.infer<typeof headingSchema>;
export type SectionStep = z.infer<typeof sectionStepSchema>;

/** A heading path in both of its forms: the contract's `section` (marker + title per heading) and `sectionPath`. */
export function sectionFields(steps: SectionStep[]): { section: string[]; sectionPath: SectionStep[] } {
  return { section: steps.map((h) => h.marker + h.title), sectionPath: steps };
}
export type EnumItem = z.infer<typeof enumItemSchema>;
export type Polarity = z.infer<typeof polaritySchema>;
export type Enumeration = z.infer<typeof enumerationSchema>;
export type ProblemGroup = z.infer<typeof problemGroupSchema>;
export type DeadlineType = z.infer<typeof deadlineTypeSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type Recurrence = z.infer<typeof recurrenceSchema>;
export type Strength = z.infer<typeof strengthSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Formulation = z.infer<typeof formulationSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Analysis = z.infer<typeof analysisSchema>;

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** ISO date (YYYY-MM-DD) that deadlines resolve against when the document states no date or year of its own. */
  referenceDate?: string;
  /** Extra lexicon from the user's settings (owner names, directive words, boilerplate patterns). */
  lexicon?: {
    owners?: string[];
    directives?: string[];
    boilerplate?: string[];
  };
}
