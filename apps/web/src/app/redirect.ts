import type { Pending, Session } from '../api/types';

/** Where each unfinished sign-in step is completed. */
export const PENDING_PATHS: Record<Pending, string> = {
  MFA_REQUIRED: '/mfa',
  PASSWORD_CHANGE_REQUIRED: '/change-password',
  MFA_ENROLMENT_REQUIRED: '/mfa/setup',
};

const SIGN_IN_PATHS = new Set(['/login', '/mfa', '/mfa/setup', '/change-password', '/reset-password']);
const PROBE_ORIGIN = 'https://edushield.invalid';

/**
 * A `next` parameter we are willing to follow: a path on this site only.
 * Refuses absolute and protocol-relative URLs ("//evil", "/\\evil"), control
 * characters browsers silently drop, and the sign-in pages themselves.
 */
export function sanitizeNext(next: string | null | undefined): string | null {
  if (!next || next.length > 2000) return null;
  if (!next.startsWith('/') || next.startsWith('//')) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we refuse
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  if (SIGN_IN_PATHS.has(url.pathname)) return null;
  return next;
}

/** A path with ?next= carried along, when there is somewhere safe to go back to. */
export function withNext(path: string, next: string | null | undefined): string {
  const safe = sanitizeNext(next);
  return safe && safe !== '/' ? `${path}?next=${encodeURIComponent(safe)}` : path;
}

export function loginPath(current: string | null | undefined): string {
  return withNext('/login', current);
}

/** Where to go once the server has answered a sign-in step. */
export function pathAfterSignIn(session: Session, next: string | null | undefined): string {
  if (!session.user) return loginPath(next);
  if (session.pending) return withNext(PENDING_PATHS[session.pending], next);
  return sanitizeNext(next) ?? '/';
}
