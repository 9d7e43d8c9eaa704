/**
 * The tracked checklist (督办台账): the records `LuoshiDB` stores, the versioned json backup, and the requests the
 * background accepts. zod checks everything that enters from outside (a backup file, a message, a v1 row being
 * upgraded); inside lib/ the inferred types are used as plain types.
 *
 * Statuses are stored as stable ids ('not_started' …) and shown through `statusLabels` (lib/checklist/status.ts),
 * so a wording change never needs a migration. Booleans that must be indexed (`orphaned`) are 0 | 1, because
 * IndexedDB cannot index booleans.
 */
import { z } from 'zod';
import { analysisSchema, deadlineTypeSchema, recurrenceSchema } from './analysis';
import { userSettingsSchema } from './settings';
import { supervisionRegisterSchema } from './supervision';

/** The canonical status set of domain.md §5.2, as stable ids. */
export const statusSchema = z.enum(['not_started', 'in_progress', 'behind', 'overdue', 'done', 'closed', 'ongoing', 'extension', 'suspended']);

export const itemKindSchema = z.enum(['action', 'problem']);

/** Fields a person can edit by hand; an edited field keeps its value when a revised draft is merged. */
export const editableFieldSchema = z.enum(['text', 'owners', 'lead', 'coop', 'deadline']);

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 日期');
const id = z.string().min(1).max(64);
const timestamp = z.number().int().nonnegative();

/**
 * The limits of the stored records, one set for every write (the repository's guard, lib/db/record-guard.ts) and
 * for restore (lib/checklist/backup.ts), so whatever was saved restores. Free text is only bounded in length:
 * markup, control characters, form feeds are text like any other (exports escape them where their format needs it).
 */
export const LIMITS = {
  /** The largest draft the app takes (editor, capture, file import, paste): 2,000,000 characters. */
  draftChars: 2_000_000,
  /** One progress note (进展情况), including the status change line setStatus writes before it. */
  noteChars: 100_000,
  /** Titles: a draft's title line, cut to this when longer. */
  titleChars: 2000,
  /** A page URL (OA systems put long query strings and hash routes in them). */
  urlChars: 8192,
  /** A draft key: the URL with its route, the editor id and a text fingerprint. */
  keyChars: 10_000,
  /** One unit name (责任单位) and how many an item may have. */
  nameChars: 1000,
  names: 1000,
  documents: 100_000,
  items: 1_000_000,
  notes: 2_000_000,
  /** The items one bulk status note may list (`itemIds`): a bulk change writes one note per chunk of this many. */
  noteItems: 500,
  revisions: 1_000_000,
} as const;

/** Text copied from the draft (an item's text, a problem's body, headings, anchors): as long as a draft may be. */
const draftText = z.string().max(LIMITS.draftChars, `超过 ${LIMITS.draftChars} 字符`);
const noteText = z.string().max(LIMITS.noteChars, `进展情况超过 ${LIMITS.noteChars} 字`);
/** Short structured words (deadline words, prefix/suffix context, a site). */
const short = z.string().max(2000, '超过 2000 字符');
const names = z.array(z.string().max(LIMITS.nameChars, `单位名称超过 ${LIMITS.nameChars} 字符`)).max(LIMITS.names);

/** Whether `url` is an http(s) URL: the only links stored (在原文中定位 opens them). */
export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A stored link: http(s) only, never data:, file:, javascript: or a browser page. */
export const httpUrlSchema = z.string().max(LIMITS.urlChars, `网址超过 ${LIMITS.urlChars} 字符`).refine(isHttpUrl, '网址只能是 http(s) 链接');

/**
 * Where an item sits in the draft: hypothesis' TextQuoteSelector (exact with up to 32 characters of context each
 * side) plus a TextPositionSelector start offset used as a hint when the quote occurs more than once.
 */
export const anchorSchema = z.object({
  exact: draftText,
  prefix: short,
  suffix: short,
  start: z.number().int().nonnegative(),
});

