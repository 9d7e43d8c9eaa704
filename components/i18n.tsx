/**
 * The page's language for React: `I18nProvider` gives its subtree `t` for the locale it is handed, and the switch
 * (`setLocale`) calls back to whoever keeps the choice — the user's settings in the extension pages. The dictionary
 * itself is lib/i18n.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translator, type Locale, type Translate } from '@/lib/i18n/index';

export interface I18n {
  locale: Locale;
  t: Translate;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n>({ locale: 'zh-CN', t: translator('zh-CN'), setLocale: () => {} });

export interface I18nProviderProps {
  locale?: Locale;
  onLocaleChange?(locale: Locale): void;
  children?: ReactNode;
}

/** Provides `locale` (zh-CN by default) to a page. */
export function I18nProvider({ locale = 'zh-CN', onLocaleChange, children }: I18nProviderProps) {
  const value = useMemo(() => ({ locale, t: translator(locale), setLocale: (next: Locale) => onLocaleChange?.(next) }), [locale, onLocaleChange]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale, its `t`, and the switch. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
