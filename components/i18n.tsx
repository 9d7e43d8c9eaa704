/**
 * The pages' language for React — the one hook every page uses. `I18nProvider` gives its subtree the locale it is
 * handed; `useI18n()` gives `t` (lib/i18n's `translate`, bound to the locale), `day`/`dateTime` (dates in the
 * locale's form: 「2026年12月15日」 or "Dec 15, 2026") and the switch (`setLocale`), which calls back to whoever
 * keeps the choice — the user's settings in the extension pages. The words themselves are lib/i18n.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { formatDateTime, formatDay, translator, type Locale, type Translate } from '@/lib/i18n/index';

export interface I18n {
  locale: Locale;
  t: Translate;
  /** An ISO day ('2026-12-15') in the locale's form; anything else as it is. */
  day(iso: string): string;
  /** A moment (ms since the epoch), local time, in the locale's form. */
  dateTime(ms: number): string;
  setLocale(locale: Locale): void;
}

function i18n(locale: Locale, setLocale: (locale: Locale) => void): I18n {
  return { locale, t: translator(locale), day: (iso) => formatDay(locale, iso), dateTime: (ms) => formatDateTime(locale, ms), setLocale };
}

const I18nContext = createContext<I18n>(i18n('zh-CN', () => {}));

export interface I18nProviderProps {
  locale?: Locale;
  onLocaleChange?(locale: Locale): void;
  children?: ReactNode;
}

/** Provides `locale` (zh-CN by default) to a page, and marks the page's `<html lang>` with it. */
export function I18nProvider({ locale = 'zh-CN', onLocaleChange, children }: I18nProviderProps) {
  const value = useMemo(() => i18n(locale, (next) => onLocaleChange?.(next)), [locale, onLocaleChange]);
  // The page's language for assistive technology, fonts and `:lang()` styles (the HTML files say zh-CN).
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale, its `t`, its date forms, and the switch. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
