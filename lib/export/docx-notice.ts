/**
 * The 督办通知单 of one owner as words, ready to lay out: the printed 督办单 (components/dashboard/print-sheets.tsx)
 * and the .docx (docx.ts) both read it, so the number, the time to report back and the contact line are the same on
 * paper and in Word. Built from an owner's sheet (lib/dashboard `ownerSheets`), the 督办编号 it was issued with (or
 * none yet: a preview), and the 督办单 settings; every word comes from the locale's `supervision` messages. Pure.
 */
import { nextDue } from '../analysis/index';
import { addDays, addWorkdays } from '../calendar';
import type { OwnerSheet } from '../dashboard/model';
import { formatDay, translator, type Locale } from '../i18n/index';
import { FEEDBACK_WORKDAYS_DEFAULT, type FeedbackRule, type SupervisionSettings } from '../schema/settings';
import type { IssuedSheet } from '../schema/supervision';

/**
 * When the owner reports back: a day (发出后N日内), a day N working days on (N个工作日内, weekends skipped), every
 * month before a day (with the first such day), or nothing.
 */
export type Feedback = { mode: 'days'; due: string } | { mode: 'workdays'; n: number; due: string } | { mode: 'monthly'; day: number; first: string } | null;

/** The report-back time of a sheet issued on `issuedOn` under `rule`. */
export function feedbackOf(rule: FeedbackRule, issuedOn: string): Feedback {
  if (rule.mode === 'none') return null;
  if (rule.mode === 'days') return { mode: 'days', due: addDays(issuedOn, rule.days) };
  if (rule.mode === 'workdays') {
    const n = rule.workdays ?? FEEDBACK_WORKDAYS_DEFAULT;
    return { mode: 'workdays', n, due: addWorkdays(issuedOn, n) };
  }
  return { mode: 'monthly', day: rule.day, first: monthlyAfter(issuedOn, rule.day) };
}

/**
 * The first day `day` of a month after `from` (ISO), the month's last day where it is shorter (每月31日 → 4月30日):
 * the analysis's recurrence calendar (`nextDue` of 每月N日) from the day after.
 */
export function monthlyAfter(from: string, day: number): string {
  return nextDue({ unit: 'month', day }, addDays(from, 1))!;
}

export interface NoticeItem {
  text: string;
  /** Every owner of the item, the lead and co-operating ones marked, joined (「县发改局（牵头）、县财政局（配合）」). */
  owners: string;
  /** The same owners one by one (a table cell puts each on its own line). */
  ownerList: string[];
  /** 完成时限: the day, a recurrence with its current period's day, or the deadline's words. */
  due: string;
  status: string;
}

/** One owner's 督办通知单 in words. */
export interface Notice {
  owner: string;
  /** The 督办编号, or null before the sheet is first printed or exported. */
  number: string | null;
  /** The issue day (成文日期): the number's, or today for a sheet not issued yet. */
  issuedOn: string;
  title: string;
  /** The sheet's number line (督办编号：督〔2027〕12号), the pending note where there is no number yet. */
  numberLine: string;
  /** 主送: 「县发改局：」. */
  to: string;
  /** The body: what is handed over, then how to report back. */
  paragraphs: string[];
  header: { no: string; text: string; owners: string; due: string; status: string };
  items: NoticeItem[];
  feedback: Feedback;
  /** 「反馈时限：2027年3月8日前」, or null when the settings name no time. */
  feedbackLine: string | null;
  /** 「联系人：王明」 and 「联系电话：…」 two ideographic spaces apart, or null when neither is set. */
  contactLine: string | null;
  /** 督办单位 (落款), or '' when not set. */
  office: string;
  /** 成文日期 as the locale writes it. */
  date: string;
}

const stripQuotes = (title: string) => title.replace(/^《(.*)》$/u, '$1').trim();

/** The 督办通知单 of `sheet`: issued as `issued` (null: not yet, dated `today`), under `settings`, in `locale`. */
export function noticeOf(sheet: OwnerSheet, issued: Pick<IssuedSheet, 'number' | 'issuedOn'> | null, settings: SupervisionSettings, options: { today: string; locale: Locale }): Notice {
  const { locale } = options;
  const t = translator(locale);
  const day = (iso: string) => formatDay(locale, iso);
  const issuedOn = issued?.issuedOn ?? options.today;
  const titles = [...new Set(sheet.rows.map((r) => stripQuotes(r.docTitle)).filter(Boolean))];
  const source = titles.length === 0 ? '' : titles.length === 1 ? t('supervision.sourceOne', { title: titles[0]! }) : t('supervision.sourceMany', { title: titles[0]!, count: titles.length });
  const office = settings.office || t('supervision.officeFallback');
  const feedback = feedbackOf(settings.feedback, issuedOn);
  const reply =
    feedback === null
      ? t('supervision.replyNone', { office })
      : feedback.mode === 'days'
        ? t('supervision.replyDays', { due: day(feedback.due), office })
        : feedback.mode === 'workdays'
          ? t('supervision.replyWorkdays', { n: feedback.n, due: day(feedback.due), office })
          : t('supervision.replyMonthly', { day: feedback.day, first: day(feedback.first), office });
  const feedbackValue =
    feedback === null
      ? null
      : feedback.mode === 'days'
        ? t('supervision.feedbackDays', { due: day(feedback.due) })
        : feedback.mode === 'workdays'
          ? t('supervision.feedbackWorkdays', { n: feedback.n, due: day(feedback.due) })
          : t('supervision.feedbackMonthly', { day: feedback.day, first: day(feedback.first) });
  const contact = [settings.contact && t('supervision.contact') + settings.contact, settings.phone && t('supervision.phone') + settings.phone].filter(Boolean);
  return {
    owner: sheet.owner,
    number: issued?.number ?? null,
    issuedOn,
    title: t('supervision.title'),
    numberLine: t('supervision.numberLabel') + (issued?.number ?? t('supervision.numberPending')),
    to: t('supervision.to', { owner: sheet.owner }),
    paragraphs: [t('supervision.intro', { source, count: sheet.rows.length }), reply],
    header: { no: t('print.no'), text: t('print.text'), owners: t('print.owner'), due: t('print.due'), status: t('print.status') },
    items: sheet.rows.map(({ item, due }) => {
      const ownerList = item.owners.map((o) => o + (item.lead.includes(o) ? t('supervision.lead') : item.coop.includes(o) ? t('supervision.coop') : ''));
      return {
        text: item.text,
        owners: ownerList.join(t('supervision.ownerSep')),
        ownerList,
        due: due === null ? (item.deadline?.text ?? '') : item.deadline?.recurrence ? t('supervision.duePeriod', { rule: item.deadline.text, due: day(due) }) : day(due),
        status: t(`status.${item.status}`),
      };
    }),
    feedback,
    feedbackLine: feedbackValue === null ? null : t('supervision.feedback') + feedbackValue,
    contactLine: contact.length ? contact.join(locale === 'zh-CN' ? '\u3000\u3000' : '    ') : null,
    office: settings.office,
    date: day(issuedOn),
  };
}
