/**
 * A small dictionary lookup for the extension pages: `translator(locale)` gives `t(key, values?)`. Chinese is the
 * default; English is there for colleagues who need it (the `locale` of the user's settings, lib/schema/settings.ts).
 * Pure, no React: components/i18n.tsx puts it in a context.
 */
import { en, zhCN, type MessageKey } from './messages';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type Values = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: Values) => string;

/** The message `key` in `locale`, with each `{name}` replaced by `values[name]` (left as is when not given). */
export function translate(locale: Locale, key: MessageKey, values?: Values): string {
  const template = dictionaries[locale][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** `t(key, values)` bound to one locale. */
export function translator(locale: Locale): Translate {
  return (key, values) => translate(locale, key, values);
}

/** A stored or requested locale, or zh-CN for anything else. */
export function parseLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'zh-CN';
}

/** Whether `key` names a message (for keys built from data, such as `rule.${finding.rule}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}
