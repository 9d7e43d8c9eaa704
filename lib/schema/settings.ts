/**
 * The user's settings (options page), one zod schema with a default for every field, kept in
 * `browser.storage.local` as `settingsItem` (lib/settings/storage-items.ts). Storage is outside input (an older
 * version, a hand edit, a sync gone wrong), so `parseSettings` never throws: a field that fails its check falls back
 * to its default and the valid fields are kept. The enabled sites are not here: they are `enabledSitesItem`.
 */
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A word list: blank and non-string entries are dropped, duplicates too; the rest must fit. */
const words = (max: number) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? [...new Set(v.filter((s): s is string => typeof s === 'string').map((s) => s.trim()).filter(Boolean))] : v),
    z.array(z.string().max(max)).max(1000),
  );

/** The longest blue-light window the settings take, in days. */
export const WARN_DAYS_MAX = 60;

/** Reminder notifications and the blue-light window. */
export const reminderSettingsSchema = z.object({
  /** Master switch of the reminder notifications (the badge stays). */
  enabled: z.boolean().default(true).catch(true),
  /** Notify items due within `warnDays` (blue light). */
  dueSoon: z.boolean().default(true).catch(true),
  /** Notify overdue items (red light). */
  overdue: z.boolean().default(true).catch(true),
  /** Days before the due date at which the blue light comes on (domain.md §5.3 warn_days). */
  warnDays: z.number().int().min(0).max(WARN_DAYS_MAX).default(3).catch(3),
  /** Local time of the daily reminder, HH:MM. */
  time: z
    .string()
    .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
    .default('09:00')
    .catch('09:00'),
});

/**
 * Which day deadlines such as 「年底前」 resolve against. The draft's own date always comes first (the analysis
 * reads it); without one, `fixed` uses `date` when set, `today` the day of the analysis.
 */
export const referenceDateSettingsSchema = z.object({
  mode: z.enum(['today', 'fixed']).default('today').catch('today'),
  date: isoDay.nullable().default(null).catch(null),
});

/** The office's own words, passed to `analyze` as `options.lexicon`. */
export const lexiconSettingsSchema = z.object({
  /** Unit and office names of this office (「县委督查室」「城投集团」): recognised as owners. */
  owners: words(200).default([]).catch([]),
  /** Extra directive words (「抓落实」「限时办结」): clauses with them count as directives. */
  directives: words(200).default([]).catch([]),
  /** Extra boilerplate (watermark, footer) text: lines with it are marked and left out. */
  boilerplate: words(500).default([]).catch([]),
});

/**
 * The 督办编号 pattern: {year} (the year the 督办单 is issued) and {n} (that year's sequence number), each once,
 * around at most 30 other characters — 「督〔{year}〕{n}号」 prints 督〔2027〕12号. GB/T 9704 §7.2.4 writes the year in
 * full inside 〔〕 and the number without 第 or leading zeros, so there is no padding token.
 */
export const NUMBER_PATTERN_DEFAULT = '督〔{year}〕{n}号';
export const numberPatternSchema = z
  .string()
  .trim()
  .max(40, { message: 'pattern-long' })
  .refine((p) => p.split('{n}').length === 2, { message: 'pattern-n' })
  .refine((p) => p.split('{year}').length === 2, { message: 'pattern-year' })
  .refine((p) => !/[{}]/.test(p.replaceAll('{n}', '').replaceAll('{year}', '')), { message: 'pattern-token' });

/** The longest 反馈时限 in days after issue, and the default. */
export const FEEDBACK_DAYS_MAX = 90;
/** The longest 反馈时限 in working days (工作日) after issue; the default is 5 (收到通知后5个工作日内). */
export const FEEDBACK_WORKDAYS_MAX = 60;
/** The working days a `workdays` rule counts when it names none. */
export const FEEDBACK_WORKDAYS_DEFAULT = 5;

/**
 * 反馈时限 of a 督办单: `days` — report back within `days` days of the issue day (收到后7日内 → a date);
 * `workdays` — within `workdays` working days of the issue day (收到通知后5个工作日内: Saturdays and Sundays
 * skipped; the codebase has no calendar of the official holidays and 调休 working days, which the options say);
 * `monthly` — report progress before day `day` of every month (每月25日前, the first such day after issue);
 * `none` — the sheet names no time.
 */
export const feedbackRuleSchema = z.object({
  mode: z.enum(['days', 'workdays', 'monthly', 'none']).default('days').catch('days'),
  days: z.number().int().min(1).max(FEEDBACK_DAYS_MAX).default(7).catch(7),
  /** Absent in settings saved before the rule existed: FEEDBACK_WORKDAYS_DEFAULT. */
  workdays: z.number().int().min(1).max(FEEDBACK_WORKDAYS_MAX).optional().catch(undefined),
  day: z.number().int().min(1).max(31).default(25).catch(25),
});

/** The longest 督办单位, 联系人 and 电话 the settings take. */
export const SUPERVISION_LIMITS = { office: 60, contact: 40, phone: 40 } as const;

/** A telephone number as offices write them: digits, spaces, + - ( ) and 转 for an extension, or ''. */
export const phoneSchema = z
  .string()
  .trim()
  .max(SUPERVISION_LIMITS.phone)
  .regex(/^[0-9０-９+＋\-－()（）\s转、,，;；]*$/, { message: 'phone' });

/** What the 督办单 (printed and .docx 督办通知单) says about its issue: number, time to report back, contact. */
export const supervisionSettingsSchema = z.object({
  numberPattern: numberPatternSchema.default(NUMBER_PATTERN_DEFAULT).catch(NUMBER_PATTERN_DEFAULT),
  feedback: feedbackRuleSchema.prefault({}).catch(() => feedbackRuleSchema.parse({})),
  /** The issuing office (督办单位, 落款): 「县委督查室」; '' prints the date alone. */
  office: z.string().trim().max(SUPERVISION_LIMITS.office).default('').catch(''),
  contact: z.string().trim().max(SUPERVISION_LIMITS.contact).default('').catch(''),
  phone: phoneSchema.default('').catch(''),
});

export const localeSchema = z.enum(['zh-CN', 'en']);
export const themeSchema = z.enum(['system', 'light', 'dark']);

export const userSettingsSchema = z.object({
  reminders: reminderSettingsSchema.prefault({}).catch(() => reminderSettingsSchema.parse({})),
  referenceDate: referenceDateSettingsSchema.prefault({}).catch(() => referenceDateSettingsSchema.parse({})),
  lexicon: lexiconSettingsSchema.prefault({}).catch(() => lexiconSettingsSchema.parse({})),
  locale: localeSchema.default('zh-CN').catch('zh-CN'),
  theme: themeSchema.default('system').catch('system'),
  supervision: supervisionSettingsSchema.prefault({}).catch(() => supervisionSettingsSchema.parse({})),
});

export type UserSettings = z.infer<typeof userSettingsSchema>;
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
export type LexiconSettings = z.infer<typeof lexiconSettingsSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type SupervisionSettings = z.infer<typeof supervisionSettingsSchema>;
export type FeedbackRule = z.infer<typeof feedbackRuleSchema>;

/** Every field at its default. */
export const DEFAULT_USER_SETTINGS: UserSettings = userSettingsSchema.parse({});

/** The settings in `raw` (whatever storage held), each invalid or missing field at its default. Never throws. */
export function parseSettings(raw: unknown): UserSettings {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const parsed = userSettingsSchema.safeParse(input);
  return parsed.success ? parsed.data : DEFAULT_USER_SETTINGS;
}
