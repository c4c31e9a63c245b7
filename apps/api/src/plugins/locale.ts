import type { Locale } from '@edushield/core';
import type { FastifyRequest } from 'fastify';

export const LOCALE_COOKIE = 'edushield_lang';

/** The signed-in user's language, else the UI's cookie, else Accept-Language; Vietnamese by default. */
export function requestLocale(request: FastifyRequest): Locale {
  if (request.actor) return request.actor.locale;
  const cookie = request.cookies?.[LOCALE_COOKIE];
  if (cookie === 'en' || cookie === 'vi') return cookie;
  const header = request.headers['accept-language'];
  if (typeof header === 'string' && /^en\b/i.test(header.trim())) return 'en';
  return 'vi';
}
