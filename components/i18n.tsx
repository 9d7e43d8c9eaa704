/**
 * The page's language for React: `I18nProvider` holds the locale (zh-CN unless the reader chose English, kept in
 * the page's localStorage), `useI18n()` gives `t` and the switch. The dictionary itself is lib/i18n.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { LOCALE_STORAGE_KEY, parseLocale, translator, type Locale, type Translate } from '@/lib/i18n/index';

export interface I18n {
  locale: Locale;
  t: Translate;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n>({ locale: 'zh-CN', t: translator('zh-CN'), setLocale: () => {} });

function storedLocale(): Locale {
  try {
    return parseLocale(globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return 'zh-CN';
  }
}

/** Provides the locale to a page; `initial` overrides the stored choice (tests, previews). */
export function I18nProvider({ initial, children }: { initial?: Locale; children: ReactNode }) {
  const [locale, setState] = useState<Locale>(() => initial ?? storedLocale());
  const setLocale = useCallback((next: Locale) => {
    setState(next);
    try {
      globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // nb. A page without storage still switches; the choice is just not remembered.
    }
  }, []);
  const value = useMemo(() => ({ locale, t: translator(locale), setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current locale, its `t`, and the switch. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
