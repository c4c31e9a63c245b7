import type { Locale } from '@edushield/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import { setClientLocale } from '../api/client';
import { en } from './en';
import { localeCookie, readLocaleCookie } from './locale-cookie';
import { translate, type Vars } from './translate';
import { type Dictionary, type MessageKey, vi } from './vi';

export type { MessageKey } from './vi';

export const dictionaries: Record<Locale, Dictionary> = { vi, en };

export type Translate = (key: MessageKey, vars?: Vars) => string;

interface I18nValue {
  locale: Locale;
  t: Translate;
  /** Switches the interface language and remembers it in the language cookie. */
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLocale(): Locale {
  return (typeof document !== 'undefined' && readLocaleCookie(document.cookie)) || 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useLayoutEffect(() => {
    document.documentElement.lang = locale;
    setClientLocale(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from older browsers still used in schools
    document.cookie = localeCookie(next);
    setClientLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const dictionary = dictionaries[locale];
    return { locale, setLocale, t: (key, vars) => translate(dictionary, key, vars) };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}