/** A deadline as the checklist keeps it: the words, the resolved day if any, and the kind. */
export const itemDeadlineSchema = z.object({
  text: draftText,
  due: isoDay.nullable(),
  type: deadlineTypeSchema,
  /** A recurrence's rule (每月25日前): the checklist rolls its due day forward (lib/checklist/lights `dueOn`). */
  recurrence: recurrenceSchema.optional(),
});

/** One heading of an item's path (an Analysis `sectionStep`), bounded for storage. */
export const sectionStepRecordSchema = z.object({ marker: short, title: draftText });

/** The values the latest draft gives for the editable fields; a field not hand-edited follows these. */
export const draftValuesSchema = z.object({
  text: draftText,
  owners: names,
  lead: names,
  coop: names,
  deadline: itemDeadlineSchema.nullable(),
});

/** One saved draft: identity, where it was read, and the analysed text (kept for anchoring and audit). */
export const documentRecordSchema = z.object({
  id,
  /** Caller's identity for the draft (e.g. the editor page's URL + field); a re-save with the same key merges. */
  key: z.string().max(LIMITS.keyChars),
  title: z.string().max(LIMITS.titleChars),
  /** The page the draft was read from: http(s) only (null for pasted and imported drafts). */
  url: httpUrlSchema.nullable(),
  site: z.string().max(500).nullable(),
  editor: z.string().max(100).nullable(),
  referenceDate: isoDay,
  text: draftText,
  createdAt: timestamp,
  updatedAt: timestamp,
  revision: z.number().int().positive(),
});

/** One tracked 落实事项 (kind action) or 问题 (kind problem). */
export const itemRecordSchema = z.object({
  id,
  documentId: id,
  kind: itemKindSchema,
  /** The action's directive, or the problem item's title. Editable. */
  text: draftText,
  /** A problem item's body text; '' for actions. */
  detail: draftText,
  /** The problem group's label (「四个方面」) for problems; null for actions. */
  group: draftText.nullable(),
  /** The heading path: each heading's marker and title as the analysis read them (lib/schema/analysis.ts). */
  section: z.array(sectionStepRecordSchema).max(20),
  owners: names,
  lead: names,
  coop: names,
  deadline: itemDeadlineSchema.nullable(),
  /** Indexed copy of `deadline.due` (null is not indexed). */
  due: isoDay.nullable(),
  status: statusSchema,
  /** Last reported progress in percent (for 序时进度), or null when none was reported. */
  progress: z.number().min(0).max(100).nullable(),
  anchor: anchorSchema,
  /** Position in the draft, for ordering. */
  order: z.number().int().nonnegative(),
  /** 1 when the latest draft no longer contains the item: still shown, never deleted. */
  orphaned: z.union([z.literal(0), z.literal(1)]),
  /** 1 when a person chose to keep the item though the draft dropped it: a later merge does not orphan it again. */
  pinned: z.union([z.literal(0), z.literal(1)]),
  /** Set while the item is in the trash. */
  deletedAt: timestamp.nullable(),
  edited: z.array(editableFieldSchema).max(5),
  draft: draftValuesSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
  /** 'manual' for an item a person added (新增事项, a selection sent to the 台账); absent for the draft's own. */
  origin: z.literal('manual').optional(),
  /** A recurring item: the due day of the latest period marked 本期已完成; the next due day comes after it. */
  periodDone: isoDay.optional(),
  /** Owners that name every unit of a kind (各单位, 各部门…), as the analysis marks them: grouped apart. */
  collective: names.optional(),
});

/**
 * A draft item a person marked 不入台账 before (or instead of) saving: kept by the draft's key and the item's
 * anchor, so every later save of that draft leaves the item out (lib/checklist/skips.ts) until it is unskipped.
 */
export const skipRecordSchema = z.object({
  id,
  /** The draft key of saveAnalysis (lib/panel/draft-source.ts). */
  key: z.string().min(1).max(LIMITS.keyChars),
  kind: itemKindSchema,
  anchor: anchorSchema,
  /** The item's text when it was skipped, to show in a list of skipped items. */
  text: draftText,
  createdAt: timestamp,
});

/**
 * One entry of an item's append-only progress log (进展情况) — or of several items' logs: a bulk status change
 * (setStatusMany) writes one note for the items of one document that went from the same status to the same one,
 * listing them in `itemIds` (indexed, multi-entry; `itemId` is the first of them), so 5,000 items changed write a
 * few dozen notes, not 5,000. Read through lib/checklist/notes.ts, which gives each item its own view of a note.
 */
