import type { Locale } from '@edushield/core';
import { api, setCsrfToken } from './client';
import type { MfaEnrolment, Session } from './types';

/** Every session-shaped answer refreshes the anti-forgery token. */
function remember(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

const quiet = { redirectOn401: false } as const;

export const authApi = {
  session: async (signal?: AbortSignal) =>
    remember(await api<Session>('/api/auth/session', { ...quiet, signal })),
  login: async (username: string, password: string) =>
    remember(
      await api<Session>('/api/auth/login', { ...quiet, method: 'POST', body: { username, password } }),
    ),
  verifyMfa: async (code: string) =>
    remember(await api<Session>('/api/auth/mfa/verify', { ...quiet, method: 'POST', body: { code } })),
  changePassword: async (currentPassword: string, newPassword: string) =>
    remember(
      await api<Session>('/api/auth/password', {
        ...quiet,
        method: 'POST',
        body: { currentPassword, newPassword },
      }),
    ),
  logout: async () => {
    await api<void>('/api/auth/logout', { ...quiet, method: 'POST' });
    setCsrfToken(null);
  },
  logoutAll: async () => {
    await api<void>('/api/auth/logout-all', { method: 'POST' });
    setCsrfToken(null);
  },
  completeReset: (token: string, newPassword: string) =>
    api<void>('/api/auth/reset/complete', { ...quiet, method: 'POST', body: { token, newPassword } }),
  setLocale: (locale: Locale) => api<void>('/api/auth/locale', { ...quiet, method: 'PUT', body: { locale } }),
  startEnrolment: () => api<MfaEnrolment>('/api/auth/mfa/enrol/start', { ...quiet, method: 'POST' }),
  confirmEnrolment: async (code: string) => {
    const result = await api<{ recoveryCodes: string[]; session: Session }>('/api/auth/mfa/enrol/confirm', {
      ...quiet,
      method: 'POST',
      body: { code },
    });
    remember(result.session);
    return result;
  },
  regenerateRecoveryCodes: (code: string) =>
    api<{ recoveryCodes: string[] }>('/api/auth/mfa/recovery-codes', { method: 'POST', body: { code } }),
};
