/**
 * Luoshi's one i18n: the words of every extension page, zh-CN first and en beside, and the one `translate`.
 *
 * The words live in per-locale modules by area — `common` (statuses, lights, finding ids, editor and item kinds,
 * severities, the words every page shares), `panel` (side panel), `dashboard` (督办台账), `options` (设置), `card`
 * (the highlight card in the editor's page; card.ts gives the content script these words alone), `supervision`
 * (督办编号, 反馈时限 and the .docx 督办通知单, printed and exported, and their options) — under
 * zh-CN/ and en/. The zh-CN modules define the keys; each en module is typed against its zh-CN twin, so a missing
 * or extra key is a compile error, and the areas' keys may not overlap (checked below). Dates and counts go
 * through Intl (format.ts): English reads "Dec 15, 2026" and "1 problem group" / "2 problem groups".
 * Pure, no React: components/i18n.tsx gives the pages the hook.
 */
import { card as enCard } from './en/card';
import { common as enCommon } from './en/common';
import { dashboard as enDashboard } from './en/dashboard';
import { options as enOptions } from './en/options';
import { panel as enPanel } from './en/panel';
import { supervision as enSupervision } from './en/supervision';
import { formatDateTime, formatDay, formatMessage, type Locale, type Values } from './format';
import { card as zhCard } from './zh-CN/card';
import { common as zhCommon } from './zh-CN/common';
import { dashboard as zhDashboard } from './zh-CN/dashboard';
import { options as zhOptions } from './zh-CN/options';
import { panel as zhPanel } from './zh-CN/panel';
import { supervision as zhSupervision } from './zh-CN/supervision';

export type { Locale, Values };
export { formatDateTime, formatDay };

type Common = typeof zhCommon;
type Panel = typeof zhPanel;
type Dashboard = typeof zhDashboard;
type Options = typeof zhOptions;
type Card = typeof zhCard;
type Supervision = typeof zhSupervision;

/** Keys two areas both define; must be none (a key means one thing on every page). */
type Overlap =
  | (keyof Common & (keyof Panel | keyof Dashboard | keyof Options))
  | (keyof Panel & (keyof Dashboard | keyof Options))
  | (keyof Dashboard & keyof Options)
  | (keyof Card & (keyof Common | keyof Panel | keyof Dashboard | keyof Options))
  | (keyof Supervision & (keyof Common | keyof Panel | keyof Dashboard | keyof Options | keyof Card));
const noOverlap: [Overlap] extends [never] ? true : { overlapping: Overlap } = true;
void noOverlap;

export type MessageKey = keyof Common | keyof Panel | keyof Dashboard | keyof Options | keyof Card | keyof Supervision;

/** Every message of a locale, by area (for the tests), then flat. */
export const areas = {
  'zh-CN': { common: zhCommon, panel: zhPanel, dashboard: zhDashboard, options: zhOptions, card: zhCard, supervision: zhSupervision },
  en: { common: enCommon, panel: enPanel, dashboard: enDashboard, options: enOptions, card: enCard, supervision: enSupervision },
} as const satisfies Record<Locale, Record<string, object>>;

const catalogs: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': { ...zhCommon, ...zhPanel, ...zhDashboard, ...zhOptions, ...zhCard, ...zhSupervision },
  en: { ...enCommon, ...enPanel, ...enDashboard, ...enOptions, ...enCard, ...enSupervision },
};

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export type Translate = (key: MessageKey, values?: Values) => string;

/**
 * The message `key` in `locale`, with each `{name}` replaced by `values[name]` (left as is when not given) and
 * each plural worded for its count.
 */
export function translate(locale: Locale, key: MessageKey, values?: Values): string {
  return formatMessage(locale, catalogs[locale][key], values);
}

/** `t(key, values)` bound to one locale. */
export function translator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}

/** A stored or requested locale, or zh-CN for anything else. */
export function parseLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'zh-CN';
}

/** Whether `key` names a message (for keys built from data that may be unknown). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs['zh-CN'], key);
}