export const noteRecordSchema = z
  .object({
    id,
    itemId: id,
    documentId: id,
    /** Every item a bulk status note is about, `itemId` first; absent on a note of one item. */
    itemIds: z.array(id).min(2).max(LIMITS.noteItems).optional(),
    /** The day the progress refers to. */
    date: isoDay,
    text: noteText,
    /** 'status' entries are written by setStatus, 'note' ones by a person. */
    kind: z.enum(['note', 'status']),
    progress: z.number().min(0).max(100).nullable(),
    createdAt: timestamp,
  })
  .refine((n) => !n.itemIds || (n.itemIds[0] === n.itemId && new Set(n.itemIds).size === n.itemIds.length), { message: '批量记录的事项须以 itemId 开头且不重复', path: ['itemIds'] });

export const mergeReportSchema = z.object({
  matched: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
  /** Matched items whose hand edits were kept against a different value in the draft. */
  keptEdits: z.number().int().nonnegative(),
  /**
   * Items paired with a reworded sentence of the draft that kept a status other than 未启动: each named with the
   * status it carried and its text before and after. Absent when none (and in reports saved before it existed).
   */
  carried: z.array(z.object({ id, status: statusSchema, from: draftText, to: draftText })).max(LIMITS.items).optional(),
  /**
   * The checklist whose draft key this save had but none of whose items (nor enough of its text) it matched: the
   * save became a new document instead of replacing that one. Absent otherwise.
   */
  separatedFrom: id.optional(),
  /** Draft items left out because they were marked 不入台账 (skips of the draft's key). Absent when none. */
  skipped: z.number().int().nonnegative().optional(),
  /**
   * The hand edits this merge kept where the draft says otherwise, field by field: the value kept, the draft's
   * value, and — when the draft's value changed since the last save (a draft change not applied because of the
   * hand edit) — the draft's value before. Absent when none (and in reports saved before it existed).
   */
  handEdits: z
    .array(z.object({ id, text: draftText, field: editableFieldSchema, kept: z.string().max(LIMITS.draftChars), draft: z.string().max(LIMITS.draftChars), draftBefore: z.string().max(LIMITS.draftChars).optional() }))
    .max(LIMITS.items)
    .optional(),
});

/** The item fields whose change a revision records (content a reader compares between drafts). */
export const changedFieldSchema = z.enum(['text', 'detail', 'group', 'section', 'owners', 'lead', 'coop', 'deadline']);

/** An item a revision added or orphaned, as it read then. */
const revisionItemSchema = z.object({ id, kind: itemKindSchema, text: draftText });
/** A content field as text (lists joined, the section path with ›): at most a draft's length twice. */
const fieldText = z.string().max(2 * LIMITS.draftChars);

/**
 * What one revision did to the checklist, item by item (since schema version 3): items added, items whose
 * content changed (each changed field before → after, as text), items orphaned. Texts are copied as they read at
 * that save, so the history stays readable after later edits.
 */
export const revisionChangesSchema = z.object({
  added: z.array(revisionItemSchema).max(LIMITS.items),
  changed: z
    .array(
      revisionItemSchema.extend({
        fields: z.array(changedFieldSchema).max(8),
        before: z.partialRecord(changedFieldSchema, fieldText),
        after: z.partialRecord(changedFieldSchema, fieldText),
      }),
    )
    .max(LIMITS.items),
  orphaned: z.array(revisionItemSchema).max(LIMITS.items),
});

/** One save of a draft into a document, with what the merge did. */
export const revisionRecordSchema = z.object({
  id,
  documentId: id,
  revision: z.number().int().positive(),
  savedAt: timestamp,
  textLength: z.number().int().nonnegative(),
  report: mergeReportSchema,
  /** Item by item; null for revisions saved before schema version 3 (only the counts of `report` are known). */
  changes: revisionChangesSchema.nullable().default(null),
});

