import type { Locale } from '@edushield/core';

export const LOCALE_COOKIE = 'edushield_lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

/** The language saved in a cookie header string, if any. */
export function readLocaleCookie(cookieHeader: string): Locale | null {
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === LOCALE_COOKIE) {
      const value = decodeURIComponent(rest.join('='));
      return isLocale(value) ? value : null;
    }
  }
  return null;
}

export function localeCookie(locale: Locale): string {
  const secure = typeof location !== 'undefined' && location.protocol === 'https:' ? '; secure' : '';
  return `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax${secure}`;
}