/**
 * The search terms of one item (its id): character bigrams of its searchable fields, a multi-entry index. Kept
 * apart from the item so that writes which do not change the text (status, order, anchor) leave the large
 * index alone. Derived, so never part of a backup.
 */
export interface TermsRecord {
  id: string;
  terms: string[];
}

/**
 * A row an upgrade could only keep shortened: the untouched original (any shape: data from an older version),
 * which table and row it belongs to, the fields cut in the stored copy, and when. Kept, and carried by backups,
 * so an upgrade loses nothing.
 */
export const quarantineRecordSchema = z.object({
  id: z.string().min(1).max(200),
  table: z.string().max(40),
  rowId: z.string().max(200),
  original: z.unknown(),
  cut: z.array(z.string().max(500)).max(1000),
  at: timestamp,
});

export const settingsSchema = z.object({
  /** Days before the due date at which the blue light comes on. */
  warnDays: z.number().int().min(0).max(365),
});

export const settingRecordSchema = z.object({ key: z.literal('settings'), value: settingsSchema });

export const BACKUP_FORMAT = 'luoshi.checklist-backup';
/**
 * Version written (4: a note may list several items, `itemIds` — a bulk status change's note; an app that reads only
 * up to 3 refuses the file rather than give the note to its first item alone). Versions 1 (no preferences), 2
 * (sections as strings) and 3 (sections as {marker, title}, one item per note) are still read.
 */
export const BACKUP_VERSION = 4;
export const BACKUP_VERSIONS_READ = [1, 2, 3, 4] as const;

/** An enabled-site entry as lib/sites.ts reads it: an http(s) origin, a host name or a wildcard host. */
const siteEntrySchema = z
  .string()
  .max(300)
  .regex(/^(?:https?:\/\/[a-z0-9.-]+(?::\d{1,5})?|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)$/i, '应为 http(s) 站点或域名');

/**
 * The user's preferences a backup carries besides the checklist (since version 2): the settings of the options
 * page — reminders with their time and the blue-light window, reference date, the office lexicon, language, theme —
 * and the sites where Luoshi is enabled; and the 督办编号 register (only when it holds a number; older backups have none).
 * The office policy (storage.managed) is the administrator's, not backed up.
 */
export const preferencesSchema = z.object({
  settings: userSettingsSchema,
  enabledSites: z.array(siteEntrySchema).max(1000),
  supervisionRegister: supervisionRegisterSchema.optional(),
});

/** The json backup of everything (版本化备份). */
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  exportedAt: z.string().max(40),
  /** The blue-light window: the settings' own (in `preferences` since version 2), repeated here as version 1 carried it. */
  settings: settingsSchema,
  preferences: preferencesSchema.optional(),
  documents: z.array(documentRecordSchema).max(LIMITS.documents),
  items: z.array(itemRecordSchema).max(LIMITS.items),
  notes: z.array(noteRecordSchema).max(LIMITS.notes),
  revisions: z.array(revisionRecordSchema).max(LIMITS.revisions),
  /** Originals an upgrade kept aside (only when there are any). */
  quarantine: z.array(quarantineRecordSchema).max(LIMITS.items).optional(),
  /** Draft items marked 不入台账 (only when there are any; older backups have none). */
  skips: z.array(skipRecordSchema).max(LIMITS.items).optional(),
});

export type Status = z.infer<typeof statusSchema>;
export type ItemKind = z.infer<typeof itemKindSchema>;
export type EditableField = z.infer<typeof editableFieldSchema>;
export type Anchor = z.infer<typeof anchorSchema>;
export type ItemDeadline = z.infer<typeof itemDeadlineSchema>;
export type DraftValues = z.infer<typeof draftValuesSchema>;
export type DocumentRecord = z.infer<typeof documentRecordSchema>;
export type ItemRecord = z.infer<typeof itemRecordSchema>;
export type NoteRecord = z.infer<typeof noteRecordSchema>;
export type MergeReport = z.infer<typeof mergeReportSchema>;
export type RevisionRecord = z.infer<typeof revisionRecordSchema>;
export type RevisionChanges = z.infer<typeof revisionChangesSchema>;
export type ChangedField = z.infer<typeof changedFieldSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Backup = z.infer<typeof backupSchema>;
export type Preferences = z.infer<typeof preferencesSchema>;
export type QuarantineRecord = z.infer<typeof quarantineRecordSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type SkipRecord = z.infer<typeof skipRecordSchema>;
export type HandEditReport = NonNullable<MergeReport['handEdits']>[number];

export const DEFAULT_SETTINGS: Settings = { warnDays: 3 };

/*
 * Requests the background accepts for the checklist (lib/messaging). Each is checked here before the repository
 * sees it: the sender is our own content script or page, but its data came from a web page.
 */
const itemId = z.object({ itemId: id });
const lightSchema = z.enum(['red', 'yellow', 'blue']);

export const itemFilterSchema = z.object({
  documentId: id.optional(),
  owner: z.string().max(200).optional(),
  status: z.union([statusSchema, z.array(statusSchema).max(9)]).optional(),
  kind: itemKindSchema.optional(),
  light: lightSchema.optional(),
  today: isoDay.optional(),
  query: z.string().max(200).optional(),
  orphaned: z.boolean().optional(),
  trash: z.boolean().optional(),
});

/**
 * A correction made in the side panel before saving, for the action at [start, end) of the analysis sent: the
 * fields given are hand edits (flagged, kept through later merges); the analysis keeps the draft's own values.
 */
export const correctionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  owners: names.optional(),
  lead: names.optional(),
  coop: names.optional(),
  deadline: itemDeadlineSchema.nullable().optional(),
});

export const checklistRequestSchemas = {
  saveAnalysis: z.object({
    documentId: id.optional(),
    key: z.string().min(1).max(LIMITS.keyChars),
    // nb. Longer titles are cut and other links dropped when the document is written (lib/db/save-analysis.ts).
    title: draftText.nullable().optional(),
    url: z.string().max(LIMITS.urlChars).nullable().optional(),
    site: z.string().max(500).nullable().optional(),
    editor: z.string().max(100).nullable().optional(),
    text: draftText,
    analysis: analysisSchema,
    corrections: z.array(correctionSchema).max(LIMITS.items).optional(),
  }),
  listDocuments: z.object({}),
  listItems: itemFilterSchema,
  listNotes: itemId,
  setStatus: itemId.extend({ status: statusSchema, date: isoDay.optional(), note: noteText.optional() }),
  addNote: itemId.extend({ text: noteText, date: isoDay.optional(), progress: z.number().min(0).max(100).nullable().optional() }),
  editItem: itemId.extend({
    edit: z.object({ text: draftText.optional(), owners: names.optional(), lead: names.optional(), coop: names.optional(), deadline: itemDeadlineSchema.nullable().optional() }),
  }),
  revertEdit: itemId.extend({ field: editableFieldSchema }),
  completePeriod: itemId.extend({ note: noteText.optional(), date: isoDay.optional() }),
  addItem: z.object({
    documentId: id.optional(),
    key: z.string().min(1).max(LIMITS.keyChars).optional(),
    selection: z.object({ text: draftText, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
    title: z.string().max(LIMITS.titleChars).nullable().optional(),
    url: z.string().max(LIMITS.urlChars).nullable().optional(),
    kind: itemKindSchema.optional(),
    text: draftText.optional(),
    detail: draftText.optional(),
    section: z.array(sectionStepRecordSchema).max(20).optional(),
    owners: names.optional(),
    lead: names.optional(),
    coop: names.optional(),
    deadline: itemDeadlineSchema.nullable().optional(),
    status: statusSchema.optional(),
    progress: z.number().min(0).max(100).nullable().optional(),
  }),
  skipItem: z.object({ key: z.string().min(1).max(LIMITS.keyChars), kind: itemKindSchema, anchor: anchorSchema, text: draftText }),
  unskipItem: z.object({ skipId: id }),
  listSkips: z.object({ key: z.string().min(1).max(LIMITS.keyChars) }),
  deleteItem: itemId,
  restoreItem: itemId,
} as const;

export type ChecklistRequestType = keyof typeof checklistRequestSchemas;
export type ChecklistRequest<K extends ChecklistRequestType> = z.input<(typeof checklistRequestSchemas)[K]>;
